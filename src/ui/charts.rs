//! The charts section: each chart is a `Memo` of an SVG string drawn by `crate::charts`
//! from the reports, so a chart is redrawn only when its own inputs change, only while
//! it is on screen (or near it, or being printed), and in the frame after the one that
//! shows the new numbers. Each has a text alternative, always current, and SVG / PNG
//! downloads.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

use super::chart_table::{self as table, data_table_view, DataTable, Sides, Words};
use super::download::{download, download_blob, file_stem, text_blob};
use super::i18n::{self, Key};
use super::{settled, tr, use_app, FunnelModel};
use crate::charts::{self, Chart, ChartLabels, ChartOptions};
use crate::domain::model::Side;
use crate::domain::timeline::{simulate, Timeline, DEFAULT_HORIZON_MONTHS};

/// A chart as two memos over one drawing function: `text` (title and summary, cheap) is
/// kept current always; `drawing` (the SVG) is computed only when a figure on screen
/// reads it, since Memos are lazy. Drawing and inserting SVGs was the biggest part of a
/// keystroke's cost, and the charts are usually off screen while someone types in the
/// stage table.
///
/// `text` counts as changed whenever it is computed again, that is whenever anything the
/// chart reads has changed, even when its words stay the same: a figure follows it to
/// know when its drawing is out of date without computing the drawing.
#[derive(Clone, Copy)]
struct ChartMemos {
    text: Memo<Chart>,
    drawing: Memo<Chart>,
}

/// The function is boxed on purpose: `Memo::new` is generic over its closure, and seven
/// charts with seven closure types would compile the memo machinery seven times; boxed,
/// it is compiled once (the wasm's size budget is tight). Its flag is `ChartOptions::draw`.
fn chart_memos(draw: Box<dyn Fn(bool) -> Chart + Send + Sync>) -> ChartMemos {
    let draw = std::sync::Arc::new(draw);
    let text_of = draw.clone();
    ChartMemos {
        text: Memo::new_with_compare(move |_| text_of(false), |_, _| true),
        drawing: Memo::new(move |_| draw(true)),
    }
}

/// The drawing widths of a grid column and of the whole grid, kept up to date by a
/// `ResizeObserver`. Widths move in 20 px steps between 300 and 640 (960 for the wide
/// timeline), so a resize redraws the charts a few times, not at every pixel.
fn track_widths(grid: NodeRef<leptos::html::Div>) -> (RwSignal<u32>, RwSignal<u32>) {
    let column = RwSignal::new(640u32);
    let full = RwSignal::new(640u32);
    let step = |px: f64, max: f64| ((px.clamp(300.0, max) / 20.0).floor() * 20.0) as u32;
    Effect::new(move |_| {
        let Some(el) = grid.get() else { return };
        let el: web_sys::Element = el.into();
        let target = el.clone();
        let measure = Closure::<dyn Fn()>::new(move || {
            let Ok(Some(style)) = window().get_computed_style(&target) else {
                return;
            };
            let columns = style
                .get_property_value("grid-template-columns")
                .unwrap_or_default();
            let first: f64 = columns
                .split_whitespace()
                .next()
                .and_then(|c| crate::domain::float::parse_f64(c.trim_end_matches("px")))
                .unwrap_or(640.0);
            let whole = target.get_bounding_client_rect().width();
            // A figure's padding and border take about 18 px of its column.
            let (c, f) = (step(first - 18.0, 640.0), step(whole - 18.0, 960.0));
            if column.get_untracked() != c {
                column.set(c);
            }
            if full.get_untracked() != f {
                full.set(f);
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()) {
            observer.observe(&el);
            // The observer lives as long as the page.
            std::mem::forget(observer);
        }
        measure.forget();
    });
    (column, full)
}

fn timeline_of(model: FunnelModel) -> Memo<Timeline> {
    Memo::new(move |_| model.funnel.with(|f| simulate(f, DEFAULT_HORIZON_MONTHS)))
}

#[component]
pub fn Charts() -> impl IntoView {
    let app = use_app();
    let dark = app.dark;
    let same_scale = RwSignal::new(true);
    // Charts are drawn at the width they are shown at, so their text keeps its size on a
    // phone instead of shrinking with a scaled-down drawing.
    let grid = NodeRef::<leptos::html::Div>::new();
    let (column, full) = track_widths(grid);
    // The labels every number of the page is written with, so charts and tables agree.
    let opts = move |width: u32, height: u32, draw: bool| ChartOptions {
        width,
        height,
        dark: dark.get(),
        labels: app.number_style.with(|n| ChartLabels::clone(&n.labels)),
        draw,
    };
    let name = move |m: FunnelModel| m.inputs.with(|f| f.name.clone());
    let (d, s) = (app.digital, app.service);
    let (timeline_d, timeline_s) = (timeline_of(d), timeline_of(s));
    let scale_max = move || {
        same_scale.get().then(|| {
            let top = |m: FunnelModel| {
                m.report
                    .with(|r| r.stages.iter().map(|s| s.volume).fold(0.0, f64::max))
            };
            top(d).max(top(s))
        })
    };
    let funnel_of = move |m: FunnelModel| {
        chart_memos(Box::new(move |draw| {
            let max = scale_max();
            m.report
                .with(|r| charts::funnel_chart(r, &name(m), max, &opts(column.get(), 360, draw)))
        }))
    };
    let funnel_d = funnel_of(d);
    let funnel_s = funnel_of(s);
    let steps = chart_memos(Box::new(move |draw| {
        d.report.with(|rd| {
            s.report.with(|rs| {
                let o = opts(column.get(), 360, draw);
                charts::step_comparison(rd, rs, [&name(d), &name(s)], &o)
            })
        })
    }));
    let timeline = chart_memos(Box::new(move |draw| {
        timeline_d.with(|td| {
            timeline_s.with(|ts| {
                let o = opts(full.get(), 520, draw);
                charts::timeline_chart(td, ts, [&name(d), &name(s)], &o)
            })
        })
    }));
    let cycle = chart_memos(Box::new(move |draw| {
        d.report.with(|rd| {
            s.report.with(|rs| {
                let o = opts(column.get(), 300, draw);
                charts::cycle_chart(rd, rs, [&name(d), &name(s)], &o)
            })
        })
    }));
    let sensitivity_of = move |m: FunnelModel| {
        chart_memos(Box::new(move |draw| {
            m.report
                .with(|r| charts::sensitivity_chart(r, &name(m), &opts(column.get(), 300, draw)))
        }))
    };
    let sens_d = sensitivity_of(d);
    let sens_s = sensitivity_of(s);
    // Each table as its markup, in a memo of text (`settled`): one memo type for every
    // table and for the drawings.
    let table_of = move |f: Box<dyn Fn(Words) -> DataTable + Send + Sync>| {
        settled(move || {
            let ns = app.number_style.get();
            table::markup(&f(Words {
                lang: app.lang.get(),
                ns: &ns,
            }))
        })
    };
    let funnel_table = move |m: FunnelModel| {
        table_of(Box::new(move |w| {
            m.report.with(|r| table::funnel_table(w, m.side, r))
        }))
    };
    let pair = move |w: Words, f: fn(Words, Sides<crate::domain::report::Report>) -> DataTable| {
        let (nd, ns) = (name(d), name(s));
        d.report.with(|rd| {
            s.report
                .with(|rs| f(w, [(Side::Digital, &nd, rd), (Side::Service, &ns, rs)]))
        })
    };
    let sensitivity_table = move |m: FunnelModel| {
        table_of(Box::new(move |w| {
            m.report
                .with(|r| table::sensitivity_table(w, m.side, r, &charts::sensitivity(r)))
        }))
    };
    let tables = [
        funnel_table(d),
        funnel_table(s),
        table_of(Box::new(move |w| pair(w, table::steps_table))),
        table_of(Box::new(move |w| pair(w, table::cycle_table))),
        table_of(Box::new(move |w| {
            let (nd, ns) = (name(d), name(s));
            timeline_d.with(|td| {
                timeline_s.with(|ts| {
                    table::timeline_table(w, [(Side::Digital, &nd, td), (Side::Service, &ns, ts)])
                })
            })
        })),
        sensitivity_table(d),
        sensitivity_table(s),
    ];
    view! {
        <section class="charts" aria-labelledby="charts-heading" data-stale=app.stale_attr()>
            <h2 id="charts-heading">{tr(Key::Charts)}</h2>
            <label class="field inline">
                <input type="checkbox" name="charts.same_scale" prop:checked=move || same_scale.get()
                    on:change:target=move |ev| same_scale.set(ev.target().checked()) />
                <span>{tr(Key::BothOnOneScale)}</span>
            </label>
            <div class="chart-grid" node_ref=grid>
                <ChartFigure chart=funnel_d table=tables[0] id="funnel-digital" />
                <ChartFigure chart=funnel_s table=tables[1] id="funnel-service" />
                <ChartFigure chart=steps table=tables[2] id="steps" />
                <ChartFigure chart=cycle table=tables[3] id="cycle" />
                <ChartFigure chart=timeline table=tables[4] id="timeline" wide=true />
                <ChartFigure chart=sens_d table=tables[5] id="sensitivity-digital" />
                <ChartFigure chart=sens_s table=tables[6] id="sensitivity-service" />
            </div>
        </section>
    }
}

#[wasm_bindgen(inline_js = r#"
let printing = false;
const tells = [];
let opened = [];
// Printing shows every chart's folded data table, then folds again what it opened.
const setPrinting = (on) => {
  printing = on;
  if (on) {
    opened = [...document.querySelectorAll('details.chart-data:not([open])')];
    opened.forEach((d) => { d.open = true; });
  } else {
    opened.forEach((d) => { d.open = false; });
    opened = [];
  }
  tells.forEach((tell) => tell());
};
addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(false));
export function watch_shown(el, show) {
  let near = true;
  const tell = () => show(near || printing);
  tells.push(tell);
  new IntersectionObserver((seen) => { near = seen[seen.length - 1].isIntersecting; tell(); },
    { rootMargin: '50% 0px' }).observe(el);
}
export function print_page() { setPrinting(true); setTimeout(print, 0); }
const waiting = new Set();
export function after_paint(f) {
  if (waiting.has(f)) return;
  waiting.add(f);
  requestAnimationFrame(() => setTimeout(() => { waiting.delete(f); f(true); }, 0));
}
"#)]
extern "C" {
    /// Calls `show` with whether `el` is within half a screen of the viewport or is being
    /// printed, whenever that changes (and once at the start). A few lines of JavaScript
    /// cost less wasm than web-sys's IntersectionObserver bindings.
    fn watch_shown(el: &web_sys::Element, show: &Closure<dyn Fn(bool)>);
    /// Prints the page once every chart is drawn. `window.print()` blocks, so the redraw
    /// its own `beforeprint` asks for would reach the page after the printout; this asks
    /// first and prints from the next task, after Leptos has updated the page.
    pub(super) fn print_page();
    /// Calls `f` once the next frame has been painted; asked again before then, once.
    fn after_paint(f: &wasm_bindgen::JsValue);
}

/// One chart: the SVG, its title and text alternative, and the download buttons.
///
/// The SVG is redrawn only while it is on screen, within half a screen of it, or being
/// printed: drawing and inserting charts nobody sees was most of a keystroke's cost.
/// Half a screen of margin lets a chart be redrawn before it scrolls into view. Until
/// the first report it counts as shown. Title and summary stay current all the time,
/// for screen readers.
///
/// On screen, a change of numbers is drawn in the frame after the one that shows them:
/// the typed character and the tables come first, and keystrokes that arrive before
/// then are drawn once, together. Drawing three charts (plotters measures each label
/// through the page) and inserting them doubled the time from a keystroke to its paint.
/// Coming into view or being printed still draws at once.
#[component]
fn ChartFigure(
    chart: ChartMemos,
    table: Memo<String>,
    id: &'static str,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let app = use_app();
    let dark = app.dark;
    let host = NodeRef::<leptos::html::Div>::new();
    let shown = RwSignal::new(true);
    let text = chart.text;
    // Bumped once the frame after a change of numbers has been painted (see above).
    let painted = RwSignal::new(0u32);
    let on_painted =
        Closure::<dyn Fn(bool)>::new(move |_| painted.update(|n| *n = n.wrapping_add(1)));
    let on_painted_js = on_painted.as_ref().clone();
    // The figure lives as long as the page.
    on_painted.forget();
    // One effect, as each `Effect::new` costs wasm: it starts watching whether the figure
    // is shown; then, while it is, at each change of what the chart reads it asks for a
    // redraw after the next paint. Off screen it follows nothing but `shown`, so typing
    // does not wake it.
    let mut watching = false;
    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        let first = !watching;
        if first {
            watching = true;
            let show = Closure::<dyn Fn(bool)>::new(move |on| shown.set(on));
            watch_shown(&el, &show);
            show.forget();
        }
        if shown.get() {
            text.track();
            if !first {
                after_paint(&on_painted_js);
            }
        }
    });
    // Off screen, the memo keeps what is drawn and stops reading the drawing, so the
    // lazy drawing memo is not computed either. Otherwise it reads the drawing untracked,
    // when first shown and after each painted frame, so the drawing is computed then and
    // not at the keystroke. A redraw asked for while the figure was shown is done even if
    // it has left the screen since: at start-up the charts learn their widths while they
    // all count as shown, just before most turn out to be off screen, and a chart drawn
    // at the old width would jump when scrolled to.
    let seen = std::sync::atomic::AtomicU32::new(0);
    let svg = Memo::new(move |drawn: Option<&String>| {
        let on = shown.get();
        let tick = painted.get();
        let owed = seen.swap(tick, std::sync::atomic::Ordering::Relaxed) != tick;
        match drawn {
            Some(old) if !on && !owed => old.clone(),
            _ => chart.drawing.with_untracked(|c| c.svg.clone()),
        }
    });
    // The data table follows the drawing's timing: rebuilt when shown, after the paint.
    let shown_table = Memo::new(move |old: Option<&String>| {
        let on = shown.get();
        painted.track();
        match old {
            Some(old) if !on => old.clone(),
            _ => table.get_untracked(),
        }
    });
    let file = move || format!("{}-{id}", file_stem(&app.scenario_name.get()));
    let save_svg = move |_| {
        let svg = chart.drawing.with(|c| c.svg.clone());
        download(&format!("{}.svg", file()), "image/svg+xml", &svg);
    };
    let png_failed = Callback::new(move |()| {
        let text = i18n::t(app.lang.get_untracked(), Key::PngBlocked);
        app.notify(super::NoticeKind::Warning, text);
    });
    let save_png = move |_| {
        let svg = chart.drawing.with(|c| c.svg.clone());
        download_png(
            svg,
            format!("{}.png", file()),
            dark.get_untracked(),
            png_failed,
        );
    };
    let summary_id = format!("chart-{id}-summary");
    view! {
        <figure class="chart" class:wide=wide data-chart=id>
            <div class="chart-svg" aria-describedby=summary_id.clone()
                node_ref=host inner_html=svg></div>
            <figcaption>
                <span class="chart-title">{settled(move || text.with(|c| c.title.clone()))}</span>
                <span class="chart-summary" id=summary_id>{settled(move || text.with(|c| c.summary.clone()))}</span>
                <span class="chart-actions">
                    <button type="button" on:click=save_svg>{tr(Key::DownloadSvg)}</button>
                    <button type="button" on:click=save_png>{tr(Key::DownloadPng)}</button>
                </span>
            </figcaption>
            {data_table_view(shown_table)}
        </figure>
    }
}

/// Rasterises an SVG at twice its size through an `<img>` and a canvas, then downloads
/// it. The background is filled, since a transparent PNG is unreadable on the wrong page.
///
/// The image is a `blob:` URL, which a Content-Security-Policy without `img-src blob:`
/// refuses: then `failed` runs. Either way the URL is revoked and every callback is freed
/// once it has run (`once` closures, each called exactly once).
fn download_png(svg: String, filename: String, dark: bool, failed: Callback<()>) {
    let (w, h) = svg_size(&svg).unwrap_or((640.0, 360.0));
    let Some(blob) = text_blob(&svg, "image/svg+xml") else {
        return failed.run(());
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return failed.run(());
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        let _ = web_sys::Url::revoke_object_url(&url);
        return failed.run(());
    };
    let image = img.clone();
    let src = url.clone();
    // One handler for `load` and `error`: only one of them fires for one `src`.
    let done = Closure::once_into_js(move |ev: web_sys::Event| {
        image.set_onload(None);
        image.set_onerror(None);
        let _ = web_sys::Url::revoke_object_url(&src);
        if ev.type_() != "load" || !draw_png(&image, w, h, dark, filename) {
            failed.run(());
        }
    });
    img.set_onload(Some(done.unchecked_ref()));
    img.set_onerror(Some(done.unchecked_ref()));
    img.set_src(&url);
}

/// Draws the loaded image on a canvas and downloads it; false when the browser refused.
fn draw_png(
    image: &web_sys::HtmlImageElement,
    w: f64,
    h: f64,
    dark: bool,
    filename: String,
) -> bool {
    let Some(canvas) = document()
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return false;
    };
    canvas.set_width((w * 2.0) as u32);
    canvas.set_height((h * 2.0) as u32);
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return false;
    };
    let _ = ctx.scale(2.0, 2.0);
    ctx.set_fill_style_str(if dark { "#0d1117" } else { "#ffffff" });
    ctx.fill_rect(0.0, 0.0, w, h);
    let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, w, h);
    let on_blob = Closure::once(move |blob: Option<web_sys::Blob>| {
        if let Some(blob) = blob {
            download_blob(&filename, &blob);
        }
    });
    // A refused `toBlob` never calls back: the closure is dropped here instead.
    let ok = canvas.to_blob(on_blob.as_ref().unchecked_ref()).is_ok();
    if ok {
        // Handed to JavaScript, which frees it after its one call.
        let _ = on_blob.into_js_value();
    }
    ok
}

/// The `width` and `height` attributes of the root `<svg>`.
fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let head = &svg[..svg.find('>')?];
    let attr = |name: &str| -> Option<f64> {
        let start = head.find(&format!(" {name}=\""))? + name.len() + 3;
        crate::domain::float::parse_f64(head[start..].split('"').next()?)
    };
    Some((attr("width")?, attr("height")?))
}

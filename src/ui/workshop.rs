//! Workshop mode, for a consultant and a client at a projector: large type, only the KPI
//! comparison, the charts and quick what-if controls (each step's rate, the price, the
//! cycle length), every KPI shown with its change against the baseline taken when the
//! mode was entered; full screen; and a print stylesheet for a clean PDF.

use leptos::prelude::*;

use super::i18n::{self, t, tf, Key, Lang};
use super::scenarios::use_undo;
use super::{format, settled, tr, use_app, FunnelModel};
use crate::domain::edit::{plain, scale_cycle, set_step_rate};
use crate::domain::kpi::{Kpi, KpiId, Unit};
use crate::domain::model::FunnelInputs;
use crate::domain::model::Side;
use crate::domain::numbers;
use crate::domain::report::{report, Report};
use crate::domain::scenario::Scenario;
use crate::domain::validate::{parse_number, validate};
use crate::domain::whatif::{self, Delta, WhatIfChange, WhatIfKind};

/// Workshop state: whether it is on, and the baseline the what-ifs are measured against.
#[derive(Clone, Copy)]
pub struct Workshop {
    pub on: RwSignal<bool>,
    pub baseline: RwSignal<Option<Scenario>>,
    /// Reports of the baseline's two funnels (digital, service).
    pub baseline_reports: Memo<Option<(Report, Report)>>,
}

impl Workshop {
    pub fn new() -> Self {
        let on = RwSignal::new(false);
        let baseline = RwSignal::new(None::<Scenario>);
        let baseline_reports = Memo::new(move |_| {
            baseline.with(|b| {
                let b = b.as_ref()?;
                let r = |f: &FunnelInputs| validate(f).funnel.map(|f| report(&f));
                Some((r(&b.digital)?, r(&b.service)?))
            })
        });
        Workshop {
            on,
            baseline,
            baseline_reports,
        }
    }
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop::new()
    }
}

/// The workshop state, where `App` provides it (component tests may mount without it).
pub fn try_use_workshop() -> Option<Workshop> {
    use_context::<Workshop>()
}

/// Marks the page root while workshop mode is on (the stylesheet does the rest).
pub fn apply_to_page(workshop: Workshop) {
    Effect::new(move |_| {
        let on = workshop.on.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("workshop", on);
        }
    });
}

/// A signed change in a KPI's unit: "+3 pp", "−$120", "+0.4 customers"; without a sign
/// when it rounds to nothing as shown ("0 pp", "$0"), so no "−0" is ever written. The one wording
/// of a difference: the workshop's change against the baseline and the KPI table's
/// difference column both use it.
pub fn change_text(
    lang: Lang,
    ns: &format::NumberStyle,
    unit: Unit,
    change: f64,
    digits: Option<usize>,
) -> Option<String> {
    let shown = match unit {
        // A difference of two percentages is in percentage points.
        Unit::Percent => tf(
            lang,
            Key::PercentagePoints,
            &[("n", &format::number(ns, change.abs() * 100.0))],
        ),
        u => format::kpi_in(ns, lang, Kpi::Value(change.abs()), u, digits)?,
    };
    let sign = if !shown.chars().any(|c| c.is_ascii_digit() && c != '0') {
        ""
    } else if change > 0.0 {
        "+"
    } else {
        "−"
    };
    Some(format!("{sign}{shown}"))
}

/// The text of a KPI's change against the baseline (`whatif::delta`), for the KPI table:
/// the change, and that delivery capacity caps it when it does.
pub fn delta_text(
    lang: Lang,
    ns: &format::NumberStyle,
    unit: Unit,
    delta: Option<Delta>,
) -> Option<String> {
    let delta = delta?;
    // A change too small to show is no change.
    let change = change_text(lang, ns, unit, delta.change, None)
        .filter(|c| c.starts_with(['+', '−']))
        .map(|c| format!("{c} {}", t(lang, Key::VsBaseline)));
    let capped = delta.capped_at.map(|cap| {
        tf(
            lang,
            Key::DeltaCapped,
            &[("capacity", &format::count(ns, cap))],
        )
    });
    match (change, capped) {
        (Some(c), Some(cap)) => Some(format!("{c}, {cap}")),
        (c, cap) => c.or(cap),
    }
}

#[component]
pub fn WorkshopBar() -> impl IntoView {
    let app = use_app();
    let workshop = expect_context::<Workshop>();
    let undo = use_undo();
    let lang = app.lang;
    let toggle = move |_| {
        if !workshop.on.get_untracked() {
            workshop.baseline.set(Some(app.current_scenario()));
        }
        workshop.on.update(|on| *on = !*on);
    };
    let back = move |_| {
        if let Some(b) = workshop.baseline.get_untracked() {
            undo.act(app, t(lang.get_untracked(), Key::BackToBaseline), || {
                app.load_scenario(b)
            });
        }
    };
    let full_screen = move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    let print = move |_| super::charts::print_page();
    view! {
        <div class="workshop-bar">
            <button type="button" name="workshop.toggle" aria-pressed=settled(move || workshop.on.get().to_string()) on:click=toggle>
                {settled(move || t(lang.get(), if workshop.on.get() { Key::ExitWorkshop } else { Key::WorkshopMode }).to_string())}
            </button>
            <Show when=move || workshop.on.get()>
                <button type="button" on:click=back>{tr(Key::BackToBaseline)}</button>
                <button type="button" on:click=full_screen>{tr(Key::FullScreen)}</button>
            </Show>
            <button type="button" on:click=print>{tr(Key::Print)}</button>
        </div>
    }
}

/// The what-if controls of both funnels.
#[component]
pub fn WhatIf() -> impl IntoView {
    let app = use_app();
    let workshop = expect_context::<Workshop>();
    let name = |m: FunnelModel| settled(move || m.inputs.with(|f| f.name.clone()));
    view! {
        <Show when=move || workshop.on.get()>
            <section class="whatif" aria-labelledby="whatif-heading" data-stale=app.stale_attr()>
                <h2 id="whatif-heading">{tr(Key::WhatIf)}</h2>
                <div class="whatif-sides">
                    <WhatIfSide model=app.digital />
                    <WhatIfSide model=app.service />
                </div>
                // The figures the controls move, kept beside them on a projector while the
                // controls scroll (the stylesheet makes them sticky).
                <div class="whatif-figures">
                    <table class="kpi-copy" aria-label=tr(Key::KeyFigures)>
                        <thead>
                            <tr>
                                <td></td>
                                <th scope="col">{name(app.digital)}</th>
                                <th scope="col">{name(app.service)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {FIGURES.map(|kpi| view! { <FigureRow kpi=kpi /> })}
                        </tbody>
                    </table>
                </div>
            </section>
            {what_if_changes()}
        </Show>
    }
}

/// The KPIs the what-if controls move: the step rates customers and CAC, the price
/// LTV:CAC and payback, the cycle length the sales cycle.
const FIGURES: [KpiId; 5] = [
    KpiId::Customers,
    KpiId::Cac,
    KpiId::LtvCac,
    KpiId::Payback,
    KpiId::SalesCycle,
];

/// One figure the what-ifs move, for both funnels, with its change against the baseline:
/// text only, so the strip beside the controls stays small.
#[component]
fn FigureRow(kpi: KpiId) -> impl IntoView {
    let app = use_app();
    let workshop = expect_context::<Workshop>();
    let cell = move |side: Side| {
        let model = app.model(side);
        let value = move || model.report.with(|r| r.kpi(kpi));
        let raw = settled(move || format::raw_value(value().value()));
        let text = settled(move || {
            let lang = app.lang.get();
            format::kpi(&app.number_style.get(), lang, value(), kpi.unit())
                .unwrap_or_else(|| t(lang, Key::NotAvailable).into())
        });
        let delta = settled(move || {
            let delta = workshop.baseline_reports.with(|b| {
                let (d, s) = b.as_ref()?;
                let then = if side == Side::Digital { d } else { s };
                model.report.with(|now| whatif::delta(kpi, now, then))
            });
            delta_text(app.lang.get(), &app.number_style.get(), kpi.unit(), delta)
                .unwrap_or_default()
        });
        view! {
            <td class="num" data-kpi=kpi.id() data-funnel=side.id() data-value=raw>
                {text}" "<span class="delta">{delta}</span>
            </td>
        }
    };
    view! {
        <tr>
            // "Customer acquisition cost (CAC)" as its abbreviation, as in the verdict: the
            // figures need the width.
            <th scope="row">{settled(move || i18n::kpi_short_name(app.lang.get(), kpi).to_string())}</th>
            {cell(Side::Digital)}
            {cell(Side::Service)}
        </tr>
    }
}

/// For the printout (hidden on screen): the what-ifs that differ from the baseline,
/// "Online course: Visitors → Free sign-ups: 3% → 8%", none when nothing changed.
fn what_if_changes() -> impl IntoView {
    let app = use_app();
    let workshop = expect_context::<Workshop>();
    // One text with a line per what-if, and no element per line: the printout is its
    // only reader, and a list of views costs more wasm than it gives there.
    let lines = settled(move || {
        let lang = app.lang.get();
        let ns = app.number_style.get();
        let mut out = Vec::new();
        workshop.baseline.with(|b| {
            workshop.baseline_reports.with(|r| {
                let (Some(b), Some((rd, rs))) = (b, r) else {
                    return;
                };
                for (model, base_in, base) in
                    [(app.digital, &b.digital, rd), (app.service, &b.service, rs)]
                {
                    model.inputs.with(|f| {
                        model.report.with(|now| {
                            for c in whatif::changes(base_in, base, f, now) {
                                out.push(format!("{}: {}", f.name, change_line(lang, &ns, now, c)));
                            }
                        })
                    });
                }
            })
        });
        out.join("\n")
    });
    view! {
        <section class="whatif-changes" aria-labelledby="whatif-changes-heading"
            hidden=move || lines.with(String::is_empty)>
            <h2 id="whatif-changes-heading">{tr(Key::WhatIfChanges)}</h2>
            <p>{lines}</p>
        </section>
    }
}

/// One changed what-if without its funnel: "Visitors → Free sign-ups: 3% → 8%".
fn change_line(lang: Lang, ns: &format::NumberStyle, now: &Report, c: WhatIfChange) -> String {
    let (what, was, is) = match c.kind {
        WhatIfKind::Step { from } => {
            let n = |i: usize| now.stages.get(i).map_or("", |s| s.name.as_str());
            let p = |v| format::percent(ns, v);
            (format!("{} → {}", n(from), n(from + 1)), p(c.was), p(c.now))
        }
        WhatIfKind::Price => {
            let m = |v| format::money(ns, v);
            (t(lang, Key::WhatIfPrice).to_string(), m(c.was), m(c.now))
        }
        WhatIfKind::Cycle => {
            let d = |v| format::kpi(ns, lang, Kpi::Value(v), Unit::Days).unwrap_or_default();
            (t(lang, Key::CycleLength).to_string(), d(c.was), d(c.now))
        }
    };
    format!("{what}: {was} → {is}")
}

/// A number for a slider's position or from its value: 0 when the text is not a number.
fn num(text: &str) -> f64 {
    parse_number(text).unwrap_or(0.0)
}

#[component]
fn WhatIfSide(model: FunnelModel) -> impl IntoView {
    let app = use_app();
    let workshop = expect_context::<Workshop>();
    let side = model.side.id();
    let steps = move || {
        model.report.with(|r| {
            r.steps
                .iter()
                .take(r.customer_stage)
                .map(|s| (s.from, s.rate.value().unwrap_or(0.0)))
                .collect::<Vec<_>>()
        })
    };
    let step_control = move |step: usize| {
        let label = move || {
            model.inputs.with(|f| {
                let n = |i: usize| f.stages.get(i).map(|s| s.name.clone()).unwrap_or_default();
                format!("{} → {}", n(step), n(step + 1))
            })
        };
        let rate = move || {
            model.report.with(|r| {
                r.steps
                    .get(step)
                    .and_then(|s| s.rate.value())
                    .unwrap_or(0.0)
            })
        };
        let set = move |r: f64| model.inputs.update(|f| set_step_rate(f, step, r));
        let shown = move || format::percent(&app.number_style.get(), rate());
        view! {
            <div class="whatif-row">
                <label class="field">
                    <span class="field-label">{settled(label)}": "<strong>{settled(shown)}</strong></span>
                    <input type="range" min="0" max="100" step="0.5" name=format!("{side}.whatif.step.{step}")
                        prop:value=settled(move || numbers::decimal(rate() * 100.0, 1))
                        on:input:target=move |ev| set(num(&ev.target().value()) / 100.0) />
                </label>
                <button type="button" aria-label=settled(move || format!("{} −5 pp", label())) on:click=move |_| set((rate() - 0.05).max(0.0))>"−5"</button>
                <button type="button" aria-label=settled(move || format!("{} +5 pp", label())) on:click=move |_| set((rate() + 0.05).min(1.0))>"+5"</button>
            </div>
        }
    };
    let baseline_inputs = move || {
        workshop.baseline.with(|b| {
            b.as_ref().map(|b| match model.side {
                crate::domain::model::Side::Digital => b.digital.clone(),
                crate::domain::model::Side::Service => b.service.clone(),
            })
        })
    };
    let base_price = move || baseline_inputs().map_or(0.0, |b| num(&b.offer.price));
    let price = move || model.inputs.with(|f| num(&f.offer.price));
    let on_price = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let v = num(&ev.target().value());
        model.inputs.update(|f| f.offer.price = plain(v));
    };
    // The cycle slider scales every stage's days against the baseline's.
    let cycle_scale = RwSignal::new(100.0);
    let on_cycle = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let pct = num(&ev.target().value());
        cycle_scale.set(pct);
        if let Some(b) = baseline_inputs() {
            model.inputs.update(|f| scale_cycle(f, &b, pct));
        }
    };
    view! {
        <div class="whatif-side" data-funnel=side>
            <h3>{settled(move || model.inputs.with(|f| f.name.clone()))}</h3>
            {move || steps().into_iter().map(|(step, _)| step_control(step)).collect_view()}
            <label class="field">
                <span class="field-label">{tr(Key::WhatIfPrice)}": "<strong>{settled(move || format::money(&app.number_style.get(), price()))}</strong></span>
                <input type="range" min="0" step="any" name=format!("{side}.whatif.price")
                    max=settled(move || plain((base_price() * 3.0).max(price()).max(1.0)))
                    prop:value=settled(move || plain(price())) on:input:target=on_price />
            </label>
            <label class="field">
                <span class="field-label">{tr(Key::CycleLength)}": "<strong>{settled(move || format!("{} %", cycle_scale.get()))}</strong></span>
                <input type="range" min="25" max="300" step="5" name=format!("{side}.whatif.cycle")
                    prop:value=settled(move || cycle_scale.get().to_string()) on:input:target=on_cycle />
            </label>
        </div>
    }
}

//! The drawing layer every chart uses: the theme (Okabe-Ito colours for light and dark
//! pages), a thin canvas over plotters' SVG drawing area, axis tick choice, and the final
//! step that gives the SVG its `role="img"` and `<title>`.

use std::cell::RefCell;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::format::escape_xml;
use super::{Chart, ChartOptions};

/// Outer margin of every chart, in pixels.
pub(crate) const PAD: i32 = 8;

/// Colours of one page theme. Okabe-Ito hues keep the sides apart for colour-blind
/// readers; the dark theme takes the lighter members of the palette so bars and lines
/// keep their contrast on a dark page.
pub(crate) struct Theme {
    /// Text and axes.
    pub fg: RGBColor,
    /// Digital side, service side.
    pub sides: [RGBColor; 2],
    /// The "highlighter" behind the bottleneck: yellow, distinct from both sides.
    pub highlight: RGBAColor,
    /// Grid lines.
    pub grid: RGBAColor,
}

impl Theme {
    pub fn new(dark: bool) -> Theme {
        // Okabe-Ito: blue #0072B2, vermillion #D55E00, sky blue #56B4E9, orange #E69F00,
        // yellow #F0E442.
        let yellow = RGBColor(0xF0, 0xE4, 0x42);
        if dark {
            let fg = RGBColor(0xF2, 0xF2, 0xF2);
            Theme {
                fg,
                sides: [RGBColor(0x56, 0xB4, 0xE9), RGBColor(0xE6, 0x9F, 0x00)],
                highlight: yellow.mix(0.3),
                grid: fg.mix(0.25),
            }
        } else {
            let fg = RGBColor(0x1A, 0x1A, 0x1A);
            Theme {
                fg,
                sides: [RGBColor(0x00, 0x72, 0xB2), RGBColor(0xD5, 0x5E, 0x00)],
                highlight: yellow.mix(0.6),
                grid: fg.mix(0.15),
            }
        }
    }
}

/// Horizontal and vertical anchoring of a text.
#[derive(Clone, Copy)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

/// A drawing surface in pixel coordinates. Drawing into a `String` cannot fail, so the
/// methods drop plotters' `Result`s instead of making every chart handle them.
pub(crate) struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, plotters::coord::Shift>,
    /// Dashed lines, written into the SVG when it is finished (see `dashed`).
    dashes: RefCell<Vec<String>>,
    pub theme: Theme,
    pub width: i32,
    pub height: i32,
}

impl Canvas<'_> {
    pub fn rect(&self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), color: impl Color, fill: bool) {
        let style = ShapeStyle {
            color: color.to_rgba(),
            filled: fill,
            stroke_width: 1,
        };
        let _ = self.area.draw(&Rectangle::new([(x0, y0), (x1, y1)], style));
    }

    /// Text of `px` pixels (the SVG's font-size), vertically centred on `y`.
    pub fn text(&self, text: &str, (x, y): (i32, i32), px: f64, anchor: Anchor, bold: bool) {
        self.text_in(text, (x, y), px, anchor, bold, self.theme.fg);
    }

    /// A message in the middle of the space below `top`, for a chart with nothing to draw.
    pub fn message(&self, text: &str, top: i32) {
        self.text(
            text,
            (self.width / 2, (top + self.height) / 2),
            14.0,
            Anchor::Middle,
            false,
        );
    }

    pub fn text_in(
        &self,
        text: &str,
        (x, y): (i32, i32),
        px: f64,
        anchor: Anchor,
        bold: bool,
        color: RGBColor,
    ) {
        if text.is_empty() {
            return;
        }
        let h = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let weight = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // The SVG backend writes font-size = size / 1.24 (its pixel-to-point factor), so
        // scale up to get `px` in the SVG. Charts use sizes for which that round trip is
        // exact in f64 (10, 11, 12, 14, 16); 13 and 15 would print "15.000000000000002".
        let size = px * 1.24;
        let style = FontDesc::new(FontFamily::SansSerif, size, weight)
            .color(&color)
            .pos(Pos::new(h, VPos::Center));
        let _ = self.area.draw(&Text::new(text, (x, y), style));
    }

    pub fn line(&self, points: &[(i32, i32)], color: impl Color, width: u32) {
        let style = ShapeStyle {
            color: color.to_rgba(),
            filled: false,
            stroke_width: width,
        };
        let _ = self.area.draw(&PathElement::new(points.to_vec(), style));
    }

    /// A dashed line, as one `<polyline>` with `stroke-dasharray`. Plotters would cut it
    /// into one element per dash (a 36-month timeline had 212 of them, which the browser
    /// parsed, styled and painted at every keystroke). Plotters cannot write the
    /// attribute, so this draws a placeholder text where the line belongs (keeping the
    /// drawing order) and `render` swaps the line in.
    pub fn dashed(&self, points: &[(i32, i32)], color: impl Color, width: u32) {
        use std::fmt::Write;
        let RGBAColor(r, g, b, a) = color.to_rgba();
        let mut line = format!(
            "<polyline fill=\"none\" opacity=\"{a}\" stroke=\"#{r:02X}{g:02X}{b:02X}\" stroke-width=\"{width}\" stroke-dasharray=\"6 4\" points=\""
        );
        for (x, y) in points {
            let _ = write!(line, "{x},{y} ");
        }
        line.push_str("\"/>");
        let mut dashes = self.dashes.borrow_mut();
        let mark = format!("{DASH_MARK}{}", dashes.len());
        dashes.push(line);
        self.text(&mark, (0, 0), 10.0, Anchor::Start, false);
    }

    /// Vertical grid lines for values `0..=max` between `left` and `right` pixels, from
    /// `top` to `bottom`, each labelled under the plot by `label`; about four steps at
    /// "nice" values. Returns the value at `right` (the axis top, at least `max`), which
    /// the bars are scaled against.
    pub fn value_grid(
        &self,
        (left, right): (i32, i32),
        (top, bottom): (i32, i32),
        max: f64,
        label: impl Fn(f64) -> String,
    ) -> f64 {
        let (step, axis_top) = nice_axis(max, 4);
        let mut tick = 0.0;
        while tick <= axis_top + 1e-9 {
            let x = scale(tick, axis_top, left, right);
            self.line(&[(x, top), (x, bottom)], self.theme.grid, 1);
            self.text(&label(tick), (x, bottom + 8), 10.0, Anchor::Middle, false);
            tick += step;
        }
        axis_top
    }

    /// A series marker: a circle for the first side, a square for the second, so the
    /// sides differ in shape as well as colour.
    pub fn marker(&self, side: usize, (x, y): (i32, i32), color: RGBColor) {
        let style = color.filled();
        if side == 0 {
            let _ = self.area.draw(&Circle::new((x, y), 3, style));
        } else {
            let _ = self
                .area
                .draw(&Rectangle::new([(x - 3, y - 3), (x + 3, y + 3)], style));
        }
    }

    /// A bar in the style of its side: solid for the first, a light fill with a solid
    /// outline for the second, so the sides differ without colour too.
    pub fn bar(&self, side: usize, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) {
        let color = self.theme.sides[side.min(1)];
        if side == 0 {
            self.rect((x0, y0), (x1, y1), color, true);
        } else {
            self.rect((x0, y0), (x1, y1), color.mix(0.3), true);
            self.rect((x0, y0), (x1, y1), color, false);
        }
    }

    /// A legend row under the title: each item is a swatch `swatch_w` pixels wide, drawn
    /// by `swatch(index, (x, y))`, followed by its text. Items wrap onto further rows in a
    /// narrow chart. Returns the y where the plot starts.
    pub fn legend(
        &self,
        top: i32,
        items: &[(i32, &str)],
        swatch: impl Fn(usize, (i32, i32)),
    ) -> i32 {
        let px = 11.0;
        let (mut x, mut y) = (PAD, top + 2);
        for (i, (swatch_w, text)) in items.iter().enumerate() {
            let text = super::format::fit(text, f64::from(self.width - 2 * PAD - swatch_w - 5), px);
            let w = swatch_w + 5 + super::format::text_width(&text, px) as i32;
            if x > PAD && x + w > self.width - PAD {
                x = PAD;
                y += 16;
            }
            swatch(i, (x, y));
            self.text(&text, (x + swatch_w + 5, y), px, Anchor::Start, false);
            x += w + 14;
        }
        y + 16
    }

    /// The chart title in the top-left corner; returns the y where the content starts.
    pub fn title(&self, title: &str) -> i32 {
        let px = 16.0;
        let text = super::format::fit(title, f64::from(self.width - 2 * PAD), px);
        self.text(&text, (PAD, PAD + 9), px, Anchor::Start, true);
        PAD + 26
    }
}

/// Starts the placeholder text of a dashed line: a private-use character, which no label
/// of ours contains, followed by the line's index. User text cannot close the `<text>`
/// element (plotters escapes `<`), so a placeholder is only ever one of ours.
const DASH_MARK: char = '\u{E000}';

/// Replaces each dashed line's placeholder `<text>` element by the line. Plotters writes
/// a text's content on a line of its own: `<text ...>\n\u{E000}3\n</text>`, and no `<`
/// or `>` inside a `<text>` tag, so the element runs from the `<` before the mark to the
/// first `>` after it. (Char searches only: string patterns would add a kilobyte of
/// searcher code to the wasm.)
fn swap_in_dashes(svg: &str, dashes: &[String]) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(DASH_MARK) {
        let (Some(start), Some(close)) = (rest[..at].rfind('<'), rest[at..].find('>')) else {
            break;
        };
        let index = rest[at + DASH_MARK.len_utf8()..]
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|digits| digits.parse::<usize>().ok());
        out.push_str(&rest[..start]);
        out.push_str(index.and_then(|i| dashes.get(i)).map_or("", String::as_str));
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    out
}

/// A chart's text alternative: its title followed by one sentence per side.
pub(crate) fn summary_of(title: &str, sides: [String; 2]) -> String {
    let [digital, service] = sides;
    format!("{title} {digital} {service}")
}

/// Draws a chart: sets up the canvas, runs `paint`, and finishes the SVG. With
/// `opts.draw` off it skips all of that and returns only the title and summary.
pub(crate) fn render(
    opts: &ChartOptions,
    title: String,
    summary: String,
    paint: impl FnOnce(&Canvas),
) -> Chart {
    if !opts.draw {
        return Chart {
            svg: String::new(),
            title,
            summary,
        };
    }
    // A zero-sized SVG would be invisible and makes every layout negative.
    let (w, h) = (opts.width.max(120), opts.height.max(80));
    let mut svg = String::new();
    let dashes = {
        let canvas = Canvas {
            area: SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area(),
            dashes: RefCell::new(Vec::new()),
            theme: Theme::new(opts.dark),
            width: w as i32,
            height: h as i32,
        };
        paint(&canvas);
        let _ = canvas.area.present();
        canvas.dashes.into_inner()
    };
    Chart {
        svg: with_title(&swap_in_dashes(&svg, &dashes), &title),
        title,
        summary,
    }
}

/// Makes the root element an accessible image: `role="img"` on it and an escaped
/// `<title>` as its first child (what screen readers announce, and what a saved file
/// shows as its title). The name is in `aria-label` too: Chromium names an image from
/// its `<title>` only once the chart is laid out, and a chart the page has not rendered
/// yet (`content-visibility: auto`, far below the screen) was an unnamed "image".
fn with_title(svg: &str, title: &str) -> String {
    let Some(end) = svg
        .find("<svg")
        .and_then(|s| svg[s..].find('>').map(|e| s + e))
    else {
        return svg.to_string();
    };
    let title = escape_xml(title);
    format!(
        "{} role=\"img\" aria-label=\"{title}\"><title>{title}</title>{}",
        &svg[..end],
        &svg[end + 1..]
    )
}

/// A "nice" axis for values up to `max`: the step (1, 2, 2.5 or 5 × 10ⁿ) and the top of
/// the axis, with about `ticks` steps. An empty or broken range becomes 0..1.
pub(crate) fn nice_axis(max: f64, ticks: usize) -> (f64, f64) {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / ticks.max(1) as f64;
    // The power of ten at or below `raw`, by steps: `10f64.powf(raw.log10().floor())`
    // is the same number but brings the log and power functions into the wasm (about
    // 1.5 KB), and `raw` is finite and positive here, between 1e-309 and 1e308.
    let mut magnitude = 1.0;
    while magnitude > raw {
        magnitude /= 10.0;
    }
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    let step = nice_step(raw, magnitude);
    (step, (max / step).ceil() * step)
}

/// The first of 1, 2, 2.5, 5 and 10 × `magnitude` that covers `raw`.
fn nice_step(raw: f64, magnitude: f64) -> f64 {
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// Maps `value` in `0..=max` onto `from..=to` pixels; out-of-range and non-finite values
/// are clamped so nothing is drawn outside its plot.
pub(crate) fn scale(value: f64, max: f64, from: i32, to: i32) -> i32 {
    let t = if max > 0.0 && value.is_finite() {
        (value / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    from + (t * f64::from(to - from)).round() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_nice() {
        assert_eq!(nice_axis(97.0, 4), (25.0, 100.0));
        assert_eq!(nice_axis(1234.0, 4), (500.0, 1500.0));
        assert_eq!(nice_axis(0.0, 4), (0.25, 1.0));
        assert_eq!(nice_axis(f64::NAN, 4), (0.25, 1.0));
    }

    /// The stepwise power of ten gives the axes the log/pow formula gave, over the
    /// values charts meet (counts, money, days, from hundredths to billions).
    #[test]
    fn axes_match_the_log_formula() {
        let old = |max: f64, ticks: usize| {
            let raw = max / ticks as f64;
            let step = nice_step(raw, 10f64.powf(raw.log10().floor()));
            (step, (max / step).ceil() * step)
        };
        let mut max = 0.013;
        while max < 5e10 {
            for ticks in [3, 4, 5, 6] {
                let (a, b) = (nice_axis(max, ticks), old(max, ticks));
                let close = |x: f64, y: f64| (x - y).abs() <= 1e-12 * x.abs().max(1.0);
                assert!(
                    close(a.0, b.0) && close(a.1, b.1),
                    "{max} / {ticks}: {a:?} vs {b:?}"
                );
            }
            max *= 1.37;
        }
    }

    #[test]
    fn scale_clamps() {
        assert_eq!(scale(5.0, 10.0, 0, 100), 50);
        assert_eq!(scale(50.0, 10.0, 0, 100), 100);
        assert_eq!(scale(f64::NAN, 10.0, 0, 100), 0);
        assert_eq!(scale(1.0, 0.0, 0, 100), 0);
        assert_eq!(scale(10.0, 10.0, 100, 0), 0);
    }

    #[test]
    fn title_goes_into_the_root_element() {
        let svg = "<svg width=\"1\" height=\"1\">\n<rect/>\n</svg>\n";
        assert_eq!(
            with_title(svg, "a<b"),
            "<svg width=\"1\" height=\"1\" role=\"img\" aria-label=\"a&lt;b\"><title>a&lt;b</title>\n<rect/>\n</svg>\n"
        );
    }
}

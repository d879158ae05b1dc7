//! Charts: pure functions from the engine's data (`Report`, `Timeline`) to an SVG string.
//!
//! Every chart is drawn with plotters' SVG backend into a `String`, so the same code runs
//! natively (snapshot tests) and in the browser (the UI inlines the SVG). Design choices
//! that apply to all charts:
//!
//! * Only plotters' drawing primitives (rectangles, text, paths, circles) are used, with
//!   our own layout. Plotters' chart builder and mesh measure text; on wasm that measuring
//!   creates DOM nodes for every label (slow, and it differs from the native result), and
//!   it needs extra plotters code in the bundle.
//! * No background is painted: the page's theme shows through. `ChartOptions::dark`
//!   switches to light text and the lighter half of the palette.
//! * Colours come from the Okabe-Ito palette (safe for colour-blind readers), and the two
//!   sides are always told apart by something besides colour: fill style, marker shape
//!   or a text label.
//! * All human text comes from `ChartLabels`, so the UI can pass Polish or Russian.
//! * User text (stage and side names) is escaped by the plotters SVG backend itself
//!   (`escape_and_push` in plotters-svg 0.3.7 escapes `< > & " '` in text and attribute
//!   values); we must not escape it a second time. The `<title>` we insert ourselves is
//!   escaped here. Tests with hostile names guard both.

mod cycle;
mod draw;
#[doc(hidden)]
pub mod fixtures;
mod format;
mod funnel;
mod sensitivity;
mod steps;
mod timeline;

pub use cycle::cycle_chart;
pub(crate) use format::escape_xml;
pub use format::fill;
pub use funnel::funnel_chart;
pub use sensitivity::{sensitivity, sensitivity_chart};
pub use steps::step_comparison;
pub use timeline::timeline_chart;

/// How a chart is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// Pixel size of the SVG (also its viewBox, so CSS can scale it).
    pub width: u32,
    pub height: u32,
    /// Light text and the lighter palette, for dark page themes.
    pub dark: bool,
    pub labels: ChartLabels,
    /// When false only the title and summary are made and `Chart::svg` stays empty: the
    /// UI keeps the text of a chart that is off screen current without drawing it.
    pub draw: bool,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            width: 640,
            height: 360,
            dark: false,
            labels: ChartLabels::default(),
            draw: true,
        }
    }
}

/// Every piece of human text the charts draw or put in titles and summaries.
///
/// Templates contain `{placeholders}` that are filled in one pass, so a user's stage name
/// that happens to contain `{name}` is never expanded again. Numbers are formatted with
/// `decimal_sep` / `group_sep`, percentages through `percent`, money through `money`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLabels {
    /// Side names used when the caller passes an empty one.
    pub digital: String,
    pub service: String,
    /// `{name}`: the side's name.
    pub funnel_title: String,
    pub steps_title: String,
    pub timeline_title: String,
    pub cycle_title: String,
    /// `{name}`: the side's name.
    pub sensitivity_title: String,
    pub customers: String,
    pub cumulative_customers: String,
    pub cumulative_revenue: String,
    pub cost_vs_profit: String,
    pub cumulative_cost: String,
    pub cumulative_gross_profit: String,
    pub break_even: String,
    /// `{name}`, `{month}`: a side's break-even mark on the timeline.
    pub break_even_at: String,
    pub month: String,
    pub days: String,
    /// Short unit after a number of days ("12 d").
    pub days_short: String,
    pub bottleneck: String,
    pub benchmark: String,
    /// Shown for a value that cannot be computed (a step out of an empty stage).
    pub not_available: String,
    pub no_data: String,
    /// Sensitivity chart when the report has no customers to scale.
    pub no_customers: String,
    /// Sensitivity chart when delivery capacity caps the customers.
    pub capacity_binds: String,
    /// `{name}`, `{first}`, `{first_stage}`, `{customers}`.
    pub funnel_summary: String,
    /// `{step}`, `{rate}`.
    pub bottleneck_summary: String,
    /// `{name}`, `{step}`, `{rate}`: a side's lowest step.
    pub steps_summary: String,
    /// `{name}`, `{customers}`, `{revenue}`, `{months}`.
    pub timeline_summary: String,
    /// `{month}`.
    pub break_even_summary: String,
    /// `{months}`.
    pub no_break_even_summary: String,
    /// `{name}`, `{days}`.
    pub cycle_summary: String,
    /// `{name}`, `{step}`, `{extra}`.
    pub sensitivity_summary: String,
    pub decimal_sep: String,
    pub group_sep: String,
    /// `{n}`: a formatted number ("{n}%" in English, "{n} %" in Polish).
    pub percent: String,
    /// `{n}`: a formatted amount of money (add the currency here).
    pub money: String,
    /// Sensitivity chart when delivery capacity would cap a step's gain: `{capacity}`,
    /// `{gain}` (the most any step can add, signed).
    pub capacity_caps: String,
}

impl Default for ChartLabels {
    fn default() -> Self {
        let s = |t: &str| t.to_string();
        ChartLabels {
            digital: s("Digital"),
            service: s("Service"),
            funnel_title: s("Funnel: {name}"),
            steps_title: s("Step conversion"),
            timeline_title: s("Month by month"),
            cycle_title: s("Days in each stage"),
            sensitivity_title: s("One step 5 points better: {name}"),
            customers: s("customers"),
            cumulative_customers: s("Customers (cumulative)"),
            cumulative_revenue: s("Revenue (cumulative)"),
            cost_vs_profit: s("Cumulative cost vs gross profit"),
            cumulative_cost: s("cumulative cost"),
            cumulative_gross_profit: s("cumulative gross profit"),
            break_even: s("break-even"),
            break_even_at: s("{name}: break-even, month {month}"),
            month: s("month"),
            days: s("days"),
            days_short: s("d"),
            bottleneck: s("bottleneck"),
            benchmark: s("benchmark"),
            not_available: s("n/a"),
            no_data: s("No data"),
            no_customers: s("No customers yet: a better step multiplies zero."),
            capacity_binds: s("Delivery capacity caps the customers: better steps add none."),
            funnel_summary: s("{name}: {first} {first_stage} to {customers} customers."),
            bottleneck_summary: s("Bottleneck: {step} at {rate}."),
            steps_summary: s("{name}: lowest step {step} at {rate}."),
            timeline_summary: s(
                "{name}: {customers} customers and {revenue} revenue after {months} months;",
            ),
            break_even_summary: s("break-even in month {month}."),
            no_break_even_summary: s("no break-even within {months} months."),
            cycle_summary: s("{name}: {days} days through all stages."),
            sensitivity_summary: s(
                "{name}: 5 points more at {step} adds the most customers ({extra} a month).",
            ),
            decimal_sep: s("."),
            group_sep: s(","),
            percent: s("{n}%"),
            money: s("{n}"),
            capacity_caps: s(
                "Delivery capacity ({capacity} a month) caps any step's gain at {gain}.",
            ),
        }
    }
}

impl ChartLabels {
    /// The labels' way of writing numbers, for the app's one formatter.
    pub fn notation(&self) -> crate::domain::numbers::Notation<'_> {
        crate::domain::numbers::Notation {
            decimal_sep: &self.decimal_sep,
            group_sep: &self.group_sep,
            percent: &self.percent,
            money: &self.money,
        }
    }
}

/// A drawn chart: the SVG markup, its title, and a short text alternative.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// A complete `<svg>` element with `role="img"` and a `<title>`.
    pub svg: String,
    /// Plain (unescaped) text; the UI escapes it when it renders it.
    pub title: String,
    /// A sentence or two for screen readers, in the labels' language; plain text.
    pub summary: String,
}

//! Each chart's numbers as a table folded under it: the text alternative a screen reader
//! can walk cell by cell, printed with the chart, and hooks for tests (`data-kpi`,
//! `data-funnel`, `data-stage` or `data-month`, `data-value`). Built from the same reports
//! and timelines the charts draw; it computes nothing the engine does not give.

use leptos::prelude::*;

use super::format::{self, NumberStyle};
use super::i18n::{self, t, tf, Key, Lang};
use super::tr;
use crate::charts::escape_xml;
use crate::domain::kpi::Kpi;
use crate::domain::model::Side;
use crate::domain::report::Report;
use crate::domain::timeline::{Timeline, MILESTONE_MONTHS};

/// A chart's data: column headers (the first heads the row names) and rows.
#[derive(Debug, Default)]
pub struct DataTable {
    pub head: Vec<String>,
    pub rows: Vec<DataRow>,
}

#[derive(Debug)]
pub struct DataRow {
    pub head: String,
    pub cells: Vec<DataCell>,
}

#[derive(Debug)]
pub struct DataCell {
    pub text: String,
    pub kpi: &'static str,
    pub funnel: &'static str,
    pub stage: Option<usize>,
    pub month: Option<u32>,
    /// The raw number, `None` when not available.
    pub value: Option<f64>,
    /// Columns the cell spans.
    pub span: u8,
}

/// Both funnels' data, each with its slot and name.
pub type Sides<'a, T> = [(Side, &'a str, &'a T); 2];

/// What every table builder needs to word and format its cells.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub lang: Lang,
    pub ns: &'a NumberStyle,
}

impl Words<'_> {
    fn head(&self, keys: &[Key]) -> Vec<String> {
        keys.iter().map(|&k| t(self.lang, k).to_string()).collect()
    }

    /// A cell of a KPI value, or of its n/a reason.
    fn kpi(
        &self,
        kpi: &'static str,
        side: Side,
        value: Kpi,
        f: fn(&NumberStyle, f64) -> String,
    ) -> DataCell {
        let text = match value {
            Kpi::Value(v) => f(self.ns, v),
            Kpi::NotAvailable(reason) => i18n::not_available(self.lang, reason),
        };
        DataCell {
            text,
            kpi,
            funnel: side.id(),
            stage: None,
            month: None,
            value: value.value(),
            span: 1,
        }
    }
}

fn at_stage(mut cell: DataCell, stage: usize) -> DataCell {
    cell.stage = Some(stage);
    cell
}

fn step_name(r: &Report, from: usize) -> String {
    let name = |i: usize| r.stages.get(i).map_or("", |s| s.name.as_str());
    format!("{} → {}", name(from), name(from + 1))
}

/// One funnel's stages: volume and share of the first stage.
pub fn funnel_table(w: Words, side: Side, r: &Report) -> DataTable {
    DataTable {
        head: w.head(&[Key::Stage, Key::Volume, Key::OfFirst]),
        rows: r
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| DataRow {
                head: s.name.clone(),
                cells: vec![
                    at_stage(
                        w.kpi("volume", side, Kpi::Value(s.volume), format::count),
                        i,
                    ),
                    at_stage(w.kpi("of_first", side, s.of_first, format::percent), i),
                ],
            })
            .collect(),
    }
}

/// Both funnels' step conversions; `data-stage` is the step's first stage.
pub fn steps_table(w: Words, reports: Sides<Report>) -> DataTable {
    let rows = reports
        .into_iter()
        .flat_map(|(side, name, r)| {
            let steps = r.steps.len().min(r.stages.len().saturating_sub(1));
            r.steps[..steps].iter().map(move |s| DataRow {
                head: format!("{name}: {}", step_name(r, s.from)),
                cells: vec![at_stage(
                    w.kpi("step_rate", side, s.rate, format::percent),
                    s.from,
                )],
            })
        })
        .collect();
    DataTable {
        head: w.head(&[Key::TableStep, Key::OfPrevious]),
        rows,
    }
}

/// Both funnels' days per stage.
pub fn cycle_table(w: Words, reports: Sides<Report>) -> DataTable {
    let rows = reports
        .into_iter()
        .flat_map(|(side, name, r)| {
            r.stages.iter().enumerate().map(move |(i, s)| DataRow {
                head: format!("{name}: {}", s.name),
                cells: vec![at_stage(
                    w.kpi("stage_days", side, Kpi::Value(s.days), format::count),
                    i,
                )],
            })
        })
        .collect();
    DataTable {
        head: w.head(&[Key::Stage, Key::Days]),
        rows,
    }
}

/// The customers each step would add at 5 points more, as the chart draws them.
pub fn sensitivity_table(w: Words, side: Side, r: &Report, gains: &[(usize, f64)]) -> DataTable {
    DataTable {
        head: w.head(&[Key::TableStep, Key::TableExtraCustomers]),
        rows: gains
            .iter()
            .map(|&(step, extra)| DataRow {
                head: step_name(r, step),
                cells: vec![at_stage(
                    w.kpi("sensitivity_gain", side, Kpi::Value(extra), format::count),
                    step,
                )],
            })
            .collect(),
    }
}

/// Per funnel, the break-even month and the cumulative figures at the milestone months.
pub fn timeline_table(w: Words, timelines: Sides<Timeline>) -> DataTable {
    let mut rows = Vec::new();
    for (side, name, tl) in timelines {
        let horizon = tl.months.len().to_string();
        let break_even = tl.break_even_month;
        rows.push(DataRow {
            head: tf(w.lang, Key::TableBreakEven, &[("name", name)]),
            cells: vec![DataCell {
                text: match break_even {
                    Some(m) => tf(w.lang, Key::TableMonthN, &[("n", &m.to_string())]),
                    None => tf(w.lang, Key::TableNoBreakEven, &[("n", &horizon)]),
                },
                kpi: "break_even_month",
                funnel: side.id(),
                stage: None,
                month: None,
                value: break_even.map(f64::from),
                span: 4,
            }],
        });
        for m in MILESTONE_MONTHS {
            let Some(month) = tl.month(m) else { continue };
            let cell = |kpi, v: f64, f: fn(&NumberStyle, f64) -> String| DataCell {
                month: Some(m),
                ..w.kpi(kpi, side, Kpi::Value(v), f)
            };
            rows.push(DataRow {
                head: tf(
                    w.lang,
                    Key::TableFunnelMonth,
                    &[("name", name), ("n", &m.to_string())],
                ),
                cells: vec![
                    cell(
                        "timeline_customers",
                        month.cumulative_customers,
                        format::count,
                    ),
                    cell("timeline_revenue", month.cumulative_revenue, format::money),
                    cell("timeline_cost", month.cumulative_cost, format::money),
                    cell(
                        "timeline_gross_profit",
                        month.cumulative_gross_profit,
                        format::money,
                    ),
                ],
            });
        }
    }
    let mut head = vec![String::new()];
    head.extend(w.head(&[
        Key::TableCustomers,
        Key::TableRevenue,
        Key::TableCost,
        Key::TableGrossProfit,
    ]));
    DataTable { head, rows }
}

/// The folded table. Written as markup rather than a view: a view per cell shape made
/// Leptos instantiate its rendering code several times over, for a table that is only
/// ever replaced whole. Rebuilt only while the chart is shown (see `ChartFigure`).
pub fn data_table_view(table: Memo<String>) -> impl IntoView {
    view! {
        <details class="chart-data">
            <summary>{tr(Key::ChartData)}</summary>
            // Focusable: on a phone a wide table scrolls sideways, and keyboard users
            // scroll it with the arrow keys once it has focus.
            <div class="table-wrap" tabindex="0"><table inner_html=table></table></div>
        </details>
    }
}

/// The table's rows as HTML, names and texts escaped (user text: stage and funnel names).
pub fn markup(t: &DataTable) -> String {
    use std::fmt::Write;
    let mut out = String::from("<thead><tr>");
    for h in &t.head {
        // An empty corner is a plain cell: a header must name something.
        if h.is_empty() {
            out.push_str("<td></td>");
            continue;
        }
        out.push_str("<th scope=\"col\">");
        out.push_str(&escape_xml(h));
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for r in &t.rows {
        out.push_str("<tr><th scope=\"row\">");
        out.push_str(&escape_xml(&r.head));
        out.push_str("</th>");
        for c in &r.cells {
            let _ = write!(
                out,
                "<td class=\"num\" colspan=\"{}\" data-kpi=\"{}\" data-funnel=\"{}\"",
                c.span, c.kpi, c.funnel
            );
            if let Some(stage) = c.stage {
                let _ = write!(out, " data-stage=\"{stage}\"");
            }
            if let Some(month) = c.month {
                let _ = write!(out, " data-month=\"{month}\"");
            }
            out.push_str(" data-value=\"");
            out.push_str(&format::raw_value(c.value));
            out.push_str("\">");
            out.push_str(&escape_xml(&c.text));
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out
}

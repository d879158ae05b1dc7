//! Sensitivity ("tornado"): how many extra customers a month each step would bring if its
//! conversion were 5 percentage points higher, largest first. It answers the workshop
//! question "what if this rate were 5 points higher" for every step at once.
//!
//! Why points and not a relative +10 %: customers are the product of the top volume and
//! every step rate, so a relative improvement of any one step raises customers by exactly
//! that share whichever step it is — every bar would be equal and the chart would say
//! nothing. Five points more is a large gain for a 2 % step and a small one for a 60 %
//! step, which is what the people choosing where to work need to see.

use super::draw::{render, scale, Anchor, PAD};
use super::format::{count, fill, fit, step_name, text_width};
use super::{Chart, ChartOptions};
use crate::domain::report::Report;

/// The improvement the chart is about, in rate units (0.05 = 5 percentage points).
pub const IMPROVEMENT_POINTS: f64 = 0.05;

/// Extra customers per step if its rate were 5 points higher (capped at 100 %), as
/// `(step index, extra customers)`, sorted from most to fewest (ties keep step order).
/// Only steps before the customer stage count: improving "Customer → Evangelist" brings
/// no customers. A step that converts nobody gains 0 here (nothing flows past it to
/// scale); when delivery capacity already caps the customers, every entry is 0.
pub fn sensitivity(report: &Report) -> Vec<(usize, f64)> {
    let customers = if report.customers.is_finite() {
        report.customers.max(0.0)
    } else {
        0.0
    };
    let mut out: Vec<(usize, f64)> = report
        .steps
        .iter()
        .take(report.customer_stage.min(report.steps.len()))
        .map(|s| {
            let extra = match s.rate.value() {
                _ if report.capacity_binds => 0.0,
                Some(r) if r > 0.0 && r < 1.0 => {
                    customers * ((r + IMPROVEMENT_POINTS).min(1.0) / r - 1.0)
                }
                _ => 0.0,
            };
            (s.from, if extra.is_finite() { extra } else { 0.0 })
        })
        .collect();
    largest_gain_first(&mut out);
    out
}

/// Sorts `(step, gain)` pairs by gain, largest first; equal gains keep the funnel's
/// order, which reads naturally. An insertion sort, stable because it moves an item only
/// past a strictly smaller one: a funnel has at most 29 steps, and the standard library's
/// stable sort is 4.6 KB of wasm that nothing else needs. The gains are finite.
fn largest_gain_first(pairs: &mut [(usize, f64)]) {
    for i in 1..pairs.len() {
        let mut j = i;
        while j > 0 && pairs[j - 1].1 < pairs[j].1 {
            pairs.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The sensitivity as a sorted bar chart ("tornado") for one funnel.
pub fn sensitivity_chart(report: &Report, side_name: &str, opts: &ChartOptions) -> Chart {
    let labels = &opts.labels;
    let (side, name) = super::steps::side_name(report.kind, side_name, labels);
    let title = fill(&labels.sensitivity_title, &[("name", name)]);
    let entries = sensitivity(report);
    let stage = |i: usize| report.stages.get(i).map_or("", |s| s.name.as_str());
    let best = entries.first().copied().filter(|e| e.1 > 0.0);
    let note = if report.capacity_binds {
        Some(&labels.capacity_binds)
    } else if best.is_none() && !entries.is_empty() {
        Some(&labels.no_customers)
    } else {
        None
    };
    let summary = match (best, note) {
        (Some((step, extra)), _) => fill(
            &labels.sensitivity_summary,
            &[
                ("name", name),
                (
                    "step",
                    &step_name(stage(step), stage(step + 1), f64::INFINITY, 1.0),
                ),
                ("extra", &format!("+{}", count(extra, labels))),
            ],
        ),
        (None, Some(note)) => format!("{name}: {note}"),
        (None, None) => format!("{name}: {}", labels.no_data),
    };

    render(opts, title.clone(), summary, |c| {
        let mut top = c.title(&title);
        if let Some(note) = note {
            let text = fit(note, f64::from(c.width - 2 * PAD), 11.0);
            c.text(&text, (PAD, top + 2), 11.0, Anchor::Start, false);
            top += 18;
        }
        if entries.is_empty() {
            c.message(&labels.no_data, top);
            return;
        }
        let px = 11.0;
        let w = f64::from(c.width);
        let label_w = (w * 0.36) as i32;
        let left = PAD + label_w + 6;
        let value = |v: f64| format!("+{} {}", count(v, labels), labels.customers);
        let max = best.map_or(1.0, |b| b.1);
        let value_w = text_width(&value(max), px) as i32 + 8;
        let right = (c.width - PAD - value_w).max(left + 20);
        let pitch = (c.height - PAD - top) / entries.len() as i32;
        let bar_h = (f64::from(pitch) * 0.6).min(22.0) as i32;
        // The zero line the bars grow from.
        c.line(&[(left, top), (left, c.height - PAD)], c.theme.grid, 1);
        for (row, (step, extra)) in entries.iter().enumerate() {
            let y0 = top + row as i32 * pitch + (pitch - bar_h) / 2;
            let mid = y0 + bar_h / 2;
            let end = scale(*extra, max, left, right);
            if end > left {
                c.bar(side, (left, y0), (end, y0 + bar_h));
            }
            let name = step_name(stage(*step), stage(step + 1), f64::from(label_w), px);
            c.text(&name, (left - 6, mid), px, Anchor::End, false);
            c.text(&value(*extra), (end + 5, mid), px, Anchor::Start, false);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::fixtures;
    use crate::domain::model::FunnelKind;

    #[test]
    fn largest_gain_first_and_ties_keep_the_funnel_order() {
        let mut pairs = vec![(0, 1.0), (1, 5.0), (2, 1.0), (3, 0.0), (4, 5.0), (5, 2.5)];
        largest_gain_first(&mut pairs);
        let order: Vec<usize> = pairs.iter().map(|p| p.0).collect();
        assert_eq!(order, [1, 4, 5, 0, 2, 3]);
        let mut none: Vec<(usize, f64)> = Vec::new();
        largest_gain_first(&mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn post_customer_steps_do_not_count() {
        let r = fixtures::report(
            FunnelKind::Digital,
            &[
                ("Lead", 100.0, 0.0),
                ("Customer", 20.0, 0.0),
                ("Evangelist", 5.0, 0.0),
            ],
            &[],
            None,
        );
        // The fixture takes the last stage as customers; say stage 1 is, with 20.
        // Lead → Customer converts 0.2; five points more is 0.25, so 20 × (0.25 / 0.2 − 1)
        // = 5 more customers. Customer → Evangelist is after the customer stage: no entry.
        let r = Report {
            customers: 20.0,
            customer_stage: 1,
            ..r
        };
        let s = sensitivity(&r);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].0, 0);
        assert!((s[0].1 - 5.0).abs() < 1e-9, "{s:?}");
    }

    #[test]
    fn capacity_cap_means_no_gain() {
        let r = Report {
            capacity_binds: true,
            ..fixtures::digital_report()
        };
        assert!(sensitivity(&r).iter().all(|e| e.1 == 0.0));
    }
}

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
use crate::domain::whatif;

/// Extra customers per step if its rate were 5 points higher, as `(step index, extra
/// customers)`, largest first: the engine's figures (`Report::sensitivity`, after capacity
/// and referrals), which the workshop and the bottleneck callout give too.
pub fn sensitivity(report: &Report) -> Vec<(usize, f64)> {
    whatif::sensitivity(report)
        .into_iter()
        .map(|g| (g.step, g.extra_customers))
        .collect()
}

/// The sensitivity as a sorted bar chart ("tornado") for one funnel.
pub fn sensitivity_chart(report: &Report, side_name: &str, opts: &ChartOptions) -> Chart {
    let labels = &opts.labels;
    let (side, name) = super::steps::side_name(report.kind, side_name, labels);
    let title = fill(&labels.sensitivity_title, &[("name", name)]);
    let entries = sensitivity(report);
    let stage = |i: usize| report.stages.get(i).map_or("", |s| s.name.as_str());
    let best = entries.first().copied().filter(|e| e.1 > 0.0);
    // Capacity that would cap a gain is said in words, with the most any step can add.
    let caps = report
        .capacity
        .filter(|_| report.sensitivity.iter().any(|g| g.capped));
    let caps_note = caps.map(|cap| {
        fill(
            &labels.capacity_caps,
            &[
                ("capacity", &count(cap, labels)),
                (
                    "gain",
                    &format!("+{}", count(cap - report.customers, labels)),
                ),
            ],
        )
    });
    let note = if report.capacity_binds {
        Some(&labels.capacity_binds)
    } else if best.is_none() && !entries.is_empty() {
        Some(&labels.no_customers)
    } else {
        caps_note.as_ref()
    };
    let summary = match best {
        Some((step, extra)) => {
            let headline = fill(
                &labels.sensitivity_summary,
                &[
                    ("name", name),
                    (
                        "step",
                        &step_name(stage(step), stage(step + 1), f64::INFINITY, 1.0),
                    ),
                    ("extra", &format!("+{}", count(extra, labels))),
                ],
            );
            // A gain capacity caps is said with the figure.
            match note {
                Some(note) => format!("{headline} {note}"),
                None => headline,
            }
        }
        None => format!("{name}: {}", note.unwrap_or(&labels.no_data)),
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

    #[test]
    fn a_gain_capacity_would_cap_is_said_in_words() {
        let mut r = fixtures::service_report();
        r.capacity = Some(5.0);
        r.sensitivity[1].capped = true;
        let chart = sensitivity_chart(&r, "x", &ChartOptions::default());
        assert!(chart.summary.contains("caps"), "{}", chart.summary);
        assert!(chart.summary.contains("gain at +1."), "{}", chart.summary);
    }
}

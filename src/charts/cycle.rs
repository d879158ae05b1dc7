//! The sales cycle as a Gantt chart: for each side a header with its total days, then one
//! row per stage whose bar starts where the previous stage ended, on a day axis shared by
//! both sides — so a service's months-long cycle and a digital product's days sit on one
//! scale. Sides differ by bar style (solid / outlined) and by their header.

use super::draw::{render, scale, summary_of, Anchor, PAD};
use super::format::{count, fill, fit, text_width};
use super::steps::side_names;
use super::{Chart, ChartLabels, ChartOptions};
use crate::domain::report::Report;

/// Days in each stage of both funnels, stacked in time per side.
pub fn cycle_chart(
    digital: &Report,
    service: &Report,
    names: [&str; 2],
    opts: &ChartOptions,
) -> Chart {
    let labels = &opts.labels;
    let reports = [digital, service];
    let names = side_names(names, labels);
    let title = labels.cycle_title.clone();
    // Negative or broken day counts (should not pass validation) count as zero here so
    // bars never run backwards.
    let days = |d: f64| if d.is_finite() { d.max(0.0) } else { 0.0 };
    let totals = reports.map(|r| r.stages.iter().map(|s| days(s.days)).sum::<f64>());
    let summary = summary_of(
        &title,
        [0, 1].map(|s| {
            fill(
                &labels.cycle_summary,
                &[("name", &names[s]), ("days", &count(totals[s], labels))],
            )
        }),
    );
    let rows = (2 + digital.stages.len() + service.stages.len()) as i32;

    render(opts, title.clone(), summary, |c| {
        let top = c.title(&title);
        if rows == 2 {
            c.message(&labels.no_data, top);
            return;
        }
        let px = 11.0;
        let w = f64::from(c.width);
        let label_w = (w * 0.28) as i32;
        let left = PAD + label_w + 6;
        let value = |d: f64| format!("{} {}", count(d, labels), labels.days_short);
        let value_w = text_width(&value(totals[0].max(totals[1])), px) as i32 + 8;
        let right = (c.width - PAD - value_w).max(left + 20);
        let bottom = c.height - PAD - 14;
        let pitch = (bottom - top) / rows;
        let bar_h = (f64::from(pitch) * 0.62).min(18.0) as i32;

        let axis_top = c.value_grid(
            (left, right),
            (top, bottom),
            totals[0].max(totals[1]),
            |t| count(t, labels),
        );
        c.text(
            &labels.days,
            (left - 6, bottom + 8),
            10.0,
            Anchor::End,
            false,
        );

        let mut row = 0;
        for (side, report) in reports.iter().enumerate() {
            let header = header(&names[side], totals[side], labels);
            let mid = top + row * pitch + pitch / 2;
            c.text(
                &fit(&header, w - f64::from(2 * PAD), 12.0),
                (PAD, mid),
                12.0,
                Anchor::Start,
                true,
            );
            row += 1;
            let mut start = 0.0;
            for stage in &report.stages {
                let d = days(stage.days);
                let y0 = top + row * pitch + (pitch - bar_h) / 2;
                let mid = y0 + bar_h / 2;
                let (x0, x1) = (
                    scale(start, axis_top, left, right),
                    scale(start + d, axis_top, left, right),
                );
                if d > 0.0 {
                    c.bar(side, (x0, y0), (x1.max(x0 + 1), y0 + bar_h));
                }
                c.text(
                    &fit(&stage.name, f64::from(label_w - 8), px),
                    (left - 6, mid),
                    px,
                    Anchor::End,
                    false,
                );
                c.text(
                    &value(d),
                    (x1.max(x0 + 1) + 5, mid),
                    px,
                    Anchor::Start,
                    false,
                );
                start += d;
                row += 1;
            }
        }
    })
}

/// "Digital: 18 days".
fn header(name: &str, total: f64, labels: &ChartLabels) -> String {
    format!("{name}: {} {}", count(total, labels), labels.days)
}

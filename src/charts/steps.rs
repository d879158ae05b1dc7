//! Step conversion of both sides: for each step index a pair of horizontal bars (digital
//! solid, service outlined), each labelled with its own "from → to" names because the two
//! funnels need not share stages. A benchmark shows as a tick across its bar; the
//! bottleneck's value is bold and followed by the word "bottleneck".

use super::draw::{render, scale, summary_of, Anchor, Canvas, PAD};
use super::format::{fill, percent, step_name, text_width};
use super::{Chart, ChartLabels, ChartOptions};
use crate::domain::model::FunnelKind;
use crate::domain::report::Report;

/// Compares the step conversion rates of two funnels on one 0–100 % axis.
pub fn step_comparison(
    digital: &Report,
    service: &Report,
    names: [&str; 2],
    opts: &ChartOptions,
) -> Chart {
    let labels = &opts.labels;
    let reports = [digital, service];
    let names = side_names(names, labels);
    let title = labels.steps_title.clone();
    let summary = summary_of(
        &title,
        [0, 1].map(|s| side_summary(reports[s], &names[s], labels)),
    );
    // Only steps between two existing stages count.
    let steps = |r: &Report| r.steps.len().min(r.stages.len().saturating_sub(1));
    let rows = steps(digital).max(steps(service)) as i32;
    let max = reports
        .iter()
        .flat_map(|r| r.steps.iter().filter_map(|s| s.rate.value()))
        .fold(1.0, f64::max);

    render(opts, title.clone(), summary, |c| {
        let mut top = c.title(&title);
        top = legend(c, top, &names, labels);
        if rows == 0 {
            c.message(&labels.no_data, top);
            return;
        }
        let px = 11.0;
        let w = f64::from(c.width);
        let label_w = (w * 0.4) as i32;
        let value_w = text_width(&format!("100% {}", labels.bottleneck), px) as i32;
        let left = PAD + label_w + 6;
        let right = (c.width - PAD - value_w).max(left + 20);
        let bottom = c.height - PAD - 14;
        let pitch = (bottom - top) / rows;
        let bar_h = (f64::from(pitch) * 0.36).min(16.0) as i32;

        // Percentage grid, so bar lengths can be read as numbers.
        let axis_top = c.value_grid((left, right), (top, bottom), max, |t| percent(t, labels));

        for row in 0..rows {
            for (side, report) in reports.iter().enumerate() {
                let i = row as usize;
                if i >= steps(report) {
                    continue;
                }
                let s = &report.steps[i];
                let y0 =
                    top + row * pitch + (pitch - 2 * bar_h - 3) / 2 + side as i32 * (bar_h + 3);
                let mid = y0 + bar_h / 2;
                let name = step_name(
                    &report.stages[i].name,
                    &report.stages[i + 1].name,
                    f64::from(label_w),
                    px,
                );
                c.text(&name, (left - 6, mid), px, Anchor::End, false);
                let end = scale(s.rate.value().unwrap_or(0.0), axis_top, left, right);
                if end > left {
                    c.bar(side, (left, y0), (end, y0 + bar_h));
                }
                // The value goes after the bar or the benchmark tick, whichever ends later,
                // so the tick never crosses the number.
                let mut after = end;
                if let Some(b) = s.benchmark {
                    let x = scale(b.get(), axis_top, left, right);
                    c.line(&[(x, y0 - 3), (x, y0 + bar_h + 3)], c.theme.fg, 2);
                    after = after.max(x + 1);
                }
                let is_bottleneck = report.bottleneck.as_ref().is_some_and(|b| b.step == i);
                let mut value = s
                    .rate
                    .value()
                    .map_or_else(|| labels.not_available.clone(), |r| percent(r, labels));
                if is_bottleneck {
                    value = format!("{value} {}", labels.bottleneck);
                }
                c.text(&value, (after + 5, mid), px, Anchor::Start, is_bottleneck);
            }
        }
    })
}

/// The side names, with the labels' defaults for empty ones.
pub(crate) fn side_names(names: [&str; 2], labels: &ChartLabels) -> [String; 2] {
    [
        side_name(FunnelKind::Digital, names[0], labels)
            .1
            .to_string(),
        side_name(FunnelKind::Service, names[1], labels)
            .1
            .to_string(),
    ]
}

/// The side of a funnel of `kind` (0 digital, 1 service) and the name to show for it:
/// `name`, or the side's label when `name` is blank.
pub(crate) fn side_name<'a>(
    kind: FunnelKind,
    name: &'a str,
    labels: &'a ChartLabels,
) -> (usize, &'a str) {
    let side = match kind {
        FunnelKind::Digital => 0,
        FunnelKind::Service => 1,
    };
    let default = if side == 0 {
        &labels.digital
    } else {
        &labels.service
    };
    (
        side,
        match name.trim() {
            "" => default.as_str(),
            n => n,
        },
    )
}

/// The legend: a swatch in each side's bar style with its name, and the benchmark tick.
/// Returns the y where the plot starts.
fn legend(c: &Canvas, top: i32, names: &[String; 2], labels: &ChartLabels) -> i32 {
    let items = [
        (16, names[0].as_str()),
        (16, names[1].as_str()),
        (4, labels.benchmark.as_str()),
    ];
    c.legend(top, &items, |i, (x, y)| match i {
        0 | 1 => c.bar(i, (x, y - 5), (x + 16, y + 5)),
        _ => c.line(&[(x + 2, y - 7), (x + 2, y + 7)], c.theme.fg, 2),
    })
}

/// "Digital: lowest step Trial users → Customers at 15%."
fn side_summary(report: &Report, name: &str, labels: &ChartLabels) -> String {
    let lowest = report
        .steps
        .iter()
        .filter(|s| s.from + 1 < report.stages.len())
        .filter_map(|s| Some((s.from, s.rate.value()?)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    match lowest {
        Some((i, rate)) => fill(
            &labels.steps_summary,
            &[
                ("name", name),
                (
                    "step",
                    &step_name(
                        &report.stages[i].name,
                        &report.stages[i + 1].name,
                        f64::INFINITY,
                        1.0,
                    ),
                ),
                ("rate", &percent(rate, labels)),
            ],
        ),
        None => format!("{name}: {}.", labels.no_data),
    }
}

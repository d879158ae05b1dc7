//! The funnel: one centred horizontal bar per stage, its width proportional to the stage's
//! volume, the stage name on the left, the count beside the bar and the step conversion
//! between bars. The bottleneck step gets a highlighter band (colour), a bold rate and the
//! word "bottleneck" (text), so it is found without seeing colour.

use super::draw::{render, scale, Anchor, PAD};
use super::format::{count, fill, fit, percent, step_name, text_width};
use super::{Chart, ChartOptions};
use crate::domain::report::Report;

/// Draws `report` as a funnel. `scale_max` is the volume a full-width bar stands for, so
/// two funnels drawn with the same value compare by width; `None` scales to the funnel's
/// own first stage.
pub fn funnel_chart(
    report: &Report,
    side_name: &str,
    scale_max: Option<f64>,
    opts: &ChartOptions,
) -> Chart {
    let labels = &opts.labels;
    let (side, name) = super::steps::side_name(report.kind, side_name, labels);
    let title = fill(&labels.funnel_title, &[("name", name)]);
    let summary = summary(report, name, opts);
    let stages = &report.stages;
    let first = stages.first().map_or(0.0, |s| s.volume);
    // A later stage may be larger than the first (accepted growth); never let a bar
    // overflow its column.
    let max = stages.iter().map(|s| s.volume).fold(
        scale_max
            .filter(|m| m.is_finite() && *m > 0.0)
            .unwrap_or(first),
        f64::max,
    );

    render(opts, title.clone(), summary, |c| {
        let top = c.title(&title);
        if stages.is_empty() {
            c.message(&labels.no_data, top);
            return;
        }
        let n = stages.len() as i32;
        let counts: Vec<String> = stages.iter().map(|s| count(s.volume, labels)).collect();
        let w = f64::from(c.width);
        let name_px = 12.0;
        let name_w = (w * 0.28).max(48.0) as i32;
        let count_w = counts
            .iter()
            .map(|t| text_width(t, name_px) as i32)
            .max()
            .unwrap_or(0)
            .min((w * 0.2) as i32)
            + 8;
        let left = PAD + name_w + 8;
        let right = c.width - PAD - count_w;
        let centre = (left + right) / 2;
        // n bars and n − 1 gaps fill the height (the last bar has no step below it);
        // bars take 58 % of a row, up to 36 px so two stages do not make slabs.
        let pitch = (f64::from(c.height - top - PAD) / (f64::from(n) - 0.42)) as i32;
        let bar_h = (f64::from(pitch) * 0.58).min(36.0) as i32;
        let gap = pitch - bar_h;
        let step_px = (f64::from(gap) * 0.75).clamp(9.0, 12.0);
        let bottleneck = report.bottleneck.as_ref().map(|b| b.step);

        for (i, stage) in stages.iter().enumerate() {
            let y0 = top + i as i32 * pitch;
            let mid = y0 + bar_h / 2;
            let mut half = (scale(stage.volume, max, 0, right - left) + 1) / 2;
            if stage.volume > 0.0 {
                half = half.max(1); // a tiny stage still shows as a sliver
            }
            if half > 0 {
                c.bar(side, (centre - half, y0), (centre + half, y0 + bar_h));
            }
            let label = fit(&stage.name, f64::from(name_w), name_px);
            c.text(&label, (left - 8, mid), name_px, Anchor::End, false);
            c.text(
                &counts[i],
                (centre + half + 6, mid),
                name_px,
                Anchor::Start,
                false,
            );

            // The step out of this stage, in the gap below its bar.
            let Some(step) = report.steps.get(i).filter(|_| i + 1 < stages.len()) else {
                continue;
            };
            let y = y0 + bar_h + gap / 2;
            // The highlighter band hugs the step's text and never covers a bar.
            let band = ((gap - 2) / 2).min(12);
            let rate = step
                .rate
                .value()
                .map_or_else(|| labels.not_available.clone(), |r| percent(r, labels));
            let is_bottleneck = bottleneck == Some(i);
            let mut text = format!("↓ {rate}");
            if is_bottleneck {
                c.rect(
                    (PAD, y - band),
                    (c.width - PAD, y + band),
                    c.theme.highlight,
                    true,
                );
                text = format!("{text} · {}", labels.bottleneck);
            }
            let text = fit(&text, f64::from(c.width - 2 * PAD), step_px);
            c.text(&text, (centre, y), step_px, Anchor::Middle, is_bottleneck);
        }
    })
}

/// "Digital: 10,000 Visitors to 45 customers. Bottleneck: Trial users → Customers at 15%."
fn summary(report: &Report, name: &str, opts: &ChartOptions) -> String {
    let labels = &opts.labels;
    let Some(first) = report.stages.first() else {
        return format!("{name}: {}", labels.no_data);
    };
    let mut text = fill(
        &labels.funnel_summary,
        &[
            ("name", name),
            ("first", &count(first.volume, labels)),
            ("first_stage", first.name.trim()),
            ("customers", &count(report.customers, labels)),
        ],
    );
    let stage = |i: usize| report.stages.get(i).map_or("", |s| s.name.trim());
    if let Some(b) = &report.bottleneck {
        if b.step + 1 < report.stages.len() {
            let step = step_name(stage(b.step), stage(b.step + 1), f64::INFINITY, 1.0);
            text.push(' ');
            text.push_str(&fill(
                &labels.bottleneck_summary,
                &[("step", &step), ("rate", &percent(b.rate, labels))],
            ));
        }
    }
    text
}

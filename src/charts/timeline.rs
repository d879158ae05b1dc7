//! Both timelines month by month, in three panels over a shared month axis: cumulative
//! customers, cumulative revenue, and cumulative gross profit (solid) against cumulative
//! cost (dashed) with each side's break-even month marked and labelled. Sides differ by
//! colour and marker shape (circle / square); profit and cost by dash.

use super::draw::{nice_axis, render, scale, summary_of, Anchor, Canvas, PAD};
use super::format::{count, fill, fit, money, text_width};
use super::steps::side_names;
use super::{Chart, ChartLabels, ChartOptions};
use crate::domain::timeline::{Month, Timeline};

type Series = fn(&Month) -> f64;

/// Draws two timelines (digital first) for comparison.
pub fn timeline_chart(
    digital: &Timeline,
    service: &Timeline,
    names: [&str; 2],
    opts: &ChartOptions,
) -> Chart {
    let labels = &opts.labels;
    let timelines = [digital, service];
    let names = side_names(names, labels);
    let title = labels.timeline_title.clone();
    let summary = summary_of(
        &title,
        [0, 1].map(|s| side_summary(timelines[s], &names[s], labels)),
    );
    let months = digital.months.len().max(service.months.len());

    render(opts, title.clone(), summary, |c| {
        let mut top = c.title(&title);
        top = legend(c, top, &names, labels);
        if months == 0 {
            c.message(&labels.no_data, top);
            return;
        }
        let customers: Series = |m| m.cumulative_customers;
        let revenue: Series = |m| m.cumulative_revenue;
        let profit: Series = |m| m.cumulative_gross_profit;
        let cost: Series = |m| m.cumulative_cost;
        let panels: [(&str, &[Series], bool); 3] = [
            (&labels.cumulative_customers, &[customers], false),
            (&labels.cumulative_revenue, &[revenue], true),
            (&labels.cost_vs_profit, &[profit, cost], true),
        ];
        // Every panel's axis first, so the left margin fits the widest tick label.
        let axes: Vec<(f64, f64)> = panels
            .iter()
            .map(|(_, series, _)| {
                let max = timelines
                    .iter()
                    .flat_map(|t| t.months.iter())
                    .flat_map(|m| series.iter().map(move |f| f(m)))
                    .filter(|v| v.is_finite())
                    .fold(0.0, f64::max);
                nice_axis(max, 3)
            })
            .collect();
        let tick_label = |v: f64, is_money: bool| {
            if is_money {
                money(v, labels)
            } else {
                count(v, labels)
            }
        };
        let px = 10.0;
        let left = PAD
            + 6
            + panels
                .iter()
                .zip(&axes)
                .map(|((_, _, m), (_, top))| text_width(&tick_label(*top, *m), px) as i32)
                .max()
                .unwrap_or(0)
                .max(text_width(&labels.month, px) as i32);
        let right = c.width - PAD - 6;
        let bottom = c.height - PAD - 14;
        let panel_h = (bottom - top) / 3;
        let x_of = |month: usize| {
            if months <= 1 {
                (left + right) / 2
            } else {
                scale((month - 1) as f64, (months - 1) as f64, left, right)
            }
        };

        // Month ticks: about eight labels whatever the horizon.
        let every = [1, 2, 3, 6, 12, 24, 60]
            .into_iter()
            .find(|k| months / k <= 8)
            .unwrap_or(120);
        for m in (1..=months).filter(|m| *m == 1 || m % every == 0) {
            let x = x_of(m);
            c.line(&[(x, top), (x, bottom)], c.theme.grid, 1);
            c.text(&m.to_string(), (x, bottom + 8), px, Anchor::Middle, false);
        }
        c.text(
            &labels.month,
            (left - 6, bottom + 8),
            px,
            Anchor::End,
            false,
        );

        for (p, ((name, series, is_money), (step, axis_top))) in
            panels.iter().zip(&axes).enumerate()
        {
            let y_top = top + p as i32 * panel_h;
            // Room above for the panel's title, below so its "0" keeps clear of the next title.
            let (py0, py1) = (y_top + 18, y_top + panel_h - 12);
            let text = fit(name, f64::from(right - left), 11.0);
            c.text(&text, (left, y_top + 6), 11.0, Anchor::Start, true);
            let mut v = 0.0;
            while v <= axis_top + 1e-9 {
                let y = scale(v, *axis_top, py1, py0);
                c.line(&[(left, y), (right, y)], c.theme.grid, 1);
                c.text(
                    &tick_label(v, *is_money),
                    (left - 6, y),
                    px,
                    Anchor::End,
                    false,
                );
                v += step;
            }
            for (side, timeline) in timelines.iter().enumerate() {
                let color = c.theme.sides[side];
                for (k, f) in series.iter().enumerate() {
                    let points: Vec<(i32, i32)> = timeline
                        .months
                        .iter()
                        .enumerate()
                        .map(|(i, m)| (x_of(i + 1), scale(f(m), *axis_top, py1, py0)))
                        .collect();
                    if k == 0 {
                        c.line(&points, color, 2);
                        let marks = months.div_ceil(12);
                        for pt in points.iter().step_by(marks) {
                            c.marker(side, *pt, color);
                        }
                    } else {
                        c.dashed(&points, color, 2);
                    }
                }
                if p == 2 {
                    break_even(
                        c,
                        timeline,
                        side,
                        &names[side],
                        (left, right, py0, py1),
                        &x_of,
                        labels,
                    );
                }
            }
        }
    })
}

/// The break-even month of one side: a vertical line in its colour through the cost
/// panel and a label saying which side and which month, stacked per side so the two never
/// overlap.
fn break_even(
    c: &Canvas,
    timeline: &Timeline,
    side: usize,
    name: &str,
    // The cost panel's plot box: left, right, top, bottom.
    (left, right, py0, py1): (i32, i32, i32, i32),
    x_of: &dyn Fn(usize) -> i32,
    labels: &ChartLabels,
) {
    let Some(month) = timeline.break_even_month else {
        return;
    };
    let Some(index) = timeline.months.iter().position(|m| m.month == month) else {
        return;
    };
    let x = x_of(index + 1);
    let color = c.theme.sides[side];
    // The line starts below both sides' labels, so it never runs through a label.
    c.line(&[(x, py0 + 28), (x, py1)], color, 1);
    let px = 10.0;
    let text = fill(
        &labels.break_even_at,
        &[
            ("name", &fit(name, 120.0, px)),
            ("month", &month.to_string()),
        ],
    );
    let y = py0 + 6 + side as i32 * 13;
    // Keep the label inside the plot: right of the line if it fits, else left of it, else
    // shortened against the right edge.
    let text = fit(&text, f64::from(right - left), px);
    let w = text_width(&text, px) as i32;
    if x + 4 + w <= right {
        c.text(&text, (x + 4, y), px, Anchor::Start, false);
    } else if x - 4 - w >= left {
        c.text(&text, (x - 4, y), px, Anchor::End, false);
    } else {
        c.text(&text, (right, y), px, Anchor::End, false);
    }
}

/// The legend: each side's line with its marker, then the profit (solid) and cost
/// (dashed) line styles. Returns the y where the panels start.
fn legend(c: &Canvas, top: i32, names: &[String; 2], labels: &ChartLabels) -> i32 {
    let items = [
        (18, names[0].as_str()),
        (18, names[1].as_str()),
        (18, labels.cumulative_gross_profit.as_str()),
        (20, labels.cumulative_cost.as_str()),
    ];
    c.legend(top, &items, |i, (x, y)| match i {
        0 | 1 => {
            c.line(&[(x, y), (x + 18, y)], c.theme.sides[i], 2);
            c.marker(i, (x + 9, y), c.theme.sides[i]);
        }
        2 => c.line(&[(x, y), (x + 18, y)], c.theme.fg, 2),
        _ => c.dashed(&[(x, y), (x + 20, y)], c.theme.fg, 2),
    })
}

/// "Digital: 900 customers and 300,000 revenue after 24 months; break-even in month 7."
fn side_summary(timeline: &Timeline, name: &str, labels: &ChartLabels) -> String {
    let Some(last) = timeline.months.last() else {
        return format!("{name}: {}.", labels.no_data);
    };
    let months = timeline.months.len().to_string();
    let head = fill(
        &labels.timeline_summary,
        &[
            ("name", name),
            ("customers", &count(last.cumulative_customers, labels)),
            ("revenue", &money(last.cumulative_revenue, labels)),
            ("months", &months),
        ],
    );
    let tail = match timeline.break_even_month {
        Some(m) => fill(&labels.break_even_summary, &[("month", &m.to_string())]),
        None => fill(&labels.no_break_even_summary, &[("months", &months)]),
    };
    format!("{head} {tail}")
}

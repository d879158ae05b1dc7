//! What the charts must show, checked on the SVG markup itself: widths follow volumes,
//! the bottleneck is marked on the right step, sensitivity is sorted, and no input —
//! empty, all-zero or broken — puts NaN or infinity into a chart.

use funnel::charts::{self, fixtures, Chart, ChartOptions};
use funnel::domain::model::FunnelKind;
use funnel::domain::report::Report;
use funnel::domain::timeline::Timeline;

/// The value of attribute `name` in one tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// Every `<rect>` tag, in document order.
fn rects(svg: &str) -> Vec<&str> {
    svg.match_indices("<rect ")
        .map(|(i, _)| &svg[i..i + svg[i..].find('>').unwrap()])
        .collect()
}

/// Every `<text>` as (y, content), in document order.
fn texts(svg: &str) -> Vec<(i32, String)> {
    svg.match_indices("<text ")
        .map(|(i, _)| {
            let open_end = i + svg[i..].find('>').unwrap();
            let close = open_end + svg[open_end..].find("</text>").unwrap();
            let y = attr(&svg[i..open_end], "y").unwrap().parse().unwrap();
            (y, svg[open_end + 1..close].trim().to_string())
        })
        .collect()
}

fn y_of(svg: &str, content: &str) -> i32 {
    texts(svg)
        .into_iter()
        .find(|(_, t)| t == content)
        .unwrap_or_else(|| panic!("no text {content:?}"))
        .0
}

fn num(tag: &str, name: &str) -> i32 {
    attr(tag, name).unwrap().parse().unwrap()
}

/// Widths of the digital side's bars (light theme colour), top to bottom.
fn digital_bar_widths(svg: &str) -> Vec<i32> {
    rects(svg)
        .into_iter()
        .filter(|r| attr(r, "fill") == Some("#0072B2"))
        .map(|r| num(r, "width"))
        .collect()
}

fn every_chart(
    d: &Report,
    s: &Report,
    dt: &Timeline,
    st: &Timeline,
    opts: &ChartOptions,
) -> Vec<Chart> {
    let names = ["Digital", "Service"];
    vec![
        charts::funnel_chart(d, "Digital", None, opts),
        charts::funnel_chart(s, "Service", Some(100.0), opts),
        charts::step_comparison(d, s, names, opts),
        charts::timeline_chart(dt, st, names, opts),
        charts::cycle_chart(d, s, names, opts),
        charts::sensitivity_chart(d, "Digital", opts),
        charts::sensitivity_chart(s, "Service", opts),
    ]
}

#[test]
fn a_bigger_volume_gives_a_wider_bar() {
    let r = fixtures::report(
        FunnelKind::Digital,
        &[("A", 1000.0, 1.0), ("B", 500.0, 1.0), ("C", 250.0, 1.0)],
        &[],
        None,
    );
    let opts = ChartOptions::default();
    let widths = digital_bar_widths(&charts::funnel_chart(&r, "x", None, &opts).svg);
    assert_eq!(widths.len(), 3);
    assert!(widths[0] > widths[1] && widths[1] > widths[2], "{widths:?}");
    // Proportional, within a pixel of rounding.
    assert!((widths[0] - 2 * widths[1]).abs() <= 2, "{widths:?}");
    // A shared scale twice the first stage halves every bar.
    let shared = digital_bar_widths(&charts::funnel_chart(&r, "x", Some(2000.0), &opts).svg);
    assert!(
        (widths[0] - 2 * shared[0]).abs() <= 2,
        "{widths:?} vs {shared:?}"
    );
}

#[test]
fn the_bottleneck_is_marked_on_its_step() {
    let opts = ChartOptions::default();
    for step in 0..3 {
        let mut r = fixtures::digital_report();
        r.bottleneck.as_mut().unwrap().step = step;
        let svg = charts::funnel_chart(&r, "x", None, &opts).svg;
        let marked: Vec<_> = texts(&svg)
            .into_iter()
            .filter(|(_, t)| t.contains("bottleneck"))
            .collect();
        assert_eq!(marked.len(), 1, "one marker: {marked:?}");
        let (y, text) = &marked[0];
        let above = y_of(&svg, &r.stages[step].name);
        let below = y_of(&svg, &r.stages[step + 1].name);
        assert!(
            above < *y && *y < below,
            "step {step}: {above} < {y} < {below}"
        );
        let rate = ["12%", "25%", "15%"][step];
        assert!(text.contains(rate), "{text} shows the step's rate {rate}");
        // The highlighter band lies between the same two stages.
        let band = rects(&svg)
            .into_iter()
            .find(|r| attr(r, "fill") == Some("#F0E442"))
            .expect("a highlight band");
        assert!(num(band, "y") > above && num(band, "y") < below);
    }
}

#[test]
fn step_comparison_marks_each_sides_bottleneck() {
    let (d, s) = (fixtures::digital_report(), fixtures::service_report());
    let svg = charts::step_comparison(&d, &s, ["D", "S"], &ChartOptions::default()).svg;
    let marked: Vec<_> = texts(&svg)
        .into_iter()
        .filter(|(_, t)| t.contains("bottleneck"))
        .collect();
    assert_eq!(marked.len(), 2, "{marked:?}");
    // Each marker sits on the row of its step label.
    assert_eq!(marked[0].0, y_of(&svg, "Qualified leads → Discovery calls"));
    assert_eq!(marked[1].0, y_of(&svg, "Trial users → Customers"));
}

#[test]
fn sensitivity_is_sorted_and_capped_at_100_percent() {
    // Rates: A → B 0.95, B → C 50/95 ≈ 0.526, C → D 0.2; 10 customers.
    // Five points more:
    //   A → B: capped at 1.0, so 10 × (1 / 0.95 − 1) ≈ 0.526 customers;
    //   B → C: 10 × 0.05 / (50/95) = 10 × 0.095 = 0.95;
    //   C → D: 10 × 0.05 / 0.2 = 2.5.
    let r = fixtures::report(
        FunnelKind::Digital,
        &[
            ("A", 100.0, 0.0),
            ("B", 95.0, 0.0),
            ("C", 50.0, 0.0),
            ("D", 10.0, 0.0),
        ],
        &[],
        None,
    );
    let s = charts::sensitivity(&r);
    assert_eq!(s.iter().map(|e| e.0).collect::<Vec<_>>(), vec![2, 1, 0]);
    assert!((s[0].1 - 2.5).abs() < 1e-9, "{s:?}");
    assert!((s[1].1 - 0.95).abs() < 1e-9, "{s:?}");
    assert!((s[2].1 - 10.0 * (1.0 / 0.95 - 1.0)).abs() < 1e-9, "{s:?}");
    // The chart draws them in that order: the capped step last.
    let svg = charts::sensitivity_chart(&r, "x", &ChartOptions::default()).svg;
    assert!(y_of(&svg, "C → D") < y_of(&svg, "B → C"));
    assert!(y_of(&svg, "B → C") < y_of(&svg, "A → B"));
}

#[test]
fn no_nan_or_infinity_from_empty_zero_or_broken_data() {
    let broken = fixtures::report(
        FunnelKind::Digital,
        &[
            ("A", f64::INFINITY, f64::NAN),
            ("B", f64::NAN, f64::INFINITY),
            ("C", 1.0, -3.0),
        ],
        &[],
        Some(0),
    );
    let mut broken_timeline = fixtures::digital_timeline();
    broken_timeline.months[3].cumulative_revenue = f64::NAN;
    broken_timeline.months[4].cumulative_cost = f64::INFINITY;
    let cases = [
        (fixtures::empty_report(), fixtures::empty_timeline()),
        (fixtures::zero_report(), fixtures::zero_timeline()),
        (broken, broken_timeline),
    ];
    for dark in [false, true] {
        let opts = ChartOptions {
            dark,
            ..ChartOptions::default()
        };
        for (report, timeline) in &cases {
            for chart in every_chart(report, report, timeline, timeline, &opts) {
                for text in [&chart.svg, &chart.title, &chart.summary] {
                    assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
                }
            }
        }
    }
}

#[test]
fn every_chart_is_an_accessible_transparent_image() {
    let (d, s) = (fixtures::digital_report(), fixtures::service_report());
    let (dt, st) = (fixtures::digital_timeline(), fixtures::service_timeline());
    for dark in [false, true] {
        let opts = ChartOptions {
            dark,
            ..ChartOptions::default()
        };
        for chart in every_chart(&d, &s, &dt, &st, &opts) {
            let head = &chart.svg[..chart.svg.find("</title>").expect("a title")];
            assert!(head.starts_with("<svg "), "{head}");
            // Named twice, alike: by its title, and by an attribute for a chart the
            // browser has not laid out.
            let (attrs, title) = head
                .split_once("><title>")
                .expect("the title follows the tag");
            let label = attrs
                .split_once(" role=\"img\" aria-label=\"")
                .expect("a label")
                .1;
            assert_eq!(label.strip_suffix('"'), Some(title), "{head}");
            assert!(!title.is_empty());
            assert!(!chart.title.is_empty() && !chart.summary.is_empty());
            // No background: nothing paints the whole canvas.
            assert!(!rects(&chart.svg)
                .iter()
                .any(|r| num(r, "width") >= 640 && num(r, "height") >= 360));
            // Only font sizes without float noise, and only generic font families.
            for (i, _) in chart.svg.match_indices("font-size=\"") {
                let size = &chart.svg[i + 11..i + 11 + chart.svg[i + 11..].find('"').unwrap()];
                assert!(size.len() <= 4, "font-size {size}");
            }
            assert!(chart
                .svg
                .match_indices("font-family=\"")
                .all(|(i, _)| chart.svg[i..].starts_with("font-family=\"sans-serif\"")));
        }
    }
}

#[test]
fn long_names_are_shortened_with_an_ellipsis() {
    let long = "A stage name far too long to fit in any label column of any chart";
    let r = fixtures::report(
        FunnelKind::Digital,
        &[(long, 100.0, 5.0), ("B", 10.0, 5.0)],
        &[],
        Some(0),
    );
    let opts = ChartOptions::default();
    let t = fixtures::digital_timeline();
    for chart in every_chart(&r, &r, &t, &t, &opts) {
        assert!(!chart.svg.contains(long), "{}", chart.title);
    }
    let svg = charts::funnel_chart(&r, "x", None, &opts).svg;
    assert!(texts(&svg)
        .iter()
        .any(|(_, t)| t.starts_with("A stage") && t.ends_with('…')));
}

#[test]
fn odd_sizes_and_many_stages_do_not_break() {
    let many: Vec<(String, f64, f64)> = (0..40)
        .map(|i| (format!("Stage {i}"), 1000.0 / f64::from(i + 1), 1.0))
        .collect();
    let stages: Vec<(&str, f64, f64)> = many.iter().map(|(n, v, d)| (n.as_str(), *v, *d)).collect();
    let r = fixtures::report(FunnelKind::Service, &stages, &[], Some(10));
    let t = fixtures::service_timeline();
    for (width, height) in [(0, 0), (1, 1), (120, 80), (2000, 200)] {
        let opts = ChartOptions {
            width,
            height,
            ..ChartOptions::default()
        };
        for chart in every_chart(&r, &r, &t, &t, &opts) {
            assert!(chart.svg.ends_with("</svg>\n"));
        }
    }
}

/// Regression: plotters drew a dashed line as one `<polyline>` per dash, 212 elements in
/// the timeline, all parsed, styled and painted again at every keystroke. A dashed line is
/// now one polyline with `stroke-dasharray`, swapped in for a placeholder text.
#[test]
fn a_dashed_line_is_one_polyline_and_leaves_no_placeholder() {
    let opts = ChartOptions {
        width: 900,
        height: 520,
        ..ChartOptions::default()
    };
    let chart = charts::timeline_chart(
        &fixtures::digital_timeline(),
        &fixtures::service_timeline(),
        ["Digital", "Service"],
        &opts,
    );
    let svg = &chart.svg;
    assert!(
        !svg.contains('\u{E000}'),
        "a placeholder was left in the SVG"
    );
    let dashed: Vec<&str> = svg
        .match_indices("<polyline ")
        .map(|(i, _)| &svg[i..i + svg[i..].find("/>").unwrap()])
        .filter(|tag| attr(tag, "stroke-dasharray").is_some())
        .collect();
    // The service side's lines on both panels, and the legend's swatch.
    assert!(dashed.len() >= 3, "{} dashed polylines", dashed.len());
    for tag in &dashed {
        let points = attr(tag, "points").unwrap().split_whitespace().count();
        assert!(points >= 2, "a dashed line with {points} point(s)");
    }
    assert!(
        svg.matches("<polyline").count() < 60,
        "too many polylines: the dashes are cut up again"
    );
}

/// The UI keeps an off-screen chart's title and summary current without drawing it
/// (`draw: false`); that text must be exactly the drawn chart's, and nothing is drawn.
#[test]
fn text_only_charts_carry_the_same_title_and_summary_and_no_svg() {
    let (d, s) = (fixtures::digital_report(), fixtures::service_report());
    let (dt, st) = (fixtures::digital_timeline(), fixtures::service_timeline());
    let drawn = every_chart(&d, &s, &dt, &st, &ChartOptions::default());
    let text_only = every_chart(
        &d,
        &s,
        &dt,
        &st,
        &ChartOptions {
            draw: false,
            ..ChartOptions::default()
        },
    );
    for (full, text) in drawn.iter().zip(&text_only) {
        assert!(!full.svg.is_empty());
        assert_eq!(text.svg, "");
        assert_eq!((&text.title, &text.summary), (&full.title, &full.summary));
    }
}

//! Stage and side names are user text: in every chart that shows them they must come out
//! escaped, never as live markup. The plotters SVG backend escapes drawn text; the
//! `<title>` is escaped by us. Placeholders in names must not be expanded by templates.

use funnel::charts::{self, fixtures, Chart, ChartOptions};
use funnel::domain::model::FunnelKind;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

fn hostile_charts(dark: bool) -> Vec<(&'static str, Chart)> {
    let stages = [
        (SCRIPT, 1000.0, 3.0),
        (IMG, 100.0, 5.0),
        ("{name} & 'co'", 10.0, 1.0),
    ];
    let d = fixtures::report(FunnelKind::Digital, &stages, &[Some(0.5)], Some(0));
    let s = fixtures::report(FunnelKind::Service, &stages, &[], Some(1));
    let (dt, st) = (fixtures::digital_timeline(), fixtures::service_timeline());
    let opts = ChartOptions {
        dark,
        ..ChartOptions::default()
    };
    vec![
        (
            "funnel script",
            charts::funnel_chart(&d, SCRIPT, None, &opts),
        ),
        ("funnel img", charts::funnel_chart(&s, IMG, None, &opts)),
        (
            "steps",
            charts::step_comparison(&d, &s, [SCRIPT, IMG], &opts),
        ),
        (
            "timeline",
            charts::timeline_chart(&dt, &st, [SCRIPT, IMG], &opts),
        ),
        ("cycle", charts::cycle_chart(&d, &s, [SCRIPT, IMG], &opts)),
        (
            "sensitivity script",
            charts::sensitivity_chart(&d, SCRIPT, &opts),
        ),
        ("sensitivity img", charts::sensitivity_chart(&s, IMG, &opts)),
    ]
}

#[test]
fn hostile_names_are_escaped_in_every_chart() {
    for dark in [false, true] {
        for (which, chart) in hostile_charts(dark) {
            let svg = &chart.svg;
            assert!(!svg.contains("<script"), "{which}: live <script>");
            assert!(!svg.contains("<img"), "{which}: live <img>");
            assert!(!svg.contains("&amp;lt;"), "{which}: escaped twice");
            // Every '<' opens one of the tags the charts draw.
            for (i, _) in svg.match_indices('<') {
                let tag = &svg[i + 1..];
                assert!(
                    [
                        "svg", "/svg", "title", "/title", "text", "/text", "rect", "line",
                        "polyline", "circle"
                    ]
                    .iter()
                    .any(|t| tag.starts_with(t)),
                    "{which}: unexpected markup at {}",
                    &svg[i..(i + 30).min(svg.len())]
                );
            }
            assert!(
                svg.contains("&lt;script&gt;"),
                "{which}: the script name is shown, escaped"
            );
        }
    }
}

#[test]
fn each_hostile_name_is_shown_escaped_where_it_is_drawn() {
    let charts = hostile_charts(false);
    let svg = |name: &str| &charts.iter().find(|(w, _)| *w == name).unwrap().1.svg;
    // The attribute-breaking name appears with its quote and brackets escaped.
    for which in [
        "funnel img",
        "steps",
        "timeline",
        "cycle",
        "sensitivity img",
    ] {
        assert!(svg(which).contains("&quot;&gt;&lt;img"), "{which}");
    }
    // The side name in the accessible <title> is escaped by us.
    assert!(svg("funnel script")
        .contains("<title>Funnel: &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(svg("funnel img")
        .contains("<title>Funnel: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>"));
    // Apostrophes and ampersands too.
    assert!(svg("funnel script").contains("{name} &amp; &apos;co&apos;"));
}

#[test]
fn titles_and_summaries_are_plain_text_with_names_verbatim() {
    let charts = hostile_charts(false);
    let funnel = &charts[0].1;
    // Plain text for the UI, which escapes when it renders.
    assert_eq!(funnel.title, format!("Funnel: {SCRIPT}"));
    assert!(funnel.summary.contains(SCRIPT), "{}", funnel.summary);
    // A name containing a placeholder is not expanded.
    let d = fixtures::digital_report();
    let sens = charts::sensitivity_chart(&d, "{step} {extra}", &ChartOptions::default());
    assert!(
        sens.summary
            .starts_with("{step} {extra}: 5 points more at Visitors"),
        "{}",
        sens.summary
    );
    assert_eq!(sens.title, "One step 5 points better: {step} {extra}");
}

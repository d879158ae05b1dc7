//! Snapshot tests: each chart, drawn from fixed hand-built fixtures, must match the SVG
//! stored in `tests/snapshots/`.
//!
//! A difference fails the test. When a chart is changed on purpose, rewrite the snapshots
//! with `UPDATE_SNAPSHOTS=1 cargo test --test charts_snapshots`, then review the diff of
//! `tests/snapshots/` (and render the SVGs to PNG and look at them) before committing:
//! an update is a deliberate, reviewed change, never a way to make a red test green.

use funnel::charts::{self, fixtures, ChartOptions};
use std::path::PathBuf;

fn check(name: &str, svg: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(&path, svg).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("no snapshot {path:?}: run with UPDATE_SNAPSHOTS=1 and review it")
    });
    assert!(
        expected == svg,
        "{name}: SVG differs from {path:?}; if the change is intended, rerun with \
         UPDATE_SNAPSHOTS=1 and review the diff"
    );
}

fn opts(dark: bool) -> ChartOptions {
    ChartOptions {
        dark,
        ..ChartOptions::default()
    }
}

#[test]
fn funnel_snapshots() {
    let d = fixtures::digital_report();
    let s = fixtures::service_report();
    check(
        "funnel_digital",
        &charts::funnel_chart(&d, "Online course", None, &opts(false)).svg,
    );
    check(
        "funnel_service_dark",
        &charts::funnel_chart(&s, "Consulting", None, &opts(true)).svg,
    );
    // Both sides on the digital side's scale: the service funnel is a sliver.
    check(
        "funnel_service_shared_scale",
        &charts::funnel_chart(&s, "Consulting", Some(10000.0), &opts(false)).svg,
    );
}

#[test]
fn step_comparison_snapshots() {
    let (d, s) = (fixtures::digital_report(), fixtures::service_report());
    let names = ["Online course", "Consulting"];
    check(
        "steps",
        &charts::step_comparison(&d, &s, names, &opts(false)).svg,
    );
    check(
        "steps_dark",
        &charts::step_comparison(&d, &s, names, &opts(true)).svg,
    );
}

#[test]
fn timeline_snapshots() {
    let (d, s) = (fixtures::digital_timeline(), fixtures::service_timeline());
    let names = ["Online course", "Consulting"];
    let tall = ChartOptions {
        height: 520,
        ..opts(false)
    };
    check(
        "timeline",
        &charts::timeline_chart(&d, &s, names, &tall).svg,
    );
    let tall_dark = ChartOptions { dark: true, ..tall };
    check(
        "timeline_dark",
        &charts::timeline_chart(&d, &s, names, &tall_dark).svg,
    );
}

#[test]
fn cycle_snapshots() {
    let (d, s) = (fixtures::digital_report(), fixtures::service_report());
    let names = ["Online course", "Consulting"];
    check(
        "cycle",
        &charts::cycle_chart(&d, &s, names, &opts(false)).svg,
    );
    check(
        "cycle_dark",
        &charts::cycle_chart(&d, &s, names, &opts(true)).svg,
    );
}

#[test]
fn sensitivity_snapshots() {
    let d = fixtures::digital_report();
    let s = fixtures::service_report();
    check(
        "sensitivity_digital",
        &charts::sensitivity_chart(&d, "Online course", &opts(false)).svg,
    );
    check(
        "sensitivity_service_dark",
        &charts::sensitivity_chart(&s, "Consulting", &opts(true)).svg,
    );
}

#[test]
fn narrow_widget_snapshot() {
    // The blog widget: a narrow column.
    let narrow = ChartOptions {
        width: 320,
        height: 300,
        ..ChartOptions::default()
    };
    let d = fixtures::digital_report();
    check(
        "funnel_narrow",
        &charts::funnel_chart(&d, "Online course", None, &narrow).svg,
    );
    let (dt, st) = (fixtures::digital_timeline(), fixtures::service_timeline());
    let narrow_tall = ChartOptions {
        height: 460,
        ..narrow
    };
    check(
        "timeline_narrow",
        &charts::timeline_chart(&dt, &st, ["Online course", "Consulting"], &narrow_tall).svg,
    );
}

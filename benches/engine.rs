//! Native engine throughput: how many reports and simulated timeline months per second
//! the pure domain computes for a 10-stage funnel.
//!
//! A plain `harness = false` bench (no criterion, so no extra dependencies): run it with
//! `cargo bench --bench engine`. `bench.sh` parses the `name: value` lines it prints.
//!
//! Each measurement first warms up, then repeats batches until at least `MIN_TIME` has
//! passed, and reports the best (fastest) of a few such rounds: the best round is the
//! one least disturbed by other work on the machine, which is what we want to compare
//! across commits.

use std::hint::black_box;
use std::time::{Duration, Instant};

use funnel::domain::model::{Funnel, FunnelInputs, Roles, StageInput};
use funnel::domain::{presets, report, timeline, validate};

/// The number of stages the app allows at most, and the size we benchmark.
const STAGES: usize = 10;
/// Months simulated per timeline: the longest horizon `simulate` computes.
const HORIZON: u32 = 120;
/// How long each round measures; long enough to average out timer granularity.
const MIN_TIME: Duration = Duration::from_millis(400);
const ROUNDS: usize = 3;

/// The example digital funnel grown to 10 stages with falling volumes, so validation
/// passes and the report computes every step (no stage is empty or larger than the one
/// before it).
fn ten_stage_funnel() -> Funnel {
    let mut inputs: FunnelInputs = presets::example_digital();
    let template = inputs.stages.first().cloned().unwrap_or_default();
    let mut volume = 1_000_000.0_f64;
    inputs.stages = (0..STAGES)
        .map(|i| {
            let stage = StageInput {
                name: format!("Stage {}", i + 1),
                volume: format!("{}", volume.round()),
                cost: format!("{}", 500 + 100 * i),
                days: format!("{}", 2 + i),
                ..template.clone()
            };
            volume *= 0.55;
            stage
        })
        .collect();
    // Roles spread over the funnel, the customer at the last stage, so every stage
    // takes part in the KPIs.
    inputs.roles = Roles {
        lead: 2,
        opportunity: 5,
        customer: STAGES - 1,
    };
    let validation = validate::validate(&inputs);
    match validation.funnel {
        Some(funnel) => funnel,
        None => panic!(
            "the 10-stage bench funnel does not validate: {:?}",
            validation.issues
        ),
    }
}

/// Runs `f` in batches until `MIN_TIME` has passed; returns calls per second. The best
/// of `ROUNDS` rounds is kept.
fn per_second(mut f: impl FnMut()) -> f64 {
    // Warm-up: caches, branch predictors, the allocator's free lists.
    let warm = Instant::now();
    while warm.elapsed() < Duration::from_millis(100) {
        f();
    }
    let mut best = 0.0_f64;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let mut calls = 0_u64;
        // Batches of 64 keep the cost of reading the clock out of the measurement.
        while start.elapsed() < MIN_TIME {
            for _ in 0..64 {
                f();
            }
            calls += 64;
        }
        best = best.max(calls as f64 / start.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    // `cargo bench` passes `--bench` (and a filter, if given); nothing here is optional,
    // so the arguments are ignored.
    let funnel = ten_stage_funnel();

    let reports = per_second(|| {
        black_box(report::report(black_box(&funnel)));
    });
    let timelines = per_second(|| {
        black_box(timeline::simulate(black_box(&funnel), HORIZON));
    });

    println!("engine bench: {STAGES}-stage funnel, timeline horizon {HORIZON} months");
    println!("reports_per_sec: {reports:.0}");
    println!("report_us: {:.2}", 1e6 / reports);
    println!("timelines_per_sec: {timelines:.0}");
    println!(
        "timeline_months_per_sec: {:.0}",
        timelines * f64::from(HORIZON)
    );
}

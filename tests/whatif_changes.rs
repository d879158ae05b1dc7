//! The workshop printout's list of what-ifs against the baseline (domain `whatif`).
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::kpi::KpiId;
use funnel::domain::model::FunnelInputs;
use funnel::domain::presets::example_digital;
use funnel::domain::report::{report, Report};
use funnel::domain::validate::validate;
use funnel::domain::whatif::{changes, WhatIfChange, WhatIfKind};

fn rep(f: &FunnelInputs) -> Report {
    report(&validate(f).funnel.expect("a valid example"))
}

fn diff(base: &FunnelInputs, now: &FunnelInputs) -> Vec<WhatIfChange> {
    changes(base, &rep(base), now, &rep(now))
}

#[test]
fn nothing_changed_lists_nothing() {
    let f = example_digital();
    assert_eq!(diff(&f, &f), vec![]);
}

#[test]
fn a_step_rate_the_price_and_the_cycle_are_listed_with_their_values_then_and_now() {
    let base = example_digital();
    let mut now = base.clone();
    // The first step from 20,000 visitors to twice as many sign-ups.
    let signups: f64 = base.stages[1].volume.parse().unwrap();
    now.stages[1].volume = (signups * 2.0).to_string();
    now.offer.price = "49".into();
    for s in &mut now.stages {
        let d: f64 = s.days.parse().unwrap();
        s.days = (d * 2.0).to_string();
    }
    let list = diff(&base, &now);
    let visitors: f64 = base.stages[0].volume.parse().unwrap();
    let step = list
        .iter()
        .find(|c| c.kind == WhatIfKind::Step { from: 0 })
        .expect("the first step is listed");
    assert!((step.was - signups / visitors).abs() < 1e-12);
    assert!((step.now - 2.0 * signups / visitors).abs() < 1e-12);
    // Later steps keep their rates only if their volumes scale too; here they did not, so
    // the second step's rate fell and is listed as well.
    assert!(list.iter().any(|c| c.kind == WhatIfKind::Step { from: 1 }));
    let price = list
        .iter()
        .find(|c| c.kind == WhatIfKind::Price)
        .expect("the price is listed");
    assert_eq!((price.was, price.now), (39.0, 49.0));
    let cycle = list
        .iter()
        .find(|c| c.kind == WhatIfKind::Cycle)
        .expect("the cycle is listed");
    let base_cycle = rep(&base).kpi(KpiId::SalesCycle).value().unwrap();
    assert!(base_cycle > 0.0);
    assert!((cycle.now - 2.0 * base_cycle).abs() < 1e-9);
}

#[test]
fn a_slider_moved_and_put_back_to_within_rounding_is_no_change() {
    let base = example_digital();
    let mut now = base.clone();
    let signups: f64 = base.stages[1].volume.parse().unwrap();
    // A hundredth of a sign-up more: far under a twentieth of a point.
    now.stages[1].volume = format!("{}", signups + 0.01);
    now.offer.price = "39.0001".into();
    assert_eq!(diff(&base, &now), vec![]);
}

#[test]
fn steps_of_other_stages_are_not_compared() {
    let base = example_digital();
    let mut now = base.clone();
    now.stages[0].name = "Readers".into();
    let signups: f64 = base.stages[1].volume.parse().unwrap();
    now.stages[1].volume = (signups * 2.0).to_string();
    assert!(diff(&base, &now)
        .iter()
        .all(|c| !matches!(c.kind, WhatIfKind::Step { .. })));
}

//! The verdict: which funnel works better and why, on hand-worked funnels.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::compare::compare;
use funnel::domain::fixtures::funnel;
use funnel::domain::kpi::{Kpi, KpiId};
use funnel::domain::model::{Billing, FunnelKind, Rate, Side};
use funnel::domain::report::report;
use funnel::domain::verdict::{verdict, Aspect, Overall, Reason, Win};

/// 1,000 visitors for $1,000 → 100 leads → 10 customers at $300 once: CAC $100,
/// CLV $300, LTV:CAC 3, payback 1/3 month, cycle 3 days, net 10 × 300 − 1,000 = $2,000.
fn course() -> funnel::domain::model::Funnel {
    funnel(
        &[(1000.0, 1000.0, 1.0), (100.0, 0.0, 2.0), (10.0, 0.0, 0.0)],
        2,
        300.0,
    )
}

/// 100 visitors for $2,000 → 10 calls → 2 clients at $4,000: CAC $1,000, CLV $4,000,
/// LTV:CAC 4, payback 1/4 month, cycle 30 days, net 2 × 4,000 − 2,000 = $6,000.
fn consulting() -> funnel::domain::model::Funnel {
    let mut f = funnel(
        &[(100.0, 2000.0, 10.0), (10.0, 0.0, 20.0), (2.0, 0.0, 0.0)],
        2,
        4000.0,
    );
    f.kind = FunnelKind::Service;
    f
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * b.abs().max(1.0)
}

#[test]
fn each_side_wins_what_it_wins_as_a_multiple_and_the_richer_one_wins_overall() {
    let v = verdict(&report(&course()), &report(&consulting()));
    assert_eq!(v.overall, Overall::Better(Side::Service));
    assert_eq!(v.net(Side::Digital), Kpi::Value(2000.0));
    assert_eq!(v.net(Side::Service), Kpi::Value(6000.0));
    let got: Vec<(Side, Aspect)> = v.wins.iter().map(|w| (w.side, w.aspect)).collect();
    assert_eq!(
        got,
        vec![
            // The winner's first.
            (Side::Service, Aspect::MoreValuePerClient),
            (Side::Service, Aspect::PaysBackSooner),
            (Side::Digital, Aspect::CheaperCustomers),
            (Side::Digital, Aspect::MoreCustomers),
            (Side::Digital, Aspect::ClosesFaster),
        ]
    );
    let factor = |aspect| v.wins.iter().find(|w| w.aspect == aspect).unwrap().factor;
    assert!(close(factor(Aspect::MoreValuePerClient), 4000.0 / 300.0));
    assert!(close(factor(Aspect::PaysBackSooner), (1.0 / 3.0) / 0.25));
    assert!(close(factor(Aspect::CheaperCustomers), 10.0));
    assert!(close(factor(Aspect::MoreCustomers), 5.0));
    assert!(close(factor(Aspect::ClosesFaster), 10.0));
    // LTV:CAC 3 and 4 meet the mark, both pay back within a month: nothing to warn of.
    assert_eq!(v.reasons, vec![]);
}

#[test]
fn a_capacity_that_caps_the_service_is_named_and_can_even_out_the_call() {
    let mut service = consulting();
    service.capacity = Some(1.0);
    let v = verdict(&report(&course()), &report(&service));
    // One client: net 4,000 − 2,000 = 2,000, the course's figure.
    assert_eq!(v.overall, Overall::Even);
    assert!(v.reasons.contains(&Reason::CapacityCaps {
        side: Side::Service,
        customers: 1.0
    }));
    // CAC is now 2,000 against a CLV of 4,000: 2 : 1, under the usual 3 : 1.
    assert!(v.reasons.contains(&Reason::BelowHealthMark {
        side: Side::Service,
        ltv_cac: 2.0
    }));
}

#[test]
fn funnels_that_lose_money_are_called_so() {
    let (mut course, mut service) = (course(), consulting());
    course.offer.price = 50.0;
    service.offer.price = 500.0;
    let v = verdict(&report(&course), &report(&service));
    assert_eq!(v.overall, Overall::NeitherPays);
    for side in Side::BOTH {
        assert!(v
            .reasons
            .contains(&Reason::LosesMoneyPerCustomer { side, ltv_cac: 0.5 }));
    }
}

#[test]
fn near_equal_figures_are_no_win_and_equal_funnels_are_even() {
    let v = verdict(&report(&course()), &report(&course()));
    assert_eq!(v.overall, Overall::Even);
    assert_eq!(v.wins, vec![]);
    let mut slightly = course();
    slightly.offer.price = 320.0; // CLV 320 against 300: under 10 % apart.
    let v = verdict(&report(&course()), &report(&slightly));
    assert!(v
        .wins
        .iter()
        .all(|w| w.aspect != Aspect::MoreValuePerClient));
}

#[test]
fn without_customers_a_funnel_brings_back_nothing_of_its_cost() {
    let mut empty = course();
    empty.stages[2].volume = 0.0;
    let v = verdict(&report(&empty), &report(&consulting()));
    assert_eq!(v.net(Side::Digital), Kpi::Value(-1000.0));
    assert_eq!(v.overall, Overall::Better(Side::Service));
    // CAC and payback are n/a without customers; the cycle still compares.
    assert!(v.wins.contains(&Win {
        side: Side::Digital,
        aspect: Aspect::ClosesFaster,
        factor: 10.0
    }));
    assert_eq!(v.better_at(KpiId::Cac), None);
}

#[test]
fn without_churn_the_call_is_unknown() {
    // A subscription without churn has no finite CLV, so no net value to compare.
    let mut forever = course();
    forever.offer.billing = Billing::Monthly;
    let v = verdict(&report(&forever), &report(&consulting()));
    assert!(matches!(v.net(Side::Digital), Kpi::NotAvailable(_)));
    assert_eq!(v.overall, Overall::Unknown);
}

#[test]
fn nets_within_ten_percent_are_even_and_a_loss_against_a_profit_is_no_contest() {
    let mut close_behind = consulting();
    close_behind.offer.price = 3000.0; // net 2 × 3,000 − 2,000 = 4,000
    let mut ahead = course();
    ahead.offer.price = 420.0; // net 10 × 420 − 1,000 = 3,200: 4,000 / 3,200 = 1.25
    assert_eq!(
        verdict(&report(&ahead), &report(&close_behind)).overall,
        Overall::Better(Side::Service)
    );
    ahead.offer.price = 470.0; // net 3,700: 4,000 / 3,700 ≈ 1.08, under 1.1
    assert_eq!(
        verdict(&report(&ahead), &report(&close_behind)).overall,
        Overall::Even
    );
    let mut losing = course();
    losing.offer.price = 50.0; // net 500 − 1,000 = −500
    let v = verdict(&report(&losing), &report(&consulting()));
    assert_eq!(v.overall, Overall::Better(Side::Service));
    // The weaker side's reasons come first.
    assert_eq!(v.reasons[0].side(), Side::Digital);
}

#[test]
fn the_figures_better_marks_agree_with_the_sentences() {
    let v = verdict(&report(&course()), &report(&consulting()));
    for w in &v.wins {
        assert_eq!(v.better_at(w.aspect.kpi()), Some(w.side), "{w:?}");
    }
    // LTV:CAC 4 against 3: a third better, so marked.
    assert_eq!(v.better_at(KpiId::LtvCac), Some(Side::Service));
    let mut slightly = course();
    slightly.offer.price = 320.0;
    let v = verdict(&report(&course()), &report(&slightly));
    assert_eq!(
        v.better_at(KpiId::Clv),
        None,
        "320 against 300 is under 10 %"
    );
}

#[test]
fn a_weak_step_is_no_reason_when_capacity_would_absorb_its_fix() {
    let mut f = consulting();
    f.stages[0].benchmark = Rate::new(0.2);
    f.capacity = Some(2.0); // exactly the two clients it wins now: more would not fit
    let v = verdict(&report(&course()), &report(&f));
    assert!(
        !v.reasons
            .iter()
            .any(|r| matches!(r, Reason::WeakStep { .. })),
        "{:?}",
        v.reasons
    );
}

#[test]
fn a_step_below_its_benchmark_is_the_named_reason() {
    let mut f = course();
    f.stages[0].benchmark = Rate::new(0.2); // 10 % converts, 20 % is the benchmark.
    let v = verdict(&report(&f), &report(&consulting()));
    assert!(v.reasons.contains(&Reason::WeakStep {
        side: Side::Digital,
        step: 0,
        rate: 0.1,
        benchmark: 0.2
    }));
}

#[test]
fn figures_that_do_not_compare_get_no_better_mark() {
    let (course, mut service) = (course(), consulting());
    let row = |rows: &[funnel::domain::compare::ComparisonRow], k| {
        rows.iter().find(|r| r.kpi == k).unwrap().better
    };
    let rows = compare(&report(&course), &report(&service));
    // The month's cost buys different volumes; one-time revenue compares with one-time.
    assert_eq!(row(&rows, KpiId::TotalCost), None);
    assert_eq!(row(&rows, KpiId::Revenue), Some(Side::Service)); // 8,000 against 3,000.
    service.offer.billing = Billing::Monthly;
    service.offer.churn = Rate::new(0.05).unwrap();
    let rows = compare(&report(&course), &report(&service));
    assert_eq!(row(&rows, KpiId::Revenue), None);
    assert_eq!(row(&rows, KpiId::Cac), Some(Side::Digital));
}

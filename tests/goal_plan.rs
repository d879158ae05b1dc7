//! Goal mode against hand-worked plans, its errors, and the round trip property: the
//! planned volumes pushed forward through the funnel's own step rates give the target.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::fixtures;
use funnel::domain::goal::{plan, GoalProblem, Target};
use funnel::domain::model::{Billing, Funnel, Top};
use proptest::prelude::*;

/// A funnel with the given stage volumes and costs, the customer role at `customer`, a
/// one-time offer at `price`, no top, no fixed costs, no capacity and no referrals.
fn funnel(volumes: &[f64], costs: &[f64], customer: usize, price: f64) -> Funnel {
    let stages: Vec<_> = volumes
        .iter()
        .zip(costs)
        .map(|(&v, &c)| (v, c, 0.0))
        .collect();
    fixtures::funnel(&stages, customer, price)
}

/// The funnel most hand-worked cases use: 1000 → 200 → 50 → 10 customers, stage costs
/// 500, 300, 200, 100, ad spend 400, fixed costs 300, price 250, capacity 15.
fn four_stage() -> Funnel {
    let mut f = funnel(
        &[1000.0, 200.0, 50.0, 10.0],
        &[500.0, 300.0, 200.0, 100.0],
        3,
        250.0,
    );
    f.top = Some(Top {
        impressions: 100_000.0,
        clicks: 2_000.0,
        ad_spend: 400.0,
    });
    f.fixed_cost = 300.0;
    f.capacity = Some(15.0);
    f
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn assert_all_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(close(*a, *e), "{actual:?} vs {expected:?}");
    }
}

#[test]
fn customers_target_doubles_every_stage() {
    // 20 customers where the funnel brings 10: each step rate stays, so every stage
    // doubles: 10 → 20, 50 → 100, 200 → 400, 1000 → 2000. Costs follow volumes:
    // 1000 + 600 + 400 + 200 = 2200; the ad spend follows the top stage, 400 × 2 = 800;
    // fixed costs stay at 300. Budget 2200 + 800 + 300 = 3300. 20 > capacity 15.
    let p = plan(&four_stage(), Target::Customers(20.0)).unwrap();
    assert_eq!(p.customers, 20.0);
    assert_all_close(&p.stage_volumes, &[2000.0, 400.0, 100.0, 20.0]);
    assert_all_close(&p.stage_costs, &[1000.0, 600.0, 400.0, 200.0]);
    assert!(close(p.ad_spend, 800.0));
    assert!(close(p.budget, 3300.0));
    assert!(p.over_capacity);
}

#[test]
fn revenue_target_divides_by_the_price() {
    // 5000 of first-order revenue at 250 a customer is 5000 / 250 = 20 customers, the
    // same plan as the customers target above.
    let p = plan(&four_stage(), Target::Revenue(5000.0)).unwrap();
    assert_eq!(p.customers, 20.0);
    assert_all_close(&p.stage_volumes, &[2000.0, 400.0, 100.0, 20.0]);
    assert!(close(p.budget, 3300.0));
}

#[test]
fn mrr_target_divides_by_the_monthly_price() {
    // A subscription at 50 a month: 1000 of new MRR is 1000 / 50 = 20 subscribers.
    // Half of them would be 5 of the current 10: every stage halves, costs too:
    // 250 + 150 + 100 + 50 = 550, ad spend 200, fixed 300, budget 1050.
    let mut f = four_stage();
    f.offer.billing = Billing::Monthly;
    f.offer.price = 50.0;
    let p = plan(&f, Target::Mrr(1000.0)).unwrap();
    assert_eq!(p.customers, 20.0);
    assert_all_close(&p.stage_volumes, &[2000.0, 400.0, 100.0, 20.0]);

    let half = plan(&f, Target::Mrr(250.0)).unwrap();
    assert_eq!(half.customers, 5.0);
    assert_all_close(&half.stage_volumes, &[500.0, 100.0, 25.0, 5.0]);
    assert_all_close(&half.stage_costs, &[250.0, 150.0, 100.0, 50.0]);
    assert!(close(half.ad_spend, 200.0));
    assert!(close(half.budget, 1050.0));
    assert!(!half.over_capacity);
}

#[test]
fn each_stage_is_the_next_divided_by_its_step_rate() {
    // Step rates 250/1000 = 0.25, 50/250 = 0.2, 10/50 = 0.2. For 7 customers:
    // stage 2 = 7 / 0.2 = 35, stage 1 = 35 / 0.2 = 175, stage 0 = 175 / 0.25 = 700.
    let f = funnel(&[1000.0, 250.0, 50.0, 10.0], &[100.0; 4], 3, 1.0);
    let p = plan(&f, Target::Customers(7.0)).unwrap();
    assert_all_close(&p.stage_volumes, &[700.0, 175.0, 35.0, 7.0]);
    // Every stage is at 0.7 of its volume, so every cost is 0.7 × 100 = 70: budget 280.
    assert_all_close(&p.stage_costs, &[70.0; 4]);
    assert!(close(p.budget, 280.0));
    assert_eq!(p.ad_spend, 0.0);
}

#[test]
fn stages_after_the_customer_follow_the_customer_stage() {
    // Customer stage 2 holds 10; the evangelist stage after it holds 4. For 5 customers
    // the factor is 5 / 10 = 0.5: evangelists 4 × 0.5 = 2, their cost 40 × 0.5 = 20.
    let f = funnel(&[1000.0, 100.0, 10.0, 4.0], &[0.0, 0.0, 0.0, 40.0], 2, 1.0);
    let p = plan(&f, Target::Customers(5.0)).unwrap();
    assert_all_close(&p.stage_volumes, &[500.0, 50.0, 5.0, 2.0]);
    assert_all_close(&p.stage_costs, &[0.0, 0.0, 0.0, 20.0]);
}

#[test]
fn an_empty_stage_after_the_customer_keeps_its_cost() {
    // The stage after the customer is empty: 0 × factor stays 0, and with no current
    // volume there is no cost per unit, so its 30 stays as it is.
    let f = funnel(&[100.0, 10.0, 0.0], &[0.0, 0.0, 30.0], 1, 1.0);
    let p = plan(&f, Target::Customers(20.0)).unwrap();
    assert_all_close(&p.stage_volumes, &[200.0, 20.0, 0.0]);
    assert_all_close(&p.stage_costs, &[0.0, 0.0, 30.0]);
}

#[test]
fn capacity_is_exceeded_only_strictly_above_it() {
    let f = four_stage();
    assert!(!plan(&f, Target::Customers(15.0)).unwrap().over_capacity);
    assert!(plan(&f, Target::Customers(15.5)).unwrap().over_capacity);
    let mut no_cap = four_stage();
    no_cap.capacity = None;
    assert!(!plan(&no_cap, Target::Customers(1e6)).unwrap().over_capacity);
}

#[test]
fn a_zero_target_needs_nobody_but_keeps_fixed_costs() {
    let p = plan(&four_stage(), Target::Customers(0.0)).unwrap();
    assert_eq!(p.customers, 0.0);
    assert_eq!(p.stage_volumes, vec![0.0; 4]);
    assert_eq!(p.stage_costs, vec![0.0; 4]);
    assert_eq!(p.ad_spend, 0.0);
    assert_eq!(p.budget, 300.0);
    assert!(!p.over_capacity);
    // No step rate is needed to bring nobody, so a zero step is no error here.
    let dead = funnel(&[100.0, 0.0, 0.0], &[1.0; 3], 2, 1.0);
    assert_eq!(
        plan(&dead, Target::Revenue(0.0)).unwrap().stage_volumes,
        vec![0.0; 3]
    );
}

#[test]
fn a_step_that_converts_nobody_is_reported() {
    // 100 → 0: step 0 converts nobody, so no top volume reaches a customer.
    let f = funnel(&[100.0, 0.0, 0.0], &[1.0; 3], 2, 1.0);
    assert_eq!(
        plan(&f, Target::Customers(1.0)),
        Err(GoalProblem::ZeroStep(0))
    );
    // 100 → 20 → 0 → 0: the first dead step is step 1.
    let f = funnel(&[100.0, 20.0, 0.0, 0.0], &[1.0; 4], 3, 1.0);
    assert_eq!(
        plan(&f, Target::Customers(1.0)),
        Err(GoalProblem::ZeroStep(1))
    );
    // An empty first stage leaves step 0 undefined, which is just as dead.
    let f = funnel(&[0.0, 0.0], &[1.0; 2], 1, 1.0);
    assert_eq!(
        plan(&f, Target::Customers(1.0)),
        Err(GoalProblem::ZeroStep(0))
    );
    // Dead steps after the customer stage are not needed and do not matter.
    let f = funnel(&[100.0, 20.0, 0.0, 0.0], &[1.0; 4], 1, 1.0);
    assert!(plan(&f, Target::Customers(40.0)).is_ok());
}

#[test]
fn revenue_needs_a_price() {
    let f = funnel(&[100.0, 10.0], &[1.0; 2], 1, 0.0);
    assert_eq!(plan(&f, Target::Revenue(100.0)), Err(GoalProblem::NoPrice));
    assert!(plan(&f, Target::Customers(5.0)).is_ok());
    let mut sub = f.clone();
    sub.offer.billing = Billing::Monthly;
    assert_eq!(plan(&sub, Target::Mrr(100.0)), Err(GoalProblem::NoPrice));
}

#[test]
fn mrr_needs_a_subscription() {
    let f = four_stage();
    assert_eq!(
        plan(&f, Target::Mrr(1000.0)),
        Err(GoalProblem::NotSubscription)
    );
}

#[test]
fn negative_or_non_finite_targets_are_refused() {
    let f = four_stage();
    for bad in [-1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(
            plan(&f, Target::Customers(bad)),
            Err(GoalProblem::BadTarget)
        );
        assert_eq!(plan(&f, Target::Revenue(bad)), Err(GoalProblem::BadTarget));
        // The target is checked before the billing.
        assert_eq!(plan(&f, Target::Mrr(bad)), Err(GoalProblem::BadTarget));
    }
    // A finite target whose plan would overflow is refused rather than planned as ∞.
    let wide = funnel(&[1e6, 1.0], &[1.0; 2], 1, 1.0);
    assert_eq!(
        plan(&wide, Target::Customers(1e308)),
        Err(GoalProblem::BadTarget)
    );
}

/// A funnel with positive volumes: a top volume and step rates (above 1 is accepted
/// growth), the customer stage somewhere inside, optional top, fixed cost and capacity.
fn arb_funnel() -> impl Strategy<Value = Funnel> {
    (
        1.0f64..1e6,
        prop::collection::vec((0.001f64..2.0, 0.0f64..1e5), 0..7),
        0.0f64..1e5,
        any::<prop::sample::Index>(),
        prop::option::of(0.0f64..1e4),
        0.0f64..1e4,
        prop::option::of(0.0f64..1e3),
        0.01f64..1e4,
    )
        .prop_map(
            |(top, steps, first_cost, customer, ad, fixed, capacity, price)| {
                let mut volumes = vec![top];
                let mut costs = vec![first_cost];
                for (rate, cost) in steps {
                    volumes.push(volumes.last().unwrap() * rate);
                    costs.push(cost);
                }
                let c = customer.index(volumes.len());
                let mut f = funnel(&volumes, &costs, c, price);
                f.top = ad.map(|ad_spend| Top {
                    impressions: 0.0,
                    clicks: 0.0,
                    ad_spend,
                });
                f.fixed_cost = fixed;
                f.capacity = capacity;
                f
            },
        )
}

/// Pushes `top` forward through the funnel's current step rates to the customer stage.
fn forward_customers(f: &Funnel, top: f64) -> f64 {
    let c = f.roles.customer;
    (0..c).fold(top, |v, i| {
        v * (f.stages[i + 1].volume / f.stages[i].volume)
    })
}

proptest! {
    #[test]
    fn the_plan_fed_forward_reproduces_the_target(f in arb_funnel(), target in 0.0f64..1e7) {
        let p = plan(&f, Target::Customers(target)).unwrap();
        let c = f.roles.customer;
        prop_assert_eq!(p.customers, target);
        prop_assert_eq!(p.stage_volumes[c], target);
        let reached = forward_customers(&f, p.stage_volumes[0]);
        prop_assert!((reached - target).abs() <= 1e-9 * target.max(f64::MIN_POSITIVE),
            "reached {} for target {}", reached, target);
        // Each planned step keeps the funnel's step rate.
        for i in 0..p.stage_volumes.len() - 1 {
            if target > 0.0 {
                let planned = p.stage_volumes[i + 1] / p.stage_volumes[i];
                let current = f.stages[i + 1].volume / f.stages[i].volume;
                prop_assert!((planned - current).abs() <= 1e-9 * current);
            }
        }
    }

    #[test]
    fn costs_scale_with_volume_and_add_up_to_the_budget(f in arb_funnel(), target in 0.0f64..1e7) {
        let p = plan(&f, Target::Customers(target)).unwrap();
        for (i, stage) in f.stages.iter().enumerate() {
            let expected = stage.cost * p.stage_volumes[i] / stage.volume;
            prop_assert!(close(p.stage_costs[i], expected));
        }
        let ad = f.top.as_ref().map_or(0.0, |t| t.ad_spend * p.stage_volumes[0] / f.stages[0].volume);
        prop_assert!(close(p.ad_spend, ad));
        let sum: f64 = p.stage_costs.iter().sum();
        prop_assert!(close(p.budget, sum + f.fixed_cost + p.ad_spend));
        prop_assert!(p.budget.is_finite() && p.budget >= 0.0);
        prop_assert_eq!(p.over_capacity, f.capacity.is_some_and(|cap| target > cap));
    }

    #[test]
    fn asking_for_the_current_customers_changes_nothing(f in arb_funnel()) {
        let current = f.stages[f.roles.customer].volume;
        let p = plan(&f, Target::Customers(current)).unwrap();
        let volumes: Vec<f64> = f.stages.iter().map(|s| s.volume).collect();
        let costs: Vec<f64> = f.stages.iter().map(|s| s.cost).collect();
        assert_all_close(&p.stage_volumes, &volumes);
        assert_all_close(&p.stage_costs, &costs);
    }

    #[test]
    fn a_revenue_target_is_customers_times_price(f in arb_funnel(), revenue in 0.0f64..1e8) {
        let p = plan(&f, Target::Revenue(revenue)).unwrap();
        prop_assert!(close(p.customers * f.offer.price, revenue));
        let reached = forward_customers(&f, p.stage_volumes[0]);
        prop_assert!(close(reached * f.offer.price, revenue));
    }
}

//! The timeline against hand-worked months, and its invariants over arbitrary funnels:
//! no NaN, cumulative series that never fall, customers bounded by the inflow, and a
//! break-even month that agrees with the cumulative series.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::fixtures;
use funnel::domain::model::{Billing, Funnel, Rate, Top};
use funnel::domain::timeline::{
    days_to_customer, monthly_cost, simulate, Timeline, DAYS_PER_MONTH, DEFAULT_HORIZON_MONTHS,
    MAX_HORIZON_MONTHS, MILESTONE_MONTHS,
};
use proptest::prelude::*;

/// A funnel with the given volumes and days, the customer role at `customer` (lead at
/// stage 0), no costs, a one-time offer of one purchase at `price` with full margin.
fn funnel(volumes: &[f64], days: &[f64], customer: usize, price: f64) -> Funnel {
    let stages: Vec<_> = volumes
        .iter()
        .zip(days)
        .map(|(&v, &d)| (v, 0.0, d))
        .collect();
    fixtures::funnel(&stages, customer, price)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn series(t: &Timeline, field: fn(&funnel::domain::timeline::Month) -> f64) -> Vec<f64> {
    t.months.iter().map(field).collect()
}

fn assert_series(actual: &[f64], expected: &[f64]) {
    assert!(actual.len() >= expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(close(*a, *e), "{actual:?} vs {expected:?}");
    }
}

/// 100 prospects a month, 5 of whom buy at 10 with a 50 % margin, no delay; stage costs
/// 12 + 8 = 20 a month.
fn zero_day_funnel() -> Funnel {
    let mut f = funnel(&[100.0, 20.0, 5.0], &[0.0; 3], 2, 10.0);
    f.offer.margin = Rate::new(0.5).unwrap();
    f.stages[0].cost = 12.0;
    f.stages[1].cost = 8.0;
    f
}

#[test]
fn a_zero_day_funnel_sells_in_the_month_its_prospects_arrive() {
    // 100 prospects a month, 5 of whom buy at 10, margin 50%. No delay: month 1 already
    // has all 5 customers, revenue 5 × 10 = 50, gross profit 25. Stage costs 12 + 8 = 20
    // a month, so month 1 ends at 25 ≥ 20: break-even in month 1.
    let f = zero_day_funnel();
    let t = simulate(&f, 3);
    assert_eq!(t.monthly_inflow, 100.0);
    assert_series(&series(&t, |m| m.new_customers), &[5.0, 5.0, 5.0]);
    assert_series(&series(&t, |m| m.cumulative_customers), &[5.0, 10.0, 15.0]);
    assert_series(&series(&t, |m| m.revenue), &[50.0, 50.0, 50.0]);
    assert_series(&series(&t, |m| m.cumulative_revenue), &[50.0, 100.0, 150.0]);
    assert_series(
        &series(&t, |m| m.cumulative_gross_profit),
        &[25.0, 50.0, 75.0],
    );
    assert_series(&series(&t, |m| m.cumulative_cost), &[20.0, 40.0, 60.0]);
    assert_series(&series(&t, |m| m.active_subscribers), &[0.0, 0.0, 0.0]);
    assert_eq!(t.break_even_month, Some(1));
    assert_eq!(
        t.months.iter().map(|m| m.month).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn a_45_day_cycle_sells_about_half_in_month_two_and_half_in_month_three() {
    // Stage days 15 + 30 before the customer stage = 45 days (the customer stage's own
    // 7 days come after the sale). 45 / 30.4375 = 1.4784 months: whole 1, fraction
    // f = 14.5625 / 30.4375 = 0.47844. Each cohort of 5 customers lands
    // 5 × (1 − f) = 5 × 15.875 / 30.4375 = 2.60780 one month later and 5 × f = 2.39220
    // two months later. Month 1: nothing; month 2: 2.60780 from cohort 1; month 3:
    // 2.39220 from cohort 1 + 2.60780 from cohort 2 = 5, and 5 every month after.
    let f = funnel(&[100.0, 20.0, 5.0], &[15.0, 30.0, 7.0], 2, 10.0);
    assert_eq!(days_to_customer(&f), 45.0);
    let t = simulate(&f, 5);
    let month_two = 5.0 * 15.875 / 30.4375;
    assert!(close(month_two, 2.607_802_874_743_326));
    assert_series(
        &series(&t, |m| m.new_customers),
        &[0.0, month_two, 5.0, 5.0, 5.0],
    );
    assert_series(
        &series(&t, |m| m.cumulative_customers),
        &[
            0.0,
            month_two,
            month_two + 5.0,
            month_two + 10.0,
            month_two + 15.0,
        ],
    );
    assert_series(
        &series(&t, |m| m.revenue),
        &[0.0, month_two * 10.0, 50.0, 50.0, 50.0],
    );
}

#[test]
fn a_whole_month_of_delay_shifts_every_cohort_by_one_month() {
    let f = funnel(&[100.0, 10.0], &[DAYS_PER_MONTH, 0.0], 1, 1.0);
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.new_customers), &[0.0, 10.0, 10.0]);
}

#[test]
fn subscribers_accumulate_and_churn() {
    // 10 new subscribers a month at 20, churn 10%:
    // month 1: 0 × 0.9 + 10 = 10 active, revenue 10 × 20 = 200;
    // month 2: 10 × 0.9 + 10 = 19 active, revenue 380;
    // month 3: 19 × 0.9 + 10 = 27.1 active, revenue 542.
    // Cumulative revenue 200, 580, 1122; gross profit at 75% margin 150, 435, 841.5.
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 20.0);
    f.offer.billing = Billing::Monthly;
    f.offer.churn = Rate::new(0.1).unwrap();
    f.offer.margin = Rate::new(0.75).unwrap();
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.active_subscribers), &[10.0, 19.0, 27.1]);
    assert_series(&series(&t, |m| m.revenue), &[200.0, 380.0, 542.0]);
    assert_series(
        &series(&t, |m| m.cumulative_revenue),
        &[200.0, 580.0, 1122.0],
    );
    assert_series(
        &series(&t, |m| m.cumulative_gross_profit),
        &[150.0, 435.0, 841.5],
    );
    assert_series(&series(&t, |m| m.cumulative_customers), &[10.0, 20.0, 30.0]);
}

#[test]
fn full_churn_keeps_only_the_month_s_new_subscribers() {
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 20.0);
    f.offer.billing = Billing::Monthly;
    f.offer.churn = Rate::ONE;
    let t = simulate(&f, 4);
    assert_series(&series(&t, |m| m.active_subscribers), &[10.0; 4]);
}

#[test]
fn repeat_purchases_spread_over_the_relationship() {
    // Price 100, 3 purchases over 4 months. A customer pays the first 100 when won and
    // the 2 repeat purchases as 2 × 100 / 4 = 50 a month for 4 months starting then:
    // 150, 50, 50, 50 (300 in all). With 10 new customers every month:
    // month 1: 10 × 150 = 1500;
    // month 2: 1500 + 10 × 50 = 2000;
    // month 3: 1500 + 2 × 500 = 2500;
    // month 4: 1500 + 3 × 500 = 3000;
    // month 5: cohort 1 is done: 1500 + 3 × 500 = 3000, the steady 10 × 300 a month.
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 100.0);
    f.offer.purchases = 3.0;
    f.offer.relationship_months = 4.0;
    let t = simulate(&f, 6);
    assert_series(
        &series(&t, |m| m.revenue),
        &[1500.0, 2000.0, 2500.0, 3000.0, 3000.0, 3000.0],
    );
    assert_series(
        &series(&t, |m| m.cumulative_revenue),
        &[1500.0, 3500.0, 6000.0, 9000.0, 12000.0, 15000.0],
    );
}

#[test]
fn a_fractional_relationship_pays_its_last_fraction() {
    // Price 100, 2 purchases over 2.5 months: first 100, then 100 / 2.5 = 40 a month
    // for months 1 and 2 of the relationship and 40 × 0.5 = 20 in month 3:
    // 140, 40, 20 (200 in all). With 10 customers a month: 1400, 1800, 2000, 2000.
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 100.0);
    f.offer.purchases = 2.0;
    f.offer.relationship_months = 2.5;
    let t = simulate(&f, 4);
    assert_series(
        &series(&t, |m| m.revenue),
        &[1400.0, 1800.0, 2000.0, 2000.0],
    );
}

#[test]
fn a_single_purchase_is_paid_at_once_whatever_the_relationship() {
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 100.0);
    f.offer.relationship_months = 12.0;
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.revenue), &[1000.0, 1000.0, 1000.0]);
}

#[test]
fn break_even_month_worked_by_hand() {
    // Costs 600 + 300 = 900 a month. 10 new subscribers a month at 50, no churn, margin
    // 80%: month m has 10m subscribers and gross profit 10m × 50 × 0.8 = 400m, so the
    // cumulative gross profit is 400 × m(m + 1) / 2 = 200m(m + 1) against 900m:
    // month 1: 400 < 900; month 2: 1200 < 1800; month 3: 2400 < 2700;
    // month 4: 4000 ≥ 3600. Break-even in month 4.
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 50.0);
    f.offer.billing = Billing::Monthly;
    f.offer.margin = Rate::new(0.8).unwrap();
    f.stages[0].cost = 600.0;
    f.stages[1].cost = 300.0;
    let t = simulate(&f, 6);
    assert_series(
        &series(&t, |m| m.cumulative_gross_profit),
        &[400.0, 1200.0, 2400.0, 4000.0],
    );
    assert_series(
        &series(&t, |m| m.cumulative_cost),
        &[900.0, 1800.0, 2700.0, 3600.0],
    );
    assert_eq!(t.break_even_month, Some(4));
    // Three months are not enough to see it.
    assert_eq!(simulate(&f, 3).break_even_month, None);
}

#[test]
fn no_margin_never_breaks_even_and_no_cost_breaks_even_at_once() {
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 50.0);
    f.fixed_cost = 100.0;
    f.offer.margin = Rate::ZERO;
    assert_eq!(simulate(&f, 120).break_even_month, None);
    // Nothing spent and nothing earned: 0 ≥ 0 in month 1.
    let free = funnel(&[0.0, 0.0], &[0.0; 2], 1, 0.0);
    assert_eq!(simulate(&free, 12).break_even_month, Some(1));
}

#[test]
fn monthly_cost_adds_stages_fixed_costs_and_ad_spend() {
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 50.0);
    f.stages[0].cost = 200.0;
    f.stages[1].cost = 50.0;
    f.fixed_cost = 100.0;
    f.top = Some(Top {
        impressions: 1000.0,
        clicks: 100.0,
        ad_spend: 150.0,
    });
    assert_eq!(monthly_cost(&f), 500.0);
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.cumulative_cost), &[500.0, 1000.0, 1500.0]);
}

#[test]
fn capacity_caps_each_month() {
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 1.0);
    f.capacity = Some(6.0);
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.new_customers), &[6.0, 6.0, 6.0]);
}

#[test]
fn referrals_bring_leads_from_last_month_s_customers() {
    // 100 leads → 10 customers a month (lead → customer rate 0.1), referral 10%.
    // Month 1: nobody to refer yet, 10 new.
    // Month 2: 10 customers so far refer 10 × 0.1 = 1 lead → 0.1 customer: 10.1 new.
    // Month 3: 20.1 customers refer 2.01 leads → 0.201 customer: 10.201 new.
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 1.0);
    f.referral = Some(Rate::new(0.1).unwrap());
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.new_customers), &[10.0, 10.1, 10.201]);
}

#[test]
fn referred_leads_skip_the_stages_before_the_lead() {
    // The top stage takes a whole month, the lead stage none: cohorts arrive a month
    // late, referred leads at once. Lead → customer rate 10 / 100 = 0.1, referral 10%.
    // Month 1: 0. Month 2: cohort 1, 10 new. Month 3: cohort 2 plus 10 × 0.1 × 0.1 = 0.1.
    let mut f = funnel(&[200.0, 100.0, 10.0], &[DAYS_PER_MONTH, 0.0, 0.0], 2, 1.0);
    f.roles.lead = 1;
    f.referral = Some(Rate::new(0.1).unwrap());
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.new_customers), &[0.0, 10.0, 10.1]);
}

#[test]
fn subscribers_refer_instead_of_everyone_ever_won() {
    // Full churn: each month ends with that month's new subscribers only, so the
    // referrers are last month's newcomers, not everyone ever won:
    // month 1: 10; month 2: 10 + 10 × 0.1 × 0.1 = 10.1;
    // month 3: 10 + 10.1 × 0.1 × 0.1 = 10.101 (one-time billing would refer from 20.1).
    let mut f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 1.0);
    f.offer.billing = Billing::Monthly;
    f.offer.churn = Rate::ONE;
    f.referral = Some(Rate::new(0.1).unwrap());
    let t = simulate(&f, 3);
    assert_series(&series(&t, |m| m.new_customers), &[10.0, 10.1, 10.101]);
}

#[test]
fn the_horizon_is_clamped() {
    let f = funnel(&[100.0, 10.0], &[0.0; 2], 1, 1.0);
    assert_eq!(simulate(&f, 0).months.len(), 1);
    assert_eq!(simulate(&f, 500).months.len(), MAX_HORIZON_MONTHS as usize);
    assert_eq!(
        simulate(&f, DEFAULT_HORIZON_MONTHS).months.len(),
        DEFAULT_HORIZON_MONTHS as usize
    );
}

#[test]
fn an_empty_top_stage_sells_nothing() {
    // No prospects flow in, so the cumulative conversion is undefined and no cohort
    // sells, even though the customer stage (accepted growth) holds a volume.
    let f = funnel(&[0.0, 10.0], &[0.0; 2], 1, 1.0);
    let t = simulate(&f, 3);
    assert_eq!(t.monthly_inflow, 0.0);
    assert_series(&series(&t, |m| m.new_customers), &[0.0; 3]);
}

#[test]
fn a_cycle_beyond_the_horizon_sells_nothing_yet() {
    let f = funnel(&[100.0, 10.0], &[1e12, 0.0], 1, 1.0);
    let t = simulate(&f, 120);
    assert!(t.months.iter().all(|m| m.new_customers == 0.0));
}

#[test]
fn extreme_numbers_stay_finite() {
    let mut f = funnel(&[1e15, 1e15, 1e15], &[0.0; 3], 2, 1e15);
    f.offer.billing = Billing::Monthly;
    f.referral = Some(Rate::ONE);
    f.fixed_cost = 1e15;
    let t = simulate(&f, 120);
    for m in &t.months {
        for v in [
            m.new_customers,
            m.cumulative_customers,
            m.active_subscribers,
            m.revenue,
            m.cumulative_revenue,
            m.cumulative_cost,
            m.cumulative_gross_profit,
        ] {
            assert!(v.is_finite() && v >= 0.0, "{m:?}");
        }
    }
}

/// Arbitrary funnels: non-increasing volumes unless `growth`, any days, costs, billing,
/// churn, purchases, capacity and referral, and a horizon that may need clamping.
fn arb_funnel(growth: bool) -> impl Strategy<Value = Funnel> {
    let max_rate = if growth { 3.0 } else { 1.0 };
    (
        (
            0.0f64..1e6,
            prop::collection::vec((0.0f64..=max_rate, 0.0f64..400.0, 0.0f64..1e4), 0..6),
            0.0f64..400.0,
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
        ),
        (
            any::<bool>(),
            0.0f64..1e4,
            0.0f64..=1.0,
            0.0f64..=1.0,
            1.0f64..10.0,
            1.0f64..36.0,
        ),
        (
            prop::option::of(0.0f64..1e4),
            prop::option::of(0.0f64..=1.0),
            prop::option::of(0.0f64..1e4),
            0.0f64..1e5,
        ),
    )
        .prop_map(
            |(
                (top, steps, first_days, customer, lead),
                (monthly, price, margin, churn, purchases, months),
                (capacity, referral, ad, fixed),
            )| {
                let mut volumes = vec![top];
                let mut days = vec![first_days];
                let mut costs = vec![0.0];
                for (rate, d, cost) in steps {
                    volumes.push(volumes.last().unwrap() * rate);
                    days.push(d);
                    costs.push(cost);
                }
                let c = customer.index(volumes.len());
                let mut f = funnel(&volumes, &days, c, price);
                f.roles.lead = lead.index(c + 1);
                for (stage, cost) in f.stages.iter_mut().zip(costs) {
                    stage.cost = cost;
                }
                f.offer.billing = if monthly {
                    Billing::Monthly
                } else {
                    Billing::OneTime
                };
                f.offer.margin = Rate::new(margin).unwrap();
                f.offer.churn = Rate::new(churn).unwrap();
                f.offer.purchases = purchases;
                f.offer.relationship_months = months;
                f.capacity = capacity;
                f.referral = referral.map(|r| Rate::new(r).unwrap());
                f.top = ad.map(|ad_spend| Top {
                    impressions: 0.0,
                    clicks: 0.0,
                    ad_spend,
                });
                f.fixed_cost = fixed;
                f
            },
        )
}

fn all_values(t: &Timeline) -> impl Iterator<Item = f64> + '_ {
    t.months.iter().flat_map(|m| {
        [
            m.new_customers,
            m.cumulative_customers,
            m.active_subscribers,
            m.revenue,
            m.cumulative_revenue,
            m.cumulative_cost,
            m.cumulative_gross_profit,
        ]
    })
}

proptest! {
    #[test]
    fn nothing_is_nan_or_negative(f in arb_funnel(true), horizon in 0u32..200) {
        let t = simulate(&f, horizon);
        prop_assert_eq!(t.months.len(), horizon.clamp(1, MAX_HORIZON_MONTHS) as usize);
        prop_assert!(t.monthly_inflow.is_finite());
        for v in all_values(&t) {
            prop_assert!(v.is_finite() && v >= 0.0, "{:?}", t);
        }
        for (i, m) in t.months.iter().enumerate() {
            prop_assert_eq!(m.month as usize, i + 1);
        }
    }

    #[test]
    fn cumulative_series_never_fall(f in arb_funnel(true), horizon in 1u32..120) {
        let t = simulate(&f, horizon);
        for w in t.months.windows(2) {
            prop_assert!(w[1].cumulative_customers >= w[0].cumulative_customers);
            prop_assert!(w[1].cumulative_revenue >= w[0].cumulative_revenue);
            prop_assert!(w[1].cumulative_cost >= w[0].cumulative_cost);
            prop_assert!(w[1].cumulative_gross_profit >= w[0].cumulative_gross_profit);
        }
        if f.offer.billing == Billing::OneTime {
            prop_assert!(t.months.iter().all(|m| m.active_subscribers == 0.0));
        }
    }

    #[test]
    fn customers_never_exceed_the_inflow(f in arb_funnel(false), horizon in 1u32..120) {
        let mut f = f;
        f.referral = None;
        let t = simulate(&f, horizon);
        for m in &t.months {
            let inflow = t.monthly_inflow * f64::from(m.month);
            prop_assert!(m.cumulative_customers <= inflow * (1.0 + 1e-9),
                "month {}: {} customers from {} prospects", m.month, m.cumulative_customers, inflow);
        }
    }

    #[test]
    fn break_even_agrees_with_the_cumulative_series(f in arb_funnel(true), horizon in 1u32..120) {
        let t = simulate(&f, horizon);
        let first = t
            .months
            .iter()
            .find(|m| m.cumulative_gross_profit >= m.cumulative_cost)
            .map(|m| m.month);
        prop_assert_eq!(t.break_even_month, first);
    }

    #[test]
    fn cost_is_spent_every_month(f in arb_funnel(true), horizon in 1u32..120) {
        let t = simulate(&f, horizon);
        let cost = monthly_cost(&f);
        for m in &t.months {
            prop_assert!(close(m.cumulative_cost, cost * f64::from(m.month)));
        }
    }

    #[test]
    fn referrals_never_lose_customers(f in arb_funnel(true), horizon in 1u32..60) {
        let mut without = f.clone();
        without.referral = None;
        let with = simulate(&f, horizon);
        let without = simulate(&without, horizon);
        for (a, b) in with.months.iter().zip(&without.months) {
            prop_assert!(a.cumulative_customers >= b.cumulative_customers * (1.0 - 1e-12));
        }
    }

    #[test]
    fn steady_state_sells_a_cohort_a_month(f in arb_funnel(false)) {
        // Once the cycle has passed, without capacity or referrals, every month sells
        // exactly one cohort: volume(customer stage).
        let mut f = f;
        f.referral = None;
        f.capacity = None;
        let delay = days_to_customer(&f) / DAYS_PER_MONTH;
        let settled = delay.floor() as usize + 1;
        let t = simulate(&f, 120);
        let cohort = f.stages[f.roles.customer].volume;
        for m in t.months.iter().skip(settled) {
            prop_assert!(close(m.new_customers, cohort));
        }
    }
}

#[test]
fn the_data_table_s_milestone_months_are_the_cumulative_figures_of_those_months() {
    // The zero-day funnel above: 5 customers, 50 revenue, 25 gross profit and 20 cost a
    // month, every month, so month m has 5m, 50m, 25m and 20m.
    let f = zero_day_funnel();
    let t = simulate(&f, DEFAULT_HORIZON_MONTHS);
    for m in MILESTONE_MONTHS {
        let month = t.month(m).expect("a milestone within the default horizon");
        let n = f64::from(m);
        assert_eq!(month.month, m);
        assert!(close(month.cumulative_customers, 5.0 * n));
        assert!(close(month.cumulative_revenue, 50.0 * n));
        assert!(close(month.cumulative_gross_profit, 25.0 * n));
        assert!(close(month.cumulative_cost, 20.0 * n));
    }
    assert_eq!(t.month(0), None);
    assert_eq!(t.month(DEFAULT_HORIZON_MONTHS + 1), None);
}

//! The report against hand-worked funnels: every KPI once with its arithmetic written
//! out, the edge cases (empty stages, zero churn, one stage, twenty stages, no cost), and
//! property tests that no report ever holds NaN or infinity.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::report_of;
use funnel::domain::kpi::{Kpi, KpiId, NaReason};
use funnel::domain::model::{
    Billing, CostKind, Funnel, FunnelInputs, FunnelKind, Offer, OfferInput, Rate, Roles, Stage,
    StageInput, Top, TopInput,
};
use funnel::domain::report::{report, Report};
use proptest::prelude::*;

/// Relative closeness: the hand-worked figures are exact decimals, the engine's are floats.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn value(r: &Report, id: KpiId) -> f64 {
    match r.kpi(id) {
        Kpi::Value(v) => v,
        na => panic!("{} is {na:?}", id.id()),
    }
}

fn assert_kpi(r: &Report, id: KpiId, expected: f64) {
    let v = value(r, id);
    assert!(close(v, expected), "{}: {v} != {expected}", id.id());
}

fn assert_na(r: &Report, id: KpiId, reason: NaReason) {
    assert_eq!(r.kpi(id), Kpi::NotAvailable(reason), "{}", id.id());
}

fn stage(volume: &str, cost: &str, kind: CostKind, days: &str, benchmark: &str) -> StageInput {
    StageInput {
        name: String::new(),
        volume: volume.into(),
        cost: cost.into(),
        cost_kind: kind,
        days: days.into(),
        benchmark: benchmark.into(),
        ..StageInput::default()
    }
}

/// The subscription funnel every KPI is worked out on by hand:
/// visitors 1000 → leads 100 → opportunities 40 → customers 10; price 50/month,
/// margin 80 %, churn 5 %; ads 20 000 impressions, 1 000 clicks, 1 000 spend; fixed 500.
fn subscription_inputs() -> FunnelInputs {
    FunnelInputs {
        name: "Hand-worked".into(),
        kind: FunnelKind::Digital,
        stages: vec![
            stage("1000", "500", CostKind::Marketing, "2", "10"),
            stage("100", "300", CostKind::Marketing, "5", "50"),
            stage("40", "200", CostKind::Sales, "10", "30"),
            stage("10", "", CostKind::Sales, "3", ""),
        ],
        roles: Roles {
            lead: 1,
            opportunity: 2,
            customer: 3,
        },
        offer: OfferInput {
            price: "50".into(),
            billing: Billing::Monthly,
            margin_pct: "80".into(),
            churn_pct: "5".into(),
            purchases: String::new(),
            relationship_months: String::new(),
        },
        top: TopInput {
            impressions: "20000".into(),
            clicks: "1000".into(),
            ad_spend: "1000".into(),
        },
        fixed_cost: "500".into(),
        ..FunnelInputs::default()
    }
}

#[test]
fn every_kpi_of_the_hand_worked_subscription() {
    let r = report_of(&subscription_inputs());
    // Marketing = stage costs 500 + 300 + ad spend 1 000 = 1 800; sales = 200;
    // total = 1 800 + 200 + fixed 500 = 2 500.
    assert!(close(r.marketing_cost, 1800.0));
    assert!(close(r.sales_cost, 200.0));
    assert!(close(r.total_cost, 2500.0));
    assert_kpi(&r, KpiId::TotalCost, 2500.0);
    // Customers = volume of the customer stage = 10 (no capacity, no referrals).
    assert_kpi(&r, KpiId::Customers, 10.0);
    assert!(!r.capacity_binds);
    assert_eq!(r.referral_leads, 0.0);
    // LCR = customers / leads = 10 / 100 = 10 %.
    assert_kpi(&r, KpiId::LeadConversion, 0.1);
    // Win rate = customers / opportunities = 10 / 40 = 25 %.
    assert_kpi(&r, KpiId::WinRate, 0.25);
    // CTR = clicks / impressions = 1 000 / 20 000 = 5 %.
    assert_kpi(&r, KpiId::Ctr, 0.05);
    // CPL = marketing cost / leads = 1 800 / 100 = 18.
    assert_kpi(&r, KpiId::Cpl, 18.0);
    // CAC = total cost / customers = 2 500 / 10 = 250.
    assert_kpi(&r, KpiId::Cac, 250.0);
    // Gross profit per month = price × margin = 50 × 0.8 = 40.
    assert_kpi(&r, KpiId::GrossProfitMonthly, 40.0);
    // CLV = price × margin / churn = 40 / 0.05 = 800.
    assert_kpi(&r, KpiId::Clv, 800.0);
    // LTV:CAC = 800 / 250 = 3.2.
    assert_kpi(&r, KpiId::LtvCac, 3.2);
    // Payback = CAC / gross profit per month = 250 / 40 = 6.25 months.
    assert_kpi(&r, KpiId::Payback, 6.25);
    // ROI = (customers × CLV − cost) / cost = (10 × 800 − 2 500) / 2 500 = 2.2.
    assert_kpi(&r, KpiId::Roi, 2.2);
    // Revenue = customers × price = 10 × 50 = 500.
    assert_kpi(&r, KpiId::Revenue, 500.0);
    // ROAS = revenue / ad spend = 500 / 1 000 = 0.5.
    assert_kpi(&r, KpiId::Roas, 0.5);
    // New MRR = customers × monthly price = 500; ARR = 12 × 500 = 6 000.
    assert_kpi(&r, KpiId::NewMrr, 500.0);
    assert_kpi(&r, KpiId::Arr, 6000.0);
    // Sales cycle = days of the stages from the lead stage up to the customer stage,
    // excluding it: 5 (leads) + 10 (opportunities) = 15.
    assert_kpi(&r, KpiId::SalesCycle, 15.0);
    // Velocity = opportunities × price × win rate / cycle = 40 × 50 × 0.25 / 15 = 33.33….
    assert_kpi(&r, KpiId::Velocity, 500.0 / 15.0);
}

#[test]
fn kpis_come_in_the_order_of_all() {
    let r = report_of(&subscription_inputs());
    let ids: Vec<KpiId> = r.kpis.iter().map(|(k, _)| *k).collect();
    assert_eq!(ids, KpiId::ALL.to_vec());
}

#[test]
fn stages_and_steps_of_the_hand_worked_subscription() {
    let r = report_of(&subscription_inputs());
    // Blank names are replaced by their position.
    assert_eq!(r.stages[0].name, "Stage 1");
    assert_eq!(
        r.stages[0].of_previous,
        Kpi::NotAvailable(NaReason::FirstStage)
    );
    // Of previous: 100 / 1 000 = 0.1, 40 / 100 = 0.4, 10 / 40 = 0.25.
    let prev: Vec<f64> = r.stages[1..]
        .iter()
        .map(|s| s.of_previous.value().unwrap())
        .collect();
    assert!(close(prev[0], 0.1) && close(prev[1], 0.4) && close(prev[2], 0.25));
    // Of first: 1, 0.1, 0.04, 0.01.
    let first: Vec<f64> = r
        .stages
        .iter()
        .map(|s| s.of_first.value().unwrap())
        .collect();
    for (got, want) in first.iter().zip([1.0, 0.1, 0.04, 0.01]) {
        assert!(close(*got, want));
    }
    // Cost per unit = total cost / volume: 2 500 / 1 000 = 2.5, / 100 = 25, / 40 = 62.5,
    // / 10 = 250 (cost per customer equals CAC here).
    let cpu: Vec<f64> = r
        .stages
        .iter()
        .map(|s| s.cost_per_unit.value().unwrap())
        .collect();
    for (got, want) in cpu.iter().zip([2.5, 25.0, 62.5, 250.0]) {
        assert!(close(*got, want));
    }
    // Steps: leaks 900, 60, 30; leak shares 90 %, 60 %, 75 %.
    assert_eq!(r.steps.len(), 3);
    for (s, (leak, share)) in r
        .steps
        .iter()
        .zip([(900.0, 0.9), (60.0, 0.6), (30.0, 0.75)])
    {
        assert!(close(s.leak, leak) && close(s.leak_share.value().unwrap(), share));
    }
    assert_eq!(r.steps[1].benchmark, Rate::new(0.5));
    assert_eq!(r.stages[2].days, 10.0);
}

#[test]
fn bottleneck_is_the_largest_shortfall_with_its_gain() {
    let r = report_of(&subscription_inputs());
    // Shortfalls: step 0 10 % − 10 % = 0; step 1 50 % − 40 % = 10 points; step 2
    // 30 % − 25 % = 5 points. Step 1 at 50 % gives 50 opportunities, × 25 % = 12.5
    // customers: 2.5 more than 10.
    let b = r.bottleneck.expect("bottleneck");
    assert_eq!(b.step, 1);
    assert!(close(b.rate, 0.4));
    assert_eq!(b.benchmark, Some(0.5));
    assert!(close(b.extra_customers, 2.5));
}

#[test]
fn bottleneck_without_benchmarks_is_the_lowest_step_and_gains_nothing() {
    let mut inputs = subscription_inputs();
    for s in &mut inputs.stages {
        s.benchmark.clear();
    }
    let b = report_of(&inputs).bottleneck.expect("bottleneck");
    // Rates 0.1, 0.4, 0.25: the lowest is step 0.
    assert_eq!((b.step, b.benchmark, b.extra_customers), (0, None, 0.0));
    assert!(close(b.rate, 0.1));
}

#[test]
fn bottleneck_at_a_zero_step_uses_later_benchmarks() {
    // 1000 → 0 → 0: step 0 converts nobody. At its 10 % benchmark it gives 100, and the
    // next step, out of an empty stage, runs at its own 20 % benchmark: 20 customers.
    let mut inputs = subscription_inputs();
    inputs.stages = vec![
        stage("1000", "100", CostKind::Marketing, "1", "10"),
        stage("0", "", CostKind::Marketing, "1", "20"),
        stage("0", "", CostKind::Marketing, "1", ""),
    ];
    inputs.roles = Roles {
        lead: 0,
        opportunity: 1,
        customer: 2,
    };
    let r = report_of(&inputs);
    let b = r.bottleneck.expect("bottleneck");
    assert_eq!(b.step, 0);
    assert!(close(b.extra_customers, 20.0));
}

#[test]
fn one_time_billing() {
    let mut inputs = subscription_inputs();
    inputs.offer = OfferInput {
        price: "1000".into(),
        billing: Billing::OneTime,
        margin_pct: "50".into(),
        churn_pct: String::new(),
        purchases: "3".into(),
        relationship_months: "12".into(),
    };
    let r = report_of(&inputs);
    // Gross profit per month = 1 000 × 3 × 0.5 / 12 = 125.
    assert_kpi(&r, KpiId::GrossProfitMonthly, 125.0);
    // CLV = 1 000 × 3 × 0.5 = 1 500.
    assert_kpi(&r, KpiId::Clv, 1500.0);
    // CAC 250 as before: LTV:CAC = 1 500 / 250 = 6, payback = 250 / 125 = 2 months.
    assert_kpi(&r, KpiId::LtvCac, 6.0);
    assert_kpi(&r, KpiId::Payback, 2.0);
    // ROI = (10 × 1 500 − 2 500) / 2 500 = 5.
    assert_kpi(&r, KpiId::Roi, 5.0);
    // Revenue = 10 × 1 000 (first orders) = 10 000; ROAS = 10 000 / 1 000 = 10.
    assert_kpi(&r, KpiId::Revenue, 10_000.0);
    assert_kpi(&r, KpiId::Roas, 10.0);
    assert_na(&r, KpiId::NewMrr, NaReason::NotSubscription);
    assert_na(&r, KpiId::Arr, NaReason::NotSubscription);
    // Velocity uses the price as deal value: 40 × 1 000 × 0.25 / 15 = 666.67.
    assert_kpi(&r, KpiId::Velocity, 10_000.0 / 15.0);
}

#[test]
fn referrals_add_leads_that_convert_like_the_others() {
    let mut inputs = subscription_inputs();
    inputs.referral_pct = "20".into();
    let r = report_of(&inputs);
    // Referral leads = 10 customers × 20 % = 2. They become 2 × 40/100 = 0.8
    // opportunities and 2 × 10/100 = 0.2 customers: customers = 10.2.
    assert!(close(r.referral_leads, 2.0));
    assert_kpi(&r, KpiId::Customers, 10.2);
    // LCR = 10.2 / 102 = 10 % and win rate = 10.2 / 40.8 = 25 %, unchanged.
    assert_kpi(&r, KpiId::LeadConversion, 0.1);
    assert_kpi(&r, KpiId::WinRate, 0.25);
    // CPL = 1 800 / 102: referred leads cost nothing.
    assert_kpi(&r, KpiId::Cpl, 1800.0 / 102.0);
}

#[test]
fn capacity_caps_customers() {
    let mut inputs = subscription_inputs();
    inputs.capacity = "8".into();
    let r = report_of(&inputs);
    // 10 customers would come, the team takes 8.
    assert!(r.capacity_binds);
    assert_kpi(&r, KpiId::Customers, 8.0);
    // CAC = 2 500 / 8 = 312.5; win rate = 8 / 40 = 20 %.
    assert_kpi(&r, KpiId::Cac, 312.5);
    assert_kpi(&r, KpiId::WinRate, 0.2);
    // Reaching any benchmark gains nobody: capacity already binds.
    assert_eq!(r.bottleneck.unwrap().extra_customers, 0.0);

    inputs.capacity = "10".into();
    assert!(!report_of(&inputs).capacity_binds);
}

#[test]
fn zero_churn_makes_lifetime_kpis_unavailable() {
    let mut inputs = subscription_inputs();
    inputs.offer.churn_pct = "0".into();
    let r = report_of(&inputs);
    assert_na(&r, KpiId::Clv, NaReason::ZeroChurn);
    assert_na(&r, KpiId::LtvCac, NaReason::ZeroChurn);
    assert_na(&r, KpiId::Roi, NaReason::ZeroChurn);
    // Payback does not need the lifetime: 250 / 40.
    assert_kpi(&r, KpiId::Payback, 6.25);
}

#[test]
fn zero_volumes_give_reasons_not_nan() {
    let mut inputs = subscription_inputs();
    for s in &mut inputs.stages {
        s.volume = "0".into();
    }
    inputs.top.impressions = "0".into();
    inputs.top.clicks = "0".into();
    inputs.top.ad_spend = "0".into();
    let r = report_of(&inputs);
    assert_kpi(&r, KpiId::Customers, 0.0);
    assert_na(&r, KpiId::LeadConversion, NaReason::NoLeads);
    assert_na(&r, KpiId::WinRate, NaReason::NoOpportunities);
    assert_na(&r, KpiId::Ctr, NaReason::NoImpressions);
    assert_na(&r, KpiId::Cpl, NaReason::NoLeads);
    assert_na(&r, KpiId::Cac, NaReason::NoCustomers);
    assert_na(&r, KpiId::LtvCac, NaReason::NoCustomers);
    assert_na(&r, KpiId::Roas, NaReason::NoAdSpend);
    assert_na(&r, KpiId::Velocity, NaReason::NoOpportunities);
    // ROI: nobody bought, so the whole cost is lost: (0 − 1 500) / 1 500 = −100 %.
    assert_kpi(&r, KpiId::Roi, -1.0);
    assert!(r
        .steps
        .iter()
        .all(|s| s.rate == Kpi::NotAvailable(NaReason::NoVolume)));
    assert!(r
        .stages
        .iter()
        .all(|s| s.of_first == Kpi::NotAvailable(NaReason::NoVolume)));
    assert_eq!(r.bottleneck, None);
    assert_no_nan(&r);
}

#[test]
fn one_stage_funnel() {
    let mut inputs = subscription_inputs();
    inputs.stages = vec![stage("10", "100", CostKind::Marketing, "4", "")];
    inputs.roles = Roles::default();
    let r = report_of(&inputs);
    assert!(r.steps.is_empty());
    assert_eq!(r.bottleneck, None);
    // Lead, opportunity and customer are the same stage: rates of 100 %, no cycle.
    assert_kpi(&r, KpiId::LeadConversion, 1.0);
    assert_kpi(&r, KpiId::SalesCycle, 0.0);
    assert_na(&r, KpiId::Velocity, NaReason::NoCycle);
    assert_no_nan(&r);
}

#[test]
fn twenty_stages() {
    let mut inputs = subscription_inputs();
    // 2^20, halving each stage down to 2; each stage spends 10 and lasts 1 day.
    inputs.stages = (0..20)
        .map(|i| {
            stage(
                &(1u64 << (20 - i)).to_string(),
                "10",
                CostKind::Marketing,
                "1",
                "60",
            )
        })
        .collect();
    inputs.roles = Roles {
        lead: 2,
        opportunity: 10,
        customer: 19,
    };
    inputs.top = TopInput::default();
    let r = report_of(&inputs);
    assert_eq!(r.steps.len(), 19);
    assert!(r.steps.iter().all(|s| close(s.rate.value().unwrap(), 0.5)));
    // Customers = 2; cost = 20 × 10 + 500 = 700; CAC = 350; cycle = stages 2..19 = 17 days.
    assert_kpi(&r, KpiId::Customers, 2.0);
    assert_kpi(&r, KpiId::Cac, 350.0);
    assert_kpi(&r, KpiId::SalesCycle, 17.0);
    // Every step falls 10 points short, so the earliest wins the tie; running it at 60 %
    // instead of 50 % lifts every later stage by a fifth: 2 × 1.2 − 2 = 0.4 customers.
    let b = r.bottleneck.clone().unwrap();
    assert_eq!(b.step, 0);
    assert!(close(b.extra_customers, 0.4));
    assert_na(&r, KpiId::Ctr, NaReason::NoTopOfFunnel);
    assert_na(&r, KpiId::Roas, NaReason::NoTopOfFunnel);
}

#[test]
fn all_costs_zero() {
    let mut inputs = subscription_inputs();
    for s in &mut inputs.stages {
        s.cost.clear();
    }
    inputs.top.ad_spend = "0".into();
    inputs.fixed_cost.clear();
    let r = report_of(&inputs);
    assert_kpi(&r, KpiId::TotalCost, 0.0);
    assert_na(&r, KpiId::Cpl, NaReason::NoMarketingCost);
    assert_na(&r, KpiId::Cac, NaReason::NoCost);
    assert_na(&r, KpiId::LtvCac, NaReason::NoCost);
    assert_na(&r, KpiId::Payback, NaReason::NoCost);
    assert_na(&r, KpiId::Roi, NaReason::NoCost);
    assert_na(&r, KpiId::Roas, NaReason::NoAdSpend);
    assert!(r
        .stages
        .iter()
        .all(|s| s.cost_per_unit == Kpi::NotAvailable(NaReason::NoCost)));
    // Revenue-side KPIs are unaffected.
    assert_kpi(&r, KpiId::Clv, 800.0);
    assert_no_nan(&r);
}

#[test]
fn a_hand_built_funnel_with_bad_numbers_still_reports_finite_values() {
    // `Funnel` fields are public: the report cleans what `validate` would have refused.
    let f = Funnel {
        kind: FunnelKind::Service,
        stages: vec![Stage {
            name: "x".into(),
            volume: f64::NAN,
            cost: f64::INFINITY,
            cost_kind: CostKind::Sales,
            days: -3.0,
            benchmark: None,
        }],
        roles: Roles {
            lead: 5,
            opportunity: 2,
            customer: 9,
        },
        offer: Offer {
            price: f64::NEG_INFINITY,
            billing: Billing::OneTime,
            margin: Rate::ONE,
            churn: Rate::ZERO,
            purchases: f64::NAN,
            relationship_months: 0.0,
        },
        top: Some(Top {
            impressions: f64::NAN,
            clicks: 1.0,
            ad_spend: -1.0,
        }),
        fixed_cost: f64::MAX,
        capacity: Some(f64::NAN),
        referral: Some(Rate::ONE),
    };
    assert_no_nan(&report(&f));
    let empty = Funnel {
        stages: Vec::new(),
        ..f
    };
    assert_no_nan(&report(&empty));
}

/// Fails when any number anywhere in the report is NaN or infinite.
fn assert_no_nan(r: &Report) {
    let kpi_ok = |k: &Kpi| k.value().is_none_or(f64::is_finite);
    for (id, k) in &r.kpis {
        assert!(kpi_ok(k), "{}: {k:?}", id.id());
    }
    for s in &r.stages {
        assert!(s.volume.is_finite() && s.days.is_finite());
        assert!(kpi_ok(&s.of_previous) && kpi_ok(&s.of_first) && kpi_ok(&s.cost_per_unit));
    }
    for s in &r.steps {
        assert!(s.leak.is_finite() && kpi_ok(&s.rate) && kpi_ok(&s.leak_share));
    }
    if let Some(b) = &r.bottleneck {
        assert!(b.rate.is_finite() && b.extra_customers.is_finite());
        assert!(b.benchmark.is_none_or(f64::is_finite));
    }
    for x in [
        r.customers,
        r.referral_leads,
        r.marketing_cost,
        r.sales_cost,
        r.total_cost,
    ] {
        assert!(x.is_finite());
    }
}

/// Amounts across the whole accepted range, with zero and tiny values over-represented
/// because they are where divisions go wrong.
fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(1e-300),
        0.0..1.0,
        0.0..1e6,
        0.0..=1e12,
        Just(1e12),
    ]
}

fn rate() -> impl Strategy<Value = Rate> {
    prop_oneof![Just(0.0), Just(1.0), Just(1e-300), 0.0..=1.0].prop_map(Rate::saturating)
}

fn any_stage() -> impl Strategy<Value = Stage> {
    (
        amount(),
        amount(),
        any::<bool>(),
        amount(),
        proptest::option::of(rate()),
    )
        .prop_map(|(volume, cost, sales, days, benchmark)| Stage {
            name: "s".into(),
            volume,
            cost,
            cost_kind: if sales {
                CostKind::Sales
            } else {
                CostKind::Marketing
            },
            days,
            benchmark,
        })
}

/// Arbitrary funnels as `validate` can produce them: in-range amounts and rates, roles in
/// order (volumes may grow, as with "accept growth").
fn any_funnel(stages: impl Strategy<Value = Vec<Stage>>) -> impl Strategy<Value = Funnel> {
    (
        stages,
        any::<[usize; 3]>(),
        (amount(), any::<bool>(), rate(), rate(), amount(), amount()),
        proptest::option::of((amount(), amount(), amount())),
        amount(),
        proptest::option::of(amount()),
        proptest::option::of(rate()),
    )
        .prop_map(|(stages, r, offer, top, fixed_cost, capacity, referral)| {
            let mut idx = r.map(|x| x % stages.len());
            idx.sort_unstable();
            let (price, monthly, margin, churn, purchases, months) = offer;
            Funnel {
                kind: FunnelKind::Digital,
                stages,
                roles: Roles {
                    lead: idx[0],
                    opportunity: idx[1],
                    customer: idx[2],
                },
                offer: Offer {
                    price,
                    billing: if monthly {
                        Billing::Monthly
                    } else {
                        Billing::OneTime
                    },
                    margin,
                    churn,
                    purchases: purchases.max(1.0),
                    relationship_months: months.max(1.0),
                },
                top: top.map(|(impressions, clicks, ad_spend)| Top {
                    impressions,
                    clicks,
                    ad_spend,
                }),
                fixed_cost,
                capacity,
                referral,
            }
        })
}

proptest! {
    #[test]
    fn no_report_holds_nan_or_infinity(
        f in any_funnel(proptest::collection::vec(any_stage(), 1..=30))
    ) {
        let r = report(&f);
        assert_no_nan(&r);
        prop_assert_eq!(r.kpis.len(), KpiId::ALL.len());
        prop_assert_eq!(r.steps.len(), f.stages.len() - 1);
    }

    #[test]
    fn step_rates_stay_within_0_and_1_when_volumes_decrease(
        f in any_funnel(proptest::collection::vec(any_stage(), 1..=30).prop_map(|mut s| {
            // Sorting the volumes in descending order makes every step a decrease.
            let mut v: Vec<f64> = s.iter().map(|x| x.volume).collect();
            v.sort_by(|a, b| b.total_cmp(a));
            for (stage, volume) in s.iter_mut().zip(v) {
                stage.volume = volume;
            }
            s
        }))
    ) {
        let r = report(&f);
        for s in &r.steps {
            if let Kpi::Value(x) = s.rate {
                prop_assert!((0.0..=1.0).contains(&x));
            }
            if let Kpi::Value(x) = s.leak_share {
                prop_assert!((0.0..=1.0).contains(&x));
            }
        }
        for s in &r.stages {
            if let Kpi::Value(x) = s.of_first {
                prop_assert!((0.0..=1.0).contains(&x));
            }
        }
        if let Kpi::Value(x) = r.kpi(KpiId::LeadConversion) {
            prop_assert!((0.0..=1.0 + 1e-12).contains(&x));
        }
        if let Some(b) = &r.bottleneck {
            prop_assert!(b.extra_customers >= 0.0);
        }
    }
}

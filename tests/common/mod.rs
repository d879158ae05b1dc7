//! Shared by the native test files: proptest strategies for what users type, and the
//! hostile scenario behind the format fixtures in `tests/fixtures/`.
//!
//! Each test file that uses it says `mod common;`; not every file uses every item.
#![allow(dead_code)]

use funnel::domain::model::{
    Billing, CostKind, FunnelInputs, FunnelKind, OfferInput, Roles, StageInput, TopInput,
};
use funnel::domain::report::{report, Report};
use funnel::domain::scenario::{Scenario, MAX_NUMBER_TEXT, MAX_TEXT};
use funnel::domain::validate::{validate, MAX_STAGES};
use funnel::state::saved::{Prefs, SavedState};
use proptest::prelude::*;

/// Any text of at most `max` characters (any Unicode scalar, controls included).
pub fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max).prop_map(|c| c.into_iter().collect())
}

pub fn stage_input() -> impl Strategy<Value = StageInput> {
    (
        text(MAX_TEXT),
        text(MAX_NUMBER_TEXT),
        text(MAX_NUMBER_TEXT),
        any::<bool>(),
        text(MAX_NUMBER_TEXT),
        text(MAX_NUMBER_TEXT),
    )
        .prop_map(|(name, volume, cost, sales, days, benchmark)| StageInput {
            name,
            volume,
            cost,
            cost_kind: if sales {
                CostKind::Sales
            } else {
                CostKind::Marketing
            },
            days,
            benchmark,
            ..StageInput::default()
        })
}

/// Any funnel as typed, within the format's limits, roles inside the stages.
pub fn funnel_inputs() -> impl Strategy<Value = FunnelInputs> {
    (
        text(MAX_TEXT),
        any::<bool>(),
        proptest::collection::vec(stage_input(), 0..=MAX_STAGES),
        any::<[usize; 3]>(),
        proptest::collection::vec(text(MAX_NUMBER_TEXT), 11),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(name, service, stages, roles, n, monthly, accept_growth)| {
                // Roles inside the stages, as every scenario the app writes has them (their
                // order is validation's business, not the format's).
                let within = |r: usize| {
                    if stages.is_empty() {
                        r
                    } else {
                        r % stages.len()
                    }
                };
                FunnelInputs {
                    name,
                    kind: if service {
                        FunnelKind::Service
                    } else {
                        FunnelKind::Digital
                    },
                    roles: Roles {
                        lead: within(roles[0]),
                        opportunity: within(roles[1]),
                        customer: within(roles[2]),
                    },
                    stages,
                    offer: OfferInput {
                        price: n[0].clone(),
                        billing: if monthly {
                            Billing::Monthly
                        } else {
                            Billing::OneTime
                        },
                        margin_pct: n[1].clone(),
                        churn_pct: n[2].clone(),
                        purchases: n[3].clone(),
                        relationship_months: n[4].clone(),
                    },
                    top: TopInput {
                        impressions: n[5].clone(),
                        clicks: n[6].clone(),
                        ad_spend: n[7].clone(),
                    },
                    fixed_cost: n[8].clone(),
                    capacity: n[9].clone(),
                    referral_pct: n[10].clone(),
                    accept_growth,
                }
            },
        )
}

/// Scenarios within the format's limits: any name and any two funnels as typed.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    (text(MAX_TEXT), funnel_inputs(), funnel_inputs()).prop_map(|(name, digital, service)| {
        Scenario {
            name,
            digital,
            service,
        }
    })
}

/// Saved states within the limits: a current scenario, up to three named ones, prefs.
pub fn saved_state() -> impl Strategy<Value = SavedState> {
    (
        scenario(),
        proptest::collection::vec(scenario(), 0..4),
        proptest::option::of(text(5)),
    )
        .prop_map(|(current, scenarios, lang)| SavedState {
            current,
            scenarios,
            prefs: Prefs {
                lang,
                currency: None,
                theme: Some("dark".into()),
            },
        })
}

/// A stage from its six fields, as typed.
pub fn stage(
    name: &str,
    volume: &str,
    cost: &str,
    sales: bool,
    days: &str,
    benchmark: &str,
) -> StageInput {
    StageInput {
        name: name.into(),
        volume: volume.into(),
        cost: cost.into(),
        cost_kind: if sales {
            CostKind::Sales
        } else {
            CostKind::Marketing
        },
        days: days.into(),
        benchmark: benchmark.into(),
        ..StageInput::default()
    }
}

/// A scenario with the text people and attackers type: quotes, backslashes, control
/// characters, markup, a spreadsheet formula, emoji outside the BMP, right-to-left text,
/// Polish and Russian, and numbers that are not numbers. Spelt out in full (not built on
/// the examples), so it stays what `tests/fixtures/` holds when the examples change.
pub fn hostile_scenario() -> Scenario {
    let digital = FunnelInputs {
        name: "=HYPERLINK(\"http://x\")\t\u{0}\u{1f}".into(),
        kind: FunnelKind::Digital,
        stages: vec![
            stage(
                "Zażółć gęślą jaźń\n\u{202e}evil",
                "1,5",
                "1500",
                false,
                "1",
                "3",
            ),
            stage("Free sign-ups", "640", "-3", true, "1e400", "30"),
            stage("Paying members", "28", "", false, "0", ""),
        ],
        roles: Roles {
            lead: 1,
            opportunity: 1,
            customer: 2,
        },
        offer: OfferInput {
            price: "abc".into(),
            billing: Billing::Monthly,
            margin_pct: "90%".into(),
            churn_pct: "4".into(),
            purchases: "1".into(),
            relationship_months: "12".into(),
        },
        top: TopInput {
            impressions: "15576".into(),
            clicks: "1000".into(),
            ad_spend: "  12 ".into(),
        },
        fixed_cost: "300".into(),
        capacity: String::new(),
        referral_pct: String::new(),
        accept_growth: true,
    };
    let service = FunnelInputs {
        name: "Воронка «консалтинг» \u{2028} مرحبا".into(),
        kind: FunnelKind::Service,
        stages: vec![
            stage("Website visitors", "8000", "1500", false, "3", "1.5"),
            stage("Discovery calls", "11", "1200", true, "18", "55"),
            stage(
                "'; DROP TABLE stages; --",
                "999999999999999999999",
                "",
                false,
                "0",
                "150",
            ),
        ],
        roles: Roles {
            lead: 0,
            opportunity: 1,
            customer: 2,
        },
        offer: OfferInput {
            price: "4000".into(),
            billing: Billing::OneTime,
            margin_pct: "60".into(),
            churn_pct: String::new(),
            purchases: "2.5".into(),
            relationship_months: "18".into(),
        },
        top: TopInput::default(),
        fixed_cost: String::new(),
        capacity: "4".into(),
        referral_pct: "12.5".into(),
        accept_growth: false,
    };
    Scenario {
        name: "Q4 \"plan\" \\ <script>alert(1)</script> 😀".into(),
        digital,
        service,
    }
}

/// The saved state of the fixtures: the hostile scenario being edited, the examples
/// kept under a name, and every preference set.
pub fn hostile_saved_state() -> SavedState {
    SavedState {
        current: hostile_scenario(),
        scenarios: vec![Scenario {
            name: "Kept / \"named\"".into(),
            ..hostile_scenario()
        }],
        prefs: Prefs {
            lang: Some("pl".into()),
            currency: Some("PLN".into()),
            theme: Some("dark".into()),
        },
    }
}

/// The report of `inputs`, which must validate.
pub fn report_of(inputs: &FunnelInputs) -> Report {
    let v = validate(inputs);
    let funnel = v
        .funnel
        .unwrap_or_else(|| panic!("invalid: {:?}", v.issues));
    report(&funnel)
}

//! Presets, the comparison and the scenario format: every stage model and example is a
//! working funnel, the comparison picks the better side by direction, and scenario JSON
//! round-trips and never panics on foreign input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{funnel_inputs, text};

use funnel::domain::compare::compare;
use funnel::domain::kpi::{Kpi, KpiId, NaReason};
use funnel::domain::model::{
    Billing, CostKind, FunnelInputs, FunnelKind, OfferInput, Roles, Side, StageInput, TopInput,
};
use funnel::domain::presets::{example_digital, example_service, stage_model, StageModel};
use funnel::domain::report::{report, Report};
use funnel::domain::scenario::{
    from_json, to_json, Scenario, ScenarioError, MAX_JSON_BYTES, MAX_NUMBER_TEXT, MAX_TEXT,
    SCHEMA_VERSION,
};
use funnel::domain::validate::{validate, MAX_STAGES};
use proptest::prelude::*;

fn report_of(inputs: &FunnelInputs) -> Report {
    let v = validate(inputs);
    assert!(v.issues.is_empty(), "{}: {:?}", inputs.name, v.issues);
    report(&v.funnel.unwrap())
}

#[test]
fn every_stage_model_is_a_working_funnel() {
    let ids: Vec<&str> = StageModel::ALL.iter().map(|m| m.id()).collect();
    assert_eq!(
        ids,
        ["classic", "lifecycle", "lead_conversion", "buyer_journey"]
    );
    for model in StageModel::ALL {
        assert_eq!(StageModel::from_id(model.id()), Some(model));
        let (stages, roles) = stage_model(model);
        // A model replaces the stages and roles of an existing funnel.
        let inputs = FunnelInputs {
            stages,
            roles,
            ..example_digital()
        };
        let r = report_of(&inputs);
        assert!(r.customers > 0.0, "{}", model.id());
        assert!(r.bottleneck.is_some(), "{}", model.id());
        assert!(matches!(r.kpi(KpiId::SalesCycle), Kpi::Value(d) if d > 0.0));
        assert!(matches!(r.kpi(KpiId::Velocity), Kpi::Value(_)));
    }
}

#[test]
fn stage_names_follow_the_product_text() {
    let names = |m| -> Vec<String> { stage_model(m).0.into_iter().map(|s| s.name).collect() };
    assert_eq!(
        names(StageModel::Classic),
        [
            "Lead",
            "Qualified lead",
            "MQL",
            "SAL",
            "SQL / opportunity",
            "Customer"
        ]
    );
    assert_eq!(
        names(StageModel::Lifecycle),
        [
            "Subscriber",
            "Lead",
            "MQL",
            "SQL",
            "Opportunity",
            "Customer",
            "Evangelist"
        ]
    );
    assert_eq!(
        names(StageModel::LeadConversion),
        [
            "Generation",
            "Qualification",
            "Nurturing",
            "Hand-off to sales",
            "Closing"
        ]
    );
    assert_eq!(
        names(StageModel::BuyerJourney),
        [
            "Awareness",
            "Consideration",
            "Decision",
            "Onboarding",
            "Adoption",
            "Success",
            "Advocacy"
        ]
    );
    // The buyer journey's customer is the Decision stage; the customer journey follows.
    let (_, roles) = stage_model(StageModel::BuyerJourney);
    assert_eq!(roles.customer, 2);
}

#[test]
fn the_examples_tell_the_digital_vs_service_story() {
    let d = report_of(&example_digital());
    let s = report_of(&example_service());
    assert_eq!(example_digital().kind, FunnelKind::Digital);
    assert_eq!(example_service().kind, FunnelKind::Service);
    // Digital: subscription with ads; healthy unit economics (LTV:CAC ≥ 3).
    assert!(matches!(d.kpi(KpiId::NewMrr), Kpi::Value(_)));
    assert!(matches!(d.kpi(KpiId::Roas), Kpi::Value(_)));
    assert!(matches!(d.kpi(KpiId::LtvCac), Kpi::Value(x) if x >= 3.0));
    // Service: one-time, no ads, a cycle of 45–90 days, far higher deal value.
    assert_eq!(
        s.kpi(KpiId::NewMrr),
        Kpi::NotAvailable(NaReason::NotSubscription)
    );
    assert_eq!(
        s.kpi(KpiId::Roas),
        Kpi::NotAvailable(NaReason::NoTopOfFunnel)
    );
    let cycle = |r: &Report| r.kpi(KpiId::SalesCycle).value().unwrap();
    assert!((45.0..=90.0).contains(&cycle(&s)));
    assert!(cycle(&d) < cycle(&s));
    assert!(d.customers > s.customers);
}

fn simple(price: &str, volume_last: &str) -> Report {
    let stage = |v: &str, cost: &str| StageInput {
        volume: v.into(),
        cost: cost.into(),
        cost_kind: CostKind::Marketing,
        days: "10".into(),
        ..StageInput::default()
    };
    report_of(&FunnelInputs {
        name: "simple".into(),
        stages: vec![stage("100", "1000"), stage(volume_last, "")],
        roles: Roles {
            lead: 0,
            opportunity: 0,
            customer: 1,
        },
        offer: OfferInput {
            price: price.into(),
            billing: Billing::OneTime,
            margin_pct: "50".into(),
            purchases: "1".into(),
            relationship_months: "1".into(),
            ..OfferInput::default()
        },
        top: TopInput::default(),
        ..FunnelInputs::default()
    })
}

#[test]
fn comparison_rows_follow_each_kpis_direction() {
    // Digital: 10 customers at 100; service: 20 customers at 100, same cost 1 000.
    let d = simple("100", "10");
    let s = simple("100", "20");
    let rows = compare(&d, &s);
    assert_eq!(
        rows.iter().map(|r| r.kpi).collect::<Vec<_>>(),
        KpiId::ALL.to_vec()
    );
    let row = |id| rows.iter().find(|r| r.kpi == id).unwrap().clone();
    // Customers 20 − 10 = 10, higher is better: service.
    assert_eq!(row(KpiId::Customers).difference, Some(10.0));
    assert_eq!(row(KpiId::Customers).better, Some(Side::Service));
    // CAC 1 000 / 20 = 50 against 1 000 / 10 = 100: −50, lower is better: service.
    assert_eq!(row(KpiId::Cac).difference, Some(-50.0));
    assert_eq!(row(KpiId::Cac).better, Some(Side::Service));
    // Total cost equal: no difference to prefer.
    assert_eq!(row(KpiId::TotalCost).difference, Some(0.0));
    assert_eq!(row(KpiId::TotalCost).better, None);
    // Sales cycle 10 days both (lead stage only).
    assert_eq!(row(KpiId::SalesCycle).better, None);
    // Not available on both sides: no difference, no winner.
    assert_eq!(row(KpiId::NewMrr).difference, None);
    assert_eq!(row(KpiId::NewMrr).better, None);
    // Swapping the sides swaps the winner.
    let swapped = compare(&s, &d);
    let cac = swapped.iter().find(|r| r.kpi == KpiId::Cac).unwrap();
    assert_eq!(
        (cac.difference, cac.better),
        (Some(50.0), Some(Side::Digital))
    );
}

#[test]
fn default_scenario_round_trips_in_the_envelope() {
    let s = Scenario::default();
    assert_eq!(s.name, "Example");
    let json = to_json(&s);
    assert!(json.starts_with(&format!("{{\"version\":{SCHEMA_VERSION},\"scenario\":{{")));
    assert!(!json.contains('\n'));
    assert_eq!(from_json(&json), Ok(s));
}

#[test]
fn a_bare_version_0_scenario_is_migrated() {
    let s = Scenario::default();
    let bare = serde_json::to_string(&s).unwrap();
    assert_eq!(from_json(&bare), Ok(s));
}

#[test]
fn clear_errors_for_what_is_not_a_scenario() {
    let err = |text: &str| from_json(text).unwrap_err();
    assert!(matches!(err("not json"), ScenarioError::NotJson(_)));
    assert!(matches!(err(""), ScenarioError::NotJson(_)));
    assert!(matches!(err("[1,2]"), ScenarioError::WrongShape(_)));
    assert!(matches!(err("{}"), ScenarioError::WrongShape(_)));
    assert!(matches!(
        err(r#"{"version":"1"}"#),
        ScenarioError::WrongShape(_)
    ));
    assert!(matches!(
        err(r#"{"version":1.5,"scenario":{}}"#),
        ScenarioError::WrongShape(_)
    ));
    assert!(matches!(
        err(r#"{"version":1}"#),
        ScenarioError::WrongShape(_)
    ));
    assert!(matches!(
        err(r#"{"version":1,"scenario":3}"#),
        ScenarioError::WrongShape(_)
    ));
    assert!(matches!(
        err(r#"{"version":1,"scenario":{"digital":{"stages":"many"}}}"#),
        ScenarioError::WrongShape(_)
    ));
    assert!(matches!(
        err(r#"{"version":1,"scenario":{"digital":{"offer":{"billing":"yearly"}}}}"#),
        ScenarioError::WrongShape(_)
    ));
    let future = err(r#"{"version":7,"scenario":{}}"#);
    assert_eq!(future, ScenarioError::FutureVersion(7));
    assert!(future.english().contains("newer version"));
    let big = " ".repeat(MAX_JSON_BYTES + 1);
    assert_eq!(
        err(&big),
        ScenarioError::TooLarge {
            bytes: MAX_JSON_BYTES + 1
        }
    );
    // Deep nesting hits the parser's recursion limit, not the stack.
    let half = MAX_JSON_BYTES / 2;
    let deep = format!("{}{}", "[".repeat(half), "]".repeat(half));
    assert!(matches!(from_json(&deep), Err(ScenarioError::NotJson(_))));
    for e in [err("x"), err("{}"), future, err(&big)] {
        assert!(!e.english().is_empty() && !e.key().is_empty());
    }
    // A newer format is refused as newer even if it renamed every other field.
    assert_eq!(err(r#"{"version":7}"#), ScenarioError::FutureVersion(7));
    assert_eq!(
        err(r#"{"version":2,"payload":{}}"#),
        ScenarioError::FutureVersion(2)
    );
}

#[test]
fn reading_sanitises_lengths_stage_count_and_roles() {
    let mut s = Scenario {
        name: "n".repeat(200),
        ..Scenario::default()
    };
    s.digital.stages = (0..50).map(|_| s.digital.stages[0].clone()).collect();
    s.digital.stages[0].name = "ł".repeat(100);
    s.digital.stages[0].volume = "9".repeat(100);
    s.digital.roles = Roles {
        lead: 0,
        opportunity: 40,
        customer: 45,
    };
    s.service.offer.price = "1".repeat(40);
    let read = from_json(&to_json(&s)).unwrap();
    assert_eq!(read.name.chars().count(), MAX_TEXT);
    assert_eq!(read.digital.stages.len(), MAX_STAGES);
    assert_eq!(read.digital.stages[0].name.chars().count(), MAX_TEXT);
    assert_eq!(read.digital.stages[0].volume.len(), MAX_NUMBER_TEXT);
    assert_eq!(read.service.offer.price.len(), MAX_NUMBER_TEXT);
    assert_eq!(read.digital.roles.customer, MAX_STAGES - 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn valid_scenarios_round_trip_exactly(
        name in text(MAX_TEXT),
        digital in funnel_inputs(),
        service in funnel_inputs(),
    ) {
        let s = Scenario { name, digital, service };
        let mut sanitized = s.clone();
        sanitized.sanitize();
        prop_assert_eq!(&sanitized, &s);
        prop_assert_eq!(from_json(&to_json(&s)), Ok(s));
    }

    #[test]
    fn from_json_never_panics_on_strings(s in any::<String>()) {
        let _ = from_json(&s);
    }

    #[test]
    fn from_json_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = from_json(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn from_json_never_panics_on_damaged_scenarios(cut in 0usize..4000, pos in 0usize..4000, b in any::<u8>()) {
        // A real scenario, cut short or with one byte changed, as storage may damage it.
        let json = to_json(&Scenario::default());
        let mut bytes = json.into_bytes();
        let p = pos % bytes.len();
        bytes[p] = b;
        bytes.truncate(cut.max(1));
        if let Ok(s) = from_json(&String::from_utf8_lossy(&bytes)) {
            // Whatever is accepted is within the limits.
            let mut again = s.clone();
            again.sanitize();
            prop_assert_eq!(again, s);
        }
    }
}

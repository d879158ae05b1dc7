//! Validation: number parsing in the three locales, every field rule with its field path,
//! and the property that no string makes validation panic.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::model::{Billing, FunnelInputs, Rate, Roles, StageInput};
use funnel::domain::presets::{example_digital, example_service};
use funnel::domain::validate::{
    parse_number, validate, FieldIssue, Problem, Severity, Validation, MAX_AMOUNT, MAX_STAGES,
};
use proptest::prelude::*;

#[test]
fn parses_numbers_as_people_type_them() {
    let ok = [
        ("0", 0.0),
        ("42", 42.0),
        ("  42  ", 42.0),
        ("3,5", 3.5),
        ("3.5", 3.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("+7", 7.0),
        ("-7", -7.0),
        ("\u{2212}7", -7.0),
        ("1 250", 1250.0),
        ("1\u{00A0}250,50", 1250.5),
        ("1\u{202F}250,50", 1250.5),
        ("1,250.50", 1250.5),
        ("1.250,50", 1250.5),
        ("1.234.567,8", 1_234_567.8),
        ("1,234,567", 1_234_567.0),
        ("1.234.567", 1_234_567.0),
        ("1 234 567.25", 1_234_567.25),
        ("007", 7.0),
    ];
    for (text, want) in ok {
        assert_eq!(parse_number(text), Ok(want), "{text:?}");
    }
    assert!(parse_number("-0").unwrap().is_sign_positive());
}

#[test]
fn a_lone_separator_before_three_digits_is_asked_about_not_guessed() {
    // "4,000" is 4000 to an English reader and 4 to a Polish one: neither guess is safe.
    for text in ["4,000", "1,500", "1.500", "12,345", "-999.000"] {
        assert_eq!(parse_number(text), Err(Problem::Ambiguous), "{text:?}");
    }
    // Only one reading each: a decimal (leading zero, or not three digits after the
    // separator, or a long integer part) or thousands (several groups, or both marks).
    for (text, want) in [
        ("0,125", 0.125),
        ("1,5", 1.5),
        ("12.25", 12.25),
        ("1,2345", 1.2345),
        ("1234,567", 1234.567),
        ("4,000,000", 4_000_000.0),
        ("4,000.5", 4000.5),
        ("4 000", 4000.0),
        ("1 500", 1500.0),
        ("1.500,5", 1500.5),
        ("1,500.5", 1500.5),
    ] {
        assert_eq!(parse_number(text), Ok(want), "{text:?}");
    }
}

#[test]
fn percent_signs_and_currency_signs_are_read_where_they_belong() {
    let plain = funnel::domain::presets::example_service();
    let mut signed = plain.clone();
    signed.offer.price = "$4000".into();
    signed.offer.margin_pct = "50%".into();
    signed.stages[3].cost = "1 200 zł".into();
    signed.stages[4].cost = "EUR 1500".into();
    signed.stages[0].benchmark = "1,5 %".into();
    signed.fixed_cost = "500 ₽".into();
    assert_eq!(validate(&signed).funnel, validate(&plain).funnel);
    // Where they do not belong they are still refused: a volume is no money.
    let mut wrong = plain.clone();
    wrong.stages[0].volume = "$8000".into();
    wrong.offer.margin_pct = "$50".into();
    let v = validate(&wrong);
    assert!(v
        .issues
        .iter()
        .any(|i| i.field == "stages.0.volume" && i.problem == Problem::NotANumber));
    assert!(v
        .issues
        .iter()
        .any(|i| i.field == "offer.margin_pct" && i.problem == Problem::NotANumber));
}

#[test]
fn rejects_what_is_not_a_number() {
    assert_eq!(parse_number(""), Err(Problem::Empty));
    assert_eq!(parse_number("   "), Err(Problem::Empty));
    for text in [
        "abc",
        "1e3",
        "12a",
        "$12",
        "12 %",
        ".",
        ",",
        "-",
        "+",
        "--1",
        "1,2,3",
        "1.2.3",
        "1,2.3,4",
        "1.2,3.4",
        "12,34.56",
        "1,23,456.7",
        "NaN",
        "inf",
        "0x10",
        "1_000",
    ] {
        assert_eq!(parse_number(text), Err(Problem::NotANumber), "{text:?}");
    }
    // More digits than any f64 holds.
    assert_eq!(parse_number(&"9".repeat(400)), Err(Problem::TooLarge));
}

/// A valid three-stage subscription funnel the rule tests break one field at a time.
fn base() -> FunnelInputs {
    let stage = |v: &str| StageInput {
        name: format!("S{v}"),
        volume: v.into(),
        ..StageInput::default()
    };
    let mut f = FunnelInputs {
        stages: vec![stage("100"), stage("50"), stage("10")],
        roles: Roles {
            lead: 0,
            opportunity: 1,
            customer: 2,
        },
        ..FunnelInputs::default()
    };
    f.offer.price = "20".into();
    f.offer.billing = Billing::Monthly;
    f.offer.margin_pct = "80".into();
    f.offer.churn_pct = "5".into();
    f
}

fn issues(v: &Validation) -> Vec<(String, Problem, Severity)> {
    v.issues
        .iter()
        .map(|i: &FieldIssue| (i.field.clone(), i.problem.clone(), i.severity))
        .collect()
}

/// Validates `f` and expects exactly one issue.
fn only_issue(f: &FunnelInputs) -> (String, Problem, Severity) {
    let v = validate(f);
    let all = issues(&v);
    assert_eq!(all.len(), 1, "{all:?}");
    let issue = all[0].clone();
    assert_eq!(v.funnel.is_some(), issue.2 == Severity::Warning);
    issue
}

fn error(field: &str, problem: Problem) -> (String, Problem, Severity) {
    (field.to_string(), problem, Severity::Error)
}

#[test]
fn the_base_funnel_is_valid_with_defaults() {
    let v = validate(&base());
    assert!(v.issues.is_empty(), "{:?}", v.issues);
    let f = v.funnel.unwrap();
    // Empty cost and days read as 0, empty benchmark as none, empty top as no top.
    assert_eq!((f.stages[0].cost, f.stages[0].days), (0.0, 0.0));
    assert_eq!(f.stages[0].benchmark, None);
    assert_eq!(f.top, None);
    assert_eq!((f.fixed_cost, f.capacity, f.referral), (0.0, None, None));
    assert_eq!(f.offer.churn, Rate::new(0.05).unwrap());
    assert_eq!(f.stages[1].name, "S50");
}

#[test]
fn stage_rules() {
    let mut f = base();
    f.stages[1].volume = " ".into();
    assert_eq!(only_issue(&f), error("stages.1.volume", Problem::Empty));

    let mut f = base();
    f.stages[0].volume = "-1".into();
    assert_eq!(only_issue(&f), error("stages.0.volume", Problem::Negative));

    let mut f = base();
    f.stages[0].volume = "2e12".into();
    assert_eq!(
        only_issue(&f),
        error("stages.0.volume", Problem::NotANumber)
    );

    let mut f = base();
    f.stages[0].volume = "2 000 000 000 000".into();
    assert_eq!(only_issue(&f), error("stages.0.volume", Problem::TooLarge));

    let mut f = base();
    f.stages[0].volume = MAX_AMOUNT.to_string();
    f.stages[2].cost = "12x".into();
    assert_eq!(only_issue(&f), error("stages.2.cost", Problem::NotANumber));

    let mut f = base();
    f.stages[1].days = "-2".into();
    assert_eq!(only_issue(&f), error("stages.1.days", Problem::Negative));

    let mut f = base();
    f.stages[0].benchmark = "101".into();
    assert_eq!(
        only_issue(&f),
        error("stages.0.benchmark", Problem::PercentOutOfRange)
    );

    let mut f = base();
    f.stages[0].benchmark = "12,5".into();
    let v = validate(&f);
    assert_eq!(v.funnel.unwrap().stages[0].benchmark, Rate::new(0.125));
}

#[test]
fn growth_is_an_error_unless_accepted() {
    let mut f = base();
    f.stages[2].volume = "60".into();
    assert_eq!(
        only_issue(&f),
        error(
            "stages.2.volume",
            Problem::LargerThanPrevious { previous: 1 }
        )
    );
    f.accept_growth = true;
    assert_eq!(
        only_issue(&f),
        (
            "stages.2.volume".to_string(),
            Problem::LargerThanPrevious { previous: 1 },
            Severity::Warning
        )
    );
}

#[test]
fn offer_rules_depend_on_billing() {
    let mut f = base();
    f.offer.price.clear();
    assert_eq!(only_issue(&f), error("offer.price", Problem::Empty));

    let mut f = base();
    f.offer.margin_pct = "120".into();
    assert_eq!(
        only_issue(&f),
        error("offer.margin_pct", Problem::PercentOutOfRange)
    );

    let mut f = base();
    f.offer.churn_pct.clear();
    assert_eq!(only_issue(&f), error("offer.churn_pct", Problem::Empty));

    // One-time billing ignores churn and needs purchases and months of at least one.
    let mut f = base();
    f.offer.billing = Billing::OneTime;
    f.offer.churn_pct = "garbage".into();
    let v = validate(&f);
    assert_eq!(
        issues(&v),
        vec![
            error("offer.purchases", Problem::Empty),
            error("offer.relationship_months", Problem::Empty)
        ]
    );
    f.offer.purchases = "0,5".into();
    f.offer.relationship_months = "12".into();
    assert_eq!(only_issue(&f), error("offer.purchases", Problem::BelowOne));
    f.offer.purchases = "3".into();
    let funnel = validate(&f).funnel.unwrap();
    assert_eq!(
        (funnel.offer.purchases, funnel.offer.relationship_months),
        (3.0, 12.0)
    );
    assert_eq!(funnel.offer.churn, Rate::ZERO);
}

#[test]
fn top_of_funnel_rules() {
    // Partly filled: the filled fields count, the others are 0.
    let mut f = base();
    f.top.ad_spend = "500".into();
    let top = validate(&f).funnel.unwrap().top.unwrap();
    assert_eq!(
        (top.impressions, top.clicks, top.ad_spend),
        (0.0, 0.0, 500.0)
    );

    let mut f = base();
    f.top.impressions = "100".into();
    f.top.clicks = "150".into();
    assert_eq!(
        only_issue(&f),
        (
            "top.clicks".to_string(),
            Problem::ClicksAboveImpressions,
            Severity::Warning
        )
    );

    let mut f = base();
    f.top.clicks = "-5".into();
    assert_eq!(only_issue(&f), error("top.clicks", Problem::Negative));
}

#[test]
fn optional_fields() {
    let mut f = base();
    f.fixed_cost = "1 000".into();
    f.capacity = "0".into();
    f.referral_pct = "10".into();
    let funnel = validate(&f).funnel.unwrap();
    assert_eq!(funnel.fixed_cost, 1000.0);
    assert_eq!(funnel.capacity, Some(0.0));
    assert_eq!(funnel.referral, Rate::new(0.1));

    for (field, text, problem) in [
        ("fixed_cost", "x", Problem::NotANumber),
        ("capacity", "-1", Problem::Negative),
        ("referral_pct", "150", Problem::PercentOutOfRange),
    ] {
        let mut f = base();
        match field {
            "fixed_cost" => f.fixed_cost = text.into(),
            "capacity" => f.capacity = text.into(),
            _ => f.referral_pct = text.into(),
        }
        assert_eq!(only_issue(&f), error(field, problem));
    }
}

#[test]
fn stage_count_and_roles() {
    let mut f = base();
    f.stages.clear();
    assert_eq!(only_issue(&f), error("stages", Problem::StageCount));

    let mut f = base();
    f.stages = (0..=MAX_STAGES).map(|_| f.stages[0].clone()).collect();
    f.roles = Roles::default();
    assert_eq!(only_issue(&f), error("stages", Problem::StageCount));

    let mut f = base();
    f.roles.customer = 3;
    assert_eq!(only_issue(&f), error("roles", Problem::RolesOutOfOrder));

    let mut f = base();
    f.roles = Roles {
        lead: 1,
        opportunity: 0,
        customer: 2,
    };
    assert_eq!(only_issue(&f), error("roles", Problem::RolesOutOfOrder));

    // All three on one stage is fine.
    let mut f = base();
    f.roles = Roles {
        lead: 2,
        opportunity: 2,
        customer: 2,
    };
    assert!(validate(&f).funnel.is_some());
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut f = base();
    f.stages[0].volume = "x".into();
    f.stages[1].cost = "-3".into();
    f.offer.price.clear();
    let v = validate(&f);
    assert!(v.funnel.is_none() && v.has_errors());
    assert_eq!(v.issues.len(), 3);
    assert_eq!(v.issues_for("offer.price").count(), 1);
}

#[test]
fn problems_have_keys_and_english() {
    let all = [
        Problem::Empty,
        Problem::NotANumber,
        Problem::Negative,
        Problem::PercentOutOfRange,
        Problem::TooLarge,
        Problem::LargerThanPrevious { previous: 0 },
        Problem::ClicksAboveImpressions,
        Problem::StageCount,
        Problem::RolesOutOfOrder,
        Problem::BelowOne,
    ];
    let keys: std::collections::HashSet<_> = all.iter().map(Problem::key).collect();
    assert_eq!(keys.len(), all.len());
    assert_eq!(Problem::NotANumber.english(), "Enter a number");
    assert_eq!(
        Problem::PercentOutOfRange.english(),
        "Must be between 0 and 100%"
    );
    assert!(Problem::LargerThanPrevious { previous: 2 }
        .english()
        .starts_with("Larger than the stage before it (stage 3)"));
}

#[test]
fn the_examples_validate_without_issues() {
    for f in [example_digital(), example_service()] {
        let v = validate(&f);
        assert!(v.issues.is_empty(), "{}: {:?}", f.name, v.issues);
        assert!(v.funnel.is_some());
    }
}

/// Strings made of the characters numbers are typed with, plus anything at all.
fn numberish() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9 ,.+\\-\u{00A0}\u{202F}\u{2212}]{0,24}",
        any::<String>(),
        "[0-9]{1,400}",
    ]
}

fn any_stage_input() -> impl Strategy<Value = StageInput> {
    (
        any::<String>(),
        numberish(),
        numberish(),
        numberish(),
        numberish(),
    )
        .prop_map(|(name, volume, cost, days, benchmark)| StageInput {
            name,
            volume,
            cost,
            days,
            benchmark,
            ..StageInput::default()
        })
}

proptest! {
    #[test]
    fn parse_number_never_panics_and_is_finite(s in numberish()) {
        if let Ok(v) = parse_number(&s) {
            prop_assert!(v.is_finite());
        }
    }

    #[test]
    fn grouped_numbers_read_back(n in 0u64..1_000_000_000_000, cents in 0u32..100) {
        // Polish / Russian style: no-break-space grouping and a decimal comma.
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('\u{00A0}');
            }
            grouped.push(c);
        }
        let text = format!("{grouped},{cents:02}");
        let want = n as f64 + f64::from(cents) / 100.0;
        let got = parse_number(&text).unwrap();
        prop_assert!((got - want).abs() <= want * 1e-15 + 1e-9, "{} -> {}", text, got);
    }

    #[test]
    fn validate_never_panics_on_arbitrary_strings(
        stages in proptest::collection::vec(any_stage_input(), 0..=35),
        numbers in proptest::collection::vec(numberish(), 11),
        roles in any::<[usize; 3]>(),
        monthly in any::<bool>(),
        accept_growth in any::<bool>(),
    ) {
        let mut f = FunnelInputs { stages, accept_growth, ..FunnelInputs::default() };
        f.roles = Roles { lead: roles[0] % 40, opportunity: roles[1] % 40, customer: roles[2] };
        f.offer.billing = if monthly { Billing::Monthly } else { Billing::OneTime };
        let mut n = numbers.into_iter();
        let mut next = || n.next().unwrap_or_default();
        f.offer.price = next();
        f.offer.margin_pct = next();
        f.offer.churn_pct = next();
        f.offer.purchases = next();
        f.offer.relationship_months = next();
        f.top.impressions = next();
        f.top.clicks = next();
        f.top.ad_spend = next();
        f.fixed_cost = next();
        f.capacity = next();
        f.referral_pct = next();
        let v = validate(&f);
        // The funnel exists exactly when no issue is an error.
        prop_assert_eq!(v.funnel.is_some(), !v.has_errors());
        if let Some(funnel) = v.funnel {
            prop_assert_eq!(funnel.stages.len(), f.stages.len());
            // A validated funnel always reports without panicking.
            let _ = funnel::domain::report::report(&funnel);
        }
    }
}

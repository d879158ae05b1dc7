//! The v1 formats through serde: golden texts proving the scenario and the saved state
//! are written byte for byte as documented, defaults for absent fields, unknown fields
//! ignored, wrong types refused, and hostile nesting refused without a crash.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::scenario::{from_json, to_json, Scenario, ScenarioError};
use funnel::state::saved::{decode, encode, Prefs, SavedState};

/// `to_json(&Scenario::default())` as every build so far has written it. Existing saves
/// and share links hold this shape.
const DEFAULT_JSON: &str = r#"{"version":1,"scenario":{"name":"Example","digital":{"name":"Online course","kind":"digital","stages":[{"name":"Visitors","volume":"20000","cost":"1500","cost_kind":"marketing","days":"1","benchmark":"3"},{"name":"Free sign-ups","volume":"640","cost":"","cost_kind":"marketing","days":"3","benchmark":"30"},{"name":"Active trials","volume":"176","cost":"","cost_kind":"marketing","days":"14","benchmark":"15"},{"name":"Paying members","volume":"28","cost":"","cost_kind":"marketing","days":"0","benchmark":""}],"roles":{"lead":1,"opportunity":2,"customer":3},"offer":{"price":"39","billing":"monthly","margin_pct":"90","churn_pct":"4","purchases":"1","relationship_months":"12"},"top":{"impressions":"15576","clicks":"1000","ad_spend":"4660"},"fixed_cost":"300","capacity":"","referral_pct":"","accept_growth":false},"service":{"name":"B2B consulting","kind":"service","stages":[{"name":"Website visitors","volume":"8000","cost":"1500","cost_kind":"marketing","days":"3","benchmark":"1.5"},{"name":"Inquiries","volume":"120","cost":"","cost_kind":"marketing","days":"7","benchmark":"30"},{"name":"Qualified leads","volume":"30","cost":"","cost_kind":"marketing","days":"10","benchmark":"35"},{"name":"Discovery calls","volume":"11","cost":"1200","cost_kind":"sales","days":"18","benchmark":"55"},{"name":"Proposals","volume":"6","cost":"1500","cost_kind":"sales","days":"30","benchmark":"30"},{"name":"Won clients","volume":"2","cost":"","cost_kind":"sales","days":"0","benchmark":""}],"roles":{"lead":1,"opportunity":4,"customer":5},"offer":{"price":"4000","billing":"one_time","margin_pct":"50","churn_pct":"5","purchases":"3","relationship_months":"12"},"top":{"impressions":"","clicks":"","ad_spend":""},"fixed_cost":"500","capacity":"4","referral_pct":"","accept_growth":false}}}"#;

/// A name with every kind of character the writer treats specially, and how serde_json
/// writes it: short escapes, `\u00XX` in lower-case hex for other control characters, and
/// DEL, `/`, non-ASCII and U+2028 left as they are.
const AWKWARD_NAME: &str = "\u{1}\u{8}\u{c}\u{1f}\u{7f}\"\\/\n\r\t é 😀 \u{2028}";
const AWKWARD_NAME_JSON: &str = "\"\\u0001\\b\\f\\u001f\u{7f}\\\"\\\\/\\n\\r\\t é 😀 \u{2028}\"";

#[test]
fn the_default_scenario_is_written_exactly_as_documented() {
    assert_eq!(to_json(&Scenario::default()), DEFAULT_JSON);
    assert_eq!(from_json(DEFAULT_JSON), Ok(Scenario::default()));
}

#[test]
fn the_saved_state_is_written_exactly_as_documented() {
    let awkward = Scenario {
        name: AWKWARD_NAME.into(),
        ..Scenario::default()
    };
    let state = SavedState {
        current: Scenario::default(),
        scenarios: vec![awkward.clone()],
        prefs: Prefs {
            lang: Some("pl".into()),
            currency: None,
            theme: Some("dark".into()),
        },
    };
    let inner = DEFAULT_JSON
        .strip_prefix("{\"version\":1,\"scenario\":")
        .and_then(|s| s.strip_suffix('}'))
        .unwrap();
    let awkward_inner = inner.replacen(
        "\"name\":\"Example\"",
        &format!("\"name\":{AWKWARD_NAME_JSON}"),
        1,
    );
    let expected = format!(
        "{{\"version\":1,\"schema\":1,\"current\":{inner},\"scenarios\":[{awkward_inner}],\
         \"prefs\":{{\"lang\":\"pl\",\"currency\":null,\"theme\":\"dark\"}}}}"
    );
    assert_eq!(encode(&state), expected);
    assert_eq!(decode(&expected), Ok(state));
}

#[test]
fn absent_fields_default_unknown_fields_are_ignored_wrong_types_refused() {
    let s = from_json(
        r#"{"version":1,"scenario":{"name":"N","extra":[1,{"x":null}],
            "digital":{"kind":"service","stages":[{"name":"Only","cost_kind":"sales"}],
                       "offer":{"billing":"monthly"},"roles":{"customer":0}}}}"#,
    )
    .unwrap();
    assert_eq!(s.name, "N");
    assert_eq!(s.digital.name, "");
    assert_eq!(s.digital.stages.len(), 1);
    assert_eq!(s.digital.stages[0].name, "Only");
    assert_eq!(s.digital.stages[0].volume, "");
    assert_eq!(
        s.digital.offer.billing,
        funnel::domain::model::Billing::Monthly
    );
    // An absent side is the example, as `#[serde(default)]` on the scenario gave.
    assert_eq!(s.service, Scenario::default().service);
    for bad in [
        r#"{"version":1,"scenario":{"name":null}}"#,
        r#"{"version":1,"scenario":{"name":5}}"#,
        r#"{"version":1,"scenario":{"digital":{"accept_growth":"yes"}}}"#,
        r#"{"version":1,"scenario":{"digital":{"roles":{"lead":-1}}}}"#,
        r#"{"version":1,"scenario":{"digital":{"roles":{"lead":1.5}}}}"#,
        r#"{"version":1,"scenario":{"digital":{"kind":"Digital"}}}"#,
        r#"{"version":1,"scenario":{"digital":{"stages":[{"cost_kind":"other"}]}}}"#,
        r#"{"version":1,"scenario":{"digital":{"stages":[3]}}}"#,
    ] {
        assert!(
            matches!(
                from_json(bad),
                Err(funnel::domain::scenario::ScenarioError::WrongShape(_))
            ),
            "{bad}"
        );
    }
    // Repeated keys: the last one counts, as with serde_json's map.
    let s = from_json(r#"{"version":1,"scenario":{"name":"a","name":"b"}}"#).unwrap();
    assert_eq!(s.name, "b");
}

#[test]
fn bad_prefs_fall_back_to_defaults_and_null_is_none() {
    let inner = DEFAULT_JSON
        .strip_prefix("{\"version\":1,\"scenario\":")
        .and_then(|s| s.strip_suffix('}'))
        .unwrap();
    let with = |prefs: &str| {
        decode(&format!(
            "{{\"version\":1,\"current\":{inner},\"prefs\":{prefs}}}"
        ))
        .unwrap()
        .prefs
    };
    assert_eq!(
        with(r#"{"lang":"de","theme":null,"unknown":1}"#),
        Prefs {
            lang: Some("de".into()),
            ..Prefs::default()
        }
    );
    assert_eq!(with(r#"{"lang":"de","theme":7}"#), Prefs::default());
    assert_eq!(with("[]"), Prefs::default());
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    // serde_json stops at 128 levels; a hostile file far deeper must be an error, not a
    // stack overflow, whether it is closed or not.
    for text in [
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        "[".repeat(1_000_000),
        format!(
            r#"{{"version":1,"scenario":{}"#,
            "{\"a\":".repeat(1_000_000)
        ),
    ] {
        assert!(matches!(
            from_json(&text),
            Err(ScenarioError::NotJson(_) | ScenarioError::TooLarge { .. })
        ));
        assert!(decode(&text).is_err());
    }
}

#[test]
fn awkward_text_is_escaped_as_json_requires_and_round_trips() {
    let all_controls: String = (0u8..0x20).map(char::from).collect();
    for name in [
        all_controls.as_str(),
        AWKWARD_NAME,
        "\u{10ffff}\u{fffd}\u{0}",
    ] {
        let s = Scenario {
            name: name.into(),
            ..Scenario::default()
        };
        let text = to_json(&s);
        assert!(!text.bytes().any(|b| b < 0x20), "{text:?}");
        assert_eq!(from_json(&text), Ok(s));
    }
}

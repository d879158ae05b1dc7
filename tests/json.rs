//! The JSON module: a strict parser that never panics, a writer whose output it reads
//! back, and golden texts proving the saved formats are byte for byte what serde wrote.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::json::{parse, to_string, Json, MAX_DEPTH};
use funnel::domain::scenario::{from_json, to_json, Scenario};
use funnel::state::saved::{decode, encode, Prefs, SavedState};
use proptest::prelude::*;

/// `to_json(&Scenario::default())` as the serde_json build wrote it (captured from the
/// commit before serde was removed). Existing saves and share links hold this shape.
const DEFAULT_JSON: &str = r#"{"version":1,"scenario":{"name":"Example","digital":{"name":"Online course","kind":"digital","stages":[{"name":"Visitors","volume":"20000","cost":"1500","cost_kind":"marketing","days":"1","benchmark":"3"},{"name":"Free sign-ups","volume":"640","cost":"","cost_kind":"marketing","days":"3","benchmark":"30"},{"name":"Active trials","volume":"176","cost":"","cost_kind":"marketing","days":"14","benchmark":"15"},{"name":"Paying members","volume":"28","cost":"","cost_kind":"marketing","days":"0","benchmark":""}],"roles":{"lead":1,"opportunity":2,"customer":3},"offer":{"price":"39","billing":"monthly","margin_pct":"90","churn_pct":"4","purchases":"1","relationship_months":"12"},"top":{"impressions":"15576","clicks":"1000","ad_spend":"4660"},"fixed_cost":"300","capacity":"","referral_pct":"","accept_growth":false},"service":{"name":"B2B consulting","kind":"service","stages":[{"name":"Website visitors","volume":"8000","cost":"1500","cost_kind":"marketing","days":"3","benchmark":"1.5"},{"name":"Inquiries","volume":"120","cost":"","cost_kind":"marketing","days":"7","benchmark":"30"},{"name":"Qualified leads","volume":"30","cost":"","cost_kind":"marketing","days":"10","benchmark":"35"},{"name":"Discovery calls","volume":"11","cost":"1200","cost_kind":"sales","days":"18","benchmark":"55"},{"name":"Proposals","volume":"6","cost":"1500","cost_kind":"sales","days":"30","benchmark":"30"},{"name":"Won clients","volume":"2","cost":"","cost_kind":"sales","days":"0","benchmark":""}],"roles":{"lead":1,"opportunity":4,"customer":5},"offer":{"price":"4000","billing":"one_time","margin_pct":"50","churn_pct":"5","purchases":"3","relationship_months":"12"},"top":{"impressions":"","clicks":"","ad_spend":""},"fixed_cost":"500","capacity":"4","referral_pct":"","accept_growth":false}}}"#;

/// A name with every kind of character the writer treats specially, and how serde_json
/// wrote it: short escapes, `\u00XX` in lower-case hex for other control characters, and
/// DEL, `/`, non-ASCII and U+2028 left as they are.
const AWKWARD_NAME: &str = "\u{1}\u{8}\u{c}\u{1f}\u{7f}\"\\/\n\r\t é 😀 \u{2028}";
const AWKWARD_NAME_JSON: &str = "\"\\u0001\\b\\f\\u001f\u{7f}\\\"\\\\/\\n\\r\\t é 😀 \u{2028}\"";

#[test]
fn the_default_scenario_is_written_exactly_as_serde_wrote_it() {
    assert_eq!(to_json(&Scenario::default()), DEFAULT_JSON);
    assert_eq!(from_json(DEFAULT_JSON), Ok(Scenario::default()));
}

#[test]
fn the_saved_state_is_written_exactly_as_serde_wrote_it() {
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
fn accepts_valid_documents() {
    let cases: &[(&str, Json)] = &[
        ("null", Json::Null),
        (" \t\r\ntrue ", Json::Bool(true)),
        ("false", Json::Bool(false)),
        ("0", Json::Int(0)),
        ("18446744073709551615", Json::Int(u64::MAX)),
        ("18446744073709551616", Json::Num(18446744073709551616.0)),
        ("-0", Json::Num(-0.0)),
        ("-12", Json::Num(-12.0)),
        ("1.5", Json::Num(1.5)),
        ("1.0", Json::Num(1.0)),
        ("1e3", Json::Num(1000.0)),
        ("2E-2", Json::Num(0.02)),
        ("1e+2", Json::Num(100.0)),
        ("\"\"", Json::Str(String::new())),
        (
            r#""a\"b\\c\/d\b\f\n\r\t""#,
            Json::Str("a\"b\\c/d\u{8}\u{c}\n\r\t".into()),
        ),
        (r#""\u0041\u00e9\u20AC""#, Json::Str("Aé€".into())),
        (r#""\ud83d\ude00""#, Json::Str("😀".into())),
        ("\"zażółć 😀\u{7f}\"", Json::Str("zażółć 😀\u{7f}".into())),
        ("[]", Json::Arr(vec![])),
        (
            "[ 1 , [ ] ]",
            Json::Arr(vec![Json::Int(1), Json::Arr(vec![])]),
        ),
        ("{}", Json::Obj(vec![])),
        (
            r#"{ "a" : 1 , "a" : {"b":null} }"#,
            Json::Obj(vec![
                ("a".into(), Json::Int(1)),
                ("a".into(), Json::Obj(vec![("b".into(), Json::Null)])),
            ]),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse(text).as_ref(), Ok(expected), "{text}");
    }
}

#[test]
fn refuses_invalid_documents() {
    let cases = [
        "",
        " ",
        "nul",
        "nulls",
        "True",
        "undefined",
        "NaN",
        "Infinity",
        "-",
        "+1",
        "01",
        "-01",
        "1.",
        ".5",
        "1e",
        "1e+",
        "0x10",
        "1e400",
        "-1e400",
        "\"abc",
        "\"a\nb\"",
        "\"\u{1}\"",
        r#""\x""#,
        r#""\u12""#,
        r#""\u12G4""#,
        r#""\ud83d""#,
        r#""\ud83dx""#,
        r#""\ud83d\u0041""#,
        r#""\ude00""#,
        r#""\"#,
        "'a'",
        "[",
        "[1",
        "[1,]",
        "[,1]",
        "[1 2]",
        "]",
        "{",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\":1,}",
        "{a:1}",
        "{1:1}",
        "{\"a\" 1}",
        "{\"a\":1 \"b\":2}",
        "1 2",
        "[] x",
        "\u{feff}1",
        "/* c */ 1",
    ];
    for text in cases {
        let e = parse(text).unwrap_err();
        assert!(!e.message.is_empty(), "{text}");
        assert!(e.offset <= text.len(), "{text}: {e}");
    }
    assert_eq!(parse("[1, x]").unwrap_err().offset, 4);
    assert_eq!(
        parse("\"a\\q\"").unwrap_err().to_string(),
        "invalid escape at byte 3"
    );
}

#[test]
fn nesting_is_limited_without_exhausting_the_stack() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    let e = parse(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(e.message, "nesting too deep");
    assert_eq!(e.offset, MAX_DEPTH);
    // Far past the limit, and unclosed: refused at the limit, not by a stack overflow.
    assert!(parse(&"[".repeat(1_000_000)).is_err());
    assert!(parse(&"{\"a\":".repeat(1_000_000)).is_err());
}

#[test]
fn escapes_round_trip() {
    let all_controls: String = (0u8..0x20).map(char::from).collect();
    for s in [
        all_controls.as_str(),
        AWKWARD_NAME,
        "\\\"\\\\\"",
        "\u{10ffff}\u{fffd}\u{0}",
    ] {
        let text = to_string(&Json::Str(s.into()));
        assert!(
            !text[1..text.len() - 1].bytes().any(|b| b < 0x20),
            "{text:?}"
        );
        assert_eq!(parse(&text), Ok(Json::Str(s.into())));
    }
    assert_eq!(
        to_string(&Json::Str(AWKWARD_NAME.into())),
        AWKWARD_NAME_JSON
    );
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<u64>().prop_map(Json::Int),
        any::<f64>()
            .prop_filter("finite", |n| n.is_finite())
            .prop_map(Json::Num),
        any::<String>().prop_map(Json::Str),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Json::Arr),
            proptest::collection::vec((any::<String>(), inner), 0..8).prop_map(Json::Obj),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn written_values_parse_back_equal(value in json_value()) {
        let text = to_string(&value);
        prop_assert_eq!(parse(&text), Ok(value));
    }

    #[test]
    fn the_parser_never_panics_on_strings(s in any::<String>()) {
        let _ = parse(&s);
    }

    #[test]
    fn the_parser_never_panics_on_json_like_text(s in "[\\[\\]{}\":,\\\\ u0-9a-fA-Fe.+-]{0,64}") {
        if let Err(e) = parse(&s) {
            prop_assert!(e.offset <= s.len());
        }
    }

    #[test]
    fn strings_round_trip(s in any::<String>()) {
        let text = to_string(&Json::Str(s.clone()));
        prop_assert_eq!(parse(&text), Ok(Json::Str(s)));
    }
}

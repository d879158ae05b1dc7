//! Fuzzing the three decoders that read untrusted text: share links, imported files and
//! saved state. Generated and mutated inputs must never panic; whatever is accepted is
//! within the format's limits; every valid state round-trips exactly.
//!
//! `./test.sh` runs a few hundred cases of each property. `./fuzz.sh` runs the same
//! properties with `FUZZ_CASES` cases each, over a million inputs in all (README).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use funnel::domain::scenario::{self, Scenario};
use funnel::state::saved::{self, SavedState};
use funnel::state::{base64url, share};
use proptest::prelude::*;

/// Cases per property: `FUZZ_CASES` from the environment, else a quick run.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

/// Valid documents to damage: what the app writes for the examples and for hostile text.
fn seeds() -> Vec<String> {
    let hostile = common::hostile_scenario();
    vec![
        scenario::to_json(&Scenario::default()),
        scenario::to_json(&hostile),
        saved::encode(&SavedState::default()),
        saved::encode(&common::hostile_saved_state()),
        serde_json::to_string(&hostile).unwrap(),
    ]
}

/// One edit of a document: replace, insert or delete a byte, cut the rest, or paste a
/// JSON token where parsers and migrations are likely to trip.
#[derive(Clone, Debug)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Truncate(usize),
    Token(usize, &'static str),
}

const TOKENS: &[&str] = &[
    "null",
    "true",
    "0",
    "-1",
    "1.5",
    "1e999",
    "\"\"",
    "[]",
    "{}",
    "\"version\":2,",
    "\"scenario\":",
    "\"stages\":[",
    "\"roles\":{\"customer\":99}",
    "\\u0000",
    "\\ud800",
    ",",
    ":",
    "\"",
    "{",
    "[",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Edit::Replace(p, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Edit::Insert(p, b)),
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), proptest::sample::select(TOKENS)).prop_map(|(p, t)| Edit::Token(p, t)),
    ]
}

fn apply(doc: &str, edits: &[Edit]) -> Vec<u8> {
    let mut bytes = doc.as_bytes().to_vec();
    for e in edits {
        let at = |p: usize, len: usize| if len == 0 { 0 } else { p % (len + 1) };
        match *e {
            Edit::Replace(p, b) if !bytes.is_empty() => {
                let i = p % bytes.len();
                bytes[i] = b;
            }
            Edit::Insert(p, b) => bytes.insert(at(p, bytes.len()), b),
            Edit::Delete(p) if !bytes.is_empty() => {
                let i = p % bytes.len();
                bytes.remove(i);
            }
            Edit::Truncate(p) => bytes.truncate(at(p, bytes.len())),
            Edit::Token(p, t) => {
                let i = at(p, bytes.len());
                bytes.splice(i..i, t.bytes());
            }
            _ => {}
        }
    }
    bytes
}

/// Whatever a decoder accepted is already within the limits: sanitising changes nothing.
fn within_limits(s: &Scenario) -> bool {
    let mut again = s.clone();
    again.sanitize();
    &again == s
}

/// Feeds one input to all three decoders: as an imported file, as saved state and as the
/// payload of a share link.
fn decode_all(bytes: &[u8]) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(s) = scenario::from_json(&text) {
        prop_assert!(within_limits(&s));
    }
    if let Ok(state) = saved::decode(&text) {
        prop_assert!(within_limits(&state.current));
        prop_assert!(state.scenarios.iter().all(within_limits));
    }
    if let Ok(Some(s)) = share::decode_fragment(&format!("#s={}", base64url::encode(bytes))) {
        prop_assert!(within_limits(&s));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_documents_never_panic(doc in proptest::sample::select(seeds()), edits in proptest::collection::vec(edit(), 1..8)) {
        decode_all(&apply(&doc, &edits))?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        decode_all(&bytes)?;
    }

    #[test]
    fn arbitrary_fragments_never_panic(text in ".{0,300}") {
        let _ = share::decode_fragment(&text);
        let _ = share::decode_fragment(&format!("#s={text}"));
    }

    #[test]
    fn valid_states_round_trip_exactly(state in common::saved_state()) {
        prop_assert_eq!(saved::decode(&saved::encode(&state)), Ok(state.clone()));
        prop_assert_eq!(scenario::from_json(&scenario::to_json(&state.current)), Ok(state.current.clone()));
        let link = share::encode_fragment(&state.current);
        prop_assert_eq!(share::decode_fragment(&link), Ok(Some(state.current)));
    }
}

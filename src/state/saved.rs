//! The shape of what is kept in localStorage, and its versioned encoding.
//!
//! Pure: the browser side (`storage`) only moves strings. Reading never fails silently:
//! a stored value that cannot be decoded is reported, so the caller can keep it aside
//! under a backup key instead of overwriting it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::scenario::{self, Scenario};

/// The localStorage key of the working state.
pub const STATE_KEY: &str = "funnel-calculator/state";
/// Where unreadable saved data is moved before anything new is written.
pub const BACKUP_KEY: &str = "funnel-calculator/backup";
/// The version of the stored envelope. Scenarios inside carry the scenario schema's
/// version, so the two can evolve apart.
pub const SAVED_VERSION: u32 = 1;
/// More named scenarios than this is not a workshop any more; it also bounds storage use.
pub const MAX_SCENARIOS: usize = 50;

/// The reader's choices that are not part of a scenario. `None` (JSON `null`) is "not
/// chosen": the browser's language, the default currency, the system's theme.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Option<String>,
    pub currency: Option<String>,
    pub theme: Option<String>,
}

/// Everything that survives a reload.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SavedState {
    /// The pair being edited.
    pub current: Scenario,
    /// Named scenarios the user saved.
    pub scenarios: Vec<Scenario>,
    pub prefs: Prefs,
}

/// Why saved data could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum SavedError {
    NotJson,
    /// Saved by a newer version of the app than this one.
    FromTheFuture(u64),
    /// JSON, but not a saved state (or a scenario inside is broken).
    WrongShape(String),
}

impl SavedError {
    pub fn english(&self) -> String {
        match self {
            SavedError::NotJson => "the saved data is not valid JSON".into(),
            SavedError::FromTheFuture(v) => {
                format!("the saved data is from a newer version of the app (format {v})")
            }
            SavedError::WrongShape(why) => format!("the saved data has an unexpected shape: {why}"),
        }
    }
}

/// The stored envelope as written; the scenarios inside are in the scenario schema
/// `schema`, so the two versions can evolve apart.
#[derive(Serialize)]
pub struct Envelope<'a> {
    version: u32,
    schema: u32,
    current: &'a Scenario,
    scenarios: &'a [Scenario],
    prefs: &'a Prefs,
}

/// What is stored for `state`, ready for a serializer (gloo-storage's or `encode`).
pub fn envelope(state: &SavedState) -> Envelope<'_> {
    Envelope {
        version: SAVED_VERSION,
        schema: scenario::SCHEMA_VERSION,
        current: &state.current,
        scenarios: &state.scenarios,
        prefs: &state.prefs,
    }
}

pub fn encode(state: &SavedState) -> String {
    // A match, not `expect`: that would link serde_json's error Debug (and the standard
    // library's I/O error texts) into the wasm.
    match serde_json::to_string(&envelope(state)) {
        Ok(json) => json,
        Err(_) => unreachable!("a saved state is plain strings, numbers and booleans"),
    }
}

pub fn decode(raw: &str) -> Result<SavedState, SavedError> {
    decode_value(serde_json::from_str(raw).map_err(|_| SavedError::NotJson)?)
}

/// Reads a stored state already parsed as JSON.
pub fn decode_value(value: Value) -> Result<SavedState, SavedError> {
    let Value::Object(mut object) = value else {
        return Err(SavedError::WrongShape("not an object".into()));
    };
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| SavedError::WrongShape("no version".into()))?;
    if version > u64::from(SAVED_VERSION) {
        return Err(SavedError::FromTheFuture(version));
    }
    // Each scenario goes through the scenario schema's own reader, which migrates older
    // scenario versions and limits string lengths: one path for saves, imports and links.
    let schema = object
        .get("schema")
        .and_then(Value::as_u64)
        .unwrap_or(u64::from(scenario::SCHEMA_VERSION));
    let read = |v: Value| -> Result<Scenario, SavedError> {
        scenario::from_value(v, schema).map_err(|e| SavedError::WrongShape(e.english()))
    };
    let current = read(
        object
            .remove("current")
            .ok_or_else(|| SavedError::WrongShape("no current scenario".into()))?,
    )?;
    let scenarios = match object.remove("scenarios") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .into_iter()
            .take(MAX_SCENARIOS)
            .map(read)
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(SavedError::WrongShape("scenarios is not a list".into())),
    };
    // Preferences are a convenience: a damaged set falls back to the defaults rather than
    // costing the user their scenarios.
    let prefs = object
        .remove("prefs")
        .and_then(|p| serde_json::from_value(p).ok())
        .unwrap_or_default();
    Ok(SavedState {
        current,
        scenarios,
        prefs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SavedState {
        let mut named = Scenario {
            name: "Workshop A".into(),
            ..Scenario::default()
        };
        named.digital.stages[0].volume = "12345".into();
        SavedState {
            current: Scenario::default(),
            scenarios: vec![named],
            prefs: Prefs {
                lang: Some("pl".into()),
                currency: Some("PLN".into()),
                theme: None,
            },
        }
    }

    #[test]
    fn round_trips() {
        let state = sample();
        assert_eq!(decode(&encode(&state)).unwrap(), state);
    }

    #[test]
    fn garbage_is_an_error_not_a_default() {
        assert_eq!(decode("{not json"), Err(SavedError::NotJson));
        assert!(matches!(decode("[1,2]"), Err(SavedError::WrongShape(_))));
        assert!(matches!(
            decode("{\"version\":1}"),
            Err(SavedError::WrongShape(_))
        ));
    }

    #[test]
    fn newer_versions_are_refused_so_they_are_not_overwritten() {
        let raw = encode(&sample()).replacen("\"version\":1", "\"version\":99", 1);
        assert_eq!(decode(&raw), Err(SavedError::FromTheFuture(99)));
    }

    #[test]
    fn missing_prefs_and_scenarios_are_fine() {
        let raw = format!(
            "{{\"version\":1,\"current\":{}}}",
            serde_json::to_string(&Scenario::default()).unwrap()
        );
        let state = decode(&raw).unwrap();
        assert!(state.scenarios.is_empty());
        assert_eq!(state.prefs, Prefs::default());
    }
}

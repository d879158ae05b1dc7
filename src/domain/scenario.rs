//! A scenario (the pair of funnels under a name) and its versioned JSON form.
//!
//! Saved data lives in the user's browser for months and travels in share links, so the
//! format is an envelope `{"version":N,"scenario":{...}}`: a newer app can read an older
//! file by migrating it step by step, and an older app refuses a newer file with a clear
//! message instead of misreading it. Whatever is read is sanitised (lengths and stage
//! count bounded), because a share link or an edited file can hold anything.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::FunnelInputs;
use super::presets::{example_digital, example_service};
use super::validate::MAX_STAGES;

/// The version `to_json` writes and the newest `from_json` reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Longest name kept (scenario, funnel and stage names), in characters.
pub const MAX_TEXT: usize = 80;

/// Longest number field kept, in characters: room for any amount up to `MAX_AMOUNT` with
/// grouping and decimals, and little room for anything else.
pub const MAX_NUMBER_TEXT: usize = 32;

/// Largest JSON text `from_json` reads, in bytes. A full scenario of two 30-stage funnels
/// with every field at its limit stays well below it.
pub const MAX_JSON_BYTES: usize = 256 * 1024;

/// Two funnels side by side under a name: what the app saves, lists and shares.
/// Absent fields take `Scenario::default()`'s (the examples); unknown ones are ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub name: String,
    pub digital: FunnelInputs,
    pub service: FunnelInputs,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            name: "Example".to_string(),
            digital: example_digital(),
            service: example_service(),
        }
    }
}

/// Why a JSON text could not be read as a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    /// Longer than `MAX_JSON_BYTES` (its length in bytes).
    TooLarge { bytes: usize },
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// JSON, but not shaped like a scenario (what was wrong).
    WrongShape(String),
    /// Written by a newer version of the app than this one.
    FutureVersion(u64),
}

impl ScenarioError {
    /// The stable key of the error, used for translation lookups and tests.
    pub fn key(&self) -> &'static str {
        match self {
            ScenarioError::TooLarge { .. } => "too_large",
            ScenarioError::NotJson(_) => "not_json",
            ScenarioError::WrongShape(_) => "wrong_shape",
            ScenarioError::FutureVersion(_) => "future_version",
        }
    }

    /// Plain English, the fallback text.
    pub fn english(&self) -> String {
        match self {
            ScenarioError::TooLarge { bytes } => format!(
                "The data is too large to be a scenario ({} KB; at most {} KB)",
                bytes.div_ceil(1024),
                MAX_JSON_BYTES / 1024
            ),
            // The parser's detail ("expected value at line 1 column 1") means nothing to
            // someone who picked the wrong file; it stays in the error for tests.
            ScenarioError::NotJson(_) => "This is not a scenario saved by this calculator: it is not a JSON file. “Export JSON” writes one.".to_string(),
            ScenarioError::WrongShape(detail) => {
                format!("The data is not shaped like a saved scenario ({detail})")
            }
            ScenarioError::FutureVersion(v) => format!(
                "This scenario was saved by a newer version of the app (format {v}; this one reads up to {SCHEMA_VERSION}). Update the page and try again"
            ),
        }
    }
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

impl std::error::Error for ScenarioError {}

/// Cuts `s` to at most `max` characters (not bytes, so no character is split).
fn truncate_chars(s: &mut String, max: usize) {
    if let Some((byte_index, _)) = s.char_indices().nth(max) {
        s.truncate(byte_index);
    }
}

fn sanitize_funnel(f: &mut FunnelInputs) {
    truncate_chars(&mut f.name, MAX_TEXT);
    f.stages.truncate(MAX_STAGES);
    for s in &mut f.stages {
        truncate_chars(&mut s.name, MAX_TEXT);
        for field in [&mut s.volume, &mut s.cost, &mut s.days, &mut s.benchmark] {
            truncate_chars(field, MAX_NUMBER_TEXT);
        }
    }
    let o = &mut f.offer;
    for field in [
        &mut o.price,
        &mut o.margin_pct,
        &mut o.churn_pct,
        &mut o.purchases,
        &mut o.relationship_months,
        &mut f.top.impressions,
        &mut f.top.clicks,
        &mut f.top.ad_spend,
        &mut f.fixed_cost,
        &mut f.capacity,
        &mut f.referral_pct,
    ] {
        truncate_chars(field, MAX_NUMBER_TEXT);
    }
    // Roles past the last stage (after truncation, or in an edited file) point at the last
    // stage instead, so the UI's role selectors always show a stage. Roles in the wrong
    // order are left for validation to report: the user should see and fix them.
    if let Some(last) = f.stages.len().checked_sub(1) {
        let r = &mut f.roles;
        r.lead = r.lead.min(last);
        r.opportunity = r.opportunity.min(last);
        r.customer = r.customer.min(last);
    }
}

impl Scenario {
    /// Bounds every text to its limit and the stage lists to `MAX_STAGES`. A scenario
    /// within the limits is left exactly as it is.
    pub fn sanitize(&mut self) {
        truncate_chars(&mut self.name, MAX_TEXT);
        sanitize_funnel(&mut self.digital);
        sanitize_funnel(&mut self.service);
    }
}

/// The envelope as written: the version first, so a reader can decide before the rest.
#[derive(Serialize)]
struct Envelope<'a> {
    version: u32,
    scenario: &'a Scenario,
}

/// The scenario as compact JSON in the current envelope, `{"version":1,"scenario":{...}}`.
pub fn to_json(scenario: &Scenario) -> String {
    // A match, not `expect`, as in `state::saved::encode`.
    match serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        scenario,
    }) {
        Ok(json) => json,
        Err(_) => unreachable!("a scenario is plain strings, numbers and booleans"),
    }
}

/// Version 0 is the bare scenario object without an envelope, as a hand-written file or
/// an early build would hold it: `{"name":…,"digital":…,"service":…}`. Its fields are
/// those of version 1, so the step only wraps it.
fn migrate_v0_to_v1(scenario: Value) -> Result<Value, ScenarioError> {
    Ok(scenario)
}

/// Brings the scenario object of `version` up to `SCHEMA_VERSION`, one step at a time.
/// A future format change adds its step here (`1 => migrate_v1_to_v2(scenario)?`) and bumps
/// `SCHEMA_VERSION`; the older steps stay, so every old file keeps loading.
fn migrate(mut scenario: Value, mut version: u64) -> Result<Value, ScenarioError> {
    while version < u64::from(SCHEMA_VERSION) {
        scenario = match version {
            0 => migrate_v0_to_v1(scenario)?,
            other => {
                return Err(ScenarioError::WrongShape(format!(
                    "no migration from format {other}"
                )))
            }
        };
        version += 1;
    }
    Ok(scenario)
}

/// Reads a scenario from JSON: the current envelope, an older envelope (migrated), or a
/// bare version-0 scenario object. The result is sanitised. Never panics.
pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(ScenarioError::TooLarge { bytes: text.len() });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ScenarioError::NotJson(e.to_string()))?;
    let Value::Object(mut object) = value else {
        return Err(ScenarioError::WrongShape("expected an object".to_string()));
    };
    let (version, scenario) = match object.remove("version") {
        Some(Value::Number(n)) => {
            let version = n.as_u64().ok_or_else(|| {
                ScenarioError::WrongShape(format!("version {n} is not a whole number"))
            })?;
            // Before anything else: a newer format may have renamed every other field.
            if version > u64::from(SCHEMA_VERSION) {
                return Err(ScenarioError::FutureVersion(version));
            }
            let scenario = object
                .remove("scenario")
                .ok_or_else(|| ScenarioError::WrongShape("no \"scenario\" field".to_string()))?;
            (version, scenario)
        }
        Some(_) => {
            return Err(ScenarioError::WrongShape(
                "\"version\" is not a number".to_string(),
            ))
        }
        // No envelope: a bare scenario if it has a scenario's fields, else not ours.
        None if object.contains_key("digital") || object.contains_key("service") => {
            (0, Value::Object(object))
        }
        None => {
            return Err(ScenarioError::WrongShape(
                "no \"version\" field".to_string(),
            ))
        }
    };
    from_value(scenario, version)
}

/// Reads the scenario object of an envelope of `version`: refuses a newer version,
/// migrates an older one, and sanitises the result. The saved state's reader uses it for
/// every scenario it holds, so saves, imports and links take one path.
pub fn from_value(scenario: Value, version: u64) -> Result<Scenario, ScenarioError> {
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ScenarioError::FutureVersion(version));
    }
    if !scenario.is_object() {
        return Err(ScenarioError::WrongShape(
            "\"scenario\" is not an object".to_string(),
        ));
    }
    let scenario = migrate(scenario, version)?;
    let mut scenario: Scenario =
        serde_json::from_value(scenario).map_err(|e| ScenarioError::WrongShape(e.to_string()))?;
    scenario.sanitize();
    Ok(scenario)
}

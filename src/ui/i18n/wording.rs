//! The wording of what the engine, the stored data and the presets hand the interface:
//! KPI names and explanations, n/a reasons, stage models and preset names, validation
//! problems, errors reading scenarios, saved data and links, and goal problems.

use super::load::{lookup, table};
use super::{en, t, tf, Key, Lang};
use crate::domain::goal::GoalProblem;
use crate::domain::kpi::{KpiId, NaReason};
use crate::domain::presets::StageModel;
use crate::domain::scenario::{ScenarioError, MAX_JSON_BYTES, SCHEMA_VERSION};
use crate::domain::validate::{Problem, MAX_STAGES};
use crate::state::saved::SavedError;
use crate::state::share::ShareError;

/// A KPI's name (English is the text of `ui::text::kpi_name`).
pub fn kpi_name(lang: Lang, id: KpiId) -> &'static str {
    lookup(lang, || en::kpi_name(id), |t| t.kpi_name(id))
}

/// A KPI's name as its abbreviation where it has one: "CAC" for "Customer acquisition
/// cost (CAC)". For the compact figure tables (the verdict, the workshop strip).
pub fn kpi_short_name(lang: Lang, id: KpiId) -> &'static str {
    let full = kpi_name(lang, id);
    full.strip_suffix(')')
        .and_then(|f| f.rsplit_once(" ("))
        .map_or(full, |(_, abbr)| abbr)
}

/// A KPI's one-line explanation.
pub fn kpi_explanation(lang: Lang, id: KpiId) -> &'static str {
    lookup(lang, || en::kpi_explanation(id), |t| t.kpi_explanation(id))
}

/// Why a value is not available, as a short lower-case phrase (after "n/a: ").
pub fn na_reason(lang: Lang, reason: NaReason) -> &'static str {
    lookup(lang, || en::na_reason(reason), |t| t.na_reason(reason))
}

/// "n/a: <reason>".
pub fn not_available(lang: Lang, reason: NaReason) -> String {
    tf(
        lang,
        Key::NotAvailableBecause,
        &[("reason", na_reason(lang, reason))],
    )
}

/// A stage model's name for the preset menu.
pub fn stage_model(lang: Lang, model: StageModel) -> &'static str {
    lookup(lang, || en::stage_model(model), |t| t.stage_model(model))
}

/// How many preset names `PRESET_NAMES` lists in every language: a fixed length makes a
/// missing or extra translation a compile error.
pub(crate) const PRESET_COUNT: usize = 35;

/// The translation of a name the presets give (stage names such as "Qualified lead",
/// the example funnels' and scenario's names), for the UI to rename what a preset loads.
/// `None` for any other text: names the user typed are never touched.
pub fn preset_name(lang: Lang, english: &str) -> Option<&'static str> {
    let index = en::PRESET_NAMES.iter().position(|n| *n == english)?;
    Some(match table(lang) {
        Some(t) => t.preset_name(index),
        None => en::PRESET_NAMES[index],
    })
}

/// The built-in example scenario with its funnel and stage names in `lang` and its
/// amounts in `currency` (`presets::priced`), for a first visit and "Reset to examples".
pub fn example_scenario(lang: Lang, currency: &str) -> crate::domain::scenario::Scenario {
    use crate::domain::presets::priced;
    let mut s = crate::domain::scenario::Scenario::default();
    s.digital = priced(s.digital, currency);
    s.service = priced(s.service, currency);
    for f in [&mut s.digital, &mut s.service] {
        if let Some(t) = preset_name(lang, &f.name) {
            f.name = t.to_string();
        }
        for stage in &mut f.stages {
            if let Some(t) = preset_name(lang, &stage.name) {
                stage.name = t.to_string();
            }
        }
    }
    s
}

/// A validation problem, worded for the field it sits next to.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    let key = match problem {
        Problem::Empty => Key::ProblemEmpty,
        Problem::NotANumber => Key::ProblemNotANumber,
        Problem::Ambiguous => Key::ProblemAmbiguous,
        Problem::Negative => Key::ProblemNegative,
        Problem::PercentOutOfRange => Key::ProblemPercentRange,
        Problem::TooLarge => Key::ProblemTooLarge,
        Problem::LargerThanPrevious { previous } => {
            let stage = (previous + 1).to_string();
            return tf(lang, Key::ProblemLargerThanPrevious, &[("stage", &stage)]);
        }
        Problem::ClicksAboveImpressions => Key::ProblemClicksAboveImpressions,
        Problem::StageCount => {
            let max = MAX_STAGES.to_string();
            return tf(lang, Key::ProblemStageCount, &[("max", &max)]);
        }
        Problem::RolesOutOfOrder => Key::ProblemRolesOutOfOrder,
        Problem::BelowOne => Key::ProblemBelowOne,
    };
    t(lang, key).to_string()
}

/// Why a JSON text is not a scenario. The parser's own detail (serde's message) stays in
/// English: it names JSON positions and types, not something we can translate.
pub fn scenario_error(lang: Lang, error: &ScenarioError) -> String {
    match error {
        ScenarioError::TooLarge { bytes } => tf(
            lang,
            Key::ScenarioTooLarge,
            &[
                ("size", &bytes.div_ceil(1024).to_string()),
                ("max", &(MAX_JSON_BYTES / 1024).to_string()),
            ],
        ),
        ScenarioError::NotJson(_) => t(lang, Key::ScenarioNotJson).into(),
        ScenarioError::WrongShape(detail) => {
            tf(lang, Key::ScenarioWrongShape, &[("detail", detail)])
        }
        ScenarioError::FutureVersion(v) => tf(
            lang,
            Key::ScenarioFutureVersion,
            &[
                ("version", &v.to_string()),
                ("max", &SCHEMA_VERSION.to_string()),
            ],
        ),
    }
}

/// Why saved data could not be read (lower case: it goes into a sentence).
pub fn saved_error(lang: Lang, error: &SavedError) -> String {
    match error {
        SavedError::NotJson => t(lang, Key::SavedNotJson).to_string(),
        SavedError::FromTheFuture(v) => tf(
            lang,
            Key::SavedFromTheFuture,
            &[("version", &v.to_string())],
        ),
        SavedError::WrongShape(detail) => tf(lang, Key::SavedWrongShape, &[("detail", detail)]),
    }
}

/// Why a share link could not be opened.
pub fn share_error(lang: Lang, error: &ShareError) -> String {
    match error {
        ShareError::TooLong => t(lang, Key::ShareTooLong).to_string(),
        ShareError::Malformed => t(lang, Key::ShareMalformed).to_string(),
        ShareError::Invalid(reason) => tf(lang, Key::ShareInvalid, &[("reason", reason)]),
    }
}

/// Why a goal cannot be planned. `stage_names` are the funnel's stages in order (for the
/// step that converts nobody); a missing name falls back to "Stage N".
pub fn goal_problem(lang: Lang, problem: GoalProblem, stage_names: &[&str]) -> String {
    let key = match problem {
        GoalProblem::ZeroStep(step) => {
            let name = |i: usize| {
                stage_names
                    .get(i)
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| tf(lang, Key::NewStageName, &[("n", &(i + 1).to_string())]))
            };
            let (from, to) = (name(step), name(step + 1));
            return tf(lang, Key::GoalZeroStep, &[("from", &from), ("to", &to)]);
        }
        GoalProblem::NoPrice => Key::GoalNoPrice,
        GoalProblem::NotSubscription => Key::GoalNotSubscription,
        GoalProblem::BadTarget => Key::GoalBadTarget,
        GoalProblem::OverCapacity => Key::GoalOverCapacity,
    };
    t(lang, key).to_string()
}

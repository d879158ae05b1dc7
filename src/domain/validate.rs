//! From what the user typed to a validated `Funnel`, plus one issue per field that is
//! wrong, each naming its field so the UI can show it next to that field.
//!
//! Validation never panics, whatever the input.

use super::model::{Funnel, FunnelInputs};

/// What is wrong with a field. The UI words each in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Empty,
    NotANumber,
    Negative,
    /// A percentage outside 0–100.
    PercentOutOfRange,
    /// Larger than any plausible funnel (above `MAX_AMOUNT`).
    TooLarge,
    /// A stage volume larger than the stage before it (index of that previous stage).
    /// A warning when the user accepted growth, else an error.
    LargerThanPrevious { previous: usize },
    /// Clicks above impressions.
    ClicksAboveImpressions,
    /// A funnel needs at least one stage (and at most `MAX_STAGES`).
    StageCount,
    /// Roles must point at stages, in the order lead ≤ opportunity ≤ customer.
    RolesOutOfOrder,
    /// A count that must be at least 1 (purchases, relationship months).
    BelowOne,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The funnel cannot be computed until this is fixed.
    Error,
    /// Computed anyway; the user is told.
    Warning,
}

/// One problem, tied to the field it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldIssue {
    /// The field's path within one funnel, the same as the input's `name` without the
    /// side prefix: `stages.2.volume`, `offer.price`, `top.clicks`, `roles`, `stages`.
    pub field: String,
    pub problem: Problem,
    pub severity: Severity,
}

/// The outcome of validation: the funnel when there is no error (warnings allowed), and
/// every issue found.
#[derive(Clone, Debug, PartialEq)]
pub struct Validation {
    pub funnel: Option<Funnel>,
    pub issues: Vec<FieldIssue>,
}

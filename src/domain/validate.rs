//! From what the user typed to a validated `Funnel`, plus one issue per field that is
//! wrong, each naming its field so the UI can show it next to that field.
//!
//! Validation never panics, whatever the input.

use super::model::{Billing, Funnel, FunnelInputs, Offer, Rate, Stage, Top};

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
    LargerThanPrevious {
        previous: usize,
    },
    /// Clicks above impressions.
    ClicksAboveImpressions,
    /// A funnel needs at least one stage (and at most `MAX_STAGES`).
    StageCount,
    /// Roles must point at stages, in the order lead ≤ opportunity ≤ customer.
    RolesOutOfOrder,
    /// A count that must be at least 1 (purchases, relationship months).
    BelowOne,
    /// One comma or dot followed by exactly three digits (`4,000`, `1.500`): thousands in
    /// English, a decimal in Polish and Russian. Read either way it would silently be a
    /// thousand times off for some reader, so it is asked about instead.
    Ambiguous,
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

/// The largest amount any field accepts. Anything above is a typo or a test of the
/// calculator, and keeping amounts below it keeps every product in a report finite.
pub const MAX_AMOUNT: f64 = 1e12;

/// The most stages a funnel may have; more would not fit any chart and is surely a mistake.
pub const MAX_STAGES: usize = 30;

impl Problem {
    /// The stable key of the problem, used for translation lookups and tests.
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::NotANumber => "not_a_number",
            Problem::Ambiguous => "ambiguous",
            Problem::Negative => "negative",
            Problem::PercentOutOfRange => "percent_out_of_range",
            Problem::TooLarge => "too_large",
            Problem::LargerThanPrevious { .. } => "larger_than_previous",
            Problem::ClicksAboveImpressions => "clicks_above_impressions",
            Problem::StageCount => "stage_count",
            Problem::RolesOutOfOrder => "roles_out_of_order",
            Problem::BelowOne => "below_one",
        }
    }

    /// Plain English, the fallback text shown next to the field.
    pub fn english(&self) -> String {
        match self {
            Problem::Empty => "Required: enter a number".to_string(),
            Problem::NotANumber => "Enter a number".to_string(),
            Problem::Ambiguous => {
                "Thousands or a decimal? Write 4000 (or 4 000) for thousands, 4.5 for a decimal"
                    .to_string()
            }
            Problem::Negative => "Must not be negative".to_string(),
            Problem::PercentOutOfRange => "Must be between 0 and 100%".to_string(),
            Problem::TooLarge => "Too large: at most 1,000,000,000,000".to_string(),
            Problem::LargerThanPrevious { previous } => format!(
                "Larger than the stage before it (stage {}); tick \"accept growth\" if that is intended",
                previous + 1
            ),
            Problem::ClicksAboveImpressions => "More clicks than impressions".to_string(),
            Problem::StageCount => format!("A funnel needs 1 to {MAX_STAGES} stages"),
            Problem::RolesOutOfOrder => {
                "The lead, opportunity and customer stages must exist and come in that order"
                    .to_string()
            }
            Problem::BelowOne => "Must be at least 1".to_string(),
        }
    }
}

impl Validation {
    /// True when the funnel cannot be computed.
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }

    /// The issues of one field (`stages.2.volume`), errors and warnings alike.
    pub fn issues_for<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a FieldIssue> + 'a {
        self.issues.iter().filter(move |i| i.field == field)
    }
}

/// Characters people type to group thousands: space, no-break space, narrow no-break space.
fn is_grouping(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}')
}

/// True when `parts` (split at a separator that occurs more than once) reads as
/// thousands grouping: a first group of 1–3 digits and every later group of exactly 3.
fn is_thousands_grouping(parts: &[&str]) -> bool {
    let all_digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    match parts.split_first() {
        Some((first, rest)) => {
            (1..=3).contains(&first.len())
                && all_digits(first)
                && rest.iter().all(|p| p.len() == 3 && all_digits(p))
        }
        None => false,
    }
}

/// A percentage as typed, without its sign: "90%" and "12,5 %" are 90 and 12,5.
fn without_percent_sign(text: &str) -> &str {
    let t = text.trim();
    t.strip_suffix('%').map_or(t, str::trim_end)
}

/// Currency signs and codes people type with an amount, before or after it.
const CURRENCY: [&str; 13] = [
    "$", "€", "£", "₽", "zł", "zl", "PLN", "USD", "EUR", "GBP", "RUB", "руб.", "руб",
];

/// An amount of money as typed, without a currency sign or code before or after it:
/// "$39", "39 zł", "EUR 1 500" read as 39, 39 and 1 500.
fn without_currency(text: &str) -> &str {
    let t = text.trim();
    for sign in CURRENCY {
        if let Some(rest) = t.strip_prefix(sign).or_else(|| t.strip_suffix(sign)) {
            return rest.trim();
        }
    }
    t
}

/// Parses a number as people type it in English, Polish or Russian: `1 250,50`,
/// `1,250.50`, `1.250,50`, `-3`, `+0.5`.
///
/// A comma or a dot is the decimal separator. When both occur, the last one is the decimal
/// separator and the other groups thousands. When one of them occurs several times it can
/// only be grouping (`1,000,000`), so it is accepted only in groups of three digits. A
/// single separator is decimal (`1,5`, `12.25`), except where it could as well group
/// thousands (`4,000`: 4000 to an English reader, 4 to a Polish one), which is refused as
/// `Problem::Ambiguous` rather than read a thousand times off. Spaces,
/// no-break spaces and narrow no-break spaces group thousands anywhere. Exponents,
/// currency signs and units are rejected so that a stray letter never passes unnoticed.
/// The sign is kept: range checks are the caller's, so that "−5" can be reported as
/// negative rather than as not a number.
pub fn parse_number(s: &str) -> Result<f64, Problem> {
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    // U+2212 is the typographic minus that word processors and some locales produce.
    let (negative, body) = if let Some(rest) = trimmed
        .strip_prefix('-')
        .or_else(|| trimmed.strip_prefix('\u{2212}'))
    {
        (true, rest)
    } else if let Some(rest) = trimmed.strip_prefix('+') {
        (false, rest)
    } else {
        (false, trimmed)
    };
    let compact: String = body.chars().filter(|&c| !is_grouping(c)).collect();
    if compact.is_empty()
        || !compact
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(Problem::NotANumber);
    }
    let commas = compact.matches(',').count();
    let dots = compact.matches('.').count();
    let normalized = if commas > 0 && dots > 0 {
        // Both present: the one that comes last is the decimal separator and may occur once.
        let last_comma = compact.rfind(',').unwrap_or(0);
        let last_dot = compact.rfind('.').unwrap_or(0);
        let (decimal, grouping, decimal_count) = if last_comma > last_dot {
            (',', '.', commas)
        } else {
            ('.', ',', dots)
        };
        if decimal_count != 1 {
            return Err(Problem::NotANumber);
        }
        let (int_part, frac_part) = compact.split_once(decimal).unwrap_or((&compact, ""));
        let groups: Vec<&str> = int_part.split(grouping).collect();
        if !is_thousands_grouping(&groups) {
            return Err(Problem::NotANumber);
        }
        format!("{}.{}", groups.concat(), frac_part)
    } else if commas + dots == 1 {
        let (int_part, frac_part) = compact.split_once([',', '.']).unwrap_or((&compact, ""));
        // "0,125" and "12345,678" can only be decimals; "4,000" could be either.
        let could_group =
            (1..=3).contains(&int_part.len()) && !int_part.starts_with('0') && frac_part.len() == 3;
        if could_group {
            return Err(Problem::Ambiguous);
        }
        compact.replace(',', ".")
    } else if commas + dots > 1 {
        let sep = if commas > 0 { ',' } else { '.' };
        let groups: Vec<&str> = compact.split(sep).collect();
        if !is_thousands_grouping(&groups) {
            return Err(Problem::NotANumber);
        }
        groups.concat()
    } else {
        compact
    };
    // A lone separator ("." or ",") has no digit at all.
    if !normalized.chars().any(|c| c.is_ascii_digit()) {
        return Err(Problem::NotANumber);
    }
    let magnitude = super::float::parse_f64(&normalized).ok_or(Problem::NotANumber)?;
    if !magnitude.is_finite() {
        return Err(Problem::TooLarge);
    }
    // Adding 0.0 turns −0 into +0, so "-0" never shows up as "−0" anywhere.
    Ok(if negative {
        -magnitude + 0.0
    } else {
        magnitude + 0.0
    })
}

/// Collects issues while the fields are read one by one.
struct Checker {
    issues: Vec<FieldIssue>,
}

impl Checker {
    fn push(&mut self, field: &str, problem: Problem, severity: Severity) {
        self.issues.push(FieldIssue {
            field: field.to_string(),
            problem,
            severity,
        });
    }

    fn error(&mut self, field: &str, problem: Problem) {
        self.push(field, problem, Severity::Error);
    }

    /// A number that is not negative; `None` when the field is empty. Errors are
    /// recorded; the result is then `Err(())` so callers can skip later checks.
    fn non_negative(&mut self, field: &str, text: &str) -> Result<Option<f64>, ()> {
        match parse_number(text) {
            Err(Problem::Empty) => Ok(None),
            Err(problem) => {
                self.error(field, problem);
                Err(())
            }
            Ok(v) if v < 0.0 => {
                self.error(field, Problem::Negative);
                Err(())
            }
            Ok(v) => Ok(Some(v)),
        }
    }

    /// A non-negative amount up to `MAX_AMOUNT`; `None` when the field is empty.
    fn amount(&mut self, field: &str, text: &str) -> Result<Option<f64>, ()> {
        match self.non_negative(field, text)? {
            Some(v) if v > MAX_AMOUNT => {
                self.error(field, Problem::TooLarge);
                Err(())
            }
            v => Ok(v),
        }
    }

    /// A required amount: empty is an error.
    fn required_amount(&mut self, field: &str, text: &str) -> Result<f64, ()> {
        match self.amount(field, text)? {
            Some(v) => Ok(v),
            None => {
                self.error(field, Problem::Empty);
                Err(())
            }
        }
    }

    /// An optional amount: empty reads as `default`.
    fn optional_amount(&mut self, field: &str, text: &str, default: f64) -> Result<f64, ()> {
        Ok(self.amount(field, text)?.unwrap_or(default))
    }

    /// A percentage 0–100 turned into a rate; `None` when empty.
    fn percent(&mut self, field: &str, text: &str) -> Result<Option<Rate>, ()> {
        let Some(v) = self.non_negative(field, without_percent_sign(text))? else {
            return Ok(None);
        };
        match Rate::from_percent(v) {
            Some(rate) => Ok(Some(rate)),
            None => {
                self.error(field, Problem::PercentOutOfRange);
                Err(())
            }
        }
    }

    fn required_percent(&mut self, field: &str, text: &str) -> Result<Rate, ()> {
        match self.percent(field, text)? {
            Some(rate) => Ok(rate),
            None => {
                self.error(field, Problem::Empty);
                Err(())
            }
        }
    }

    /// A required count of at least one (purchases, months).
    fn required_at_least_one(&mut self, field: &str, text: &str) -> Result<f64, ()> {
        let v = self.required_amount(field, text)?;
        if v < 1.0 {
            self.error(field, Problem::BelowOne);
            return Err(());
        }
        Ok(v)
    }
}

/// Checks every field of one funnel and, when nothing is an error, builds the `Funnel`.
///
/// Every field is checked even after the first error so that the user sees all problems at
/// once. Fields that do not apply to the chosen billing (churn for one-time billing,
/// purchases and relationship length for subscriptions) are not checked, because the UI
/// hides them; the funnel then carries neutral values (churn 0, one purchase, one month).
pub fn validate(inputs: &FunnelInputs) -> Validation {
    let mut c = Checker { issues: Vec::new() };

    if inputs.stages.is_empty() || inputs.stages.len() > MAX_STAGES {
        c.error("stages", Problem::StageCount);
    }

    let mut stages = Vec::with_capacity(inputs.stages.len());
    let mut previous_volume: Option<f64> = None;
    for (i, s) in inputs.stages.iter().enumerate() {
        let volume = c.required_amount(&format!("stages.{i}.volume"), &s.volume);
        if let (Ok(v), Some(prev)) = (volume, previous_volume) {
            if v > prev {
                let severity = if inputs.accept_growth {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                c.push(
                    &format!("stages.{i}.volume"),
                    Problem::LargerThanPrevious { previous: i - 1 },
                    severity,
                );
            }
        }
        // Only the direct predecessor is compared: after an unreadable stage there is
        // nothing to compare with, and that stage already carries its own error.
        previous_volume = volume.ok();
        let cost = c.optional_amount(&format!("stages.{i}.cost"), without_currency(&s.cost), 0.0);
        let days = c.optional_amount(&format!("stages.{i}.days"), &s.days, 0.0);
        let benchmark = c.percent(&format!("stages.{i}.benchmark"), &s.benchmark);
        if let (Ok(volume), Ok(cost), Ok(days), Ok(benchmark)) = (volume, cost, days, benchmark) {
            let name = s.name.trim();
            stages.push(Stage {
                // A blank name would leave an unlabeled bar in the charts.
                name: if name.is_empty() {
                    format!("Stage {}", i + 1)
                } else {
                    name.to_string()
                },
                volume,
                cost,
                cost_kind: s.cost_kind,
                days,
                benchmark,
            });
        }
    }

    let roles = inputs.roles;
    let n = inputs.stages.len();
    if n > 0
        && !(roles.customer < n
            && roles.lead <= roles.opportunity
            && roles.opportunity <= roles.customer)
    {
        c.error("roles", Problem::RolesOutOfOrder);
    }

    let o = &inputs.offer;
    let price = c.required_amount("offer.price", without_currency(&o.price));
    let margin = c.required_percent("offer.margin_pct", &o.margin_pct);
    let (churn, purchases, months) = match o.billing {
        Billing::Monthly => (
            c.required_percent("offer.churn_pct", &o.churn_pct),
            Ok(1.0),
            Ok(1.0),
        ),
        Billing::OneTime => (
            Ok(Rate::ZERO),
            c.required_at_least_one("offer.purchases", &o.purchases),
            c.required_at_least_one("offer.relationship_months", &o.relationship_months),
        ),
    };

    let t = &inputs.top;
    let top = if [&t.impressions, &t.clicks, &t.ad_spend]
        .iter()
        .all(|f| f.trim().is_empty())
    {
        Ok(None)
    } else {
        let impressions = c.optional_amount("top.impressions", &t.impressions, 0.0);
        let clicks = c.optional_amount("top.clicks", &t.clicks, 0.0);
        let ad_spend = c.optional_amount("top.ad_spend", without_currency(&t.ad_spend), 0.0);
        if let (Ok(impressions), Ok(clicks)) = (impressions, clicks) {
            // Only a warning: impressions are often copied from another report or period.
            // Without impressions typed there is nothing to contradict, so no warning.
            if clicks > impressions && !t.impressions.trim().is_empty() {
                c.push(
                    "top.clicks",
                    Problem::ClicksAboveImpressions,
                    Severity::Warning,
                );
            }
        }
        match (impressions, clicks, ad_spend) {
            (Ok(impressions), Ok(clicks), Ok(ad_spend)) => Ok(Some(Top {
                impressions,
                clicks,
                ad_spend,
            })),
            _ => Err(()),
        }
    };

    let fixed_cost = c.optional_amount("fixed_cost", without_currency(&inputs.fixed_cost), 0.0);
    let capacity = c.amount("capacity", &inputs.capacity);
    let referral = c.percent("referral_pct", &inputs.referral_pct);

    let has_error = c.issues.iter().any(|i| i.severity == Severity::Error);
    let funnel = match (
        has_error, price, margin, churn, purchases, months, top, fixed_cost, capacity, referral,
    ) {
        (
            false,
            Ok(price),
            Ok(margin),
            Ok(churn),
            Ok(purchases),
            Ok(relationship_months),
            Ok(top),
            Ok(fixed_cost),
            Ok(capacity),
            Ok(referral),
        ) if stages.len() == n => Some(Funnel {
            kind: inputs.kind,
            stages,
            roles,
            offer: Offer {
                price,
                billing: o.billing,
                margin,
                churn,
                purchases,
                relationship_months,
            },
            top,
            fixed_cost,
            capacity,
            referral,
        }),
        _ => None,
    };
    Validation {
        funnel,
        issues: c.issues,
    }
}

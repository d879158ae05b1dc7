//! Numbers, money and percentages in the reader's language and currency, written by the
//! app's one formatter (`domain::numbers`) with the language's separators and templates,
//! the same that the charts use. Not `Intl.NumberFormat`: one pure formatter for tables
//! and charts, natively tested, where two formatters rounded differently.

use std::sync::Arc;

use super::i18n::{self, with_unit, Lang};
use crate::charts::ChartLabels;
use crate::domain::kpi::{Kpi, Unit};
use crate::domain::numbers::{money_decimals, Notation};

/// The language and currency numbers are shown in, with the language's chart labels
/// (whose separators, percent and money templates every number uses). The labels are
/// shared, not copied: every cell reads the style.
#[derive(Clone, Debug)]
pub struct NumberStyle {
    pub lang: Lang,
    pub currency: String,
    pub labels: Arc<ChartLabels>,
}

impl NumberStyle {
    pub fn new(lang: Lang, currency: &str) -> NumberStyle {
        NumberStyle {
            lang,
            currency: currency.to_string(),
            labels: Arc::new(i18n::chart_labels_in(lang, currency)),
        }
    }

    pub fn notation(&self) -> Notation<'_> {
        self.labels.notation()
    }
}

/// The labels follow from the language and the currency: comparing those is enough, and
/// comparing the labels' dozens of texts cost wasm and time at every change.
impl PartialEq for NumberStyle {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && self.currency == other.currency
    }
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle::new(Lang::En, "USD")
    }
}

/// A figure's raw number for its `data-value` hook: Rust's shortest exact form, empty
/// when the figure is n/a.
pub fn raw_value(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub fn number(ns: &NumberStyle, value: f64) -> String {
    ns.notation().number(value)
}

pub fn count(ns: &NumberStyle, value: f64) -> String {
    ns.notation().count(value)
}

/// An amount standing alone (not in a column of amounts).
pub fn money(ns: &NumberStyle, value: f64) -> String {
    ns.notation().money_alone(value)
}

/// A share (0.123) as a percentage ("12.3%", "12,3 %").
pub fn percent(ns: &NumberStyle, share: f64) -> String {
    ns.notation().percent(share)
}

/// A KPI value with its unit in the reader's language, or `None` when not available.
/// `money_digits` are the decimals of the column the value stands in
/// (`domain::numbers::money_decimals`); `None` for a value standing alone.
pub fn kpi_in(
    ns: &NumberStyle,
    lang: Lang,
    value: Kpi,
    unit: Unit,
    money_digits: Option<usize>,
) -> Option<String> {
    let v = value.value()?;
    let n = ns.notation();
    let cash = |v: f64| n.money(v, money_digits.unwrap_or_else(|| money_decimals([v])));
    Some(match unit {
        Unit::Percent => n.percent(v),
        Unit::Money => cash(v),
        Unit::Count => n.count(v),
        Unit::Ratio | Unit::Months => with_unit(lang, unit, v, &n.number(v)),
        Unit::Days => with_unit(lang, unit, v.round(), &n.count(v.round())),
        Unit::MoneyPerDay => with_unit(lang, unit, v, &cash(v)),
    })
}

/// A KPI value standing alone.
pub fn kpi(ns: &NumberStyle, lang: Lang, value: Kpi, unit: Unit) -> Option<String> {
    kpi_in(ns, lang, value, unit, None)
}

/// The decimals of a column of KPI values: its money ones share [`money_decimals`].
pub fn column_digits(values: impl IntoIterator<Item = (Unit, Kpi)>) -> usize {
    money_decimals(values.into_iter().filter_map(|(u, k)| {
        matches!(u, Unit::Money | Unit::MoneyPerDay)
            .then(|| k.value())
            .flatten()
    }))
}

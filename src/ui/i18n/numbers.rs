//! How each language writes numbers: units after a figure, the chart labels (separators,
//! percent, money), the CSV dialect, and where and how a currency goes.

use super::load::lookup;
use super::{count_phrase, en, t, tf, Key, Lang, Noun};
use crate::charts::ChartLabels;
use crate::domain::kpi::Unit;

/// A formatted KPI number with its unit: "3.2 : 1", "4.5 mo", "12 d", "$120/d".
/// Percentages, money and counts are returned as formatted. Polish days take the noun's
/// plural form ("1 dzień", "12 dni"): Polish has no short abbreviation for days that does
/// not vary, unlike "мес." / "дн." / "mies.".
pub fn with_unit(lang: Lang, unit: Unit, value: f64, formatted: &str) -> String {
    let key = match unit {
        Unit::Ratio => Key::UnitRatio,
        Unit::Months => Key::UnitMonths,
        Unit::Days => match lang {
            Lang::Pl => return count_phrase(lang, value, Noun::Day, formatted),
            Lang::En | Lang::Ru => Key::UnitDays,
        },
        Unit::MoneyPerDay => Key::UnitPerDay,
        Unit::Percent | Unit::Money | Unit::Count => return formatted.to_string(),
    };
    tf(lang, key, &[("n", formatted)])
}

/// The chart labels of `lang`. `money` is "{n}": add the currency with [`money_template`]
/// (charts format whole units without a symbol otherwise).
pub fn chart_labels(lang: Lang) -> ChartLabels {
    lookup(lang, en::chart_labels, |t| t.chart_labels())
}

/// The chart labels of `lang` with the money template of `currency`: what every number
/// of the app is written with (`ui::format`).
pub fn chart_labels_in(lang: Lang, currency: &str) -> ChartLabels {
    ChartLabels {
        money: money_template(lang, currency_symbol(lang, currency)),
        ..chart_labels(lang)
    }
}

/// The CSV separators `lang`'s spreadsheets expect: its `CsvSeparator` text and its
/// decimal separator.
pub fn csv_dialect(lang: Lang) -> crate::state::csv::CsvDialect {
    crate::state::csv::CsvDialect {
        separator: t(lang, Key::CsvSeparator).chars().next().unwrap_or(','),
        decimal_sep: lang.decimal_sep(),
    }
}

/// How `lang` writes a currency beside an amount, as `Intl.NumberFormat`'s "symbol"
/// display does in en-US, pl-PL and ru-RU: a sign where the language's readers know it,
/// else the ISO code (an unknown or edited code is shown as it is, never refused).
pub fn currency_symbol(lang: Lang, code: &str) -> &str {
    let signs: &[(&str, &'static str)] = match lang {
        Lang::En => &[("EUR", "€"), ("USD", "$"), ("GBP", "£")],
        Lang::Pl => &[("EUR", "€"), ("PLN", "zł")],
        Lang::Ru => &[("EUR", "€"), ("USD", "$"), ("GBP", "£"), ("RUB", "₽")],
    };
    signs
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, sign)| sign)
}

/// A money template for `ChartLabels::money` with the currency where the language puts
/// it: before the number in English ("$12,000", and "PLN 12,000" with a no-break space
/// for a letter code, as Intl writes it), after a no-break space in Polish and Russian
/// ("12 000 zł", "12 000 ₽").
pub fn money_template(lang: Lang, symbol: &str) -> String {
    match lang {
        // Intl separates a letter code from the number ("PLN 12") but not a sign ("$12").
        Lang::En if symbol.chars().all(|c| c.is_ascii_alphabetic()) => {
            format!("{symbol}\u{a0}{{n}}")
        }
        Lang::En => format!("{symbol}{{n}}"),
        Lang::Pl | Lang::Ru => format!("{{n}}\u{a0}{symbol}"),
    }
}

//! Plural categories (CLDR's rules for the three languages, in plain Rust), the nouns
//! that follow a count, and the count phrases made of them.

use super::load::lookup;
use super::{en, Lang};

/// CLDR plural categories used by English, Polish and Russian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Plural {
    fn index(self) -> usize {
        match self {
            Plural::One => 0,
            Plural::Few => 1,
            Plural::Many => 2,
            Plural::Other => 3,
        }
    }
}

/// The CLDR plural rule in plain Rust (the reference for tests, and the fallback).
///
/// The sign does not matter. A number with a fraction (`v ≠ 0` in CLDR terms) is
/// `Other` in all three languages ("1,5 klienta", "1,5 клиента", "1.5 customers").
/// Integers: English one for 1, else other. Polish: one for 1; few when it ends in 2–4
/// but not 12–14; else many (0, 5–21, 25, 111…). Russian: one when it ends in 1 but not
/// 11 (1, 21, 101); few when it ends in 2–4 but not 12–14; else many.
pub fn plural_rule(lang: Lang, n: f64) -> Plural {
    let n = n.abs();
    if !n.is_finite() || n.fract() != 0.0 {
        return Plural::Other;
    }
    // Saturates for huge values, whose last digits no UI number shows anyway.
    let i = n as u64;
    let (d10, d100) = (i % 10, i % 100);
    let few = (2..=4).contains(&d10) && !(12..=14).contains(&d100);
    match lang {
        Lang::En if i == 1 => Plural::One,
        Lang::En => Plural::Other,
        Lang::Pl if i == 1 => Plural::One,
        Lang::Pl if few => Plural::Few,
        Lang::Pl => Plural::Many,
        Lang::Ru if d10 == 1 && d100 != 11 => Plural::One,
        Lang::Ru if few => Plural::Few,
        Lang::Ru => Plural::Many,
    }
}

/// The plural category of `n`. The rules of our three languages are short and fixed
/// ([`plural_rule`], checked against CLDR's examples in `tests/i18n_plurals.rs`), so the
/// app uses them on wasm too rather than the browser's `Intl.PluralRules`, whose binding
/// and per-language cache cost more wasm than the rules (issue 7's size budget).
pub fn plural_category(lang: Lang, n: f64) -> Plural {
    plural_rule(lang, n)
}

/// Nouns that follow a count in the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Noun {
    Customer,
    Day,
    Month,
    Stage,
    Lead,
    Scenario,
}

impl Noun {
    pub const ALL: [Noun; 6] = [
        Noun::Customer,
        Noun::Day,
        Noun::Month,
        Noun::Stage,
        Noun::Lead,
        Noun::Scenario,
    ];
}

/// The noun's nominative form for a plural category.
pub fn noun_form(lang: Lang, noun: Noun, plural: Plural) -> &'static str {
    let forms = lookup(lang, || en::noun(noun), |t| t.noun(noun));
    forms[plural.index()]
}

/// A count and its noun in the nominative: "1 customer", "2 klienci", "5 клиентов",
/// "1,5 klienta". `formatted` is `n` as shown (from `ui::format`); the form follows what
/// is shown, not the raw value: 1.04 shown as "1" is "1 klient", 2 shown as "2,0" is
/// "2,0 klienta". A fraction is recognised by the language's decimal separator followed
/// by a digit; when `formatted` shows no digit at all, the raw `n` decides.
pub fn count_phrase(lang: Lang, n: f64, noun: Noun, formatted: &str) -> String {
    let plural = if !formatted.chars().any(|c| c.is_ascii_digit()) {
        plural_category(lang, n)
    } else if shows_fraction(lang, formatted) {
        Plural::Other
    } else {
        plural_category(lang, n.round())
    };
    format!("{formatted} {}", noun_form(lang, noun, plural))
}

fn shows_fraction(lang: Lang, formatted: &str) -> bool {
    let sep = lang.decimal_sep();
    let mut chars = formatted.chars().peekable();
    while let Some(c) = chars.next() {
        if c == sep && chars.peek().is_some_and(char::is_ascii_digit) {
            return true;
        }
    }
    false
}

//! The interface in English, Polish and Russian: every label, message, KPI text and chart
//! label, plural forms, and the choice of language.
//!
//! No i18n crate: the widget has a strict wasm size budget and `leptos_i18n` or `fluent`
//! would cost 30–60 KB. English is one `match` per table in `en.rs` returning
//! `&'static str`, so a missing English text is a compile error (the matches are
//! exhaustive). Polish and Russian live in `pl.txt` and `ru.txt` and are fetched only
//! when a reader needs them ([`table`], [`load`]); until a table is here, lookups fall
//! back to English. A test checks that each file has every entry, in order. Plural
//! categories follow CLDR's rules for the three languages, written in plain Rust.
//!
//! Messages with parameters are templates with `{name}` placeholders, filled by [`fill`]
//! in one pass, so user text that contains `{name}` is never expanded a second time.
//! Every template documents its placeholders on its [`Key`]; a test checks that the
//! Polish and Russian templates use exactly the English placeholders.
//!
//! Sentences avoid putting a number before a noun whose form depends on it ("5 customers"
//! needs three forms in Polish and Russian): where a count meets a noun, the template takes
//! a whole phrase from [`count_phrase`] (nominative), or puts the number after a colon.
//!
//! The files: `keys.rs` names every text ([`Key`]), `en.rs` holds the English ones and
//! `table.rs` reads the others; `load.rs` picks the language and gets its table;
//! `wording.rs` words what the engine and the stored data report; `numbers.rs` writes
//! units, separators and currencies; `plural.rs` has the plural rules and count phrases.
//! The README's "Adding a language" lists what a new language touches.

mod en;
mod keys;
mod load;
mod numbers;
mod plural;
pub mod table;
mod wording;

pub use keys::Key;
pub use load::{is_loaded, load, navigator_languages};
pub use numbers::{
    chart_labels, chart_labels_in, csv_dialect, currency_symbol, money_template, with_unit,
};
pub use plural::{count_phrase, noun_form, plural_category, plural_rule, Noun, Plural};
pub(crate) use wording::PRESET_COUNT;
pub use wording::{
    example_scenario, goal_problem, kpi_explanation, kpi_name, kpi_short_name, na_reason,
    not_available, preset_name, problem, saved_error, scenario_error, share_error, stage_model,
};

use load::lookup;

/// Declares `Lang` and `Lang::ALL` from one list, so `ALL` (the language menu, the code
/// lookup, the tests that go through every language) cannot miss a language.
macro_rules! langs {
    ($($name:ident,)*) => {
        /// An interface language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($name,)*
        }

        impl Lang {
            /// In the order the language menu lists them.
            pub const ALL: [Lang; [$(Lang::$name,)*].len()] = [$(Lang::$name,)*];
        }
    };
}

langs! {
    En,
    Pl,
    Ru,
}

impl Lang {
    /// The stable code kept in `Prefs::lang` and put in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Ru => "ru",
        }
    }

    /// The locale numbers, money and plurals are formatted in.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Pl => "pl-PL",
            Lang::Ru => "ru-RU",
        }
    }

    /// The language's name in itself, for the language menu (a reader who cannot read the
    /// current language must still find their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "Polski",
            Lang::Ru => "Русский",
        }
    }

    /// The character that separates decimals in this language's numbers.
    pub fn decimal_sep(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Pl | Lang::Ru => ',',
        }
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    lookup(lang, || en::text(key), |t| t.text(key))
}

/// The template of `key` in `lang`, filled with `args` (see [`fill`]).
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(t(lang, key), args)
}

/// Fills `{name}` placeholders in one pass: a value that itself contains `{name}` (a
/// scenario or stage name typed by the user) is copied as it is, never expanded.
/// A placeholder without a value stays in the text, so a missing argument is visible.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    crate::charts::fill(template, args)
}

//! Plural categories (CLDR rules for English, Polish and Russian), count phrases, and
//! picking the language from a code or the browser's list.
#![cfg(not(target_arch = "wasm32"))]

use funnel::ui::i18n::{count_phrase, noun_form, plural_rule, Lang, Noun, Plural};
use Plural::{Few, Many, One, Other};

/// CLDR's examples of each language's plural categories. A match, so that a new language
/// does not build until its rule has examples to be checked against.
fn cldr_examples(lang: Lang) -> &'static [(f64, Plural)] {
    match lang {
        Lang::En => &[
            (0.0, Other),
            (1.0, One),
            (2.0, Other),
            (21.0, Other),
            (1.5, Other),
        ],
        Lang::Pl => &[
            (0.0, Many),
            (1.0, One),
            (2.0, Few),
            (4.0, Few),
            (5.0, Many),
            (11.0, Many),
            (12.0, Many),
            (14.0, Many),
            (21.0, Many),
            (22.0, Few),
            (25.0, Many),
            (101.0, Many),
            (102.0, Few),
            (111.0, Many),
            (112.0, Many),
            (1.5, Other),
            (0.5, Other),
            (-2.0, Few),
        ],
        Lang::Ru => &[
            (0.0, Many),
            (1.0, One),
            (2.0, Few),
            (4.0, Few),
            (5.0, Many),
            (11.0, Many),
            (12.0, Many),
            (14.0, Many),
            (21.0, One),
            (22.0, Few),
            (25.0, Many),
            (101.0, One),
            (111.0, Many),
            (1.5, Other),
            (-21.0, One),
        ],
    }
}

#[test]
fn plural_rules_follow_cldr_examples() {
    for lang in Lang::ALL {
        for &(n, expected) in cldr_examples(lang) {
            assert_eq!(plural_rule(lang, n), expected, "{lang:?} {n}");
        }
    }
}

#[test]
fn non_finite_numbers_do_not_panic() {
    for lang in Lang::ALL {
        assert_eq!(plural_rule(lang, f64::NAN), Other);
        assert_eq!(plural_rule(lang, f64::INFINITY), Other);
        assert!(!count_phrase(lang, 1e300, Noun::Lead, "1e300").is_empty());
    }
}

#[test]
fn customer_phrases() {
    let cases = [
        (Lang::En, 1.0, "1", "1 customer"),
        (Lang::En, 5.0, "5", "5 customers"),
        (Lang::En, 1.5, "1.5", "1.5 customers"),
        (Lang::Pl, 1.0, "1", "1 klient"),
        (Lang::Pl, 2.0, "2", "2 klienci"),
        (Lang::Pl, 5.0, "5", "5 klientów"),
        (Lang::Pl, 22.0, "22", "22 klienci"),
        (Lang::Pl, 1.5, "1,5", "1,5 klienta"),
        (Lang::Ru, 1.0, "1", "1 клиент"),
        (Lang::Ru, 2.0, "2", "2 клиента"),
        (Lang::Ru, 5.0, "5", "5 клиентов"),
        (Lang::Ru, 21.0, "21", "21 клиент"),
        (Lang::Ru, 1.5, "1,5", "1,5 клиента"),
    ];
    for (lang, n, shown, expected) in cases {
        assert_eq!(count_phrase(lang, n, Noun::Customer, shown), expected);
    }
}

#[test]
fn the_form_follows_the_number_as_shown() {
    // 1.04 shown without decimals reads "1": singular.
    assert_eq!(
        count_phrase(Lang::Ru, 1.04, Noun::Customer, "1"),
        "1 клиент"
    );
    // 2 shown as "2,0" is a fraction to the reader.
    assert_eq!(
        count_phrase(Lang::Pl, 2.0, Noun::Customer, "2,0"),
        "2,0 klienta"
    );
    // Grouping separators are not decimals: "1,000" in English, "1 000" in Polish.
    assert_eq!(
        count_phrase(Lang::En, 1000.0, Noun::Lead, "1,000"),
        "1,000 leads"
    );
    assert_eq!(
        count_phrase(Lang::Pl, 1002.0, Noun::Lead, "1\u{a0}002"),
        "1\u{a0}002 leady"
    );
    assert_eq!(count_phrase(Lang::Ru, 1.0, Noun::Day, "один"), "один день");
}

#[test]
fn every_noun_has_four_forms() {
    for lang in Lang::ALL {
        for noun in Noun::ALL {
            for p in [One, Few, Many, Other] {
                assert!(
                    !noun_form(lang, noun, p).is_empty(),
                    "{lang:?} {noun:?} {p:?}"
                );
            }
        }
    }
    let days: Vec<_> = [1.0, 3.0, 5.0, 0.5]
        .into_iter()
        .map(|n| count_phrase(Lang::Ru, n, Noun::Day, &n.to_string().replace('.', ",")))
        .collect();
    assert_eq!(days, ["1 день", "3 дня", "5 дней", "0,5 дня"]);
    let months: Vec<_> = [1.0, 3.0, 12.0]
        .into_iter()
        .map(|n| count_phrase(Lang::Pl, n, Noun::Month, &n.to_string()))
        .collect();
    assert_eq!(months, ["1 miesiąc", "3 miesiące", "12 miesięcy"]);
    assert_eq!(count_phrase(Lang::Pl, 3.0, Noun::Stage, "3"), "3 etapy");
    assert_eq!(
        count_phrase(Lang::Ru, 3.0, Noun::Scenario, "3"),
        "3 сценария"
    );
}

#[test]
fn language_from_a_code() {
    assert_eq!(Lang::from_code("pl"), Some(Lang::Pl));
    assert_eq!(Lang::from_code("pl-PL"), Some(Lang::Pl));
    assert_eq!(Lang::from_code("ru_RU"), Some(Lang::Ru));
    assert_eq!(Lang::from_code("RU"), Some(Lang::Ru));
    assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_code(" en "), Some(Lang::En));
    assert_eq!(Lang::from_code("de-DE"), None);
    assert_eq!(Lang::from_code("plx"), None);
    assert_eq!(Lang::from_code(""), None);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(Lang::from_code(lang.locale()), Some(lang));
    }
}

#[test]
fn language_from_the_browser() {
    let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        Lang::from_navigator(&list(&["de-DE", "ru-RU", "en"])),
        Lang::Ru
    );
    assert_eq!(Lang::from_navigator(&list(&["pl", "en-US"])), Lang::Pl);
    assert_eq!(Lang::from_navigator(&list(&["fr", "uk"])), Lang::En);
    assert_eq!(Lang::from_navigator(&[]), Lang::En);
    // A saved choice wins over the browser; an unreadable one does not count.
    assert_eq!(Lang::resolve(Some("ru"), &list(&["pl"])), Lang::Ru);
    assert_eq!(Lang::resolve(Some("xx"), &list(&["pl"])), Lang::Pl);
    assert_eq!(Lang::resolve(None, &list(&["en-GB", "pl"])), Lang::En);
}

#[test]
fn names_and_locales() {
    let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["English", "Polski", "Русский"]);
    let locales: Vec<_> = Lang::ALL.iter().map(|l| l.locale()).collect();
    assert_eq!(locales, ["en-US", "pl-PL", "ru-RU"]);
}

//! The translation tables: every text exists in every language, templates keep their
//! placeholders, and every language but English is really translated.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use funnel::charts::ChartLabels;
use funnel::domain::goal::GoalProblem;
use funnel::domain::kpi::{KpiId, NaReason, Unit};
use funnel::domain::presets::{self, StageModel};
use funnel::domain::scenario::{Scenario, ScenarioError};
use funnel::domain::validate::Problem;
use funnel::state::saved::SavedError;
use funnel::state::share::ShareError;
use funnel::ui::format;
use funnel::ui::i18n::{self, fill, t, Key, Lang};

/// The `{name}` placeholders of a template.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                found.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    found
}

/// Every language but English, the source: each has a file of its own to check.
fn translated() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::En)
}

/// Keys whose text is the same in every language: abbreviations and notation.
const SAME_EVERYWHERE: &[Key] = &[Key::UnitRatio, Key::UnitTimes];

/// Keys that are only punctuation around placeholders, which each language quotes its
/// own way (`{name} …`, `„{name}” …`, `«{name}» …`), or a separator: no words to
/// translate.
const NOTATION: &[Key] = &[Key::VerdictWins, Key::CsvSeparator];

#[test]
fn every_key_has_text_in_every_language() {
    for &key in Key::ALL {
        for lang in Lang::ALL {
            let text = t(lang, key);
            assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
            assert_eq!(text, text.trim(), "{key:?} in {lang:?} has outer spaces");
        }
    }
}

#[test]
fn every_language_is_translated() {
    for &key in Key::ALL.iter().filter(|k| !NOTATION.contains(k)) {
        let en = t(Lang::En, key);
        for lang in translated() {
            let text = t(lang, key);
            if SAME_EVERYWHERE.contains(&key) {
                assert_eq!(text, en, "{key:?} should stay as it is in {lang:?}");
            } else {
                assert_ne!(text, en, "{key:?} is not translated to {lang:?}");
            }
        }
        // Russian text is Cyrillic: a Latin-only Russian string is a copy-paste slip.
        let ru = t(Lang::Ru, key);
        if !SAME_EVERYWHERE.contains(&key) {
            assert!(
                ru.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                "{key:?} in Russian has no Cyrillic: {ru}"
            );
        }
    }
}

#[test]
fn templates_keep_their_placeholders() {
    for &key in Key::ALL {
        let en = placeholders(t(Lang::En, key));
        for lang in translated() {
            assert_eq!(
                placeholders(t(lang, key)),
                en,
                "{key:?} in {lang:?} has other placeholders than English"
            );
        }
    }
}

#[test]
fn no_two_keys_share_a_text_in_any_language() {
    // Two keys with one text is a copy-paste slip (a label that says what another says):
    // a reader could not tell the two controls or messages apart.
    for lang in Lang::ALL {
        let mut seen = std::collections::BTreeMap::new();
        for &key in Key::ALL {
            if let Some(other) = seen.insert(t(lang, key), key) {
                panic!(
                    "{other:?} and {key:?} share the text {:?} in {lang:?}",
                    t(lang, key)
                );
            }
        }
    }
}

#[test]
fn english_kpi_texts_say_what_the_ui_always_said() {
    // The English table replaced the UI's first text module; these names are what
    // people and the end-to-end tests know the KPIs by.
    assert_eq!(
        i18n::kpi_name(Lang::En, KpiId::Cac),
        "Customer acquisition cost (CAC)"
    );
    assert_eq!(
        i18n::kpi_name(Lang::En, KpiId::LeadConversion),
        "Lead → customer rate (LCR)"
    );
    assert!(i18n::kpi_explanation(Lang::En, KpiId::Clv).contains("margin"));
}

#[test]
fn kpi_texts_are_translated_and_keep_abbreviations() {
    let abbreviations = [
        "CAC", "CLV", "LTV", "MRR", "ARR", "ROI", "ROAS", "CTR", "CPL", "LCR",
    ];
    for id in KpiId::ALL {
        let en_name = i18n::kpi_name(Lang::En, id);
        for lang in translated() {
            let name = i18n::kpi_name(lang, id);
            let explanation = i18n::kpi_explanation(lang, id);
            assert!(
                !name.is_empty() && !explanation.is_empty(),
                "{id:?} {lang:?}"
            );
            assert_ne!(
                explanation,
                i18n::kpi_explanation(Lang::En, id),
                "{id:?} {lang:?}"
            );
            if id != KpiId::LtvCac {
                assert_ne!(name, en_name, "{id:?} name not translated to {lang:?}");
            }
            for abbr in abbreviations {
                if en_name.contains(abbr) {
                    assert!(
                        name.contains(abbr),
                        "{id:?} in {lang:?} lost {abbr}: {name}"
                    );
                }
            }
        }
    }
}

#[test]
fn domain_texts_exist_in_every_language() {
    for lang in Lang::ALL {
        // Each reason reads on its own after "n/a: ": a lower-case phrase, and no two alike.
        let reasons: BTreeSet<&str> = NaReason::ALL
            .iter()
            .map(|&r| i18n::na_reason(lang, r))
            .collect();
        assert_eq!(reasons.len(), NaReason::ALL.len(), "{lang:?}: {reasons:?}");
        for r in &reasons {
            let first = r.chars().next().unwrap();
            assert!(!first.is_uppercase() && !r.ends_with('.'), "{lang:?}: {r}");
        }
        let models: BTreeSet<&str> = StageModel::ALL
            .iter()
            .map(|&m| i18n::stage_model(lang, m))
            .collect();
        assert_eq!(models.len(), StageModel::ALL.len(), "{lang:?}: {models:?}");
    }
    for lang in translated() {
        for r in NaReason::ALL {
            assert_ne!(i18n::na_reason(lang, r), r.english(), "{r:?} {lang:?}");
        }
        for m in StageModel::ALL {
            assert_ne!(i18n::stage_model(lang, m), m.english(), "{m:?} {lang:?}");
        }
    }
}

#[test]
fn problems_read_like_the_domain_in_english_and_fill_their_numbers() {
    let problems = [
        Problem::Empty,
        Problem::NotANumber,
        Problem::Negative,
        Problem::PercentOutOfRange,
        Problem::TooLarge,
        Problem::ClicksAboveImpressions,
        Problem::StageCount,
        Problem::RolesOutOfOrder,
        Problem::BelowOne,
    ];
    for p in &problems {
        assert_eq!(i18n::problem(Lang::En, p), p.english(), "{p:?}");
    }
    let growth = Problem::LargerThanPrevious { previous: 2 };
    for lang in Lang::ALL {
        let text = i18n::problem(lang, &growth);
        assert!(
            text.contains('3') && !text.contains('{'),
            "{lang:?}: {text}"
        );
        let count = i18n::problem(lang, &Problem::StageCount);
        assert!(
            count.contains("30") && !count.contains('{'),
            "{lang:?}: {count}"
        );
    }
    assert_eq!(
        i18n::problem(Lang::Pl, &Problem::NotANumber),
        "Wpisz liczbę"
    );
    assert_eq!(
        i18n::problem(Lang::Ru, &Problem::NotANumber),
        "Введите число"
    );
}

#[test]
fn error_texts_match_the_domain_in_english() {
    let scenario_errors = [
        ScenarioError::TooLarge { bytes: 300_000 },
        ScenarioError::NotJson("expected value at line 1".into()),
        ScenarioError::WrongShape("no \"scenario\" field".into()),
        ScenarioError::FutureVersion(9),
    ];
    for e in &scenario_errors {
        assert_eq!(i18n::scenario_error(Lang::En, e), e.english());
        for lang in translated() {
            let text = i18n::scenario_error(lang, e);
            for unfilled in ["{size}", "{max}", "{detail}", "{version}"] {
                assert!(!text.contains(unfilled), "{lang:?}: {text}");
            }
            assert_ne!(text, e.english());
        }
    }
    let saved = [
        SavedError::NotJson,
        SavedError::FromTheFuture(7),
        SavedError::WrongShape("not an object".into()),
    ];
    for e in &saved {
        assert_eq!(i18n::saved_error(Lang::En, e), e.english());
        for lang in translated() {
            assert_ne!(i18n::saved_error(lang, e), e.english(), "{lang:?}");
        }
    }
    let share = [
        ShareError::TooLong,
        ShareError::Malformed,
        ShareError::Invalid("bad".into()),
    ];
    for e in &share {
        assert_eq!(i18n::share_error(Lang::En, e), e.english());
        for lang in translated() {
            assert_ne!(i18n::share_error(lang, e), e.english(), "{lang:?}");
        }
    }
}

#[test]
fn goal_problems_name_the_stages() {
    let names = ["Lead", "MQL", "Customer"];
    let text = i18n::goal_problem(Lang::Pl, GoalProblem::ZeroStep(1), &names);
    assert!(text.contains("MQL → Customer"), "{text}");
    let text = i18n::goal_problem(Lang::Ru, GoalProblem::ZeroStep(2), &names);
    assert!(text.contains("Customer → Этап 4"), "{text}");
    for p in [
        GoalProblem::NoPrice,
        GoalProblem::NotSubscription,
        GoalProblem::BadTarget,
        GoalProblem::OverCapacity,
    ] {
        for lang in Lang::ALL {
            assert!(!i18n::goal_problem(lang, p, &names).is_empty());
        }
    }
}

#[test]
fn fill_substitutes_once() {
    assert_eq!(
        fill("Saved “{name}”.", &[("name", "{name} {x}")]),
        "Saved “{name} {x}”."
    );
    assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "2")]), "{b}2");
    assert_eq!(fill("{missing} {", &[]), "{missing} {");
    assert_eq!(fill("", &[("a", "1")]), "");
    assert_eq!(
        i18n::tf(Lang::Ru, Key::SavedScenario, &[("name", "Q3")]),
        "Сохранено: «Q3»."
    );
    assert_eq!(
        i18n::tf(Lang::Pl, Key::SavedScenario, &[("name", "Q3")]),
        "Zapisano „Q3”."
    );
}

#[test]
fn units_follow_the_language() {
    assert_eq!(i18n::with_unit(Lang::En, Unit::Days, 12.0, "12"), "12 d");
    assert_eq!(i18n::with_unit(Lang::Ru, Unit::Days, 12.0, "12"), "12 дн.");
    assert_eq!(i18n::with_unit(Lang::Pl, Unit::Days, 1.0, "1"), "1 dzień");
    assert_eq!(i18n::with_unit(Lang::Pl, Unit::Days, 12.0, "12"), "12 dni");
    assert_eq!(
        i18n::with_unit(Lang::Pl, Unit::Months, 4.5, "4,5"),
        "4,5 mies."
    );
    assert_eq!(
        i18n::with_unit(Lang::Ru, Unit::Ratio, 3.2, "3,2"),
        "3,2 : 1"
    );
    assert_eq!(
        i18n::with_unit(Lang::En, Unit::Money, 3.0, "$3.00"),
        "$3.00"
    );
    assert_eq!(
        i18n::not_available(Lang::Pl, NaReason::NoLeads),
        "b.d.: brak leadów"
    );
}

#[test]
fn preset_names_translate_and_user_names_do_not() {
    assert_eq!(
        i18n::preset_name(Lang::Pl, "Qualified lead"),
        Some("Lead kwalifikowany")
    );
    assert_eq!(i18n::preset_name(Lang::Ru, "Customer"), Some("Клиент"));
    assert_eq!(i18n::preset_name(Lang::En, "Customer"), Some("Customer"));
    assert_eq!(i18n::preset_name(Lang::Ru, "My own stage"), None);
    // Every name the presets actually use has a translation.
    let mut funnels = vec![presets::example_digital(), presets::example_service()];
    for m in StageModel::ALL {
        let (stages, _) = presets::stage_model(m);
        funnels.push(funnel::domain::model::FunnelInputs {
            stages,
            ..presets::example_digital()
        });
    }
    for f in &funnels {
        for name in std::iter::once(&f.name).chain(f.stages.iter().map(|s| &s.name)) {
            for lang in Lang::ALL {
                assert!(
                    i18n::preset_name(lang, name).is_some(),
                    "no {lang:?} name for preset “{name}”"
                );
            }
        }
    }
    assert!(i18n::preset_name(Lang::Pl, &Scenario::default().name).is_some());
}

/// Every text field of the chart labels, by name.
fn chart_texts(l: &ChartLabels) -> Vec<(&'static str, &str)> {
    vec![
        ("digital", &l.digital),
        ("service", &l.service),
        ("funnel_title", &l.funnel_title),
        ("steps_title", &l.steps_title),
        ("timeline_title", &l.timeline_title),
        ("cycle_title", &l.cycle_title),
        ("sensitivity_title", &l.sensitivity_title),
        ("customers", &l.customers),
        ("cumulative_customers", &l.cumulative_customers),
        ("cumulative_revenue", &l.cumulative_revenue),
        ("cost_vs_profit", &l.cost_vs_profit),
        ("cumulative_cost", &l.cumulative_cost),
        ("cumulative_gross_profit", &l.cumulative_gross_profit),
        ("break_even", &l.break_even),
        ("break_even_at", &l.break_even_at),
        ("month", &l.month),
        ("days", &l.days),
        ("days_short", &l.days_short),
        ("bottleneck", &l.bottleneck),
        ("benchmark", &l.benchmark),
        ("not_available", &l.not_available),
        ("no_data", &l.no_data),
        ("no_customers", &l.no_customers),
        ("capacity_binds", &l.capacity_binds),
        ("funnel_summary", &l.funnel_summary),
        ("bottleneck_summary", &l.bottleneck_summary),
        ("steps_summary", &l.steps_summary),
        ("timeline_summary", &l.timeline_summary),
        ("break_even_summary", &l.break_even_summary),
        ("no_break_even_summary", &l.no_break_even_summary),
        ("cycle_summary", &l.cycle_summary),
        ("sensitivity_summary", &l.sensitivity_summary),
        ("percent", &l.percent),
        ("money", &l.money),
    ]
}

#[test]
fn chart_labels_are_translated_with_the_same_placeholders() {
    let en = i18n::chart_labels(Lang::En);
    // English writes "1,234.5" and "12%" (WEB-FACTS), and every label says something.
    assert_eq!((en.decimal_sep.as_str(), en.group_sep.as_str()), (".", ","));
    assert_eq!(en.percent, "{n}%");
    for (field, text) in chart_texts(&en) {
        assert!(
            !text.trim().is_empty() || field == "money",
            "{field} empty in English"
        );
    }
    let titles = [
        &en.funnel_title,
        &en.steps_title,
        &en.timeline_title,
        &en.cycle_title,
        &en.sensitivity_title,
    ];
    assert_eq!(
        titles.iter().collect::<BTreeSet<_>>().len(),
        titles.len(),
        "{titles:?}"
    );
    for lang in translated() {
        let labels = i18n::chart_labels(lang);
        for ((field, en_text), (_, text)) in chart_texts(&en).into_iter().zip(chart_texts(&labels))
        {
            assert!(!text.trim().is_empty(), "{field} empty in {lang:?}");
            assert_eq!(
                placeholders(text),
                placeholders(en_text),
                "{field} in {lang:?}"
            );
            // Polish marketing says "benchmark" too; the money template carries only the
            // number until a currency is added.
            let same_ok = match lang {
                Lang::Pl => ["benchmark", "money"].contains(&field),
                _ => field == "money",
            };
            if !same_ok {
                assert_ne!(text, en_text, "{field} not translated to {lang:?}");
            }
        }
    }
    for lang in [Lang::Pl, Lang::Ru] {
        let labels = i18n::chart_labels(lang);
        assert_eq!(labels.decimal_sep, ",");
        assert_eq!(labels.group_sep, "\u{a0}");
    }
    // "0%" in English, "0 %" (no-break space) in Polish and Russian, as their
    // typography writes it (Intl's pl-PL leaves the space out).
    assert_eq!(i18n::chart_labels(Lang::Pl).percent, "{n}\u{a0}%");
    assert_eq!(i18n::chart_labels(Lang::Ru).percent, "{n}\u{a0}%");
}

#[test]
fn csv_separators_live_with_each_language() {
    // What each language's spreadsheets read: a match, so a new language does not build
    // until it says.
    for lang in Lang::ALL {
        let expected = match lang {
            Lang::En => (',', '.'),
            Lang::Pl | Lang::Ru => (';', ','),
        };
        let dialect = i18n::csv_dialect(lang);
        assert_eq!(
            (dialect.separator, dialect.decimal_sep),
            expected,
            "{lang:?}"
        );
    }
}

#[test]
fn currencies_are_written_as_each_language_writes_them() {
    let money = |lang, code| {
        format::NumberStyle::new(lang, code)
            .labels
            .notation()
            .money(1234.5, 2)
    };
    assert_eq!(money(Lang::En, "USD"), "$1,234.50");
    assert_eq!(money(Lang::En, "RUB"), "RUB\u{a0}1,234.50");
    assert_eq!(money(Lang::Pl, "PLN"), "1\u{a0}234,50\u{a0}zł");
    assert_eq!(money(Lang::Ru, "RUB"), "1\u{a0}234,50\u{a0}₽");
    // An edited or unknown code is written as it is, never refused.
    assert_eq!(money(Lang::En, "XYZ"), "XYZ\u{a0}1,234.50");
}

#[test]
fn money_templates_put_the_currency_where_the_language_does() {
    assert_eq!(i18n::money_template(Lang::En, "$"), "${n}");
    assert_eq!(i18n::money_template(Lang::En, "PLN"), "PLN\u{a0}{n}");
    assert_eq!(i18n::money_template(Lang::Pl, "zł"), "{n}\u{a0}zł");
    assert_eq!(i18n::money_template(Lang::Ru, "₽"), "{n}\u{a0}₽");
}

#[test]
fn short_kpi_names_are_the_abbreviation_in_brackets_or_the_whole_name() {
    use funnel::domain::kpi::KpiId;
    use funnel::ui::i18n::{kpi_name, kpi_short_name, Lang};
    assert_eq!(kpi_short_name(Lang::En, KpiId::Cac), "CAC");
    assert_eq!(kpi_short_name(Lang::En, KpiId::Customers), "New customers");
    for lang in Lang::ALL {
        for id in KpiId::ALL {
            let (short, full) = (kpi_short_name(lang, id), kpi_name(lang, id));
            assert!(!short.is_empty(), "{lang:?} {id:?}");
            assert!(
                short == full || full.ends_with(&format!("({short})")),
                "{lang:?}: {full} → {short}"
            );
        }
    }
}

//! What a language needs outside the Rust matches, which the compiler cannot see: trunk
//! copying its file, boot.js's loading note, a currency the app offers, separators that
//! agree, and a file of its own. The README's "Adding a language" points here.
#![cfg(not(target_arch = "wasm32"))]

use funnel::ui::i18n::{self, t, Key, Lang};
use funnel::ui::settings;

/// The languages fetched at run time: all but English, which `en.rs` compiles in.
fn fetched() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::En)
}

/// The app fetches `i18n/<code>.txt`: without index.html's copy-file line the release
/// build has no such file and the language never loads (only the browser would tell).
#[test]
fn index_html_copies_every_language_file() {
    let html = include_str!("../index.html");
    for lang in fetched() {
        let href = format!(r#"href="src/ui/i18n/{}.txt""#, lang.code());
        let copied = html.lines().any(|line| {
            line.contains(r#"rel="copy-file""#)
                && line.contains(&href)
                && line.contains(r#"data-target-path="i18n""#)
        });
        assert!(
            copied,
            "index.html has no <link data-trunk rel=\"copy-file\" {href} \
             data-target-path=\"i18n\" />"
        );
    }
}

/// boot.js writes the loading note before the wasm arrives, from its own table of texts
/// keyed by language code; a language missing there greets its readers in English.
#[test]
fn boot_js_greets_every_language() {
    let boot = include_str!("../boot.js");
    for lang in Lang::ALL {
        // boot.js picks the note by the first two letters of `navigator.language`.
        assert_eq!(lang.code().len(), 2, "{lang:?}");
        // The note's title is the app's title, as the app shows it once started.
        let entry = format!("{}: ['{}', '", lang.code(), t(lang, Key::AppTitle));
        assert!(
            boot.lines().any(|l| l.trim_start().starts_with(&entry)),
            "boot.js's LOADING has no {entry}…"
        );
    }
}

#[test]
fn every_language_defaults_to_an_offered_currency() {
    for lang in Lang::ALL {
        let code = settings::default_currency(lang);
        assert!(
            settings::known_currency(code),
            "{lang:?} defaults to {code}, which settings::CURRENCIES does not offer"
        );
    }
}

/// The decimal separator is written twice: `Lang::decimal_sep` (CSV, count phrases)
/// and the file's `chart.decimal_sep` (every number shown). They must not disagree.
#[test]
fn decimal_separators_agree() {
    for lang in Lang::ALL {
        assert_eq!(
            i18n::chart_labels(lang).decimal_sep,
            lang.decimal_sep().to_string(),
            "{lang:?}"
        );
    }
}

/// A file begun as a copy of another language's passes every check of a translation
/// (its texts are not English) while it is still that other language: two languages
/// may share a few notations, not a tenth of their texts.
#[test]
fn no_language_is_a_copy_of_another() {
    for (i, &a) in Lang::ALL.iter().enumerate() {
        for &b in &Lang::ALL[i + 1..] {
            let same = Key::ALL.iter().filter(|&&k| t(a, k) == t(b, k)).count();
            assert!(
                same * 10 < Key::ALL.len(),
                "{a:?} and {b:?} share {same} of {} texts",
                Key::ALL.len()
            );
        }
    }
}

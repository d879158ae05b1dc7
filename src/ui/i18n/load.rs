//! Choosing the language (the saved choice, else the browser's) and getting the texts
//! of a language that is not compiled in: fetched once per page on wasm, read from the
//! files at compile time in native builds (tests).

use std::sync::OnceLock;

use super::table::Table;
use super::Lang;

impl Lang {
    /// A language from a BCP 47 tag as browsers and saved prefs spell it: "pl", "pl-PL",
    /// "ru_RU", "EN-gb". Only the primary subtag counts; unsupported languages are `None`
    /// (the caller moves on to the next preference rather than guessing a neighbour).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The first supported language of the browser's list (`navigator.languages`, most
    /// preferred first); English when none is supported.
    pub fn from_navigator(languages: &[String]) -> Lang {
        languages
            .iter()
            .find_map(|l| Lang::from_code(l))
            .unwrap_or(Lang::En)
    }

    /// The saved choice when there is a readable one, else the browser's preference.
    pub fn resolve(saved: Option<&str>, languages: &[String]) -> Lang {
        saved
            .and_then(Lang::from_code)
            .unwrap_or_else(|| Lang::from_navigator(languages))
    }
}

/// `navigator.languages` (or `navigator.language` when the list is empty); empty outside
/// the browser.
pub fn navigator_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return Vec::new();
        };
        let list: Vec<String> = navigator
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        if list.is_empty() {
            navigator.language().into_iter().collect()
        } else {
            list
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// The texts of a language that is not compiled in, once loaded. `None` for English and,
/// until then (or if the file cannot be had), for the others: every lookup then uses
/// `en.rs`, so nothing is ever missing.
pub(super) fn table(lang: Lang) -> Option<&'static Table> {
    let slot = slot(lang)?;
    // Native builds (tests) read the files at compile time: no fetching there. A language
    // with a slot and no file fails its first lookup, so every test that reads it fails.
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(slot.get_or_init(|| {
            let file = file(lang).unwrap_or_default();
            Table::parse(file).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"))
        }))
    }
    #[cfg(target_arch = "wasm32")]
    {
        slot.get()
    }
}

/// `english()` for English, else `translated(table)` once `lang`'s table is here and
/// `english()` until then: every lookup of a text goes through this.
// English is matched before the table is asked for (the table would say `None` for it
// too): that order is what the lookups compiled to before, and it compresses better.
#[inline(always)]
pub(super) fn lookup<T>(
    lang: Lang,
    english: impl FnOnce() -> T,
    translated: impl FnOnce(&'static Table) -> T,
) -> T {
    match lang {
        Lang::En => english(),
        Lang::Pl | Lang::Ru => table(lang).map_or_else(english, translated),
    }
}

/// Where a fetched language keeps its table; `None` for English, which is compiled in.
fn slot(lang: Lang) -> Option<&'static OnceLock<Table>> {
    static PL: OnceLock<Table> = OnceLock::new();
    static RU: OnceLock<Table> = OnceLock::new();
    match lang {
        Lang::En => None,
        Lang::Pl => Some(&PL),
        Lang::Ru => Some(&RU),
    }
}

/// A fetched language's file as native builds and tests read it (at compile time); `None`
/// for English. The app on wasm fetches the same file as `i18n/<code>.txt`, where
/// index.html has trunk copy it.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) fn file(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Pl => Some(include_str!("pl.txt")),
        Lang::Ru => Some(include_str!("ru.txt")),
    }
}

/// Whether `lang`'s texts are here (English always is).
pub fn is_loaded(lang: Lang) -> bool {
    table(lang).is_some() || lang == Lang::En
}

/// Fetches `i18n/<code>.txt` (next to the page; trunk copies it there) and keeps its
/// table. The error is a short English reason for [`Key::LanguageUnavailable`].
#[cfg(target_arch = "wasm32")]
pub async fn load(lang: Lang) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(slot) = slot(lang) else {
        return Ok(());
    };
    if slot.get().is_some() {
        return Ok(());
    }
    let url = format!("i18n/{}.txt", lang.code());
    // Any failure on the way (network, HTTP status, body) reads the same to the reader.
    let text = async {
        let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(&url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
    .await
    .ok_or_else(|| format!("{url} could not be fetched"))?;
    let table = Table::parse(&text).map_err(|_| format!("{url} is incomplete"))?;
    let _ = slot.set(table);
    Ok(())
}

/// Natively every table is compiled in (see [`table`]): nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load(_lang: Lang) -> Result<(), String> {
    Ok(())
}

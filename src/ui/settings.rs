//! The reader's settings: interface language, currency and theme. They are saved with the
//! rest of the state (as preferences, not part of a scenario) and applied to the page
//! root (`lang`, `data-theme`) by an effect.

use leptos::prelude::*;

use super::i18n::{Key, Lang};
use super::{settled, tr, use_app, AppState};
use crate::domain::model::Side;
use crate::domain::presets;

/// Re-prices the untouched examples when the currency changes from `from` to `to`; the
/// user's own numbers are kept as typed (only the symbol changes).
fn reprice_examples(app: AppState, from: &str, to: &str) {
    for side in [Side::Digital, Side::Service] {
        let inputs = app.model(side).inputs;
        if let Some(f) = inputs.with_untracked(|f| presets::reprice(f, from, to)) {
            inputs.set(f);
        }
    }
}

/// Currencies offered; the list covers the app's three audiences and then some.
pub const CURRENCIES: [&str; 5] = ["USD", "EUR", "PLN", "RUB", "GBP"];

/// The currency a language's readers most likely price in, when they chose none.
pub fn default_currency(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "PLN",
        Lang::Ru => "RUB",
        Lang::En => "USD",
    }
}

/// Whether the app offers `code` as a currency. A saved value is checked with this before
/// it reaches the formatter, which writes the code beside each amount.
pub fn known_currency(code: &str) -> bool {
    CURRENCIES.contains(&code)
}

/// Unsets a saved language or currency the app does not know, so the default applies,
/// and returns the values dropped (language, currency) for the reader's message.
pub fn drop_unknown_prefs(prefs: &mut crate::state::saved::Prefs) -> [Option<String>; 2] {
    let lang = prefs.lang.take_if(|l| Lang::from_code(l).is_none());
    let currency = prefs.currency.take_if(|c| !known_currency(c));
    [lang, currency]
}

/// Keeps `<html lang>` and `<html data-theme>` in step with the settings. The theme is
/// always set, from the reader's choice, a theme forced by an embedding page, or the
/// system's, so the stylesheet holds the dark colours once.
pub fn apply_to_page() {
    let app = use_app();
    let dark = app.dark;
    Effect::new(move |_| {
        let lang = app.lang.get();
        let theme = if dark.get() { "dark" } else { "light" };
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("data-theme", theme);
        }
    });
}

#[component]
pub fn Settings() -> impl IntoView {
    let app = use_app();
    let on_lang = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
        let lang = ev.target().value();
        // Without a chosen currency, the language's default follows the language.
        if app.prefs.with_untracked(|p| p.currency.is_none()) {
            if let Some(to) = Lang::from_code(&lang).map(default_currency) {
                let from = app.number_style.with_untracked(|n| n.currency.clone());
                reprice_examples(app, &from, to);
            }
        }
        app.prefs.update(|p| p.lang = Some(lang));
    };
    let on_currency =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let currency = ev.target().value();
            let from = app.number_style.with_untracked(|n| n.currency.clone());
            reprice_examples(app, &from, &currency);
            app.prefs.update(|p| p.currency = Some(currency));
        };
    let on_theme =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let theme = ev.target().value();
            app.prefs
                .update(|p| p.theme = (theme != "auto").then_some(theme));
        };
    let currencies = CURRENCIES
        .into_iter()
        .map(|c| view! { <option value=c>{c}</option> })
        .collect_view();
    view! {
        <div class="settings">
            <label class="field">
                <span class="field-label">{tr(Key::Language)}</span>
                <select name="settings.lang" prop:value=settled(move || app.lang.get().code().to_string()) on:change:target=on_lang>
                    {Lang::ALL.into_iter().map(|l| view! { <option value=l.code()>{l.native_name()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field-label">{tr(Key::Currency)}</span>
                <select name="settings.currency" prop:value=settled(move || app.number_style.with(|n| n.currency.clone())) on:change:target=on_currency>
                    {currencies}
                </select>
            </label>
            <label class="field">
                <span class="field-label">{tr(Key::Theme)}</span>
                <select name="settings.theme" prop:value=settled(move || app.prefs.with(|p| p.theme.clone().unwrap_or_else(|| "auto".into()))) on:change:target=on_theme>
                    <option value="auto">{tr(Key::ThemeAuto)}</option>
                    <option value="light">{tr(Key::ThemeLight)}</option>
                    <option value="dark">{tr(Key::ThemeDark)}</option>
                </select>
            </label>
        </div>
    }
}

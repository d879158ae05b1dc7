//! The outside world of state: loading at start (saved data, then a share link),
//! autosaving, and noticing another tab's saves. These are the app's only effects on
//! storage and the URL.

use leptos::prelude::*;
use std::time::Duration;

use super::i18n::{self, t, tf, Key, Lang};
use super::{AppState, Debouncer, NoticeKind};
use crate::domain::scenario::Scenario;
use crate::state::saved::{self, SavedState, STATE_KEY};
use crate::state::share;
use crate::state::storage::{self, Loaded, SaveError};

/// Autosave waits for a pause in typing, so a burst of keystrokes is one write.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

/// What the app starts with, and what it must tell the user about it.
pub struct Boot {
    pub state: SavedState,
    /// A share link was opened: save at once, since the link has left the address.
    pub opened_link: bool,
    pub messages: Vec<(NoticeKind, String)>,
    /// False when saving could destroy data we could not read, or storage is missing.
    pub can_save: bool,
}

pub fn boot() -> Boot {
    let mut messages = Vec::new();
    let mut loaded = storage::load();
    // The language of the boot messages: the saved choice if it could be read, else the
    // browser's.
    let dropped = match &mut loaded {
        Loaded::Saved(state) => super::settings::drop_unknown_prefs(&mut state.prefs),
        _ => [None, None],
    };
    let saved_lang = match &loaded {
        Loaded::Saved(state) => state.prefs.lang.clone(),
        _ => None,
    };
    let lang = Lang::resolve(saved_lang.as_deref(), &i18n::navigator_languages());
    // An edited or older saved preference falls back to the default; the rest of the
    // saved state is used as it is.
    let [bad_lang, bad_currency] = dropped;
    if let Some(value) = bad_lang {
        let text = tf(
            lang,
            Key::SavedLanguageUnknown,
            &[("value", &value), ("language", lang.native_name())],
        );
        messages.push((NoticeKind::Warning, text));
    }
    if let Some(value) = bad_currency {
        let currency = super::settings::default_currency(lang);
        let text = tf(
            lang,
            Key::SavedCurrencyUnknown,
            &[("value", &value), ("currency", currency)],
        );
        messages.push((NoticeKind::Warning, text));
    }
    let (mut state, can_save) = match loaded {
        Loaded::Fresh => (example_state(lang), true),
        Loaded::Saved(state) => (*state, true),
        Loaded::Unreadable {
            error,
            backup_key: Some(key),
        } => {
            messages.push((
                NoticeKind::Warning,
                tf(
                    lang,
                    Key::SavedUnreadableKept,
                    &[("reason", &i18n::saved_error(lang, &error)), ("key", &key)],
                ),
            ));
            (example_state(lang), true)
        }
        Loaded::Unreadable {
            error,
            backup_key: None,
        } => {
            messages.push((
                NoticeKind::Error,
                tf(
                    lang,
                    Key::SavedUnreadableNoCopy,
                    &[("reason", &i18n::saved_error(lang, &error))],
                ),
            ));
            (example_state(lang), false)
        }
        Loaded::Unavailable => {
            messages.push((NoticeKind::Warning, t(lang, Key::StorageUnavailable).into()));
            (example_state(lang), false)
        }
    };
    let link = open_share_link(&mut state, lang);
    let opened_link = matches!(link, Some((NoticeKind::Info, _)));
    messages.extend(link);
    Boot {
        state,
        opened_link,
        messages,
        can_save,
    }
}

/// A first visit's state: the examples, in the reader's language.
fn example_state(lang: Lang) -> SavedState {
    SavedState {
        current: i18n::example_scenario(lang, super::settings::default_currency(lang)),
        ..SavedState::default()
    }
}

/// Opens a scenario carried by the URL fragment. The pair the user had is kept as a named
/// scenario first, so opening a link never loses work.
fn open_share_link(state: &mut SavedState, lang: Lang) -> Option<(NoticeKind, String)> {
    let location = window().location();
    let hash = location.hash().unwrap_or_default();
    let outcome = share::decode_fragment(&hash);
    if !matches!(outcome, Ok(None)) {
        // Drop the scenario from the address so a reload shows the user's edits, not the
        // link again; other fragment parameters are kept.
        let rest: Vec<&str> = hash
            .trim_start_matches('#')
            .split('&')
            .filter(|p| !p.starts_with("s=") && !p.is_empty())
            .collect();
        let url = format!(
            "{}{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default(),
            if rest.is_empty() {
                String::new()
            } else {
                format!("#{}", rest.join("&"))
            }
        );
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    match outcome {
        Ok(None) => None,
        Ok(Some(shared)) => {
            let currency = state.prefs.currency.as_deref();
            let examples = i18n::example_scenario(
                lang,
                currency.unwrap_or_else(|| super::settings::default_currency(lang)),
            );
            if state.current != shared && state.current != examples {
                let mut previous = state.current.clone();
                previous.name = tf(lang, Key::BeforeOpeningLink, &[("name", &previous.name)]);
                state.scenarios.insert(0, previous);
                state.scenarios.truncate(saved::MAX_SCENARIOS);
            }
            let text = tf(lang, Key::OpenedShared, &[("name", &shared.name)]);
            state.current = shared;
            Some((NoticeKind::Info, text))
        }
        Err(e) => Some((NoticeKind::Error, i18n::share_error(lang, &e))),
    }
}

/// The whole saved state as it is now.
pub fn snapshot(app: &AppState) -> SavedState {
    SavedState {
        current: app.current_scenario(),
        scenarios: app.scenarios.get(),
        prefs: app.prefs.get(),
    }
}

/// Subscribes the running effect to everything `snapshot` reads.
fn track_saved(app: &AppState) {
    app.scenario_name.track();
    app.digital.inputs.track();
    app.service.inputs.track();
    app.scenarios.track();
    app.prefs.track();
}

fn snapshot_untracked(app: &AppState) -> SavedState {
    SavedState {
        current: Scenario {
            name: app.scenario_name.get_untracked(),
            digital: app.digital.inputs.get_untracked(),
            service: app.service.inputs.get_untracked(),
        },
        scenarios: app.scenarios.get_untracked(),
        prefs: app.prefs.get_untracked(),
    }
}

/// Saves at once, for changes a reload right after must not lose.
pub fn save_now(app: &AppState) {
    let _ = storage::save(&snapshot(app));
}

/// Saves every change after a pause in typing; reports a failed save once.
/// While another tab's change is waiting for the user's decision, nothing is saved,
/// so neither tab silently overwrites the other.
pub fn install_autosave(app: AppState, can_save: bool, other_tab: RwSignal<Option<String>>) {
    if !can_save {
        return;
    }
    let debounce = Debouncer::new();
    let last_written = StoredValue::new(String::new());
    Effect::new(move |_| {
        // The first run writes too: a scenario opened from a link must survive a reload,
        // and the link is gone from the address by then.
        track_saved(&app);
        if other_tab.with(Option::is_some) {
            return;
        }
        // The state is read when the pause comes, not copied at every keystroke.
        debounce.run(AUTOSAVE_DELAY, move || {
            let state = snapshot_untracked(&app);
            let encoded = saved::encode(&state);
            if last_written.with_value(|w| *w == encoded) {
                return;
            }
            match storage::save(&state) {
                Ok(()) => last_written.set_value(encoded),
                Err(SaveError::Refused) => app.notify(
                    NoticeKind::Error,
                    t(app.lang.get_untracked(), Key::StorageFull),
                ),
                Err(SaveError::Unavailable) => app.notify(
                    NoticeKind::Warning,
                    t(app.lang.get_untracked(), Key::StorageGone),
                ),
            }
        });
    });
}

/// Watches other tabs' saves (the `storage` event fires only for other tabs).
pub fn watch_other_tabs(other_tab: RwSignal<Option<String>>) {
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(STATE_KEY) {
            if let Some(value) = ev.new_value() {
                other_tab.set(Some(value));
            }
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Opens a share link pasted into the address bar of an open tab: only the fragment
/// changes then, and the page does not reload.
pub fn watch_share_links(app: AppState) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let mut state = snapshot(&app);
        if let Some((kind, text)) = open_share_link(&mut state, app.lang.get_untracked()) {
            let opened = kind == NoticeKind::Info;
            app.load_scenario(state.current);
            app.scenarios.set(state.scenarios);
            app.notify(kind, text);
            if opened {
                save_now(&app);
            }
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Loads another tab's saved state (the user chose theirs).
pub fn adopt_other_tab(app: &AppState, raw: &str) {
    match saved::decode(raw) {
        Ok(state) => {
            app.load_scenario(state.current);
            app.scenarios.set(state.scenarios);
            app.prefs.set(state.prefs);
        }
        Err(e) => app.notify(NoticeKind::Error, {
            let lang = app.lang.get_untracked();
            tf(
                lang,
                Key::OtherTabUnreadable,
                &[("reason", &i18n::saved_error(lang, &e))],
            )
        }),
    }
}

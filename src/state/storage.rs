//! localStorage, defensively: it may be missing (sandboxed iframe, disabled), full, or
//! hold data this version cannot read. None of that may stop the app or lose work.
//!
//! Storage is gloo-storage's `LocalStorage`: the state is written through its serde
//! `set`, and read as raw text (see `load`). Its `raw()` throws when the browser denies
//! storage (merely touching `window.localStorage` throws in a sandboxed iframe), so every
//! entry point first asks `available()`, which tries without throwing.

use gloo_storage::{LocalStorage, Storage};

use super::saved::{self, SavedError, SavedState, BACKUP_KEY, STATE_KEY};

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Fresh,
    Saved(Box<SavedState>),
    /// Saved data that cannot be read. It was copied to `backup_key`, so the next save
    /// loses nothing; when the copy failed (`None`), the app must not save over it.
    Unreadable {
        error: SavedError,
        backup_key: Option<String>,
    },
    /// No storage at all: the app works, but cannot save.
    Unavailable,
}

/// Why a save failed.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    Unavailable,
    /// The browser refused the write (usually the quota is full).
    Refused,
}

/// Whether the browser lets this page use localStorage at all.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn load() -> Loaded {
    if !available() {
        return Loaded::Unavailable;
    }
    // The raw text, not gloo's typed `get`: unreadable data is kept byte for byte, and
    // gloo's `get` throws (rather than returning an error) when `getItem` itself does.
    let storage = LocalStorage::raw();
    let raw = match storage.get_item(STATE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Fresh,
        Err(_) => return Loaded::Unavailable,
    };
    match saved::decode(&raw) {
        Ok(state) => Loaded::Saved(Box::new(state)),
        Err(error) => {
            // Keep every unreadable copy: a second failure must not overwrite the first.
            let backup_key = format!("{BACKUP_KEY}/{}", js_sys::Date::now() as u64);
            let kept = storage.set_item(&backup_key, &raw).is_ok();
            Loaded::Unreadable {
                error,
                backup_key: kept.then_some(backup_key),
            }
        }
    }
}

pub fn save(state: &SavedState) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::set(STATE_KEY, saved::envelope(state)).map_err(|_| SaveError::Refused)
}

/// The raw text kept under a backup key, for the user to download.
pub fn read_raw(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

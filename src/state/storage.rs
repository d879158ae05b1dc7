//! localStorage, defensively: it may be missing (sandboxed iframe, disabled), full, or
//! hold data this version cannot read. None of that may stop the app or lose work.
//!
//! Reads and writes go through gloo-storage. Its `LocalStorage::raw()` panics when the
//! browser denies storage (merely touching `window.localStorage` throws in a sandboxed
//! iframe), so every entry point first asks `available()`, which tries without panicking.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

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
    let error = match LocalStorage::get::<Value>(STATE_KEY) {
        Ok(value) => match saved::decode_value(value) {
            Ok(state) => return Loaded::Saved(Box::new(state)),
            Err(error) => error,
        },
        Err(StorageError::KeyNotFound(_)) => return Loaded::Fresh,
        Err(StorageError::SerdeError(_)) => SavedError::NotJson,
        Err(StorageError::JsError(_)) => return Loaded::Unavailable,
    };
    // Keep every unreadable copy, byte for byte (gloo's `set` would write it as a JSON
    // string): a second failure must not overwrite the first.
    let storage = LocalStorage::raw();
    let backup_key = format!("{BACKUP_KEY}/{}", js_sys::Date::now() as u64);
    let kept = match storage.get_item(STATE_KEY) {
        Ok(Some(raw)) => storage.set_item(&backup_key, &raw).is_ok(),
        _ => false,
    };
    Loaded::Unreadable {
        error,
        backup_key: kept.then_some(backup_key),
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

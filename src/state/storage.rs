//! localStorage, defensively: it may be missing (sandboxed iframe, disabled), full, or
//! hold data this version cannot read. None of that may stop the app or lose work.

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

/// The page's localStorage, when the browser lets us use it. Merely touching
/// `window.localStorage` throws in a sandboxed iframe, hence the `Result` chain.
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
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
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage
        .set_item(STATE_KEY, &saved::encode(state))
        .map_err(|_| SaveError::Refused)
}

/// The raw text kept under a backup key, for the user to download.
pub fn read_raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

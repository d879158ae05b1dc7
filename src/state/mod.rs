//! State that outlives a page: what is saved in localStorage and what a share link
//! carries. `saved` and `share` are pure (tested natively); `storage` talks to the browser.

pub mod base64url;
pub mod csv;
pub mod saved;
pub mod share;
pub mod storage;

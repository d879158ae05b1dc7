//! Funnel calculator: a sales-funnel calculator that runs entirely in the browser.
//!
//! `domain` is the pure engine (no browser APIs), `state` the saved and shared forms of
//! a scenario, `ui` the Leptos components.

pub mod charts;
pub mod domain;
pub mod state;
pub mod ui;

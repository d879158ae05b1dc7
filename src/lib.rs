//! Funnel calculator: a sales-funnel calculator that runs entirely in the browser.

pub mod charts;
pub mod domain;

//! The funnel engine: pure Rust, no leptos, web-sys or wasm-bindgen, tested natively
//! (the one exception is `float::parse_f64`, which reads numbers with the browser's
//! `parseFloat` on wasm to save the size of Rust's float reader).
//!
//! Flow: `FunnelInputs` (what the user typed) → `validate` → `Funnel` → `report` →
//! `Report`; two reports → `compare`; a funnel and a target → `goal::plan`; a funnel →
//! `timeline::simulate`.

pub mod compare;
#[doc(hidden)]
pub mod fixtures;
pub mod float;
pub mod goal;
pub mod json;
pub mod kpi;
pub mod model;
pub mod presets;
pub mod report;
pub mod scenario;
pub mod timeline;
pub mod validate;

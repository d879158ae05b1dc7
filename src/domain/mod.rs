//! The funnel engine: pure Rust that imports no UI framework and no browser binding,
//! tested natively; the browser runs the very code the native tests exercise.
//!
//! Flow: `FunnelInputs` (what the user typed) → `validate` → `Funnel` → `report` →
//! `Report`; two reports → `compare`; a funnel and a target → `goal::plan`; a funnel →
//! `timeline::simulate`; two reports → `verdict` (which works better, and why). Edits of
//! the typed funnel (stages, presets, what-ifs) are `edit`; the what-ifs' facts `whatif`.

pub mod compare;
pub mod edit;
#[doc(hidden)]
pub mod fixtures;
pub mod float;
pub mod goal;
pub mod kpi;
pub mod model;
pub mod numbers;
pub mod presets;
pub mod report;
pub mod scenario;
pub mod timeline;
pub mod validate;
pub mod verdict;
pub mod whatif;

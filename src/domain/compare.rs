//! Digital vs service: for every KPI both values, the difference and which side is better.

use super::kpi::{Kpi, KpiId};
use super::model::Side;

#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    pub kpi: KpiId,
    pub digital: Kpi,
    pub service: Kpi,
    /// service − digital, when both are available.
    pub difference: Option<f64>,
    /// The better side by the KPI's direction; `None` when equal or not comparable.
    pub better: Option<Side>,
}

//! The report of one funnel: every KPI of PRODUCT.md, per stage and per step, and the
//! bottleneck.

use super::kpi::{Kpi, KpiId};
use super::model::{FunnelKind, Rate};

/// One stage's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct StageReport {
    pub name: String,
    pub volume: f64,
    /// Volume as a share of the previous stage (n/a for the first stage).
    pub of_previous: Kpi,
    /// Volume as a share of the first stage (cumulative conversion).
    pub of_first: Kpi,
    /// Total cost of the funnel divided by this stage's volume (cost per MQL, per SQL…).
    pub cost_per_unit: Kpi,
    pub days: f64,
}

/// One step, from stage `from` to stage `from + 1`.
#[derive(Clone, Debug, PartialEq)]
pub struct StepReport {
    pub from: usize,
    /// Step conversion: volume(from + 1) / volume(from).
    pub rate: Kpi,
    /// Drop-off: volume(from) − volume(from + 1) (negative when the stage gained).
    pub leak: f64,
    /// The drop-off as a share of stage `from`.
    pub leak_share: Kpi,
    pub benchmark: Option<Rate>,
}

/// The step that loses most against its benchmark (or the lowest step without benchmarks).
#[derive(Clone, Debug, PartialEq)]
pub struct Bottleneck {
    /// Index of the step (from stage `step` to `step + 1`).
    pub step: usize,
    pub rate: f64,
    /// The rate it is measured against: the benchmark, when the step has one.
    pub benchmark: Option<f64>,
    /// Customers gained in the period if this step reached its benchmark (0 without one).
    pub extra_customers: f64,
}

/// Everything computed for one funnel.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub kind: FunnelKind,
    pub stages: Vec<StageReport>,
    pub steps: Vec<StepReport>,
    /// One entry per `KpiId::ALL`, in that order.
    pub kpis: Vec<(KpiId, Kpi)>,
    pub bottleneck: Option<Bottleneck>,
    /// New customers of the period after capacity and referrals.
    pub customers: f64,
    /// True when the delivery capacity caps the customers the funnel would bring.
    pub capacity_binds: bool,
    /// Leads added by referrals of this period's customers.
    pub referral_leads: f64,
    pub marketing_cost: f64,
    pub sales_cost: f64,
    pub total_cost: f64,
}

impl Report {
    pub fn kpi(&self, id: KpiId) -> Kpi {
        self.kpis
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, v)| *v)
            .unwrap_or(Kpi::NotAvailable(super::kpi::NaReason::NoVolume))
    }
}

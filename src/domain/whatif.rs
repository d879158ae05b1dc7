//! The facts behind the what-ifs: which step is worth most ("one step 5 points better")
//! and how a KPI changed against the workshop's baseline, with whether delivery capacity
//! caps it. The numbers come from the report (`report::StepGain`, `Bottleneck`), so the
//! sensitivity chart, the workshop and the bottleneck callout give one figure for one
//! change; the UI and the charts only word them.

use super::kpi::KpiId;
use super::report::{Report, StepGain};

/// The report's step gains, largest first; equal gains keep the funnel's order, which
/// reads naturally. An insertion sort, stable because it moves an item only past a
/// strictly smaller one: a funnel has few steps, and the standard library's stable sort
/// is a sizeable piece of wasm that nothing else needs. The gains are finite.
pub fn sensitivity(report: &Report) -> Vec<StepGain> {
    let mut gains = report.sensitivity.clone();
    for i in 1..gains.len() {
        let mut j = i;
        while j > 0 && gains[j - 1].extra_customers < gains[j].extra_customers {
            gains.swap(j - 1, j);
            j -= 1;
        }
    }
    gains
}

/// A KPI's change against the baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delta {
    /// now − baseline, in the KPI's unit (a share for percentages).
    pub change: f64,
    /// For customers: the delivery capacity that caps them now, so the change is all
    /// the funnel can take.
    pub capped_at: Option<f64>,
}

/// How `kpi` moved from `then` to `now`: `None` when either is n/a, or when nothing moved
/// and capacity does not cap it.
pub fn delta(kpi: KpiId, now: &Report, then: &Report) -> Option<Delta> {
    let change = now.kpi(kpi).value()? - then.kpi(kpi).value()?;
    let capped_at = now
        .capacity
        .filter(|_| kpi == KpiId::Customers && now.capacity_binds);
    (change.abs() >= 1e-9 || capped_at.is_some()).then_some(Delta { change, capped_at })
}

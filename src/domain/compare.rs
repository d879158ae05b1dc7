//! Digital vs service: for every KPI both values, the difference and which side is better.

use super::kpi::{Better, Kpi, KpiId};
use super::model::Side;
use super::report::Report;

#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    pub kpi: KpiId,
    pub digital: Kpi,
    pub service: Kpi,
    /// service − digital, when both are available.
    pub difference: Option<f64>,
    /// The better side by the KPI's direction; `None` when equal or not comparable
    /// (`comparable`).
    pub better: Option<Side>,
}

/// Whether the two funnels' values of `kpi` measure the same thing, so that one can be
/// called better. The month's total cost buys different volumes, so it never compares;
/// the period's revenue (and what is built on the price) compares only between funnels
/// billed alike (one-time sales against a subscription's first month is no contest).
pub fn comparable(kpi: KpiId, digital: &Report, service: &Report) -> bool {
    match kpi {
        KpiId::TotalCost => false,
        // Velocity multiplies the price, which is monthly for a subscription.
        KpiId::Revenue | KpiId::Roas | KpiId::Velocity => digital.billing == service.billing,
        _ => true,
    }
}

/// One row per `KpiId::ALL`, in that order. The difference is service − digital; the
/// better side follows the KPI's direction. Exact equality counts as "neither is better":
/// both sides are computed by the same code, so equal inputs give bit-equal results.
pub fn compare(digital: &Report, service: &Report) -> Vec<ComparisonRow> {
    KpiId::ALL
        .iter()
        .map(|&kpi| {
            let d = digital.kpi(kpi);
            let s = service.kpi(kpi);
            let (difference, better) = match (d, s) {
                (Kpi::Value(d), Kpi::Value(s)) => {
                    let diff = s - d;
                    let better = if s == d || !comparable(kpi, digital, service) {
                        None
                    } else {
                        let service_higher = s > d;
                        match (kpi.better(), service_higher) {
                            (Better::Higher, true) | (Better::Lower, false) => Some(Side::Service),
                            _ => Some(Side::Digital),
                        }
                    };
                    // Both values are finite, but their difference may overflow at the
                    // extremes; an infinite difference is not shown.
                    (diff.is_finite().then_some(diff), better)
                }
                _ => (None, None),
            };
            ComparisonRow {
                kpi,
                digital: d,
                service: s,
                difference,
                better,
            }
        })
        .collect()
}

//! The facts behind the what-ifs: which step is worth most ("one step 5 points better"),
//! how a KPI changed against the workshop's baseline, with whether delivery capacity caps
//! it, and which what-ifs differ from the baseline (the printout lists them). The numbers
//! come from the report (`report::StepGain`, `Bottleneck`), so the sensitivity chart, the
//! workshop and the bottleneck callout give one figure for one change; the UI and the
//! charts only word them.

use super::kpi::KpiId;
use super::model::FunnelInputs;
use super::report::{Report, StepGain};
use super::validate::parse_number;

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

/// What a what-if changed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WhatIfKind {
    /// The rate of the step out of stage `from` (a share, 0..=1).
    Step { from: usize },
    /// The price per order or per month.
    Price,
    /// The sales cycle in days.
    Cycle,
}

/// One what-if that differs from the baseline: its value then and now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WhatIfChange {
    pub kind: WhatIfKind,
    pub was: f64,
    pub now: f64,
}

/// The what-ifs of one funnel that differ from its baseline. Differences too small to
/// show (under a twentieth of a point, of a day, a cent) are no change: a slider moved
/// and put back must not be listed. Steps are compared only while the stages are the
/// same ones (workshop mode cannot add or rename stages).
pub fn changes(
    base_inputs: &FunnelInputs,
    base: &Report,
    inputs: &FunnelInputs,
    now: &Report,
) -> Vec<WhatIfChange> {
    let mut out = Vec::new();
    let same_stages = base.stages.len() == now.stages.len()
        && base
            .stages
            .iter()
            .zip(&now.stages)
            .all(|(a, b)| a.name == b.name);
    if same_stages {
        for (a, b) in base.steps.iter().zip(&now.steps).take(now.customer_stage) {
            let (was, is) = (a.rate.value().unwrap_or(0.0), b.rate.value().unwrap_or(0.0));
            if (was - is).abs() >= 0.0005 {
                out.push(WhatIfChange {
                    kind: WhatIfKind::Step { from: b.from },
                    was,
                    now: is,
                });
            }
        }
    }
    let price = |f: &FunnelInputs| parse_number(&f.offer.price).unwrap_or(0.0);
    let (was, is) = (price(base_inputs), price(inputs));
    if (was - is).abs() >= 0.005 {
        out.push(WhatIfChange {
            kind: WhatIfKind::Price,
            was,
            now: is,
        });
    }
    let cycle = |r: &Report| r.kpi(KpiId::SalesCycle).value();
    if let (Some(was), Some(is)) = (cycle(base), cycle(now)) {
        if (was - is).abs() >= 0.05 {
            out.push(WhatIfChange {
                kind: WhatIfKind::Cycle,
                was,
                now: is,
            });
        }
    }
    out
}

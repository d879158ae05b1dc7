//! Which what-ifs of workshop mode differ from the baseline: each step's rate, the
//! price and the sales cycle, as the printout lists them. It compares figures only; how
//! the controls change the inputs is the workshop's business.

use super::kpi::KpiId;
use super::model::FunnelInputs;
use super::report::Report;
use super::validate::parse_number;

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

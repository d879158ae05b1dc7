//! A plain funnel for tests: the stages given, the lead role at the first stage and the
//! opportunity and customer roles at `customer`, a one-time offer of one purchase at
//! `price` with full margin and no churn, and nothing else (no top of funnel, fixed costs,
//! capacity or referrals). Each test changes what it is about.
//!
//! Public (but hidden from docs) because integration tests in `tests/` cannot see
//! `#[cfg(test)]` items, as with `charts::fixtures`; unused in the app, so the linker
//! drops it from the wasm bundle.

use super::model::{Billing, CostKind, Funnel, FunnelKind, Offer, Rate, Roles, Stage};

/// A funnel from `(volume, cost, days)` stages named "stage 0", "stage 1", ….
pub fn funnel(stages: &[(f64, f64, f64)], customer: usize, price: f64) -> Funnel {
    Funnel {
        kind: FunnelKind::Digital,
        stages: stages
            .iter()
            .enumerate()
            .map(|(i, &(volume, cost, days))| Stage {
                name: format!("stage {i}"),
                volume,
                cost,
                cost_kind: CostKind::Marketing,
                days,
                benchmark: None,
            })
            .collect(),
        roles: Roles {
            lead: 0,
            opportunity: customer,
            customer,
        },
        offer: Offer {
            price,
            billing: Billing::OneTime,
            margin: Rate::ONE,
            churn: Rate::ZERO,
            purchases: 1.0,
            relationship_months: 1.0,
        },
        top: None,
        fixed_cost: 0.0,
        capacity: None,
        referral: None,
    }
}

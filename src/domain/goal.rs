//! Goal mode (the reverse funnel): from a target, the volume each stage needs and the
//! budget it takes, with each stage's cost scaling with its volume.
//!
//! The plan keeps the funnel's current step rates (step rate i = volume(i+1) / volume(i))
//! and walks backwards from the customer stage: each earlier stage needs the next
//! stage's volume divided by its step rate. Stages after the customer stage (evangelists,
//! advocates) follow the customer stage by the same factor. Costs scale linearly with
//! the stage's volume, the ad spend scales with the top stage, and fixed costs stay fixed.
//!
//! Referrals are deliberately ignored here. The plan answers "what must the funnel
//! itself bring in", so that feeding the planned volumes back through the same step rates
//! reproduces the target exactly; referral customers come on top of it, which makes the
//! plan a conservative one. Volumes are not rounded either: rounding up would break that
//! round trip, and the UI rounds for display.

use super::model::{Billing, Funnel};

/// What the user wants to reach in one period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    Customers(f64),
    /// Revenue of the period's new customers (their first order or first month).
    Revenue(f64),
    /// New monthly recurring revenue (subscriptions only).
    Mrr(f64),
}

impl Target {
    /// The number the user typed, whatever its unit.
    pub fn amount(self) -> f64 {
        match self {
            Target::Customers(v) | Target::Revenue(v) | Target::Mrr(v) => v,
        }
    }
}

/// Why a target cannot be planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalProblem {
    /// A step on the way to the customer stage converts nobody (index of the step).
    ZeroStep(usize),
    /// The price is zero, so no revenue target can be reached.
    NoPrice,
    /// An MRR target on a funnel that is not a subscription.
    NotSubscription,
    /// The target is negative or not finite.
    BadTarget,
    /// The delivery capacity is below the customers needed.
    ///
    /// `plan` never returns this: a plan beyond capacity is still worth showing, so it
    /// comes back as `Ok` with `GoalPlan::over_capacity` set. The variant stays for
    /// callers that want to treat capacity as a hard limit.
    OverCapacity,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalPlan {
    pub customers: f64,
    /// Volume each stage needs, in stage order.
    pub stage_volumes: Vec<f64>,
    /// Cost of each stage at that volume.
    pub stage_costs: Vec<f64>,
    /// The ad spend of the paid top of funnel at the planned top volume (0 without a top).
    pub ad_spend: f64,
    /// All stage costs plus fixed costs plus the scaled ad spend.
    pub budget: f64,
    /// Set when the plan exceeds the delivery capacity: the plan is still shown.
    pub over_capacity: bool,
}

/// Plans the volumes and budget needed to reach `target` with the funnel's current step
/// rates.
///
/// Errors, checked in this order: `BadTarget` for a negative or non-finite target (or one
/// so large that the plan would overflow), `NotSubscription` for an MRR target on one-time
/// billing, `NoPrice` for a revenue or MRR target at price 0, and `ZeroStep(i)` when step
/// `i` before the customer stage converts nobody. A target of 0 needs nobody: it plans
/// zero volumes and zero stage costs and ad spend whatever the step rates, while the
/// budget keeps the fixed costs, because those are paid whether the funnel runs or not.
pub fn plan(funnel: &Funnel, target: Target) -> Result<GoalPlan, GoalProblem> {
    let amount = target.amount();
    if !amount.is_finite() || amount < 0.0 {
        return Err(GoalProblem::BadTarget);
    }
    let price = clean(funnel.offer.price);
    let customers = match target {
        Target::Customers(n) => n,
        Target::Revenue(r) => {
            if price == 0.0 {
                return Err(GoalProblem::NoPrice);
            }
            r / price
        }
        Target::Mrr(m) => {
            if funnel.offer.billing != Billing::Monthly {
                return Err(GoalProblem::NotSubscription);
            }
            if price == 0.0 {
                return Err(GoalProblem::NoPrice);
            }
            m / price
        }
    };
    if !customers.is_finite() {
        return Err(GoalProblem::BadTarget);
    }

    let fixed = clean(funnel.fixed_cost);
    let stages = &funnel.stages;
    if stages.is_empty() {
        // A validated funnel always has a stage; without one there is nothing to scale,
        // so the plan is the target alone and the fixed costs.
        return Ok(GoalPlan {
            customers,
            stage_volumes: Vec::new(),
            stage_costs: Vec::new(),
            ad_spend: 0.0,
            budget: fixed,
            over_capacity: over_capacity(funnel, customers),
        });
    }
    let current: Vec<f64> = stages.iter().map(|s| clean(s.volume)).collect();
    // Roles are validated to point inside the stages; clamping keeps a hand-built funnel
    // from panicking.
    let c = funnel.roles.customer.min(stages.len() - 1);

    if customers == 0.0 {
        return Ok(GoalPlan {
            customers,
            stage_volumes: vec![0.0; stages.len()],
            stage_costs: vec![0.0; stages.len()],
            ad_spend: 0.0,
            budget: fixed,
            over_capacity: false,
        });
    }

    // A step whose either end is empty converts nobody (0 / x) or is undefined (x / 0):
    // no volume at the earlier stage can produce the customers, so the earliest such step
    // is reported, being where the funnel first stops converting.
    if let Some(i) = (0..c).find(|&i| current[i] == 0.0 || current[i + 1] == 0.0) {
        return Err(GoalProblem::ZeroStep(i));
    }

    let mut volumes = current.clone();
    volumes[c] = customers;
    for i in (0..c).rev() {
        let step_rate = current[i + 1] / current[i];
        volumes[i] = volumes[i + 1] / step_rate;
    }
    // Stages after the customer stage keep their ratio to it. With no current customers
    // there is no ratio to keep, so they stay at their current volume.
    if current[c] > 0.0 {
        let factor = customers / current[c];
        for j in c + 1..stages.len() {
            volumes[j] = current[j] * factor;
        }
    }

    let stage_costs: Vec<f64> = stages
        .iter()
        .zip(volumes.iter().zip(&current))
        .map(|(stage, (&new, &cur))| scale(clean(stage.cost), new, cur))
        .collect();
    let ad_spend = funnel.top.as_ref().map_or(0.0, |top| {
        scale(clean(top.ad_spend), volumes[0], current[0])
    });
    let budget = stage_costs.iter().sum::<f64>() + fixed + ad_spend;

    if !budget.is_finite() || volumes.iter().any(|v| !v.is_finite()) {
        return Err(GoalProblem::BadTarget);
    }
    Ok(GoalPlan {
        customers,
        stage_volumes: volumes,
        stage_costs,
        ad_spend,
        budget,
        over_capacity: over_capacity(funnel, customers),
    })
}

/// Scales an amount spent on `current` units to `new` units. With no current units there
/// is no rate to scale by, so the amount stays as it is.
fn scale(amount: f64, new: f64, current: f64) -> f64 {
    if current == 0.0 {
        amount
    } else {
        amount * (new / current)
    }
}

fn over_capacity(funnel: &Funnel, customers: f64) -> bool {
    funnel.capacity.is_some_and(|cap| customers > cap)
}

/// A validated funnel holds finite, non-negative numbers; this keeps a hand-built one
/// from leaking NaN or a negative volume into the plan.
fn clean(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stages costing 10 each, unnamed, opportunity at the first stage, price 10.
    fn funnel(volumes: &[f64], customer: usize) -> Funnel {
        let stages: Vec<_> = volumes.iter().map(|&v| (v, 10.0, 0.0)).collect();
        let mut f = crate::domain::fixtures::funnel(&stages, customer, 10.0);
        f.roles.opportunity = 0;
        for stage in &mut f.stages {
            stage.name.clear();
        }
        f
    }

    #[test]
    fn identity_target_keeps_the_funnel() {
        // Asking for the customers the funnel already brings changes nothing.
        let f = funnel(&[100.0, 40.0, 8.0], 2);
        let p = plan(&f, Target::Customers(8.0)).unwrap();
        assert_eq!(p.stage_volumes, vec![100.0, 40.0, 8.0]);
        assert_eq!(p.stage_costs, vec![10.0, 10.0, 10.0]);
        assert_eq!(p.budget, 30.0);
    }

    #[test]
    fn customer_stage_at_the_top_with_no_volume_plans_without_steps() {
        // No step precedes the customer stage, so nothing can be a zero step; the stage
        // after it has no ratio to keep and stays as it is.
        let f = funnel(&[0.0, 3.0], 0);
        let p = plan(&f, Target::Customers(5.0)).unwrap();
        assert_eq!(p.stage_volumes, vec![5.0, 3.0]);
        assert_eq!(p.stage_costs, vec![10.0, 10.0]);
    }
}

//! Goal mode (the reverse funnel): from a target, the volume each stage needs and the
//! budget it takes, with each stage's cost scaling with its volume.

/// What the user wants to reach in one period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    Customers(f64),
    /// Revenue of the period's new customers (their first order or first month).
    Revenue(f64),
    /// New monthly recurring revenue (subscriptions only).
    Mrr(f64),
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
    OverCapacity,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalPlan {
    pub customers: f64,
    /// Volume each stage needs, in stage order.
    pub stage_volumes: Vec<f64>,
    /// Cost of each stage at that volume.
    pub stage_costs: Vec<f64>,
    /// All stage costs plus fixed costs.
    pub budget: f64,
    /// Set when the plan exceeds the delivery capacity: the plan is still shown.
    pub over_capacity: bool,
}

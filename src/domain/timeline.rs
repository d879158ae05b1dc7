//! The timeline: a steady monthly inflow at the top moves down the stages with their days
//! as delays; month by month new customers, subscribers, revenue, cumulative cost against
//! cumulative gross profit, and the break-even month.

/// The horizon the app simulates unless told otherwise.
pub const DEFAULT_HORIZON_MONTHS: u32 = 24;

/// One simulated month.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    /// 1-based month number.
    pub month: u32,
    pub new_customers: f64,
    pub cumulative_customers: f64,
    /// Paying subscribers at the end of the month (subscriptions; 0 for one-time).
    pub active_subscribers: f64,
    pub revenue: f64,
    pub cumulative_revenue: f64,
    pub cumulative_cost: f64,
    pub cumulative_gross_profit: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub months: Vec<Month>,
    /// The first month whose cumulative gross profit reaches cumulative cost.
    pub break_even_month: Option<u32>,
    /// Prospects entering the top each month.
    pub monthly_inflow: f64,
}

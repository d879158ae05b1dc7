//! The timeline: a steady monthly inflow at the top moves down the stages with their days
//! as delays; month by month new customers, subscribers, revenue, cumulative cost against
//! cumulative gross profit, and the break-even month.
//!
//! The model, and why each part is what it is:
//!
//! * Every month the top stage receives the same number of prospects as the funnel's
//!   first-stage volume, and the funnel spends its whole monthly cost (stage costs, fixed
//!   costs, ad spend) every month, because the funnel is assumed to keep running.
//! * A month's prospects become customers at the funnel's cumulative conversion, i.e.
//!   each monthly cohort yields volume(customer stage) customers.
//! * The delay from the top to the customer stage is the sum of the days of the stages
//!   before the customer stage (the customer stage's own days come after the sale), in
//!   months of 30.4375 days (365.25 / 12). Prospects arrive evenly through their month,
//!   so a cohort whose delay is `k + f` months (whole `k`, fraction `f`) lands `1 − f` of
//!   its customers `k` months later and `f` of them `k + 1` months later. This is a linear
//!   interpolation between the two neighbouring months: a 0-day funnel sells in the month
//!   the prospects arrive, a 45-day one (1.48 months) about half in the second and half in
//!   the third month.
//! * Capacity caps the new customers of each month; customers beyond it are lost rather
//!   than queued, since the funnel's numbers describe a team that turns work away.
//! * Referrals: at the start of each month the customers active at the end of the
//!   previous month (everyone ever won for one-time billing, paying subscribers for
//!   subscriptions) bring `referral × active` new leads. Those leads convert at the
//!   funnel's lead → customer rate (capped at 1) and take the lead → customer delay.
//!   Using last month's customers keeps a month from referring itself.
//! * Subscriptions: `active(m) = active(m − 1) × (1 − churn) + new(m)` and revenue is
//!   `active(m) × price`; a new subscriber pays for the month they join.
//! * One-time billing: a customer pays the first purchase in the month they become a
//!   customer, and the remaining `purchases − 1` purchases spread evenly over the
//!   relationship, `price × (purchases − 1) / relationship_months` per month for
//!   `relationship_months` months starting that same month (a fractional last month pays
//!   its fraction). Each customer thus pays `price × purchases` in all; a single-purchase
//!   offer is paid at once. Payments beyond the horizon are not shown.
//! * Gross profit is revenue × margin; the break-even month is the first month whose
//!   cumulative gross profit reaches the cumulative cost. A funnel that costs nothing
//!   breaks even in month 1, which is what the same rule gives (0 ≥ 0).
//!
//! Nothing in a timeline is NaN or infinite, whatever the funnel.

use super::model::{Billing, Funnel};

/// The horizon the app simulates unless told otherwise.
pub const DEFAULT_HORIZON_MONTHS: u32 = 24;

/// The longest horizon `simulate` computes; longer requests are clamped to it.
pub const MAX_HORIZON_MONTHS: u32 = 120;

/// Average days in a month (365.25 / 12), to turn stage days into months.
pub const DAYS_PER_MONTH: f64 = 30.4375;

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

/// The months the timeline's data table reports: half a year, a year and two.
pub const MILESTONE_MONTHS: [u32; 3] = [6, 12, 24];

impl Timeline {
    /// Month `month` (1-based, as `Month::month` counts), or `None` outside the horizon.
    pub fn month(&self, month: u32) -> Option<&Month> {
        self.months
            .get(usize::try_from(month).ok()?.checked_sub(1)?)
    }
}

/// What the funnel spends each month: every stage's cost, the fixed costs and the ad
/// spend of the paid top of funnel.
pub fn monthly_cost(funnel: &Funnel) -> f64 {
    let stages: f64 = funnel.stages.iter().map(|s| clean(s.cost)).sum();
    let ads = funnel.top.as_ref().map_or(0.0, |t| clean(t.ad_spend));
    finite(stages + clean(funnel.fixed_cost) + ads)
}

/// Days from entering the top stage to becoming a customer: the days of every stage
/// before the customer stage.
pub fn days_to_customer(funnel: &Funnel) -> f64 {
    days_between(funnel, 0)
}

/// Simulates `horizon_months` months (clamped to 1..=`MAX_HORIZON_MONTHS`) of the funnel
/// running steadily; see the module documentation for the model.
pub fn simulate(funnel: &Funnel, horizon_months: u32) -> Timeline {
    let horizon = horizon_months.clamp(1, MAX_HORIZON_MONTHS) as usize;
    let volumes: Vec<f64> = funnel.stages.iter().map(|s| clean(s.volume)).collect();
    let inflow = volumes.first().copied().unwrap_or(0.0);
    let c = customer_index(funnel);
    // A cohort yields inflow × cumulative conversion = volume(customer stage). With an
    // empty top stage the conversion is undefined and nobody flows in, so no cohort
    // sells, even if a later stage (accepted growth) holds a volume.
    let cohort_customers = if inflow > 0.0 {
        volumes.get(c).copied().unwrap_or(0.0)
    } else {
        0.0
    };

    // Customers arriving in each month (0-based) before capacity: first the steady
    // cohorts, then referral leads as they are generated.
    let mut arrivals = vec![0.0; horizon];
    let to_customer = days_to_customer(funnel) / DAYS_PER_MONTH;
    for start in 0..horizon {
        spread(&mut arrivals, start, to_customer, cohort_customers);
    }

    let referral = funnel.referral.map_or(0.0, |r| r.get());
    let lead = funnel.roles.lead.min(c);
    let lead_to_customer = match volumes.get(lead) {
        Some(&leads) if leads > 0.0 => (cohort_customers / leads).min(1.0),
        _ => 0.0,
    };
    let lead_delay = days_between(funnel, lead) / DAYS_PER_MONTH;

    let offer = &funnel.offer;
    let price = clean(offer.price);
    let margin = offer.margin.get();
    let churn = offer.churn.get();
    let capacity = funnel.capacity.map(clean);
    let cost = monthly_cost(funnel);

    // One-time billing: what one customer pays in each month since they were won.
    let payments = match offer.billing {
        Billing::Monthly => Vec::new(),
        Billing::OneTime => {
            one_time_payments(price, offer.purchases, offer.relationship_months, horizon)
        }
    };

    let mut new_by_month = Vec::with_capacity(horizon);
    let mut months = Vec::with_capacity(horizon);
    let mut cumulative_customers = 0.0;
    let mut active = 0.0;
    let mut cumulative_revenue = 0.0;
    let mut cumulative_gross_profit = 0.0;
    let mut break_even_month = None;

    for m in 0..horizon {
        let referrers = match offer.billing {
            Billing::Monthly => active,
            Billing::OneTime => cumulative_customers,
        };
        let referred_customers = referrers * referral * lead_to_customer;
        if referred_customers > 0.0 {
            spread(&mut arrivals, m, lead_delay, referred_customers);
        }

        let mut new = finite(arrivals[m]);
        if let Some(cap) = capacity {
            new = new.min(cap);
        }
        new_by_month.push(new);
        cumulative_customers = finite(cumulative_customers + new);

        let revenue = match offer.billing {
            Billing::Monthly => {
                active = finite(active * (1.0 - churn) + new);
                active * price
            }
            Billing::OneTime => (0..=m)
                .map(|j| new_by_month[j] * payments[m - j])
                .sum::<f64>(),
        };
        let revenue = finite(revenue);
        cumulative_revenue = finite(cumulative_revenue + revenue);
        cumulative_gross_profit = finite(cumulative_gross_profit + revenue * margin);
        let cumulative_cost = finite(cost * (m + 1) as f64);
        if break_even_month.is_none() && cumulative_gross_profit >= cumulative_cost {
            break_even_month = Some(m as u32 + 1);
        }

        months.push(Month {
            month: m as u32 + 1,
            new_customers: new,
            cumulative_customers,
            active_subscribers: match offer.billing {
                Billing::Monthly => active,
                Billing::OneTime => 0.0,
            },
            revenue,
            cumulative_revenue,
            cumulative_cost,
            cumulative_gross_profit,
        });
    }

    Timeline {
        months,
        break_even_month,
        monthly_inflow: inflow,
    }
}

/// Adds `amount` customers arriving `delay` months after month `start` (0-based) to
/// `arrivals`, split between the two months around a fractional delay; whatever lands
/// beyond the horizon is dropped.
fn spread(arrivals: &mut [f64], start: usize, delay: f64, amount: f64) {
    let delay = if delay.is_finite() && delay > 0.0 {
        delay
    } else {
        0.0
    };
    let whole = delay.floor();
    let fraction = delay - whole;
    // Compared as floats first so that a huge delay cannot overflow the index.
    let remaining = (arrivals.len() - start) as f64;
    if whole >= remaining {
        return;
    }
    let first = start + whole as usize;
    arrivals[first] += amount * (1.0 - fraction);
    if fraction > 0.0 && first + 1 < arrivals.len() {
        arrivals[first + 1] += amount * fraction;
    }
}

/// What one one-time customer pays in each month since they were won (index 0 is the
/// month they are won), over `horizon` months.
fn one_time_payments(
    price: f64,
    purchases: f64,
    relationship_months: f64,
    horizon: usize,
) -> Vec<f64> {
    // Validation keeps purchases and relationship months at 1 or more; the guards keep a
    // hand-built funnel from dividing by zero or paying a negative amount.
    let repeats = if purchases.is_finite() {
        (purchases - 1.0).max(0.0)
    } else {
        0.0
    };
    let months = if relationship_months.is_finite() {
        relationship_months.max(1.0)
    } else {
        1.0
    };
    let per_month = price * repeats / months;
    (0..horizon)
        .map(|k| {
            // The share of month k that lies within the relationship: 1 for whole months,
            // the fraction for a fractional last month, 0 after it.
            let share = (months - k as f64).clamp(0.0, 1.0);
            let first = if k == 0 { price } else { 0.0 };
            finite(first + per_month * share)
        })
        .collect()
}

/// Days spent in the stages from `from` up to (not including) the customer stage.
fn days_between(funnel: &Funnel, from: usize) -> f64 {
    let c = customer_index(funnel);
    let days: f64 = funnel
        .stages
        .iter()
        .take(c)
        .skip(from)
        .map(|s| clean(s.days))
        .sum();
    finite(days)
}

/// The customer stage, clamped inside the stages so that a hand-built funnel cannot make
/// an index panic.
fn customer_index(funnel: &Funnel) -> usize {
    funnel
        .roles
        .customer
        .min(funnel.stages.len().saturating_sub(1))
}

/// A finite non-negative amount: NaN and negatives become 0, infinity becomes 0 too since
/// no meaningful amount can be read from it.
fn clean(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x
    } else {
        0.0
    }
}

/// Keeps sums finite: an overflow saturates at the largest float instead of becoming
/// infinite, so cumulative series still never decrease.
fn finite(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(-f64::MAX, f64::MAX)
    }
}

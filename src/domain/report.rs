//! The report of one funnel: every KPI of PRODUCT.md, per stage and per step, and the
//! bottleneck.
//!
//! Definitions the product text leaves open, decided here and tested:
//! - **Customers** are the volume of the customer stage, plus the customers referrals bring,
//!   capped by the delivery capacity (see [`Outcome`]).
//! - **Referrals** add leads: each customer of the period brings a lead with the referral
//!   probability. Those leads are treated like the funnel's own leads: they become
//!   opportunities and customers at the funnel's own lead → opportunity and lead → customer
//!   rates. Lead conversion and win rate therefore do not move because of referrals (the
//!   extra leads convert like the others), while CPL falls (referred leads cost nothing).
//!   Only one generation is counted: referred customers' own referrals belong to a later
//!   period. (In a funnel with accepted growth, a referred lead still counts as at most one
//!   customer.)
//! - **Capacity** caps the new customers of the period (all of them, referred or not);
//!   leads and opportunities are not capped, so win rate and lead conversion drop when the
//!   team cannot take every client it could win.
//! - **Costs**: ad spend counts as marketing. A cost KPI over a funnel with no cost entered
//!   (CPL without marketing cost, CAC, LTV:CAC, payback, ROI, cost per stage unit without
//!   any cost) is n/a rather than 0, because a zero cost almost always means "not entered",
//!   and a CAC of 0 would make LTV:CAC infinite.
//! - **Sales cycle** is the sum of the days of the stages from the lead stage up to, but not
//!   including, the customer stage: a stage's days are the time spent there before moving
//!   on, and the time spent as a customer is not part of winning the customer.
//! - **Sales velocity** uses the price as the deal value: the order (or first month) that
//!   the cycle closes. Repeat purchases and later months are the CLV's business, not the
//!   cycle's. With the definitions above, opportunities × win rate = customers, so
//!   velocity = customers × price / cycle days = the period's revenue per day of cycle.
//! - **Revenue** is customers × price: the first order, or the first month of a
//!   subscription.

use super::kpi::{Kpi, KpiId, NaReason};
use super::model::{Billing, CostKind, Funnel, FunnelKind, Rate};
use super::validate::MAX_AMOUNT;

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

/// The step furthest below its benchmark (or the lowest step without benchmarks).
#[derive(Clone, Debug, PartialEq)]
pub struct Bottleneck {
    /// Index of the step (from stage `step` to `step + 1`).
    pub step: usize,
    pub rate: f64,
    /// The rate it is measured against: the benchmark, when the step has one.
    pub benchmark: Option<f64>,
    /// Customers gained in the period if this step reached its benchmark (0 without one),
    /// after capacity and referrals, like [`Report::sensitivity`].
    pub extra_customers: f64,
    /// Delivery capacity would cap the customers with the step at its benchmark: the gain
    /// is smaller than the step alone would bring, or nothing when capacity binds already.
    pub capped: bool,
}

/// The improvement the sensitivity is about, in rate units (0.05 = 5 percentage points).
/// A relative +10 % would raise customers by 10 % whichever step it is (customers are a
/// product of the step rates), so every step would look alike.
pub const IMPROVEMENT_POINTS: f64 = 0.05;

/// What one step converting better is worth: the customers gained in the period, after
/// delivery capacity and referrals, with the step at a given rate and every later step at
/// its current rate (as the workshop's what-if sets it, `edit::set_step_rate`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepGain {
    /// Index of the step (from stage `step` to `step + 1`).
    pub step: usize,
    pub extra_customers: f64,
    /// Delivery capacity caps the customers at that rate.
    pub capped: bool,
}

/// Everything computed for one funnel.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub kind: FunnelKind,
    /// How the offer is paid for: revenue figures of two funnels compare only when they
    /// are billed alike.
    pub billing: Billing,
    /// Index of the stage whose volume counts as customers (the funnel's customer role),
    /// so readers of a report (charts, sensitivity) need not guess it.
    pub customer_stage: usize,
    pub stages: Vec<StageReport>,
    pub steps: Vec<StepReport>,
    /// One entry per `KpiId::ALL`, in that order.
    pub kpis: Vec<(KpiId, Kpi)>,
    pub bottleneck: Option<Bottleneck>,
    /// New customers of the period after capacity and referrals.
    pub customers: f64,
    /// True when the delivery capacity caps the customers the funnel would bring.
    pub capacity_binds: bool,
    /// The delivery capacity (new customers a month at most), when one is set.
    pub capacity: Option<f64>,
    /// Each step before the customer stage with [`IMPROVEMENT_POINTS`] more conversion
    /// (at most 100 %), in step order; a step out of an empty stage gains nobody.
    pub sensitivity: Vec<StepGain>,
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

/// An amount within 0..=`MAX_AMOUNT`; NaN and negative values become 0. `validate` already
/// guarantees this range, but `Funnel`'s fields are public, so a hand-built funnel is
/// cleaned here: the report promises "no NaN, no infinity" whatever it is given, and with
/// every input bounded by `MAX_AMOUNT` every sum and product below stays finite.
fn clean(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, MAX_AMOUNT)
    }
}

/// The role indices, clamped into the stages so that a hand-built funnel cannot make the
/// report index out of bounds; `validate` already guarantees this for validated funnels.
fn clamped_roles(funnel: &Funnel) -> (usize, usize, usize) {
    let last = funnel.stages.len().saturating_sub(1);
    let customer = funnel.roles.customer.min(last);
    let opportunity = funnel.roles.opportunity.min(customer);
    let lead = funnel.roles.lead.min(opportunity);
    (lead, opportunity, customer)
}

/// Leads, opportunities and customers of the period once referrals and capacity are
/// applied to a set of stage volumes. Used for the report and, with improved volumes, for
/// the bottleneck's "customers gained".
#[derive(Clone, Copy, Debug, PartialEq)]
struct Outcome {
    leads: f64,
    opportunities: f64,
    customers: f64,
    referral_leads: f64,
    capacity_binds: bool,
}

fn outcome(
    volumes: &[f64],
    roles: (usize, usize, usize),
    referral: Option<Rate>,
    capacity: Option<f64>,
) -> Outcome {
    let (lead, opportunity, customer) = roles;
    let at = |i: usize| volumes.get(i).copied().unwrap_or(0.0);
    let (funnel_leads, funnel_opportunities, funnel_customers) =
        (at(lead), at(opportunity), at(customer));
    let referral_leads = funnel_customers * referral.map_or(0.0, Rate::get);
    // Referred leads move on at the funnel's own rates from the lead stage; without leads
    // there is no rate to apply, and they bring nobody. In a funnel with accepted growth
    // those rates may exceed 1, but one referred lead is at most one opportunity and one
    // customer, so the rates are capped at 1 (which also keeps tiny lead volumes from
    // multiplying referrals without bound).
    let (extra_opportunities, extra_customers) = if funnel_leads > 0.0 {
        (
            referral_leads * (funnel_opportunities / funnel_leads).min(1.0),
            referral_leads * (funnel_customers / funnel_leads).min(1.0),
        )
    } else {
        (0.0, 0.0)
    };
    let demand = funnel_customers + extra_customers;
    let (customers, capacity_binds) = match capacity.map(clean) {
        Some(cap) if demand > cap => (cap, true),
        _ => (demand, false),
    };
    Outcome {
        leads: clean(funnel_leads + referral_leads),
        opportunities: clean(funnel_opportunities + extra_opportunities),
        customers: clean(customers),
        referral_leads: clean(referral_leads),
        capacity_binds,
    }
}

/// Picks the bottleneck among the steps that lead to the customer stage.
///
/// With any benchmark among those steps, the step with the largest shortfall
/// (benchmark − rate) among the benchmarked ones is chosen, even when every step meets
/// its benchmark (it is then the one with the least margin, and it gains nobody). Without
/// benchmarks, the step with the lowest rate is chosen. Steps out of an empty stage have no
/// rate and are skipped. Ties go to the earlier step, where a fix helps every later stage.
fn bottleneck(
    funnel: &Funnel,
    volumes: &[f64],
    roles: (usize, usize, usize),
    customers: f64,
) -> Option<Bottleneck> {
    let customer = roles.2;
    let candidates: Vec<(usize, f64, Option<f64>)> = (0..customer)
        .filter(|&i| volumes[i] > 0.0)
        .map(|i| {
            let rate = volumes[i + 1] / volumes[i];
            let benchmark = funnel.stages[i].benchmark.map(Rate::get);
            (i, rate, benchmark)
        })
        .filter(|(_, rate, _)| rate.is_finite())
        .collect();
    let any_benchmark = candidates.iter().any(|(_, _, b)| b.is_some());
    let mut best: Option<(usize, f64, Option<f64>, f64)> = None;
    for &(i, rate, benchmark) in &candidates {
        let score = match (any_benchmark, benchmark) {
            (true, Some(b)) => b - rate,
            (true, None) => continue,
            // Without benchmarks the lowest rate is the largest "shortfall" below 1.
            (false, _) => -rate,
        };
        if best.is_none_or(|(_, _, _, s)| score > s) {
            best = Some((i, rate, benchmark, score));
        }
    }
    let (step, rate, benchmark, _) = best?;
    let (extra_customers, capped) = match benchmark {
        Some(b) if b > rate => {
            // Run the step at its benchmark and every later step at its current rate. A
            // later step out of an empty stage has no current rate: its benchmark stands
            // in (or 0 without one), which is the honest "we do not know" guess.
            let mut improved = volumes.to_vec();
            improved[step + 1] = volumes[step] * b;
            for j in step + 1..customer {
                let r = if volumes[j] > 0.0 {
                    volumes[j + 1] / volumes[j]
                } else {
                    funnel.stages[j].benchmark.map_or(0.0, Rate::get)
                };
                improved[j + 1] = improved[j] * r;
            }
            let out = outcome(&improved, roles, funnel.referral, funnel.capacity);
            (clean(out.customers - customers), out.capacity_binds)
        }
        _ => (0.0, false),
    };
    Some(Bottleneck {
        step,
        rate,
        benchmark,
        extra_customers,
        capped,
    })
}

/// Stage volumes with step `step` converting at `rate`: the next stage follows, and every
/// later stage scales with it, so its own rate stays. When the next stage was empty there
/// is no rate to keep, and later stages stay as they are. `edit::set_step_rate` applies
/// the same rule to the typed volumes.
pub fn volumes_with_step_rate(volumes: &[f64], step: usize, rate: f64) -> Vec<f64> {
    let mut out = volumes.to_vec();
    let (Some(&from), Some(&old)) = (volumes.get(step), volumes.get(step + 1)) else {
        return out;
    };
    let new = from * rate.clamp(0.0, 1.0);
    out[step + 1] = new;
    if old > 0.0 {
        for v in out.iter_mut().skip(step + 2) {
            *v *= new / old;
        }
    }
    out
}

/// The gain of each step before the customer stage at [`IMPROVEMENT_POINTS`] more.
fn sensitivity(
    funnel: &Funnel,
    volumes: &[f64],
    roles: (usize, usize, usize),
    customers: f64,
) -> Vec<StepGain> {
    (0..roles.2)
        .map(|step| {
            let from = volumes[step];
            let (extra_customers, capped) = if from > 0.0 {
                let rate = (volumes[step + 1] / from + IMPROVEMENT_POINTS).min(1.0);
                let improved = volumes_with_step_rate(volumes, step, rate);
                let out = outcome(&improved, roles, funnel.referral, funnel.capacity);
                (clean(out.customers - customers), out.capacity_binds)
            } else {
                (0.0, false)
            };
            StepGain {
                step,
                extra_customers,
                capped,
            }
        })
        .collect()
}

/// Computes every KPI, stage and step of one funnel. Never panics and never yields NaN or
/// infinity, whatever the funnel.
pub fn report(funnel: &Funnel) -> Report {
    let volumes: Vec<f64> = funnel.stages.iter().map(|s| clean(s.volume)).collect();
    let roles = clamped_roles(funnel);
    let offer = &funnel.offer;
    let price = clean(offer.price);
    let margin = offer.margin.get();
    let ad_spend = funnel.top.as_ref().map_or(0.0, |t| clean(t.ad_spend));

    let (mut marketing_cost, mut sales_cost) = (ad_spend, 0.0);
    for s in &funnel.stages {
        match s.cost_kind {
            CostKind::Marketing => marketing_cost += clean(s.cost),
            CostKind::Sales => sales_cost += clean(s.cost),
        }
    }
    let total_cost = marketing_cost + sales_cost + clean(funnel.fixed_cost);

    let out = if volumes.is_empty() {
        Outcome {
            leads: 0.0,
            opportunities: 0.0,
            customers: 0.0,
            referral_leads: 0.0,
            capacity_binds: false,
        }
    } else {
        outcome(&volumes, roles, funnel.referral, funnel.capacity)
    };
    let customers = out.customers;
    let revenue = customers * price;

    let lcr = Kpi::ratio(customers, out.leads, NaReason::NoLeads);
    let win_rate = Kpi::ratio(customers, out.opportunities, NaReason::NoOpportunities);
    let ctr = match &funnel.top {
        None => Kpi::NotAvailable(NaReason::NoTopOfFunnel),
        Some(t) => Kpi::ratio(
            clean(t.clicks),
            clean(t.impressions),
            NaReason::NoImpressions,
        ),
    };
    let cpl = if marketing_cost == 0.0 {
        Kpi::NotAvailable(NaReason::NoMarketingCost)
    } else {
        Kpi::ratio(marketing_cost, out.leads, NaReason::NoLeads)
    };
    let cac = if customers == 0.0 {
        Kpi::NotAvailable(NaReason::NoCustomers)
    } else if total_cost == 0.0 {
        Kpi::NotAvailable(NaReason::NoCost)
    } else {
        Kpi::ratio(total_cost, customers, NaReason::NoCustomers)
    };
    let (gross_profit_monthly, clv) = match offer.billing {
        Billing::Monthly => {
            let gp = price * margin;
            let churn = offer.churn.get();
            (
                Kpi::finite_or(gp, NaReason::NoGrossProfit),
                if churn == 0.0 {
                    Kpi::NotAvailable(NaReason::ZeroChurn)
                } else {
                    Kpi::ratio(gp, churn, NaReason::ZeroChurn)
                },
            )
        }
        Billing::OneTime => {
            let lifetime = price * clean(offer.purchases) * margin;
            (
                Kpi::ratio(
                    lifetime,
                    clean(offer.relationship_months),
                    NaReason::NoGrossProfit,
                ),
                Kpi::finite_or(lifetime, NaReason::NoGrossProfit),
            )
        }
    };
    let ltv_cac = match (clv, cac) {
        (Kpi::Value(l), Kpi::Value(c)) => Kpi::ratio(l, c, NaReason::NoCost),
        (Kpi::NotAvailable(r), _) | (_, Kpi::NotAvailable(r)) => Kpi::NotAvailable(r),
    };
    let payback = match (cac, gross_profit_monthly) {
        (Kpi::Value(c), Kpi::Value(g)) => Kpi::ratio(c, g, NaReason::NoGrossProfit),
        (Kpi::NotAvailable(r), _) | (_, Kpi::NotAvailable(r)) => Kpi::NotAvailable(r),
    };
    let roi = if total_cost == 0.0 {
        Kpi::NotAvailable(NaReason::NoCost)
    } else {
        match clv {
            Kpi::Value(l) => Kpi::ratio(customers * l - total_cost, total_cost, NaReason::NoCost),
            na => na,
        }
    };
    let roas = match &funnel.top {
        None => Kpi::NotAvailable(NaReason::NoTopOfFunnel),
        Some(_) => Kpi::ratio(revenue, ad_spend, NaReason::NoAdSpend),
    };
    let (new_mrr, arr) = match offer.billing {
        Billing::Monthly => (
            Kpi::Value(revenue),
            Kpi::finite_or(12.0 * revenue, NaReason::NoCustomers),
        ),
        Billing::OneTime => (
            Kpi::NotAvailable(NaReason::NotSubscription),
            Kpi::NotAvailable(NaReason::NotSubscription),
        ),
    };
    let (lead, _, customer) = roles;
    let cycle_days: f64 = funnel
        .stages
        .get(lead..customer)
        .unwrap_or(&[])
        .iter()
        .map(|s| clean(s.days))
        .sum();
    let velocity = if out.opportunities == 0.0 {
        Kpi::NotAvailable(NaReason::NoOpportunities)
    } else {
        match win_rate {
            Kpi::Value(w) => {
                Kpi::ratio(out.opportunities * price * w, cycle_days, NaReason::NoCycle)
            }
            na => na,
        }
    };

    let kpis = KpiId::ALL
        .iter()
        .map(|&id| {
            let value = match id {
                KpiId::Customers => Kpi::Value(customers),
                KpiId::LeadConversion => lcr,
                KpiId::WinRate => win_rate,
                KpiId::Ctr => ctr,
                KpiId::Cpl => cpl,
                KpiId::Cac => cac,
                KpiId::GrossProfitMonthly => gross_profit_monthly,
                KpiId::Clv => clv,
                KpiId::LtvCac => ltv_cac,
                KpiId::Payback => payback,
                KpiId::Roi => roi,
                KpiId::Roas => roas,
                KpiId::Revenue => Kpi::Value(revenue),
                KpiId::NewMrr => new_mrr,
                KpiId::Arr => arr,
                KpiId::TotalCost => Kpi::Value(total_cost),
                KpiId::SalesCycle => Kpi::Value(cycle_days),
                KpiId::Velocity => velocity,
            };
            (id, value)
        })
        .collect();

    let first = volumes.first().copied().unwrap_or(0.0);
    let stages = funnel
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| StageReport {
            name: s.name.clone(),
            volume: volumes[i],
            of_previous: if i == 0 {
                Kpi::NotAvailable(NaReason::FirstStage)
            } else {
                Kpi::ratio(volumes[i], volumes[i - 1], NaReason::NoVolume)
            },
            of_first: Kpi::ratio(volumes[i], first, NaReason::NoVolume),
            cost_per_unit: if total_cost == 0.0 {
                Kpi::NotAvailable(NaReason::NoCost)
            } else {
                Kpi::ratio(total_cost, volumes[i], NaReason::NoVolume)
            },
            days: clean(s.days),
        })
        .collect();
    let steps = volumes
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let leak = pair[0] - pair[1];
            StepReport {
                from: i,
                rate: Kpi::ratio(pair[1], pair[0], NaReason::NoVolume),
                leak,
                leak_share: Kpi::ratio(leak, pair[0], NaReason::NoVolume),
                benchmark: funnel.stages[i].benchmark,
            }
        })
        .collect();

    Report {
        kind: funnel.kind,
        billing: funnel.offer.billing,
        customer_stage: roles.2,
        stages,
        steps,
        kpis,
        bottleneck: if volumes.is_empty() {
            None
        } else {
            bottleneck(funnel, &volumes, roles, customers)
        },
        customers,
        capacity_binds: out.capacity_binds,
        capacity: funnel.capacity.map(clean),
        sensitivity: if volumes.is_empty() {
            Vec::new()
        } else {
            sensitivity(funnel, &volumes, roles, customers)
        },
        referral_leads: out.referral_leads,
        marketing_cost,
        sales_cost,
        total_cost,
    }
}

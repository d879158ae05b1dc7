//! The answer a visitor came for: which funnel works better, in what respect, and why.
//!
//! Facts only, no wording: the UI words them in the reader's language. Two funnels are
//! rarely better in everything, so besides the overall call the verdict lists what each
//! side wins (as a multiple, "10× cheaper", never a subtraction) and the reasons the
//! engine knows: money lost per customer, a slow payback, a capacity that caps the
//! funnel, its weakest step against its benchmark.

use super::compare::comparable;
use super::kpi::{Kpi, KpiId, NaReason};
use super::model::Side;
use super::report::Report;

/// The figures people decide on, in the order the verdict shows them.
pub const DECISIVE: [KpiId; 6] = [
    KpiId::Customers,
    KpiId::Cac,
    KpiId::Clv,
    KpiId::LtvCac,
    KpiId::Payback,
    KpiId::SalesCycle,
];

/// LTV:CAC of 3 : 1 is the usual health mark; below 1 each customer loses money.
pub const HEALTHY_LTV_CAC: f64 = 3.0;
/// CAC payback within 12 months is the usual mark (BENCHMARKS.md, Skok).
pub const PAYBACK_MARK_MONTHS: f64 = 12.0;
/// Two figures within this factor of each other are "about even": an edge under 10 % on
/// typed estimates is no reason to prefer a funnel.
pub const EVEN_WITHIN: f64 = 1.1;

/// What one funnel does better than the other, each read from one KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aspect {
    /// Lower CAC.
    CheaperCustomers,
    /// More new customers a month.
    MoreCustomers,
    /// Higher CLV.
    MoreValuePerClient,
    /// Shorter CAC payback.
    PaysBackSooner,
    /// Shorter sales cycle.
    ClosesFaster,
}

impl Aspect {
    pub const ALL: [Aspect; 5] = [
        Aspect::CheaperCustomers,
        Aspect::MoreCustomers,
        Aspect::MoreValuePerClient,
        Aspect::PaysBackSooner,
        Aspect::ClosesFaster,
    ];

    pub fn kpi(self) -> KpiId {
        match self {
            Aspect::CheaperCustomers => KpiId::Cac,
            Aspect::MoreCustomers => KpiId::Customers,
            Aspect::MoreValuePerClient => KpiId::Clv,
            Aspect::PaysBackSooner => KpiId::Payback,
            Aspect::ClosesFaster => KpiId::SalesCycle,
        }
    }
}

/// `side` is `factor` times better at `aspect` (factor ≥ `EVEN_WITHIN`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Win {
    pub side: Side,
    pub aspect: Aspect,
    pub factor: f64,
}

/// The overall call, on the lifetime gross profit a month's new customers bring after
/// the month's costs (`customers × CLV − total cost`, the numerator of ROI).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Overall {
    /// `side` brings more, and pays for itself.
    Better(Side),
    /// Both pay for themselves and are within `EVEN_WITHIN` of each other.
    Even,
    /// Neither brings back what it costs.
    NeitherPays,
    /// A side's net value is not available (no customers, no churn, …).
    Unknown,
}

/// Why a funnel does as it does, where the engine knows.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// LTV:CAC below 1: each customer costs more than they bring.
    LosesMoneyPerCustomer { side: Side, ltv_cac: f64 },
    /// LTV:CAC between 1 and `HEALTHY_LTV_CAC`.
    BelowHealthMark { side: Side, ltv_cac: f64 },
    /// CAC payback longer than `PAYBACK_MARK_MONTHS`.
    SlowPayback { side: Side, months: f64 },
    /// The delivery capacity caps new customers at `customers`.
    CapacityCaps { side: Side, customers: f64 },
    /// The step from stage `step` to the next converts `rate`, below its `benchmark`.
    WeakStep {
        side: Side,
        step: usize,
        rate: f64,
        benchmark: f64,
    },
}

impl Reason {
    pub fn side(&self) -> Side {
        match *self {
            Reason::LosesMoneyPerCustomer { side, .. }
            | Reason::BelowHealthMark { side, .. }
            | Reason::SlowPayback { side, .. }
            | Reason::CapacityCaps { side, .. }
            | Reason::WeakStep { side, .. } => side,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub overall: Overall,
    /// Lifetime gross profit of a month's customers after the month's costs, per side
    /// (digital, service).
    pub net: [Kpi; 2],
    /// What each side wins, the overall winner's first, then in `Aspect::ALL` order.
    pub wins: Vec<Win>,
    /// The reasons, the weaker side's first.
    pub reasons: Vec<Reason>,
    /// For each of `DECISIVE`, the side that is clearly better (by `EVEN_WITHIN` or more),
    /// if any: the figures' ✓ marks agree with the sentences.
    pub better: Vec<(KpiId, Side)>,
}

impl Verdict {
    pub fn net(&self, side: Side) -> Kpi {
        self.net[side_index(side)]
    }

    /// The side clearly better at `kpi`, one of `DECISIVE`.
    pub fn better_at(&self, kpi: KpiId) -> Option<Side> {
        self.better
            .iter()
            .find(|(k, _)| *k == kpi)
            .map(|&(_, side)| side)
    }

    pub fn wins_of(&self, side: Side) -> impl Iterator<Item = &Win> {
        self.wins.iter().filter(move |w| w.side == side)
    }
}

fn side_index(side: Side) -> usize {
    match side {
        Side::Digital => 0,
        Side::Service => 1,
    }
}

/// A month's customers' lifetime gross profit after the month's costs.
pub fn net_value(r: &Report) -> Kpi {
    match r.kpi(KpiId::Clv) {
        Kpi::Value(clv) if r.customers > 0.0 => {
            Kpi::finite_or(r.customers * clv - r.total_cost, NaReason::NoCustomers)
        }
        // No customers this month: all the month's cost, and nothing back.
        Kpi::Value(_) => Kpi::finite_or(-r.total_cost, NaReason::NoCustomers),
        na => na,
    }
}

/// How many times better `better` is than `worse` for a KPI whose direction is
/// `lower_is_better`; `None` when the two do not compare as a multiple (a zero or a
/// negative value).
fn factor(a: f64, b: f64, lower_is_better: bool) -> Option<(bool, f64)> {
    if a <= 0.0 || b <= 0.0 {
        return None;
    }
    let a_better = if lower_is_better { a < b } else { a > b };
    let f = if a > b { a / b } else { b / a };
    f.is_finite().then_some((a_better, f))
}

/// Which side is better at `id`, and by what multiple, when the two compare as a multiple.
fn edge(id: KpiId, digital: &Report, service: &Report) -> Option<(Side, f64)> {
    if !comparable(id, digital, service) {
        return None;
    }
    let (d, s) = (digital.kpi(id).value()?, service.kpi(id).value()?);
    let lower = id.better() == super::kpi::Better::Lower;
    let (digital_better, f) = factor(d, s, lower)?;
    let side = if digital_better {
        Side::Digital
    } else {
        Side::Service
    };
    Some((side, f))
}

/// Moves the items that `first` picks before the others, each group in its order. A
/// partition, not `sort_by_key`: the standard library's stable sort is a sizeable piece of
/// wasm that nothing else needs.
fn first_where<T>(items: &mut Vec<T>, first: impl Fn(&T) -> bool) {
    let (mut picked, rest): (Vec<T>, Vec<T>) = items.drain(..).partition(|x| first(x));
    picked.extend(rest);
    *items = picked;
}

pub fn verdict(digital: &Report, service: &Report) -> Verdict {
    let reports = [(Side::Digital, digital), (Side::Service, service)];
    let net = [net_value(digital), net_value(service)];
    let overall = match (net[0], net[1]) {
        (Kpi::Value(d), Kpi::Value(s)) => {
            if d <= 0.0 && s <= 0.0 {
                Overall::NeitherPays
            } else if d > 0.0 && s > 0.0 && d.max(s) / d.min(s) < EVEN_WITHIN {
                Overall::Even
            } else if d > s {
                Overall::Better(Side::Digital)
            } else {
                Overall::Better(Side::Service)
            }
        }
        _ => Overall::Unknown,
    };

    let mut wins: Vec<Win> = Aspect::ALL
        .iter()
        .filter_map(|&aspect| {
            let (side, factor) = edge(aspect.kpi(), digital, service)?;
            (factor >= EVEN_WITHIN).then_some(Win {
                side,
                aspect,
                factor,
            })
        })
        .collect();
    let better = DECISIVE
        .iter()
        .filter_map(|&id| {
            let (side, factor) = edge(id, digital, service)?;
            (factor >= EVEN_WITHIN).then_some((id, side))
        })
        .collect();
    if let Overall::Better(winner) = overall {
        // The winner's wins first, each side's in `Aspect::ALL` order.
        first_where(&mut wins, |w| w.side == winner);
    }

    let mut reasons = Vec::new();
    for (side, r) in reports {
        if let Kpi::Value(x) = r.kpi(KpiId::LtvCac) {
            if x < 1.0 {
                reasons.push(Reason::LosesMoneyPerCustomer { side, ltv_cac: x });
            } else if x < HEALTHY_LTV_CAC {
                reasons.push(Reason::BelowHealthMark { side, ltv_cac: x });
            }
        }
        if let Kpi::Value(m) = r.kpi(KpiId::Payback) {
            if m > PAYBACK_MARK_MONTHS {
                reasons.push(Reason::SlowPayback { side, months: m });
            }
        }
        if r.capacity_binds {
            reasons.push(Reason::CapacityCaps {
                side,
                customers: r.customers,
            });
        }
        if let Some(b) = &r.bottleneck {
            // Only a step whose fix would bring customers: under a binding capacity it
            // would bring none.
            let gains = b.extra_customers > 0.0;
            if let Some(benchmark) = b.benchmark.filter(|&bm| gains && b.rate < bm) {
                reasons.push(Reason::WeakStep {
                    side,
                    step: b.step,
                    rate: b.rate,
                    benchmark,
                });
            }
        }
    }
    if let Overall::Better(winner) = overall {
        first_where(&mut reasons, |r| r.side() != winner);
    }
    Verdict {
        overall,
        net,
        wins,
        reasons,
        better,
    }
}

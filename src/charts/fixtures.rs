//! Hand-built reports and timelines for the chart tests and snapshots.
//!
//! The charts must not depend on the engine (`report()`, `simulate()`), which is written
//! elsewhere and may change its numbers; these fixtures fill the public fields directly,
//! so a snapshot changes only when a chart changes. Public (but hidden from docs) because
//! integration tests in `tests/` cannot see `#[cfg(test)]` items; unused in the app, so
//! the linker drops them from the wasm bundle.

use crate::domain::kpi::{Kpi, NaReason};
use crate::domain::model::{FunnelKind, Rate};
use crate::domain::report::{Bottleneck, Report, StageReport, StepGain, StepReport};
use crate::domain::timeline::{Month, Timeline};

/// A report from stage `(name, volume, days)` triples; step `i` gets `benchmarks[i]`
/// (a share, when given) and the bottleneck is the step the caller names. Rates, leaks and
/// shares are the plain ratios; customers are the last stage's volume.
pub fn report(
    kind: FunnelKind,
    stages: &[(&str, f64, f64)],
    benchmarks: &[Option<f64>],
    bottleneck: Option<usize>,
) -> Report {
    let first = stages.first().map_or(0.0, |s| s.1);
    let stage_reports = stages
        .iter()
        .enumerate()
        .map(|(i, &(name, volume, days))| StageReport {
            name: name.to_string(),
            volume,
            of_previous: match i {
                0 => Kpi::NotAvailable(NaReason::FirstStage),
                _ => Kpi::ratio(volume, stages[i - 1].1, NaReason::NoVolume),
            },
            of_first: Kpi::ratio(volume, first, NaReason::NoVolume),
            cost_per_unit: Kpi::NotAvailable(NaReason::NoCost),
            days,
        })
        .collect();
    let steps: Vec<StepReport> = stages
        .windows(2)
        .enumerate()
        .map(|(i, pair)| StepReport {
            from: i,
            rate: Kpi::ratio(pair[1].1, pair[0].1, NaReason::NoVolume),
            leak: pair[0].1 - pair[1].1,
            leak_share: Kpi::ratio(pair[0].1 - pair[1].1, pair[0].1, NaReason::NoVolume),
            benchmark: benchmarks.get(i).copied().flatten().and_then(Rate::new),
        })
        .collect();
    let customers = stages.last().map_or(0.0, |s| s.1);
    let bottleneck = bottleneck.and_then(|step| {
        let s = steps.get(step)?;
        let rate = s.rate.value().unwrap_or(0.0);
        let benchmark = s.benchmark.map(Rate::get);
        Some(Bottleneck {
            step,
            rate,
            benchmark,
            extra_customers: match benchmark {
                Some(b) if rate > 0.0 && b > rate => customers * (b / rate - 1.0),
                _ => 0.0,
            },
            capped: false,
        })
    });
    // Five points more on a step multiplies the customers by (rate + 0.05) / rate.
    let sensitivity = steps
        .iter()
        .map(|s| {
            let extra = match s.rate.value() {
                Some(r) if r > 0.0 && r < 1.0 => customers * ((r + 0.05).min(1.0) / r - 1.0),
                _ => 0.0,
            };
            StepGain {
                step: s.from,
                extra_customers: if extra.is_finite() { extra } else { 0.0 },
                capped: false,
            }
        })
        .collect();
    Report {
        kind,
        billing: crate::domain::model::Billing::OneTime,
        customer_stage: stages.len().saturating_sub(1),
        stages: stage_reports,
        steps,
        kpis: Vec::new(),
        bottleneck,
        customers,
        capacity_binds: false,
        capacity: None,
        sensitivity,
        referral_leads: 0.0,
        marketing_cost: 0.0,
        sales_cost: 0.0,
        total_cost: 0.0,
    }
}

/// An online course: many visitors, a trial, few days per stage.
pub fn digital_report() -> Report {
    report(
        FunnelKind::Digital,
        &[
            ("Visitors", 10000.0, 1.0),
            ("Sign-ups", 1200.0, 3.0),
            ("Trial users", 300.0, 14.0),
            ("Customers", 45.0, 0.0),
        ],
        &[Some(0.10), Some(0.30), Some(0.25)],
        Some(2),
    )
}

/// A consultancy: few leads, long stages, a high share of qualified leads lost.
pub fn service_report() -> Report {
    report(
        FunnelKind::Service,
        &[
            ("Leads", 120.0, 7.0),
            ("Qualified leads", 60.0, 14.0),
            ("Discovery calls", 20.0, 21.0),
            ("Proposals", 12.0, 30.0),
            ("Clients", 4.0, 0.0),
        ],
        &[Some(0.5), Some(0.6), None, Some(0.4)],
        Some(1),
    )
}

/// A report without stages (what an empty form could give).
pub fn empty_report() -> Report {
    report(FunnelKind::Digital, &[], &[], None)
}

/// Stages that exist but are all empty: every rate is "not available".
pub fn zero_report() -> Report {
    report(
        FunnelKind::Service,
        &[
            ("Leads", 0.0, 0.0),
            ("Calls", 0.0, 0.0),
            ("Clients", 0.0, 0.0),
        ],
        &[],
        None,
    )
}

/// A simple month-by-month run: `new` customers a month from month `start`, paying
/// `price` (every month while subscribed when `churn` is given, once otherwise), a fixed
/// `cost` each month and a gross `margin`.
pub fn timeline(
    months: u32,
    start: u32,
    new: f64,
    price: f64,
    churn: Option<f64>,
    cost: f64,
    margin: f64,
) -> Timeline {
    let mut out = Vec::new();
    let (mut customers, mut active, mut revenue_sum, mut profit_sum) = (0.0, 0.0, 0.0, 0.0);
    let mut break_even_month = None;
    for month in 1..=months {
        let new_customers = if month >= start { new } else { 0.0 };
        customers += new_customers;
        let revenue = match churn {
            Some(c) => {
                active = active * (1.0 - c) + new_customers;
                active * price
            }
            None => new_customers * price,
        };
        revenue_sum += revenue;
        profit_sum += revenue * margin;
        let cumulative_cost = cost * f64::from(month);
        if break_even_month.is_none() && profit_sum >= cumulative_cost && profit_sum > 0.0 {
            break_even_month = Some(month);
        }
        out.push(Month {
            month,
            new_customers,
            cumulative_customers: customers,
            active_subscribers: active,
            revenue,
            cumulative_revenue: revenue_sum,
            cumulative_cost,
            cumulative_gross_profit: profit_sum,
        });
    }
    Timeline {
        months: out,
        break_even_month,
        monthly_inflow: new,
    }
}

/// The course: a subscription that starts selling in the first month.
pub fn digital_timeline() -> Timeline {
    timeline(24, 1, 45.0, 30.0, Some(0.05), 3000.0, 0.8)
}

/// The consultancy: its first clients sign in month 4, each worth a lot more.
pub fn service_timeline() -> Timeline {
    timeline(24, 4, 4.0, 6000.0, None, 8000.0, 0.5)
}

/// No months at all.
pub fn empty_timeline() -> Timeline {
    Timeline {
        months: Vec::new(),
        break_even_month: None,
        monthly_inflow: 0.0,
    }
}

/// Months in which nothing happens and nothing is spent.
pub fn zero_timeline() -> Timeline {
    timeline(12, 1, 0.0, 0.0, None, 0.0, 0.0)
}

//! KPI identities and values: what a KPI is called, its unit, which direction is better,
//! and a value that is either a finite number or "not available" with a reason.
//!
//! Nothing in a report is ever NaN or infinite: a ratio whose denominator is zero is
//! `Kpi::NotAvailable` with the reason, so the UI can say why instead of showing `NaN`.

/// Every KPI the report computes. The `id` strings are stable: the UI puts them in
/// `data-kpi` attributes, tests read them and CSV export uses them as keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KpiId {
    LeadConversion,
    WinRate,
    Ctr,
    Cpl,
    Cac,
    GrossProfitMonthly,
    Clv,
    LtvCac,
    Payback,
    Roi,
    Roas,
    NewMrr,
    Arr,
    SalesCycle,
    Velocity,
    Customers,
    Revenue,
    TotalCost,
}

impl KpiId {
    /// All KPIs in the order the comparison table shows them.
    pub const ALL: [KpiId; 18] = [
        KpiId::Customers,
        KpiId::LeadConversion,
        KpiId::WinRate,
        KpiId::Ctr,
        KpiId::Cpl,
        KpiId::Cac,
        KpiId::GrossProfitMonthly,
        KpiId::Clv,
        KpiId::LtvCac,
        KpiId::Payback,
        KpiId::Roi,
        KpiId::Roas,
        KpiId::Revenue,
        KpiId::NewMrr,
        KpiId::Arr,
        KpiId::TotalCost,
        KpiId::SalesCycle,
        KpiId::Velocity,
    ];

    pub fn id(self) -> &'static str {
        match self {
            KpiId::LeadConversion => "lcr",
            KpiId::WinRate => "win_rate",
            KpiId::Ctr => "ctr",
            KpiId::Cpl => "cpl",
            KpiId::Cac => "cac",
            KpiId::GrossProfitMonthly => "gross_profit_monthly",
            KpiId::Clv => "clv",
            KpiId::LtvCac => "ltv_cac",
            KpiId::Payback => "payback",
            KpiId::Roi => "roi",
            KpiId::Roas => "roas",
            KpiId::NewMrr => "new_mrr",
            KpiId::Arr => "arr",
            KpiId::SalesCycle => "sales_cycle",
            KpiId::Velocity => "velocity",
            KpiId::Customers => "customers",
            KpiId::Revenue => "revenue",
            KpiId::TotalCost => "total_cost",
        }
    }

    pub fn from_id(id: &str) -> Option<KpiId> {
        KpiId::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn unit(self) -> Unit {
        match self {
            KpiId::LeadConversion | KpiId::WinRate | KpiId::Ctr | KpiId::Roi => Unit::Percent,
            KpiId::Cpl
            | KpiId::Cac
            | KpiId::GrossProfitMonthly
            | KpiId::Clv
            | KpiId::NewMrr
            | KpiId::Arr
            | KpiId::Revenue
            | KpiId::TotalCost => Unit::Money,
            KpiId::LtvCac | KpiId::Roas => Unit::Ratio,
            KpiId::Payback => Unit::Months,
            KpiId::SalesCycle => Unit::Days,
            KpiId::Velocity => Unit::MoneyPerDay,
            KpiId::Customers => Unit::Count,
        }
    }

    /// Which direction is better when two funnels are compared.
    pub fn better(self) -> Better {
        match self {
            KpiId::Cpl | KpiId::Cac | KpiId::Payback | KpiId::SalesCycle | KpiId::TotalCost => {
                Better::Lower
            }
            _ => Better::Higher,
        }
    }
}

/// How a KPI's number is to be read and formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A share in 0..=1 (or beyond for ROI), shown as a percentage.
    Percent,
    Money,
    /// A plain ratio such as LTV:CAC 3.2 : 1.
    Ratio,
    Months,
    Days,
    MoneyPerDay,
    Count,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

/// Why a KPI cannot be computed. The UI turns each into a sentence in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NaReason {
    NoCustomers,
    NoLeads,
    NoOpportunities,
    NoImpressions,
    NoAdSpend,
    NoMarketingCost,
    NoCost,
    ZeroChurn,
    NoGrossProfit,
    NoCycle,
    NotSubscription,
    NoVolume,
    LastStage,
    FirstStage,
    NoTopOfFunnel,
}

impl NaReason {
    /// Every reason, in declaration order (translations are listed in this order).
    pub const ALL: [NaReason; 15] = [
        NaReason::NoCustomers,
        NaReason::NoLeads,
        NaReason::NoOpportunities,
        NaReason::NoImpressions,
        NaReason::NoAdSpend,
        NaReason::NoMarketingCost,
        NaReason::NoCost,
        NaReason::ZeroChurn,
        NaReason::NoGrossProfit,
        NaReason::NoCycle,
        NaReason::NotSubscription,
        NaReason::NoVolume,
        NaReason::LastStage,
        NaReason::FirstStage,
        NaReason::NoTopOfFunnel,
    ];

    /// The stable key of the reason, used for translation lookups and tests.
    pub fn key(self) -> &'static str {
        match self {
            NaReason::NoCustomers => "no_customers",
            NaReason::NoLeads => "no_leads",
            NaReason::NoOpportunities => "no_opportunities",
            NaReason::NoImpressions => "no_impressions",
            NaReason::NoAdSpend => "no_ad_spend",
            NaReason::NoMarketingCost => "no_marketing_cost",
            NaReason::NoCost => "no_cost",
            NaReason::ZeroChurn => "zero_churn",
            NaReason::NoGrossProfit => "no_gross_profit",
            NaReason::NoCycle => "no_cycle",
            NaReason::NotSubscription => "not_subscription",
            NaReason::NoVolume => "no_volume",
            NaReason::LastStage => "last_stage",
            NaReason::FirstStage => "first_stage",
            NaReason::NoTopOfFunnel => "no_top_of_funnel",
        }
    }

    /// Plain English, the fallback text.
    pub fn english(self) -> &'static str {
        match self {
            NaReason::NoCustomers => "no customers",
            NaReason::NoLeads => "no leads",
            NaReason::NoOpportunities => "no opportunities",
            NaReason::NoImpressions => "no impressions",
            NaReason::NoAdSpend => "no ad spend",
            NaReason::NoMarketingCost => "no marketing cost",
            NaReason::NoCost => "no cost",
            NaReason::ZeroChurn => "churn is 0 %: the lifetime has no end",
            NaReason::NoGrossProfit => "no gross profit",
            NaReason::NoCycle => "cycle of 0 days",
            NaReason::NotSubscription => "not a subscription",
            NaReason::NoVolume => "stage is empty",
            NaReason::LastStage => "last stage",
            NaReason::FirstStage => "first stage",
            NaReason::NoTopOfFunnel => "no ad data",
        }
    }
}

/// A KPI value: a finite number, or not available with a reason. Never NaN or infinite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kpi {
    Value(f64),
    NotAvailable(NaReason),
}

impl Kpi {
    /// A finite number becomes a value; NaN or infinity becomes `NotAvailable(reason)`.
    pub fn finite_or(value: f64, reason: NaReason) -> Kpi {
        if value.is_finite() {
            Kpi::Value(value)
        } else {
            Kpi::NotAvailable(reason)
        }
    }

    /// `numerator / denominator`, or `NotAvailable(reason)` when the denominator is zero
    /// (or the result would not be finite).
    pub fn ratio(numerator: f64, denominator: f64, reason: NaReason) -> Kpi {
        if denominator == 0.0 {
            Kpi::NotAvailable(reason)
        } else {
            Kpi::finite_or(numerator / denominator, reason)
        }
    }

    pub fn value(self) -> Option<f64> {
        match self {
            Kpi::Value(v) => Some(v),
            Kpi::NotAvailable(_) => None,
        }
    }

    /// Applies `f` to a value and keeps "not available" as it is.
    pub fn map(self, f: impl FnOnce(f64) -> f64) -> Kpi {
        match self {
            Kpi::Value(v) => Kpi::finite_or(f(v), NaReason::NoVolume),
            na => na,
        }
    }
}

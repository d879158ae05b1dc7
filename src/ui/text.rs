//! The words of the interface: KPI names and their one-line explanations.
//!
//! Kept in one place so that translations replace one module, not strings scattered
//! through components.

use crate::domain::kpi::KpiId;

pub fn kpi_name(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => "New customers",
        KpiId::LeadConversion => "Lead → customer rate (LCR)",
        KpiId::WinRate => "Win rate",
        KpiId::Ctr => "Click-through rate (CTR)",
        KpiId::Cpl => "Cost per lead (CPL)",
        KpiId::Cac => "Customer acquisition cost (CAC)",
        KpiId::GrossProfitMonthly => "Gross profit per customer per month",
        KpiId::Clv => "Customer lifetime value (CLV)",
        KpiId::LtvCac => "LTV : CAC",
        KpiId::Payback => "CAC payback",
        KpiId::Roi => "ROI (lifetime)",
        KpiId::Roas => "Return on ad spend (ROAS)",
        KpiId::Revenue => "Revenue of new customers",
        KpiId::NewMrr => "New MRR",
        KpiId::Arr => "New ARR",
        KpiId::TotalCost => "Total cost",
        KpiId::SalesCycle => "Sales cycle",
        KpiId::Velocity => "Sales velocity",
    }
}

pub fn kpi_explanation(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => "Customers won in the period, after capacity limits and referrals.",
        KpiId::LeadConversion => {
            "Share of leads that become customers (lead → customer, not visitor → lead)."
        }
        KpiId::WinRate => "Share of opportunities that are won.",
        KpiId::Ctr => "Share of ad impressions that are clicked.",
        KpiId::Cpl => "Marketing spend divided by the number of leads.",
        KpiId::Cac => "All marketing, sales and fixed costs divided by new customers.",
        KpiId::GrossProfitMonthly => "What one customer leaves after direct costs, per month.",
        KpiId::Clv => {
            "Gross profit one customer brings over the whole relationship (margin included)."
        }
        KpiId::LtvCac => {
            "Lifetime value per unit of acquisition cost; 3 : 1 is the usual health mark."
        }
        KpiId::Payback => "Months of a customer's gross profit needed to earn back the CAC.",
        KpiId::Roi => "Lifetime gross profit of the period's customers against the period's cost.",
        KpiId::Roas => "First-purchase revenue per unit of ad spend.",
        KpiId::Revenue => "First order (or first month) of the period's new customers.",
        KpiId::NewMrr => "Monthly recurring revenue added by the period's new subscribers.",
        KpiId::Arr => "New MRR × 12.",
        KpiId::TotalCost => "Marketing, sales and fixed costs of the period.",
        KpiId::SalesCycle => "Days from becoming a lead to becoming a customer.",
        KpiId::Velocity => {
            "Revenue the pipeline produces per day: opportunities × deal value × win rate ÷ cycle."
        }
    }
}

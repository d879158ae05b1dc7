//! The KPI comparison: every KPI of both funnels, the difference and the better side,
//! each with a one-line explanation; and the bottleneck callout of each funnel.
//!
//! Every value carries `data-kpi`, `data-funnel` and `data-value` (the raw number, empty
//! when n/a) so tests and exports read numbers without parsing locale formatting.

use leptos::prelude::*;

use super::format;
use super::text::{kpi_explanation, kpi_name};
use super::{use_app, FunnelModel};
use crate::domain::compare::ComparisonRow;
use crate::domain::kpi::{Kpi, Unit};
use crate::domain::model::Side;

#[component]
pub fn KpiTable() -> impl IntoView {
    let app = use_app();
    let name = move |side: Side| app.model(side).inputs.with(|f| f.name.clone());
    let rows = move || app.comparison.get();
    view! {
        <section class="kpis" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">"Key figures"</h2>
            <div class="table-wrap">
                <table class="kpi-table">
                    <thead>
                        <tr>
                            <th scope="col">"KPI"</th>
                            <th scope="col">{move || name(Side::Digital)}</th>
                            <th scope="col">{move || name(Side::Service)}</th>
                            <th scope="col">"Difference"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=rows key=|row| row.kpi let:row>
                            <KpiRow kpi=row.kpi />
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn KpiRow(kpi: crate::domain::kpi::KpiId) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| {
        app.comparison
            .with(|rows| rows.iter().find(|r| r.kpi == kpi).cloned())
    });
    let tip_id = format!("tip-{}", kpi.id());
    let cell = move |side: Side| {
        let value = move || {
            row.with(|r| {
                r.as_ref().map_or(
                    Kpi::NotAvailable(crate::domain::kpi::NaReason::NoVolume),
                    |r| match side {
                        Side::Digital => r.digital,
                        Side::Service => r.service,
                    },
                )
            })
        };
        let better = move || row.with(|r| r.as_ref().and_then(|r| r.better) == Some(side));
        let raw = move || value().value().map(|v| v.to_string()).unwrap_or_default();
        let text = move || match value() {
            Kpi::Value(_) => {
                format::kpi(&app.number_style.get(), value(), kpi.unit()).unwrap_or_default()
            }
            Kpi::NotAvailable(reason) => format!("n/a: {}", reason.english()),
        };
        view! {
            <td class="num" class:better=better class:na=move || value().value().is_none()
                data-kpi=kpi.id() data-funnel=side.id() data-value=raw>
                {text}
                <span class="better-mark">{move || if better() { " ✓ better" } else { "" }}</span>
            </td>
        }
    };
    let difference = move || {
        row.with(|r| {
            let r: &ComparisonRow = r.as_ref()?;
            let d = r.difference?;
            let ns = app.number_style.get();
            let shown = match kpi.unit() {
                // A difference of two percentages is in percentage points.
                Unit::Percent => format!("{} pp", format::number(&ns, d.abs() * 100.0)),
                unit => format::kpi(&ns, Kpi::Value(d.abs()), unit)?,
            };
            let sign = if d > 0.0 {
                "+"
            } else if d < 0.0 {
                "−"
            } else {
                ""
            };
            Some(format!("{sign}{shown}"))
        })
    };
    let diff_raw = move || {
        row.with(|r| {
            r.as_ref()
                .and_then(|r| r.difference)
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <tr data-row=kpi.id()>
            <th scope="row">
                <span class="kpi-name" tabindex="0" aria-describedby=tip_id.clone()>
                    {kpi_name(kpi)}
                </span>
                <span class="tooltip" role="tooltip" id=tip_id>{kpi_explanation(kpi)}</span>
            </th>
            {cell(Side::Digital)}
            {cell(Side::Service)}
            <td class="num diff" data-kpi=kpi.id() data-funnel="difference" data-value=diff_raw>{difference}</td>
        </tr>
    }
}

/// "The MQL → SQL step loses most: at the benchmark rate you would win N more customers."
#[component]
pub fn Bottleneck(model: FunnelModel) -> impl IntoView {
    let app = use_app();
    let text = move || {
        model.report.with(|r| {
            let b = r.bottleneck.as_ref()?;
            let from = r.stages.get(b.step)?.name.clone();
            let to = r.stages.get(b.step + 1)?.name.clone();
            let ns = app.number_style.get();
            let rate = format::percent(&ns, b.rate);
            Some(match b.benchmark {
                Some(mark) if b.extra_customers > 0.0 => format!(
                    "The {from} → {to} step loses most: {rate} against a benchmark of {}. At the benchmark you would win {} more customers per month.",
                    format::percent(&ns, mark),
                    format::count(&ns, (b.extra_customers * 10.0).round() / 10.0)
                ),
                Some(_) => format!("Every step meets its benchmark; the weakest is {from} → {to} at {rate}."),
                None => format!("The {from} → {to} step converts least: {rate}. Add a benchmark to see what reaching it is worth."),
            })
        })
    };
    let side = model.side.id();
    view! {
        <p class="bottleneck-callout" data-funnel=side>
            <strong>"Bottleneck: "</strong>
            {move || text().unwrap_or_else(|| "none (a single stage).".into())}
        </p>
    }
}

//! The KPI comparison: every KPI of both funnels, the difference and the better side,
//! each with a one-line explanation; and the bottleneck callout of each funnel.
//!
//! Every value carries `data-kpi`, `data-funnel` and `data-value` (the raw number, empty
//! when n/a) so tests and exports read numbers without parsing locale formatting.

use leptos::prelude::*;

use super::format;
use super::i18n::{self, count_phrase, kpi_explanation, kpi_name, tf, Key, Noun};
use super::{settled, tr, use_app, Debouncer, FunnelModel};
use crate::domain::compare::ComparisonRow;
use crate::domain::kpi::{Kpi, Unit};
use crate::domain::model::Side;
use crate::domain::whatif;

/// The decimals money has in each column of a KPI table (digital, service, difference):
/// the same down a column.
fn money_digits(app: super::AppState) -> Memo<[usize; 3]> {
    Memo::new(move |_| {
        app.comparison.with(|rows| {
            let column = |pick: fn(&ComparisonRow) -> Kpi| {
                format::column_digits(rows.iter().map(|r| (r.kpi.unit(), pick(r))))
            };
            [
                column(|r| r.digital),
                column(|r| r.service),
                column(|r| {
                    r.difference
                        .map_or(Kpi::Value(0.0), |d| Kpi::Value(d.abs()))
                }),
            ]
        })
    })
}

#[component]
pub fn KpiTable() -> impl IntoView {
    let app = use_app();
    let name = move |side: Side| app.model(side).inputs.with(|f| f.name.clone());
    let rows = move || app.comparison.get();
    let money_digits = money_digits(app);
    view! {
        <section class="kpis" aria-labelledby="kpi-heading" data-stale=app.stale_attr()>
            <h2 id="kpi-heading" tabindex="-1">{tr(Key::KeyFigures)}</h2>
            <ResultsAnnouncer />
            <div class="table-wrap">
                <table class="kpi-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::KpiColumn)}</th>
                            <th scope="col">{settled(move || name(Side::Digital))}</th>
                            <th scope="col">{settled(move || name(Side::Service))}</th>
                            <th scope="col">{settled(move || {
                                let lang = app.lang.get();
                                tf(lang, Key::DifferenceOf, &[("b", &name(Side::Service)), ("a", &name(Side::Digital))])
                            })}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=rows key=|row| row.kpi let:row>
                            <KpiRow kpi=row.kpi money_digits />
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Announces the headline results to screen readers, politely and only after typing
/// pauses: announcing every keystroke would drown the reader.
#[component]
fn ResultsAnnouncer() -> impl IntoView {
    let app = use_app();
    let summary = settled(move || {
        let ns = app.number_style.get();
        let lang = app.lang.get();
        [Side::Digital, Side::Service]
            .into_iter()
            .map(|side| {
                let m = app.model(side);
                let name = m.inputs.with(|f| f.name.clone());
                let cell = |k: crate::domain::kpi::KpiId| {
                    format::kpi(&ns, lang, m.report.with(|r| r.kpi(k)), k.unit())
                        .unwrap_or_else(|| i18n::t(lang, Key::NotAvailable).into())
                };
                format!(
                    "{name}: {} {}, {} {}.",
                    kpi_name(lang, crate::domain::kpi::KpiId::Customers),
                    cell(crate::domain::kpi::KpiId::Customers),
                    kpi_name(lang, crate::domain::kpi::KpiId::Cac),
                    cell(crate::domain::kpi::KpiId::Cac)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    });
    let announced = RwSignal::new(String::new());
    let debounce = Debouncer::new();
    Effect::new(move |first: Option<()>| {
        let text = summary.get();
        if first.is_none() {
            // Nothing to announce on load: the page itself is being read then.
            return;
        }
        debounce.run(std::time::Duration::from_millis(1000), move || {
            announced.set(text)
        });
    });
    view! { <p class="visually-hidden" role="status" aria-live="polite" data-announcer="results">{settled(move || announced.get())}</p> }
}

/// One KPI of both funnels with their difference.
#[component]
fn KpiRow(kpi: crate::domain::kpi::KpiId, money_digits: Memo<[usize; 3]>) -> impl IntoView {
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
        let raw = settled(move || format::raw_value(value().value()));
        let text = settled(move || match value() {
            Kpi::Value(_) => {
                let digits = money_digits.with(|d| d[side as usize]);
                format::kpi_in(
                    &app.number_style.get(),
                    app.lang.get(),
                    value(),
                    kpi.unit(),
                    Some(digits),
                )
                .unwrap_or_default()
            }
            Kpi::NotAvailable(reason) => i18n::not_available(app.lang.get(), reason),
        });
        let better_text = tr(Key::Better);
        // In workshop mode, each value also shows its change against the baseline.
        let workshop = super::workshop::try_use_workshop();
        let delta = settled(move || {
            let Some(w) = workshop else {
                return String::new();
            };
            if !w.on.get() {
                return String::new();
            }
            let delta = w.baseline_reports.with(|b| {
                let (d, s) = b.as_ref()?;
                let then = match side {
                    Side::Digital => d,
                    Side::Service => s,
                };
                app.model(side)
                    .report
                    .with(|now| whatif::delta(kpi, now, then))
            });
            super::workshop::delta_text(app.lang.get(), &app.number_style.get(), kpi.unit(), delta)
                .unwrap_or_default()
        });
        view! {
            <td class="num" class:better=better class:na=move || value().value().is_none()
                data-kpi=kpi.id() data-funnel=side.id() data-value=raw>
                {text}
                <span class="delta" data-delta=kpi.id()>{delta}</span>
                <span class="better-mark">{settled(move || if better() { format!(" {}", better_text()) } else { String::new() })}</span>
            </td>
        }
    };
    let difference = settled(move || {
        row.with(|r| {
            let r: &ComparisonRow = r.as_ref()?;
            let d = r.difference?;
            let ns = app.number_style.get();
            if kpi.unit() == Unit::Ratio {
                // A ratio's difference ("−1.25 : 1") means little; its multiple does.
                let (a, b) = (r.digital.value()?, r.service.value()?);
                return (a > 0.0 && b > 0.0).then(|| {
                    tf(
                        app.lang.get(),
                        Key::UnitTimes,
                        &[("n", &format::number(&ns, b / a))],
                    )
                });
            }
            let digits = money_digits.with(|d| d[2]);
            super::workshop::change_text(app.lang.get(), &ns, kpi.unit(), d, Some(digits))
        })
        .unwrap_or_default()
    });
    // For a ratio, the multiple shown (service ÷ digital), else service − digital.
    let diff_raw = settled(move || {
        row.with(|r| {
            let r = r.as_ref()?;
            if kpi.unit() == Unit::Ratio {
                let (a, b) = (r.digital.value()?, r.service.value()?);
                (a > 0.0 && b > 0.0).then(|| (b / a).to_string())
            } else {
                r.difference.map(|d| d.to_string())
            }
        })
        .unwrap_or_default()
    });
    view! {
        <tr data-row=kpi.id()>
            <th scope="row">
                <span class="kpi-name" tabindex="0" aria-describedby=tip_id.clone()>
                    {settled(move || kpi_name(app.lang.get(), kpi).to_string())}
                </span>
                <span class="tooltip" role="tooltip" id=tip_id>{settled(move || kpi_explanation(app.lang.get(), kpi).to_string())}</span>
            </th>
            {cell(Side::Digital)}
            {cell(Side::Service)}
            <td class="num diff" data-kpi=kpi.id() data-funnel="difference" data-value=diff_raw>{difference}</td>
        </tr>
    }
}

/// "The MQL → SQL step is furthest below its benchmark: reaching it would add N customers."
#[component]
pub fn Bottleneck(model: FunnelModel) -> impl IntoView {
    let app = use_app();
    let text = move || {
        model.report.with(|r| {
            let b = r.bottleneck.as_ref()?;
            let from = r.stages.get(b.step)?.name.clone();
            let to = r.stages.get(b.step + 1)?.name.clone();
            let ns = app.number_style.get();
            let lang = app.lang.get();
            let rate = format::percent(&ns, b.rate);
            Some(match b.benchmark {
                // Below its benchmark: what reaching it brings, and that capacity caps it
                // when it does (then the gain may be nothing, and the step still falls short).
                Some(mark) if b.rate < mark => {
                    let extra = (b.extra_customers * 10.0).round() / 10.0;
                    let customers =
                        count_phrase(lang, extra, Noun::Customer, &format::count(&ns, extra));
                    let capacity = r.capacity.filter(|_| b.capped);
                    let capacity = capacity.map(|c| format::count(&ns, c)).unwrap_or_default();
                    tf(
                        lang,
                        if b.capped {
                            Key::BottleneckCapped
                        } else {
                            Key::BottleneckGain
                        },
                        &[
                            ("from", &from),
                            ("to", &to),
                            ("rate", &rate),
                            ("benchmark", &format::percent(&ns, mark)),
                            ("customers", &customers),
                            ("capacity", &capacity),
                        ],
                    )
                }
                Some(_) => tf(
                    lang,
                    Key::BottleneckAllMet,
                    &[("from", &from), ("to", &to), ("rate", &rate)],
                ),
                None => tf(
                    lang,
                    Key::BottleneckNoBenchmark,
                    &[("from", &from), ("to", &to), ("rate", &rate)],
                ),
            })
        })
    };
    let side = model.side.id();
    view! {
        <p class="bottleneck-callout" data-funnel=side
            data-stale=move || model.validation.with(|v| v.funnel.is_none().then_some("true"))>
            <strong>{tr(Key::BottleneckLabel)}</strong>" "
            {settled(move || text().unwrap_or_else(|| i18n::t(app.lang.get(), Key::BottleneckNone).into()))}
        </p>
    }
}

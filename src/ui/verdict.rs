//! The answer first: which funnel works better and why, in words and the few figures
//! people decide on. The facts come from `domain::verdict`; this file only words them.

use leptos::prelude::*;

use super::format::{self, NumberStyle};
use super::i18n::{self, kpi_name, t, tf, Key, Lang};
use super::{settled, tr, use_app, AppState};
use crate::domain::kpi::{Kpi, KpiId, Unit};
use crate::domain::model::Side;
use crate::domain::verdict::{Aspect, Overall, Reason, Verdict, Win, DECISIVE};

/// A multiple as the verdict says it: "10", "2.5" (the template adds ×).
fn multiple(ns: &NumberStyle, factor: f64) -> String {
    let rounded = if factor >= 10.0 {
        factor.round()
    } else {
        (factor * 10.0).round() / 10.0
    };
    format::count(ns, rounded)
}

fn clause(lang: Lang, ns: &NumberStyle, win: &Win) -> String {
    let key = match win.aspect {
        Aspect::CheaperCustomers => Key::WinCheaper,
        Aspect::MoreCustomers => Key::WinMoreCustomers,
        Aspect::MoreValuePerClient => Key::WinMoreValue,
        Aspect::PaysBackSooner => Key::WinPaysBack,
        Aspect::ClosesFaster => Key::WinFaster,
    };
    tf(lang, key, &[("n", &multiple(ns, win.factor))])
}

/// "a, b and c".
fn join(lang: Lang, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), t(lang, Key::And)),
    }
}

/// An amount with the decimals of its column (`digits`).
fn money(ns: &NumberStyle, lang: Lang, k: Kpi, digits: usize) -> String {
    format::kpi_in(ns, lang, k, Unit::Money, Some(digits))
        .unwrap_or_else(|| t(lang, Key::NotAvailable).into())
}

/// The sentences of the verdict: the overall call, what each side wins, the reasons.
pub fn sentences(app: &AppState, v: &Verdict) -> (String, Vec<String>, Vec<String>) {
    let lang = app.lang.get();
    let ns = app.number_style.get();
    let name = |side: Side| app.model(side).inputs.with(|f| f.name.clone());
    let [d, s] = [Side::Digital, Side::Service].map(name);
    // The two net values in one sentence share their decimals.
    let digits =
        format::column_digits([Side::Digital, Side::Service].map(|s| (Unit::Money, v.net(s))));
    let net = |side| money(&ns, lang, v.net(side), digits);
    let call = match v.overall {
        Overall::Better(winner) => {
            let loser = winner.other();
            tf(
                lang,
                Key::VerdictBetter,
                &[
                    ("winner", &name(winner)),
                    ("loser", &name(loser)),
                    ("net", &net(winner)),
                    ("other", &net(loser)),
                ],
            )
        }
        Overall::Even | Overall::NeitherPays => tf(
            lang,
            if v.overall == Overall::Even {
                Key::VerdictEven
            } else {
                Key::VerdictNeitherPays
            },
            &[
                ("digital", &d),
                ("service", &s),
                ("a", &net(Side::Digital)),
                ("b", &net(Side::Service)),
            ],
        ),
        Overall::Unknown => t(lang, Key::VerdictUnknown).into(),
    };
    let mut order = [Side::Digital, Side::Service];
    if let Overall::Better(Side::Service) = v.overall {
        order.reverse();
    }
    let wins = order
        .into_iter()
        .filter_map(|side| {
            let clauses: Vec<String> = v.wins_of(side).map(|w| clause(lang, &ns, w)).collect();
            (!clauses.is_empty()).then(|| {
                tf(
                    lang,
                    Key::VerdictWins,
                    &[("name", &name(side)), ("clauses", &join(lang, &clauses))],
                )
            })
        })
        .collect();
    let reasons = v
        .reasons
        .iter()
        .map(|r| reason(app, lang, &ns, r))
        .collect();
    (call, wins, reasons)
}

fn reason(app: &AppState, lang: Lang, ns: &NumberStyle, r: &Reason) -> String {
    let name = app.model(r.side()).inputs.with(|f| f.name.clone());
    let ratio = |x: f64| format::kpi(ns, lang, Kpi::Value(x), Unit::Ratio).unwrap_or_default();
    match *r {
        Reason::LosesMoneyPerCustomer { ltv_cac, .. } => tf(
            lang,
            Key::ReasonLosesMoney,
            &[("name", &name), ("ratio", &ratio(ltv_cac))],
        ),
        Reason::BelowHealthMark { ltv_cac, .. } => tf(
            lang,
            Key::ReasonBelowMark,
            &[("name", &name), ("ratio", &ratio(ltv_cac))],
        ),
        Reason::SlowPayback { months, .. } => tf(
            lang,
            Key::ReasonSlowPayback,
            &[
                ("name", &name),
                (
                    "months",
                    &format::kpi(ns, lang, Kpi::Value(months), Unit::Months).unwrap_or_default(),
                ),
            ],
        ),
        Reason::CapacityCaps { customers, .. } => tf(
            lang,
            Key::ReasonCapacity,
            &[("name", &name), ("n", &format::count(ns, customers))],
        ),
        Reason::WeakStep {
            side,
            step,
            rate,
            benchmark,
        } => {
            let stage = |i: usize| {
                app.model(side)
                    .report
                    .with(|rep| rep.stages.get(i).map(|s| s.name.clone()))
                    .unwrap_or_default()
            };
            tf(
                lang,
                Key::ReasonWeakStep,
                &[
                    ("name", &name),
                    ("from", &stage(step)),
                    ("to", &stage(step + 1)),
                    ("rate", &format::percent(ns, rate)),
                    ("benchmark", &format::percent(ns, benchmark)),
                ],
            )
        }
    }
}

#[component]
pub fn VerdictPanel() -> impl IntoView {
    let app = use_app();
    let text = Memo::new(move |_| app.verdict.with(|v| sentences(&app, v)));
    let call = move || text.with(|t| t.0.clone());
    let wins = move || text.with(|t| t.1.join(" "));
    // The reasons as markup, like the charts' data tables: a list of views per reason
    // costs more wasm than it gives. The sentences hold funnel names, so they are escaped.
    let reasons = settled(move || {
        text.with(|t| {
            let mut out = String::new();
            for r in &t.2 {
                out.push_str("<li>");
                out.push_str(&crate::charts::escape_xml(r));
                out.push_str("</li>");
            }
            out
        })
    });
    let name = move |side: Side| app.model(side).inputs.with(|f| f.name.clone());
    // Each funnel's column of figures writes its money with the same decimals.
    let money_digits = Memo::new(move |_| {
        let [digital, service] = [Side::Digital, Side::Service].map(|side| {
            let figures = app.comparison.with(|rows| {
                rows.iter()
                    .filter(|r| DECISIVE.contains(&r.kpi))
                    .map(|r| {
                        (
                            r.kpi.unit(),
                            if side == Side::Digital {
                                r.digital
                            } else {
                                r.service
                            },
                        )
                    })
                    .collect::<Vec<_>>()
            });
            let net = app.verdict.with(|v| v.net(side));
            format::column_digits(figures.into_iter().chain([(Unit::Money, net)]))
        });
        // The KPI table's shape (its third column unused here): one memo type for both.
        [digital, service, 0]
    });
    view! {
        <section class="verdict" data-verdict="" aria-labelledby="verdict-heading" data-stale=app.stale_attr()>
            <div class="verdict-text">
                <h2 id="verdict-heading">{tr(Key::VerdictHeading)}</h2>
                <StaleNote />
                <p class="verdict-call">{settled(call)}</p>
                <p class="verdict-wins">{settled(wins)}</p>
                <ul class="verdict-reasons" inner_html=reasons></ul>
            </div>
            <table class="verdict-figures">
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col" class="digital">{settled(move || name(Side::Digital))}</th>
                        <th scope="col" class="service">{settled(move || name(Side::Service))}</th>
                    </tr>
                </thead>
                <tbody>
                    {DECISIVE.map(|kpi| view! { <FigureRow kpi=kpi money_digits /> })}
                    <NetRow money_digits />
                </tbody>
            </table>
        </section>
    }
}

/// One decisive KPI of both funnels, the better one marked where the two compare.
#[component]
fn FigureRow(kpi: KpiId, money_digits: Memo<[usize; 3]>) -> impl IntoView {
    let app = use_app();
    let cell = move |side: Side| {
        let value = move || {
            app.comparison.with(|rows| {
                rows.iter().find(|r| r.kpi == kpi).map_or(
                    Kpi::NotAvailable(crate::domain::kpi::NaReason::NoVolume),
                    |r| match side {
                        Side::Digital => r.digital,
                        Side::Service => r.service,
                    },
                )
            })
        };
        // Memos of text: the cells are written only when what they show changes.
        let raw = settled(move || format::raw_value(value().value()));
        let better = move || app.verdict.with(|v| v.better_at(kpi)) == Some(side);
        let text = settled(move || {
            let lang = app.lang.get();
            let digits = money_digits.with(|d| d[side as usize]);
            format::kpi_in(
                &app.number_style.get(),
                lang,
                value(),
                kpi.unit(),
                Some(digits),
            )
            .unwrap_or_else(|| i18n::t(lang, Key::NotAvailable).into())
        });
        view! {
            <td class="num" class:better=better data-kpi=kpi.id() data-funnel=side.id() data-value=raw>
                {text}<BetterMark better=Signal::derive(better) />
            </td>
        }
    };
    // "Customer acquisition cost (CAC)" is shown as its abbreviation, the full name on
    // hover and for screen readers: the verdict must fit a phone's first screen.
    let name = move || kpi_name(app.lang.get(), kpi);
    let short = move || i18n::kpi_short_name(app.lang.get(), kpi);
    view! {
        <tr>
            <th scope="row"><abbr title=settled(move || name().to_string())>{settled(move || short().to_string())}</abbr></th>
            {cell(Side::Digital)}
            {cell(Side::Service)}
        </tr>
    }
}

/// "✓" for the eye, "better" for screen readers.
#[component]
fn BetterMark(better: Signal<bool>) -> impl IntoView {
    view! {
        <Show when=move || better.get()>
            <span class="better-mark" aria-hidden="true">" ✓"</span>
            <span class="visually-hidden">" "{tr(Key::Better)}</span>
        </Show>
    }
}

/// The net value the overall call rests on.
#[component]
fn NetRow(money_digits: Memo<[usize; 3]>) -> impl IntoView {
    let app = use_app();
    let cell = move |side: Side| {
        let value = move || app.verdict.with(|v| v.net(side));
        let raw = settled(move || format::raw_value(value().value()));
        let better = move || app.verdict.with(|v| v.overall == Overall::Better(side));
        let text = settled(move || {
            let digits = money_digits.with(|d| d[side as usize]);
            money(&app.number_style.get(), app.lang.get(), value(), digits)
        });
        view! {
            <td class="num" class:better=better data-kpi="net_value" data-funnel=side.id() data-value=raw>
                {text}<BetterMark better=Signal::derive(better) />
            </td>
        }
    };
    view! {
        <tr class="net">
            <th scope="row">{tr(Key::NetValue)}</th>
            {cell(Side::Digital)}
            {cell(Side::Service)}
        </tr>
    }
}

/// While a field is wrong, every result is from the last valid numbers: say so, how many
/// fields are wrong, and take the reader to the first.
#[component]
fn StaleNote() -> impl IntoView {
    let app = use_app();
    let count = move || app.invalid.with(Vec::len);
    let go_to_first = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(id) = app.invalid.with_untracked(|i| i.first().cloned()) {
            focus_field(&id);
        }
    };
    let href = move || {
        app.invalid
            .with(|i| format!("#{}", i.first().cloned().unwrap_or_default()))
    };
    // The live region is always there and only its content comes and goes: a region
    // inserted with its text already in it is often not announced.
    view! {
        <div role="status">
            <Show when=move || count() != 0>
                <p class="stale-note">
                    {settled(move || tf(app.lang.get(), Key::StaleResults, &[("n", &count().to_string())]))}
                    " "<a href=settled(href) on:click=go_to_first>{tr(Key::StaleGoToFirst)}</a>
                </p>
            </Show>
        </div>
    }
}

/// Focuses the input with id `id` (an input name such as `digital.stages.2.volume`),
/// opening the folded sections around it. A problem of a group (`digital.roles`) goes to
/// the group's first input.
fn focus_field(id: &str) {
    use wasm_bindgen::JsCast;
    let doc = document();
    let Some(el) = doc.get_element_by_id(id).or_else(|| {
        doc.query_selector(&format!("[name^=\"{id}.\"]"))
            .ok()
            .flatten()
    }) else {
        return;
    };
    let mut closed = el.closest("details:not([open])").ok().flatten();
    while let Some(details) = closed {
        let _ = details.set_attribute("open", "");
        closed = details.closest("details:not([open])").ok().flatten();
    }
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

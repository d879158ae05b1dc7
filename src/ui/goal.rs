//! Goal mode (the reverse funnel): a target of customers, revenue or MRR, and for each
//! funnel the volume every stage needs and the budget it takes.

use leptos::prelude::*;

use super::format;
use super::i18n::{self, Key};
use super::{settled, tr, use_app, FunnelModel};
use crate::domain::goal::{plan, GoalPlan, GoalProblem, Target};
use crate::domain::validate::parse_number;

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Customers,
    Revenue,
    Mrr,
}

#[component]
pub fn GoalPanel() -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(TargetKind::Customers);
    let amount = RwSignal::new(String::from("50"));
    // The target as typed, parsed with the same rules as every other field.
    let target = Memo::new(move |_| {
        let value = amount.with(|a| parse_number(a));
        value.map(|v| match kind.get() {
            TargetKind::Customers => Target::Customers(v),
            TargetKind::Revenue => Target::Revenue(v),
            TargetKind::Mrr => Target::Mrr(v),
        })
    });
    let on_kind = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
        kind.set(match ev.target().value().as_str() {
            "revenue" => TargetKind::Revenue,
            "mrr" => TargetKind::Mrr,
            _ => TargetKind::Customers,
        });
    };
    let error = move || target.with(|t| t.as_ref().err().map(|p| i18n::problem(app.lang.get(), p)));
    view! {
        <section class="goal" aria-labelledby="goal-heading" data-stale=app.stale_attr()>
            <h2 id="goal-heading">{tr(Key::GoalHeading)}</h2>
            <div class="row-actions">
                <label class="field">
                    <span class="field-label">{tr(Key::TargetPerMonth)}</span>
                    <select name="goal.kind" on:change:target=on_kind>
                        <option value="customers">{tr(Key::TargetCustomersLong)}</option>
                        <option value="revenue">{tr(Key::TargetRevenueLong)}</option>
                        <option value="mrr">{tr(Key::TargetMrrLong)}</option>
                    </select>
                </label>
                // Alone in a form, like the funnel fields (see `editor::TextInput`): Chrome's
                // autofill reads the edited input's whole form at every keystroke, and
                // inputs outside any form count as one form of every such control.
                <form class="field-form" on:submit=super::editor::cancel_submit>
                <label class="field">
                    <span class="field-label">{tr(Key::Amount)}</span>
                    <input type="text" inputmode="decimal" name="goal.amount" prop:value=settled(move || amount.get())
                        on:input:target=move |ev| amount.set(ev.target().value())
                        aria-invalid=settled(move || error().is_some().to_string())
                        aria-describedby="goal.amount-error" />
                    <span id="goal.amount-error" class="field-msg error" role="alert">{settled(move || error().unwrap_or_default())}</span>
                </label>
                </form>
            </div>
            <div class="goal-plans">
                <GoalPlanView model=app.digital target=target />
                <GoalPlanView model=app.service target=target />
            </div>
        </section>
    }
}

#[component]
fn GoalPlanView(
    model: FunnelModel,
    target: Memo<Result<Target, crate::domain::validate::Problem>>,
) -> impl IntoView {
    let app = use_app();
    let result = Memo::new(move |_| {
        let t = target.get().ok()?;
        Some(model.funnel.with(|f| plan(f, t)))
    });
    let side = model.side.id();
    let body = move || {
        let ns = app.number_style.get();
        match result.get() {
            None => view! { <p class="muted">{tr(Key::EnterTarget)}</p> }.into_any(),
            Some(Err(problem)) => {
                let text = problem_text(model, problem);
                view! { <p class="notice warning" data-goal-error=side>{text}</p> }.into_any()
            }
            Some(Ok(p)) => plan_table(model, &p, &ns).into_any(),
        }
    };
    view! {
        <div class="goal-plan" data-funnel=side>
            <h3>{settled(move || model.inputs.with(|f| f.name.clone()))}</h3>
            {body}
        </div>
    }
}

fn plan_table(model: FunnelModel, p: &GoalPlan, ns: &format::NumberStyle) -> impl IntoView {
    let side = model.side.id();
    // The cost column and its total share their decimals.
    let digits =
        crate::domain::numbers::money_decimals(p.stage_costs.iter().copied().chain([p.budget]));
    let money = |v: f64| ns.notation().money(v, digits);
    let rows = model.report.with(|r| {
        r.stages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let needed = p.stage_volumes.get(i).copied().unwrap_or(0.0);
                let cost = p.stage_costs.get(i).copied().unwrap_or(0.0);
                view! {
                    <tr data-stage=i>
                        <th scope="row">{s.name.clone()}</th>
                        <td class="num">{format::count(ns, s.volume.round())}</td>
                        <td class="num" data-kpi="goal_volume" data-funnel=side data-stage=i data-value=needed.to_string()>
                            {format::count(ns, needed.ceil())}
                        </td>
                        <td class="num" data-kpi="goal_cost" data-funnel=side data-stage=i data-value=cost.to_string()>{money(cost)}</td>
                    </tr>
                }
            })
            .collect_view()
    });
    let capacity = p.over_capacity.then(|| {
        view! { <p class="notice warning">{tr(Key::GoalOverCapacityNotice)}</p> }
    });
    view! {
        <table class="goal-table">
            <thead>
                <tr>
                    <th scope="col">{tr(Key::Stage)}</th>
                    <th scope="col">{tr(Key::GoalNow)}</th>
                    <th scope="col">{tr(Key::GoalNeeded)}</th>
                    <th scope="col">{tr(Key::GoalCostAtVolume)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row" colspan="3">{tr(Key::BudgetNeededRow)}</th>
                    <td class="num" data-kpi="goal_budget" data-funnel=side data-value=p.budget.to_string()>
                        <strong>{money(p.budget)}</strong>
                    </td>
                </tr>
            </tfoot>
        </table>
        {capacity}
    }
}

fn problem_text(model: FunnelModel, problem: GoalProblem) -> String {
    let names: Vec<String> = model
        .inputs
        .with(|f| f.stages.iter().map(|s| s.name.clone()).collect());
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    i18n::goal_problem(use_app().lang.get(), problem, &names)
}

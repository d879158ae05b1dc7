//! The editor of one funnel: its name and kind, the preset picker, the stage table (with
//! the three views of every step and its leak), the offer, the paid top of funnel and the
//! optional limits. Every input has a stable `name` (`digital.stages.2.volume`) and shows
//! its own error next to it.

use leptos::prelude::*;

use super::format::{self, NumberStyle};
use super::i18n::{self, tf, Key};
use super::{settled, tr, use_app, FunnelModel};
use crate::domain::edit::{self, edit_stages, Preset, StageEdit};
use crate::domain::kpi::Kpi;
use crate::domain::model::{Billing, CostKind, FunnelInputs, FunnelKind, StageInput};
use crate::domain::presets::StageModel;
use crate::domain::scenario::{MAX_NUMBER_TEXT, MAX_TEXT};
use crate::domain::validate::{FieldIssue, Severity};

/// A labelled text input with its error or warning beside it: the one input every
/// field of the editor uses.
///
/// Numbers are typed as text (`inputmode="decimal"`): `type="number"` drops a comma
/// decimal in some browsers, and Polish and Russian readers type commas. The props are
/// type-erased signals and callbacks so that this component is compiled once, however
/// many kinds of field use it (generic view code is most of the wasm's size).
#[component]
fn TextInput(
    name: String,
    /// The visible label, or (inside the stage table) `labelled_by` names the elements
    /// whose text labels the input, and the label is empty and hidden. An empty
    /// `aria-labelledby` counts as none.
    label: Signal<String>,
    labelled_by: String,
    numeric: bool,
    value: Signal<String>,
    on_input: Callback<String>,
    issue: Signal<Option<FieldIssue>>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let invalid = move || issue.with(|i| i.as_ref().is_some_and(|i| i.severity == Severity::Error));
    let lang = use_app().lang;
    let message = move || issue.with(|i| i.as_ref().map(|i| i18n::problem(lang.get(), &i.problem)));
    let message_class = move || {
        issue.with(|i| match i.as_ref().map(|i| i.severity) {
            Some(Severity::Warning) => "field-msg warning",
            _ => "field-msg error",
        })
    };
    // The given signals derive from the whole funnel and rerun at every keystroke; only a
    // change of this field's own text may reach its element (see `settled`).
    let value = settled(move || value.get());
    let compact = !labelled_by.is_empty();
    let label = settled(move || label.get());
    let described = error_id.clone();
    // Each input sits alone in a <form> (display: contents, so the layout is unchanged).
    // Chrome's autofill reads the whole form of an input at every keystroke, and inputs
    // outside any form all count as one form: with two 10-stage funnels that was about
    // 80 fields, 7-8 ms per keystroke in the benchmark. Enter in a one-field form would
    // submit it (reload the page): the submit is cancelled.
    view! {
        <form class="field-form" on:submit=cancel_submit>
        <label class="field" class:compact=compact>
            // In the stage table the column header names the field (aria-labelledby); the
            // label shows where the table becomes stacked cards, where it is the visible
            // label checkers and voice control look for.
            <span class="field-label" class:visually-hidden=compact>{label}</span>
            <input
                type="text"
                id=name.clone()
                name=name
                aria-labelledby=labelled_by
                inputmode=if numeric { "decimal" } else { "text" }
                // The saved format keeps this many characters: a longer text would be cut
                // at the next reload without a word.
                maxlength=if numeric { MAX_NUMBER_TEXT } else { MAX_TEXT }
                autocomplete="off"
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
                aria-invalid=settled(move || invalid().to_string())
                aria-describedby=described
            />
            <span id=error_id class=settled(move || message_class().to_string()) role="alert">
                {settled(move || message().unwrap_or_default())}
            </span>
        </label>
        </form>
    }
}

/// Cancels a form's submit. Every text field sits alone in a `<form>` (see `TextInput`),
/// and Enter in a one-field form would submit it, reloading the page.
pub(super) fn cancel_submit(ev: leptos::ev::SubmitEvent) {
    ev.prevent_default();
}

/// The issue of one field of a funnel, as a signal.
fn issue_signal(model: FunnelModel, path: String) -> Signal<Option<FieldIssue>> {
    Memo::new(move |_| model.issue_for(&path)).into()
}

/// A text input bound to one field of the funnel, with its error beside it.
#[component]
pub fn Field(
    model: FunnelModel,
    /// The field's path within the funnel (`offer.price`); the input's `name` is
    /// `<side>.<path>`.
    #[prop(into)]
    path: String,
    #[prop(into)] label: TextProp,
    get: fn(&FunnelInputs) -> String,
    set: fn(&mut FunnelInputs, String),
    #[prop(optional)] numeric: bool,
) -> impl IntoView {
    view! {
        <TextInput
            name=format!("{}.{}", model.side.id(), path)
            label=Signal::derive(move || label.get().to_string())
            labelled_by=String::new()
            numeric=numeric
            value=Signal::derive(move || model.inputs.with(get))
            on_input=Callback::new(move |text| model.inputs.update(|f| set(f, text)))
            issue=issue_signal(model, path)
        />
    }
}

/// One funnel's whole editor, inside a `fieldset` whose legend is the side's name.
#[component]
pub fn FunnelEditor(model: FunnelModel) -> impl IntoView {
    let side = model.side.id();
    let title = move || model.inputs.with(|f| f.name.clone());
    view! {
        <fieldset class="funnel" data-side=side>
            <legend>{settled(title)}</legend>
            <SideHeader model=model />
            <StageTable model=model />
            <OfferFields model=model />
            <ExtraFields model=model />
        </fieldset>
    }
}

#[component]
fn SideHeader(model: FunnelModel) -> impl IntoView {
    let side = model.side.id();
    let kind_name = format!("{side}.kind");
    let preset_name = format!("{side}.preset");
    let on_kind = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
        let kind = if ev.target().value() == "service" {
            FunnelKind::Service
        } else {
            FunnelKind::Digital
        };
        model.inputs.update(|f| f.kind = kind);
    };
    let kind_value = settled(move || {
        model.inputs.with(|f| match f.kind {
            FunnelKind::Digital => "digital".into(),
            FunnelKind::Service => "service".into(),
        })
    });
    let undo = super::scenarios::use_undo();
    let app = use_app();
    let on_preset =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let choice = ev.target().value();
            let name = model.inputs.with_untracked(|f| f.name.clone());
            let label = tf(
                app.lang.get_untracked(),
                Key::PresetLoaded,
                &[("name", &name)],
            );
            // A preset replaces every stage: keep what was typed for Undo.
            undo.act(app, label, || apply_preset(model, &choice));
            // Back to the prompt, so the same preset can be chosen again.
            ev.target().set_value("");
        };
    let models = StageModel::ALL
        .into_iter()
        .map(|m| view! { <option value=m.id()>{settled(move || i18n::stage_model(use_app().lang.get(), m).to_string())}</option> })
        .collect_view();
    view! {
        <div class="side-header">
            <Field
                model=model
                path="name"
                label=tr(Key::FunnelName)
                get=|f| f.name.clone()
                set=|f, v| f.name = v
            />
            <label class="field">
                <span class="field-label">{tr(Key::Kind)}</span>
                <select name=kind_name prop:value=kind_value on:change:target=on_kind>
                    <option value="digital">{tr(Key::KindDigital)}</option>
                    <option value="service">{tr(Key::KindService)}</option>
                </select>
            </label>
            <label class="field">
                <span class="field-label">{tr(Key::LoadPreset)}</span>
                <select name=preset_name on:change:target=on_preset>
                    <option value="">{tr(Key::Choose)}</option>
                    <optgroup label=tr(Key::Examples)>
                        <option value="example-digital">{tr(Key::ExampleDigital)}</option>
                        <option value="example-service">{tr(Key::ExampleService)}</option>
                    </optgroup>
                    <optgroup label=tr(Key::StageModels)>{models}</optgroup>
                </select>
            </label>
        </div>
    }
}

/// Applies the preset picked by its id, with its names in the reader's language.
fn apply_preset(model: FunnelModel, choice: &str) {
    let Some(preset) = Preset::from_id(choice) else {
        return;
    };
    let lang = use_app().lang.get_untracked();
    let currency = use_app()
        .number_style
        .with_untracked(|n| n.currency.clone());
    let inputs = model.inputs.with_untracked(|f| {
        edit::apply_preset(f, preset, &currency, |name| i18n::preset_name(lang, name))
    });
    model.inputs.set(inputs);
}

#[component]
fn StageTable(model: FunnelModel) -> impl IntoView {
    let side = model.side.id();
    let count = move || model.inputs.with(|f| f.stages.len());
    let lang = use_app().lang;
    let add = move |_| {
        model.inputs.update(|f| {
            let name = tf(
                lang.get_untracked(),
                Key::NewStageName,
                &[("n", &(f.stages.len() + 1).to_string())],
            );
            edit_stages(f, StageEdit::Add(name));
        })
    };
    let stages_issue = move || {
        model
            .issue_for("stages")
            .map(|i| i18n::problem(lang.get(), &i.problem))
    };
    let roles_issue = move || {
        model
            .issue_for("roles")
            .map(|i| i18n::problem(lang.get(), &i.problem))
    };
    view! {
        <div class="table-wrap">
            <table class="stages">
                <caption class="visually-hidden">{tr(Key::Stages)}</caption>
                <thead>
                    // The ids label the stage fields (see `stage_field`).
                    <tr>
                        <th scope="col" id=format!("{side}-col-name")>{tr(Key::Stage)}</th>
                        <th scope="col" id=format!("{side}-col-volume")>{tr(Key::Volume)}</th>
                        <th scope="col" id=format!("{side}-col-cost")>{tr(Key::Cost)}</th>
                        <th scope="col" id=format!("{side}-col-days")>{tr(Key::Days)}</th>
                        <th scope="col" id=format!("{side}-col-benchmark")>{tr(Key::BenchmarkToNext)}</th>
                        // The three views of a step share one column, one line each, so
                        // the table fits beside the other funnel on a laptop screen.
                        <th scope="col" class="conv-head">
                            <span>{tr(Key::OfPrevious)}</span>
                            <span>{tr(Key::OfFirst)}</span>
                            <span>{tr(Key::Leak)}</span>
                        </th>
                        <th scope="col">
                            <span class="visually-hidden">{tr(Key::Actions)}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..count() key=|i| *i let:index>
                        <StageRow model=model index=index />
                    </For>
                </tbody>
            </table>
        </div>
        <p class="field-msg error" role="alert">{stages_issue}{roles_issue}</p>
        <div class="row-actions">
            <button type="button" on:click=add>{tr(Key::AddStage)}</button>
            <Roles model=model />
        </div>
    }
}

/// A stage's field in the stage table. The column header is its visible label (on phones,
/// where the header is hidden, `label`); the accessible one is the header and the stage's
/// name, which the browser reads from the name field ("Volume Free sign-ups"). Labels
/// written by the app followed every keystroke: a memo and an effect per field, 100
/// reactive nodes a funnel woken at each.
fn stage_field(
    model: FunnelModel,
    index: usize,
    field: &'static str,
    label: Option<Key>,
) -> impl IntoView {
    // Every stage field but the name is a number.
    let numeric = field != "name";
    let lang = use_app().lang;
    let side = model.side.id();
    let path = format!("stages.{index}.{field}");
    // Its column and its stage's name; the name field by its column alone (a field named
    // by its own value would read it twice).
    let labelled_by = if field == "name" {
        format!("{side}-col-name")
    } else {
        format!("{side}-col-{field} {side}.stages.{index}.name")
    };
    let get = move |s: &StageInput| -> String {
        match field {
            "name" => s.name.clone(),
            "volume" => s.volume.clone(),
            "cost" => s.cost.clone(),
            "days" => s.days.clone(),
            _ => s.benchmark.clone(),
        }
    };
    let set = move |s: &mut StageInput, v: String| match field {
        "name" => s.name = v,
        "volume" => s.volume = v,
        "cost" => s.cost = v,
        "days" => s.days = v,
        _ => s.benchmark = v,
    };
    view! {
        <TextInput
            name=format!("{side}.{path}")
            label=Signal::derive(move || label.map(|k| i18n::t(lang.get(), k).to_string()).unwrap_or_default())
            labelled_by=labelled_by
            numeric=numeric
            value=Signal::derive(move || model.inputs.with(|f| f.stages.get(index).map(get).unwrap_or_default()))
            on_input=Callback::new(move |text| model.inputs.update(|f| {
                if let Some(stage) = f.stages.get_mut(index) {
                    set(stage, text);
                }
            }))
            issue=issue_signal(model, path)
        />
    }
}

#[component]
fn StageRow(model: FunnelModel, index: usize) -> impl IntoView {
    let app = use_app();
    let ns = app.number_style;
    let side = model.side.id();
    // While the funnel does not validate, the report is the last valid one, whose rows
    // may be other stages (one added, moved or removed since): show no row figures then.
    let valid = move || model.validation.with(|v| v.funnel.is_some());
    let stage_report = move || {
        valid()
            .then(|| model.report.with(|r| r.stages.get(index).cloned()))
            .flatten()
    };
    let step_before = move || {
        index
            .checked_sub(1)
            .filter(|_| valid())
            .and_then(|i| model.report.with(|r| r.steps.get(i).cloned()))
    };
    // Memos of text: a cell is written only when what it shows changes.
    let of_previous = settled(move || {
        stage_report().map_or_else(String::new, |s| {
            kpi_cell(&ns.get(), app.lang.get(), s.of_previous, format::percent)
        })
    });
    let of_first = settled(move || {
        stage_report().map_or_else(String::new, |s| {
            kpi_cell(&ns.get(), app.lang.get(), s.of_first, format::percent)
        })
    });
    let leak = settled(move || {
        step_before().map_or_else(String::new, |step| {
            ns.get().notation().leak(step.leak, step.leak_share.value())
        })
    });
    // Raw numbers for the cells' `data-value`, empty when n/a or not shown.
    let raw = format::raw_value;
    let of_previous_raw = settled(move || raw(stage_report().and_then(|s| s.of_previous.value())));
    let of_first_raw = settled(move || raw(stage_report().and_then(|s| s.of_first.value())));
    let leak_raw = settled(move || raw(step_before().map(|s| s.leak)));
    let leak_share_raw = settled(move || raw(step_before().and_then(|s| s.leak_share.value())));
    let cost_kind_name = format!("{side}.stages.{index}.cost_kind");
    let cost_kind = settled(move || {
        model
            .inputs
            .with(|f| match f.stages.get(index).map(|s| s.cost_kind) {
                Some(CostKind::Sales) => "sales".into(),
                _ => "marketing".into(),
            })
    });
    let on_cost_kind =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let kind = if ev.target().value() == "sales" {
                CostKind::Sales
            } else {
                CostKind::Marketing
            };
            model.inputs.update(|f| {
                if let Some(s) = f.stages.get_mut(index) {
                    s.cost_kind = kind;
                }
            });
        };
    let move_up = move |_| {
        model
            .inputs
            .update(|f| edit_stages(f, StageEdit::MoveUp(index)))
    };
    let move_down = move |_| {
        model
            .inputs
            .update(|f| edit_stages(f, StageEdit::MoveDown(index)))
    };
    let undo = super::scenarios::use_undo();
    let remove = move |_| {
        let name = model
            .inputs
            .with_untracked(|f| f.stages.get(index).map(|s| s.name.clone()))
            .unwrap_or_default();
        let label = tf(
            app.lang.get_untracked(),
            Key::StageRemoved,
            &[("name", &name)],
        );
        undo.act(app, label, || {
            model
                .inputs
                .update(|f| edit_stages(f, StageEdit::Remove(index)))
        });
    };
    let is_bottleneck = move || {
        valid()
            && model
                .report
                .with(|r| r.bottleneck.as_ref().is_some_and(|b| b.step + 1 == index))
    };
    let last = move || model.inputs.with(|f| index + 1 >= f.stages.len());
    let only = move || model.inputs.with(|f| f.stages.len() <= 1);
    let lang = app.lang;
    let data_stage = index.to_string();
    let (ds1, ds2, ds3) = (data_stage.clone(), data_stage.clone(), data_stage.clone());
    view! {
        <tr data-stage=data_stage class:bottleneck=is_bottleneck>
            <td>{stage_field(model, index, "name", Some(Key::Stage))}</td>
            <td>{stage_field(model, index, "volume", Some(Key::Volume))}</td>
            <td class="cost">
                {stage_field(model, index, "cost", Some(Key::Cost))}
                <select name=cost_kind_name aria-label=tr(Key::CostType) prop:value=cost_kind on:change:target=on_cost_kind>
                    <option value="marketing">{tr(Key::CostMarketing)}</option>
                    <option value="sales">{tr(Key::CostSales)}</option>
                </select>
            </td>
            <td>{stage_field(model, index, "days", Some(Key::Days))}</td>
            <td>{stage_field(model, index, "benchmark", Some(Key::BenchmarkToNext))}</td>
            <td class="num conv">
                // The labels show (from CSS) only where the header row is hidden, on phones.
                <span class="of-previous" data-stage=ds1 data-kpi="of_previous" data-funnel=side data-label=tr(Key::OfPrevious) data-value=of_previous_raw>{of_previous}</span>
                <span class="of-first" data-stage=ds2 data-kpi="of_first" data-funnel=side data-label=tr(Key::OfFirst) data-value=of_first_raw>{of_first}</span>
                <span class="leak" data-stage=ds3 data-kpi="leak" data-funnel=side data-label=tr(Key::Leak) data-value=leak_raw data-share=leak_share_raw>{leak}</span>
            </td>
            <td class="actions">
                <button type="button" on:click=move_up disabled=index == 0 aria-label=settled(move || tf(lang.get(), Key::MoveStageUp, &[("n", &(index + 1).to_string())]))>"↑"</button>
                <button type="button" on:click=move_down disabled=last aria-label=settled(move || tf(lang.get(), Key::MoveStageDown, &[("n", &(index + 1).to_string())]))>"↓"</button>
                <button type="button" on:click=remove disabled=only aria-label=settled(move || tf(lang.get(), Key::RemoveStage, &[("n", &(index + 1).to_string())]))>"✕"</button>
            </td>
        </tr>
    }
}

/// A KPI cell's text: the formatted value, or "n/a" with the reason.
fn kpi_cell(
    ns: &NumberStyle,
    lang: i18n::Lang,
    value: Kpi,
    f: fn(&NumberStyle, f64) -> String,
) -> String {
    match value {
        Kpi::Value(v) => f(ns, v),
        Kpi::NotAvailable(reason) => i18n::not_available(lang, reason),
    }
}

/// Which stage is the lead, the opportunity and the customer.
#[component]
fn Roles(model: FunnelModel) -> impl IntoView {
    let side = model.side.id();
    let options = move || {
        model.inputs.with(|f| {
            f.stages
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let select = move |role: &'static str,
                       label: Key,
                       get: fn(&FunnelInputs) -> usize,
                       set: fn(&mut FunnelInputs, usize)| {
        let on_change =
            move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
                if let Ok(i) = ev.target().value().parse::<usize>() {
                    model.inputs.update(|f| set(f, i));
                }
            };
        view! {
            <label class="field inline">
                <span class="field-label">{tr(label)}</span>
                <select name=format!("{side}.roles.{role}") prop:value=settled(move || model.inputs.with(get).to_string()) on:change:target=on_change>
                    {move || options().into_iter().map(|(i, name)| view! { <option value=i.to_string()>{format!("{}. {}", i + 1, name)}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <div class="roles">
            {select("lead", Key::LeadStage, |f| f.roles.lead, |f, i| f.roles.lead = i)}
            {select("opportunity", Key::OpportunityStage, |f| f.roles.opportunity, |f, i| f.roles.opportunity = i)}
            {select("customer", Key::CustomerStage, |f| f.roles.customer, |f, i| f.roles.customer = i)}
        </div>
    }
}

#[component]
fn OfferFields(model: FunnelModel) -> impl IntoView {
    let side = model.side.id();
    let billing = settled(move || {
        model.inputs.with(|f| match f.offer.billing {
            Billing::Monthly => "monthly".into(),
            Billing::OneTime => "one_time".into(),
        })
    });
    let on_billing =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let b = if ev.target().value() == "monthly" {
                Billing::Monthly
            } else {
                Billing::OneTime
            };
            model.inputs.update(|f| f.offer.billing = b);
        };
    let monthly = move || model.inputs.with(|f| f.offer.billing == Billing::Monthly);
    let currency = move || use_app().number_style.with(|n| n.currency.clone());
    view! {
        <div class="group offer">
            <h3>{tr(Key::Offer)}</h3>
            <label class="field">
                <span class="field-label">{tr(Key::Billing)}</span>
                <select name=format!("{side}.offer.billing") prop:value=billing on:change:target=on_billing>
                    <option value="one_time">{tr(Key::BillingOneTime)}</option>
                    <option value="monthly">{tr(Key::BillingMonthly)}</option>
                </select>
            </label>
            <Field model=model path="offer.price" label=move || tf(use_app().lang.get(), Key::Price, &[("currency", &currency())]) numeric=true
                get=|f| f.offer.price.clone() set=|f, v| f.offer.price = v />
            <Field model=model path="offer.margin_pct" label=tr(Key::GrossMargin) numeric=true
                get=|f| f.offer.margin_pct.clone() set=|f, v| f.offer.margin_pct = v />
            <Show when=monthly fallback=move || view! {
                <Field model=model path="offer.purchases" label=tr(Key::Purchases) numeric=true
                    get=|f| f.offer.purchases.clone() set=|f, v| f.offer.purchases = v />
                <Field model=model path="offer.relationship_months" label=tr(Key::RelationshipMonths) numeric=true
                    get=|f| f.offer.relationship_months.clone() set=|f, v| f.offer.relationship_months = v />
            }>
                <Field model=model path="offer.churn_pct" label=tr(Key::MonthlyChurn) numeric=true
                    get=|f| f.offer.churn_pct.clone() set=|f, v| f.offer.churn_pct = v />
            </Show>
        </div>
    }
}

#[component]
fn ExtraFields(model: FunnelModel) -> impl IntoView {
    view! {
        <details class="group extra">
            <summary>{tr(Key::ExtrasSummary)}</summary>
            <Field model=model path="top.impressions" label=tr(Key::AdImpressions) numeric=true
                get=|f| f.top.impressions.clone() set=|f, v| f.top.impressions = v />
            <Field model=model path="top.clicks" label=tr(Key::AdClicks) numeric=true
                get=|f| f.top.clicks.clone() set=|f, v| f.top.clicks = v />
            <Field model=model path="top.ad_spend" label=tr(Key::AdSpend) numeric=true
                get=|f| f.top.ad_spend.clone() set=|f, v| f.top.ad_spend = v />
            <p class="field-hint" data-hint="ad_spend">{tr(Key::AdSpendHint)}</p>
            <Field model=model path="fixed_cost" label=tr(Key::FixedCosts) numeric=true
                get=|f| f.fixed_cost.clone() set=|f, v| f.fixed_cost = v />
            <Field model=model path="capacity" label=tr(Key::Capacity) numeric=true
                get=|f| f.capacity.clone() set=|f, v| f.capacity = v />
            <Field model=model path="referral_pct" label=tr(Key::ReferralPct) numeric=true
                get=|f| f.referral_pct.clone() set=|f, v| f.referral_pct = v />
            <label class="field inline">
                <input type="checkbox" name=format!("{}.accept_growth", model.side.id())
                    prop:checked=move || model.inputs.with(|f| f.accept_growth)
                    on:change:target=move |ev| { let on = ev.target().checked(); model.inputs.update(|f| f.accept_growth = on) } />
                <span>{tr(Key::AllowGrowth)}</span>
            </label>
        </details>
    }
}

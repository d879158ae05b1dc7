//! Named scenarios: save the current pair under a name, then open, duplicate, rename or
//! delete saved ones; reset to the examples. Every destructive step can be undone.

use leptos::prelude::*;

use super::i18n::{t, tf, Key};
use super::persist::snapshot;
use super::{settled, tr, use_app, AppState};
use crate::domain::scenario::Scenario;
use crate::state::saved::{SavedState, MAX_SCENARIOS};

/// The state before the last destructive action, with what that action was, and what it
/// left: once the user changes anything after it, undoing would also throw that away, so
/// the offer ends.
#[derive(Clone)]
pub struct Undo {
    pub label: String,
    pub before: SavedState,
    pub after: SavedState,
}

/// The app-wide undo slot (one step is enough: every action says what it did).
#[derive(Clone, Copy)]
pub struct UndoSlot(pub RwSignal<Option<Undo>>);

pub fn use_undo() -> UndoSlot {
    expect_context::<UndoSlot>()
}

impl UndoSlot {
    /// Runs `action` after remembering the state it changes.
    pub fn act(self, app: AppState, label: impl Into<String>, action: impl FnOnce()) {
        let before = snapshot(&app);
        action();
        self.0.set(Some(Undo {
            label: label.into(),
            before,
            after: snapshot(&app),
        }));
    }

    /// The label of the action that can be undone now: none once the pair or the list
    /// of scenarios has changed since (preferences are not part of it).
    pub fn offer(self, app: AppState) -> Option<String> {
        self.0.with(|u| {
            let u = u.as_ref()?;
            let after = &u.after;
            let unchanged = app.scenario_name.with(|n| *n == after.current.name)
                && app.digital.inputs.with(|f| *f == after.current.digital)
                && app.service.inputs.with(|f| *f == after.current.service)
                && app.scenarios.with(|l| *l == after.scenarios);
            unchanged.then(|| u.label.clone())
        })
    }

    /// Brings back the pair and the scenarios as they were; the reader's preferences
    /// (language, currency, theme) stay as they are now.
    pub fn undo(self, app: AppState) {
        if let Some(undo) = self.0.get_untracked() {
            app.load_scenario(undo.before.current);
            app.scenarios.set(undo.before.scenarios);
            self.0.set(None);
        }
    }
}

/// A name not yet used by a saved scenario: "Name", else "Name (2)", "Name (3)"…
pub fn unique_name(wanted: &str, taken: &[Scenario]) -> String {
    let wanted = if wanted.trim().is_empty() {
        "…"
    } else {
        wanted.trim()
    };
    let used = |n: &str| taken.iter().any(|s| s.name == n);
    if !used(wanted) {
        return wanted.to_string();
    }
    (2..)
        .map(|i| format!("{wanted} ({i})"))
        .find(|n| !used(n))
        .expect("some number is free")
}

/// Elements where Ctrl+Z belongs to the browser's undo of typing.
const TEXT_ENTRY: &str = "textarea, [contenteditable]:not([contenteditable=\"false\"]), \
    input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=button]):not([type=submit]):not([type=file])";

#[component]
pub fn UndoBar() -> impl IntoView {
    let app = use_app();
    let undo = use_undo();
    let label = settled(move || undo.offer(app).unwrap_or_default());
    // Ctrl+Z (Cmd+Z) outside text entry undoes the last destructive action; in a text
    // field it stays the browser's own undo of typing. The key's code, not its letter,
    // so that it works on a Russian layout too.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let undo_key = (ev.ctrl_key() || ev.meta_key()) && !ev.shift_key() && !ev.alt_key();
        if !undo_key || !(ev.code() == "KeyZ" || ev.key().eq_ignore_ascii_case("z")) {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.matches(TEXT_ENTRY).unwrap_or(false));
        if !typing && label.with_untracked(|l| !l.is_empty()) {
            ev.prevent_default();
            undo.undo(app);
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <Show when=move || label.with(|l| !l.is_empty())>
            <div class="notice info undo-bar" role="status">
                <span>{label}</span>
                <button type="button" on:click=move |_| undo.undo(app)>{tr(Key::Undo)}</button>
                <button type="button" class="dismiss" aria-label=tr(Key::Dismiss) on:click=move |_| undo.0.set(None)>"✕"</button>
            </div>
        </Show>
    }
}

#[component]
pub fn ScenarioPanel() -> impl IntoView {
    let app = use_app();
    let undo = use_undo();
    let save_as_new = move |_| {
        let mut current = app.current_scenario();
        current.name = app.scenarios.with(|list| unique_name(&current.name, list));
        let name = current.name.clone();
        if app.scenarios.with(|l| l.len()) >= MAX_SCENARIOS {
            app.notify(
                super::NoticeKind::Warning,
                tf(
                    app.lang.get_untracked(),
                    Key::TooManyScenarios,
                    &[("max", &MAX_SCENARIOS.to_string())],
                ),
            );
            return;
        }
        app.scenarios.update(|list| list.insert(0, current));
        app.scenario_name.set(name.clone());
        app.notify(
            super::NoticeKind::Info,
            tf(
                app.lang.get_untracked(),
                Key::SavedScenario,
                &[("name", &name)],
            ),
        );
    };
    let reset = move |_| {
        undo.act(
            app,
            t(app.lang.get_untracked(), Key::ExamplesRestored),
            || {
                let currency = app.number_style.with_untracked(|n| n.currency.clone());
                app.load_scenario(super::i18n::example_scenario(
                    app.lang.get_untracked(),
                    &currency,
                ))
            },
        );
    };
    let on_name = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        app.scenario_name.set(ev.target().value());
    };
    let count = move || app.scenarios.with(Vec::len);
    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{tr(Key::Scenarios)}</h2>
            <div class="row-actions">
                // Alone in a form: see the goal amount in `goal.rs`.
                <form class="field-form" on:submit=super::editor::cancel_submit>
                <label class="field">
                    <span class="field-label">{tr(Key::ScenarioName)}</span>
                    <input type="text" name="scenario.name" maxlength="80" prop:value=settled(move || app.scenario_name.get()) on:input:target=on_name />
                </label>
                </form>
                <button type="button" on:click=save_as_new>{tr(Key::SaveAsNamed)}</button>
                <button type="button" on:click=reset>{tr(Key::ResetToExamples)}</button>
            </div>
            <Show when=move || { count() > 0 } fallback=|| view! { <p class="muted">{tr(Key::NoScenarios)}</p> }>
                <ul class="scenario-list">
                    <For each=move || 0..count() key=|i| *i let:index>
                        <ScenarioItem index=index />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn ScenarioItem(index: usize) -> impl IntoView {
    let app = use_app();
    let undo = use_undo();
    let name = move || {
        app.scenarios
            .with(|l| l.get(index).map(|s| s.name.clone()).unwrap_or_default())
    };
    let renaming = RwSignal::new(false);
    let open = move |_| {
        let Some(chosen) = app.scenarios.with_untracked(|l| l.get(index).cloned()) else {
            return;
        };
        let label = tf(
            app.lang.get_untracked(),
            Key::OpenedScenario,
            &[("name", &chosen.name)],
        );
        undo.act(app, label, || app.load_scenario(chosen));
    };
    let duplicate = move |_| {
        app.scenarios.update(|l| {
            if let Some(s) = l.get(index).cloned() {
                let mut copy = s;
                copy.name = unique_name(
                    &tf(
                        app.lang.get_untracked(),
                        Key::CopyName,
                        &[("name", &copy.name)],
                    ),
                    l,
                );
                if l.len() < MAX_SCENARIOS {
                    l.insert(index + 1, copy);
                }
            }
        });
    };
    let delete = move |_| {
        let label = tf(
            app.lang.get_untracked(),
            Key::DeletedScenario,
            &[("name", &name())],
        );
        undo.act(app, label, || {
            app.scenarios.update(|l| {
                if index < l.len() {
                    l.remove(index);
                }
            })
        });
    };
    let on_rename =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
            let text = ev.target().value();
            app.scenarios.update(|l| {
                if let Some(s) = l.get_mut(index) {
                    s.name = text.chars().take(80).collect();
                }
            });
        };
    let finish_rename = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == "Escape" {
            renaming.set(false);
        }
    };
    view! {
        <li class="scenario-item" data-scenario=index>
            <Show when=move || renaming.get() fallback=move || view! { <span class="scenario-name">{settled(name)}</span> }>
                <input type="text" name=format!("scenarios.{index}.name") aria-label=tr(Key::NewName) maxlength="80"
                    prop:value=name on:input:target=on_rename on:keydown=finish_rename on:blur=move |_| renaming.set(false) />
            </Show>
            <button type="button" on:click=open>{tr(Key::Open)}</button>
            <button type="button" on:click=duplicate>{tr(Key::Duplicate)}</button>
            <button type="button" on:click=move |_| renaming.update(|r| *r = !*r)>{tr(Key::Rename)}</button>
            <button type="button" on:click=delete>{tr(Key::Delete)}</button>
        </li>
    }
}

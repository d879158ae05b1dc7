//! The app's frame: boot (saved state, share link), context, notices, and the layout of
//! the two funnels side by side with the KPI comparison.

use leptos::prelude::*;

use super::charts::Charts;
use super::editor::FunnelEditor;
use super::goal::GoalPanel;
use super::i18n::Key;
use super::kpis::{Bottleneck, KpiTable};
use super::persist::{
    self, adopt_other_tab, install_autosave, watch_other_tabs, watch_share_links,
};
use super::scenarios::{ScenarioPanel, UndoBar, UndoSlot};
use super::settings::{apply_to_page, Settings};
use super::share::SharePanel;
use super::verdict::VerdictPanel;
use super::workshop::{WhatIf, Workshop, WorkshopBar};
use super::{tr, AppState, NoticeKind};

#[component]
pub fn App() -> impl IntoView {
    let boot = persist::boot();
    let state = boot.state;
    let app = AppState::new(state.current, state.scenarios, state.prefs);
    provide_context(app);
    super::load_languages(app);
    provide_context(UndoSlot(RwSignal::new(None)));
    let workshop = Workshop::new();
    provide_context(workshop);
    super::workshop::apply_to_page(workshop);
    for (kind, text) in boot.messages {
        app.notify(kind, text);
    }
    let other_tab = RwSignal::new(None::<String>);
    if boot.opened_link && boot.can_save {
        persist::save_now(&app);
    }
    install_autosave(app, boot.can_save, other_tab);
    watch_other_tabs(other_tab);
    watch_share_links(app);

    let embed = super::embed::is_embed();
    if embed {
        super::embed::start_embed_mode();
    }
    apply_to_page();

    // Tests and embedders wait for this marker: it is set once the first render is in
    // the page.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-ready", "true");
        }
        // The tab's title in the reader's language too.
        document().set_title(super::i18n::t(app.lang.get(), Key::AppTitle));
        // index.html's loading note stood in for the app until now.
        if let Some(note) = document().get_element_by_id("fc-loading") {
            note.remove();
        }
    });

    view! {
        <a class="skip-link" href="#kpi-heading">{tr(Key::SkipToFigures)}</a>
        <header class="app-header">
            <div>
                <h1>{tr(Key::AppTitle)}</h1>
                <p class="tagline">{tr(Key::Tagline)}</p>
            </div>
            <Settings />
        </header>
        <Notices />
        <OtherTabBanner other_tab=other_tab />
        <UndoBar />
        <main>
            <VerdictPanel />
            {(!embed).then(|| view! { <WorkshopBar /> })}
            <WhatIf />
            // In the embed the less central parts fold into native expanders, so the
            // frame opens at about a screen with the verdict first. Elsewhere they are open
            // and their summaries hidden: one element either way, no second view type.
            <details class="fold" open=!embed>
                <summary>{tr(Key::FoldEditors)}</summary>
                <div class="funnels">
                    <div class="side">
                        <FunnelEditor model=app.digital />
                        <Bottleneck model=app.digital />
                    </div>
                    <div class="side">
                        <FunnelEditor model=app.service />
                        <Bottleneck model=app.service />
                    </div>
                </div>
            </details>
            <details class="fold" open=!embed>
                <summary>{tr(Key::FoldKpis)}</summary>
                <KpiTable />
            </details>
            <details class="fold" open=!embed>
                <summary>{tr(Key::FoldCharts)}</summary>
                <Charts />
            </details>
            {(!embed).then(|| view! { <GoalPanel /> <ScenarioPanel /> })}
            <SharePanel />
        </main>
    }
}

#[component]
fn Notices() -> impl IntoView {
    let app = super::use_app();
    let list = move || {
        app.notices
            .get()
            .into_iter()
            .enumerate()
            .collect::<Vec<_>>()
    };
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=list key=|(i, n)| (*i, n.text.clone()) let:item>
                {
                    let (index, notice) = item;
                    // Plain strings rather than the kind's Debug text in lower case: Unicode
                    // lower-casing would pull its case tables into the wasm.
                    let (class, kind) = match notice.kind {
                        NoticeKind::Info => ("notice info", "info"),
                        NoticeKind::Warning => ("notice warning", "warning"),
                        NoticeKind::Error => ("notice error", "error"),
                    };
                    let dismiss = move |_| app.notices.update(|n| {
                        if index < n.len() {
                            n.remove(index);
                        }
                    });
                    view! {
                        <div class=class data-notice=kind>
                            <span>{notice.text}</span>
                            <button type="button" class="dismiss" on:click=dismiss aria-label=tr(Key::Dismiss)>"✕"</button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

/// Another tab saved while this one is open: the user decides whose work stays.
#[component]
fn OtherTabBanner(other_tab: RwSignal<Option<String>>) -> impl IntoView {
    let app = super::use_app();
    let load_theirs = move |_| {
        if let Some(raw) = other_tab.get_untracked() {
            adopt_other_tab(&app, &raw);
        }
        other_tab.set(None);
    };
    let keep_mine = move |_| {
        // Clearing the flag lets autosave write this tab's state on its next run.
        other_tab.set(None);
        persist::save_now(&app);
    };
    view! {
        <Show when=move || other_tab.with(Option::is_some)>
            <div class="notice warning other-tab" role="alert">
                <span>{tr(Key::OtherTabChanged)}</span>
                <button type="button" on:click=load_theirs>{tr(Key::LoadOtherTab)}</button>
                <button type="button" on:click=keep_mine>{tr(Key::KeepThisTab)}</button>
            </div>
        </Show>
    }
}

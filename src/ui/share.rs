//! Handing results over: a share link (the whole scenario in the URL fragment), JSON
//! export and import of a scenario, CSV export of the KPI table.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::download::{download, file_stem};
use super::i18n::{self, kpi_name, t, tf, Key};
use super::scenarios::use_undo;
use super::{settled, tr, use_app, AppState, NoticeKind};
use crate::domain::scenario::{self, MAX_JSON_BYTES};
use crate::state::csv::kpi_csv;
use crate::state::share::encode_fragment;

/// The app's own address with the scenario in the fragment. Inside an iframe the
/// visible address is the host page's, so the link is built from the app's location.
pub fn share_url(scenario: &scenario::Scenario) -> String {
    let location = window().location();
    format!(
        "{}{}{}#{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        encode_fragment(scenario)
    )
}

/// Copies `text` and tells the user whether the browser allowed it (`copied`), or that
/// they should copy it by hand from where it is shown (`refused`).
pub fn copy_to_clipboard(app: AppState, text: String, copied: Key, refused: Key) {
    spawn_local(async move {
        let written = JsFuture::from(window().navigator().clipboard().write_text(&text)).await;
        let (kind, key) = match written {
            Ok(_) => (NoticeKind::Info, copied),
            Err(_) => (NoticeKind::Warning, refused),
        };
        app.notify(kind, t(app.lang.get_untracked(), key));
    });
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let app = use_app();
    let undo = use_undo();
    let link = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let url = share_url(&app.current_scenario());
        link.set(Some(url.clone()));
        copy_to_clipboard(app, url, Key::LinkCopied, Key::CopyRefused);
    };
    let export_json = move |_| {
        let s = app.current_scenario();
        download(
            &format!("{}.funnel.json", file_stem(&s.name)),
            "application/json",
            &scenario::to_json(&s),
        );
    };
    let export_csv = move |_| {
        let lang = app.lang.get();
        let names = [
            app.digital.inputs.with(|f| f.name.clone()),
            app.service.inputs.with(|f| f.name.clone()),
        ];
        let csv = app.comparison.with(|rows| {
            kpi_csv(
                rows,
                [&names[0], &names[1]],
                |k| kpi_name(lang, k).to_string(),
                |reason| i18n::not_available(lang, reason),
                i18n::csv_dialect(lang),
            )
        });
        download(
            &format!("{}-kpis.csv", file_stem(&app.scenario_name.get())),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let import = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let input = ev.target();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Reset the picker so choosing the same file again fires another change.
        input.set_value("");
        if file.size() > MAX_JSON_BYTES as f64 {
            app.notify(
                NoticeKind::Error,
                tf(
                    app.lang.get_untracked(),
                    Key::FileTooLarge,
                    &[("file", &file.name())],
                ),
            );
            return;
        }
        let name = file.name();
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                app.notify(
                    NoticeKind::Error,
                    tf(
                        app.lang.get_untracked(),
                        Key::FileUnreadable,
                        &[("file", &name)],
                    ),
                );
                return;
            };
            match scenario::from_json(&text) {
                Ok(imported) => {
                    let label = tf(
                        app.lang.get_untracked(),
                        Key::Imported,
                        &[("name", &imported.name), ("file", &name)],
                    );
                    undo.act(app, label, || app.load_scenario(imported));
                }
                Err(e) => app.notify(NoticeKind::Error, {
                    let lang = app.lang.get_untracked();
                    tf(
                        lang,
                        Key::NotScenarioFile,
                        &[("file", &name), ("reason", &i18n::scenario_error(lang, &e))],
                    )
                }),
            }
        });
    };
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{tr(Key::ShareAndExport)}</h2>
            <div class="row-actions">
                <button type="button" on:click=copy_link>{tr(Key::CopyShareLink)}</button>
                <button type="button" on:click=export_json>{tr(Key::ExportJson)}</button>
                <label class="file-button">
                    <span>{tr(Key::ImportJson)}</span>
                    <input type="file" name="import" accept=".json,application/json" on:change:target=import />
                </label>
                <button type="button" on:click=export_csv>{tr(Key::ExportCsv)}</button>
                <super::embed::EmbedDialog />
            </div>
            <Show when=move || link.with(Option::is_some)>
                <label class="field share-link">
                    <span class="field-label">{tr(Key::ShareLinkLabel)}</span>
                    <input type="text" name="share.link" readonly prop:value=settled(move || link.get().unwrap_or_default())
                        on:focus=move |ev| { if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { t.select(); } } />
                </label>
            </Show>
        </section>
    }
}

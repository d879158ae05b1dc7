//! Embedding in blogs: `?embed` gives a compact layout without site chrome, and the page
//! reports its height to the parent so the loader (`embed.js`) can size the iframe.
//!
//! Message format (documented in the README): `{ type: "funnel-calculator:resize",
//! height: <CSS pixels> }`, posted to the parent whenever the page's height changes.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::i18n::Key;
use super::share::{copy_to_clipboard, share_url};
use super::{settled, tr, use_app};

pub const RESIZE_MESSAGE: &str = "funnel-calculator:resize";

/// Query parameters of the app's own address (`?embed&theme=dark`).
fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// One query parameter's raw value (empty for a bare `?embed`).
fn query_param(name: &str) -> Option<String> {
    query_pairs()
        .into_iter()
        .find_map(|(k, v)| (k == name).then_some(v))
}

pub fn is_embed() -> bool {
    query_param("embed").is_some()
}

/// A theme forced by the embedding page (`?embed&theme=dark`), if any.
pub fn forced_theme() -> Option<String> {
    query_param("theme").filter(|t| t == "light" || t == "dark")
}

/// The custom properties an embedding page may set through the iframe's address
/// (`?embed&fc-accent=%23ff6600&fc-font=Georgia`): a host cannot reach into a
/// cross-origin frame's CSS, so the address is how it themes the widget.
pub const THEMABLE: [&str; 13] = [
    "font", "bg", "fg", "muted", "border", "surface", "accent", "digital", "service", "good",
    "error", "warning", "focus",
];

/// A value safe to put in a custom property: colours, font names and lengths only, no
/// `url(`, no semicolons or braces that could end the declaration.
pub fn safe_css_value(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 80
        && !value.to_ascii_lowercase().contains("url")
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " #,.-%()\"'".contains(c))
}

/// Applies `fc-<name>=<value>` parameters of the app's address to the page root. Set
/// through the CSSOM, which a strict CSP allows (a style attribute would not be).
pub fn apply_theme_overrides() {
    let Some(root) = document()
        .document_element()
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    for (key, value) in query_pairs() {
        let Some(name) = key.strip_prefix("fc-").filter(|n| THEMABLE.contains(n)) else {
            continue;
        };
        let value = js_sys::decode_uri_component(&value.replace('+', " "))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        if safe_css_value(&value) {
            let _ = root.style().set_property(&format!("--fc-{name}"), &value);
        }
    }
}

/// In embed mode: marks the page root and starts reporting the height to the parent.
pub fn start_embed_mode() {
    apply_theme_overrides();
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.class_list().add_1("embed");
    let in_frame = window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| !js_sys::Object::is(&p, &window()));
    if !in_frame {
        return;
    }
    let last = std::cell::Cell::new(0.0);
    let report = Closure::<dyn Fn()>::new(move || {
        let Some(root) = document().document_element() else {
            return;
        };
        // The laid-out height, not scrollHeight: scrollHeight is never less than the
        // iframe's own height, so a frame that had grown could never shrink again.
        let height = root.get_bounding_client_rect().height().ceil();
        // Only real changes: a parent resizing the iframe must not start a loop.
        if (height - last.get()).abs() < 1.0 {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        if let Ok(Some(parent)) = window().parent() {
            // The height is not secret, and the app cannot know the host's origin.
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
        std::mem::forget(observer);
    }
    report.forget();
}

/// The HTML a blogger pastes: the iframe with the current scenario, and the loader.
pub fn snippet(app_url_with_fragment: &str) -> String {
    let (base, fragment) = app_url_with_fragment
        .split_once('#')
        .unwrap_or((app_url_with_fragment, ""));
    let base = base.split('?').next().unwrap_or(base);
    let dir = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    format!(
        "<iframe src=\"{base}?embed#{fragment}\" title=\"Sales funnel calculator\" loading=\"lazy\" allow=\"clipboard-write\" data-funnel-calculator style=\"width:100%;border:0;height:900px\"></iframe>\n<script src=\"{dir}embed.js\" async></script>"
    )
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let code = settled(move || {
        if !open.get() {
            return String::new();
        }
        snippet(&share_url(&app.current_scenario()))
    });
    let copy = move |_| {
        let text = code.get_untracked();
        copy_to_clipboard(app, text, Key::EmbedCopied, Key::EmbedCopyRefused);
    };
    view! {
        <button type="button" on:click=move |_| open.update(|o| *o = !*o) aria-expanded=settled(move || open.get().to_string())>
            {tr(Key::EmbedThis)}
        </button>
        <Show when=move || open.get()>
            <div class="embed-dialog" role="group" aria-label=tr(Key::EmbedCode)>
                <label class="field">
                    <span class="field-label">{tr(Key::EmbedHint)}</span>
                    <textarea name="embed.code" readonly rows="4" prop:value=code></textarea>
                </label>
                <button type="button" on:click=copy>{tr(Key::Copy)}</button>
            </div>
        </Show>
    }
}

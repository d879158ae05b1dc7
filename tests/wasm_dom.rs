//! Components mounted in a real DOM, in headless Chromium (`wasm-bindgen-test`).
//! Run by `cargo test --target wasm32-unknown-unknown --test wasm_dom`.
#![cfg(target_arch = "wasm32")]

use funnel::domain::scenario::Scenario;
use funnel::state::saved::Prefs;
use funnel::ui::editor::Field;
use funnel::ui::kpis::KpiTable;
use funnel::ui::AppState;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` inside a fresh container with a fresh app state as context.
fn mount(f: impl FnOnce(AppState) -> AnyView + 'static) -> (web_sys::HtmlElement, AppState) {
    let document = document();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    // The state is created inside the mounted tree: Leptos keeps each root's signals in
    // that root's own arena, so signals made under another owner read as disposed.
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = slot.clone();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let app = AppState::new(Scenario::default(), Vec::new(), Prefs::default());
        provide_context(app);
        out.set(Some(app));
        f(app)
    });
    std::mem::forget(handle);
    let app = slot.take().expect("the view was built");
    (container, app)
}

fn input(container: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlInputElement {
    container
        .query_selector(&format!("[name=\"{name}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input named {name}"))
        .unchecked_into()
}

fn type_text(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn field_shows_its_error_and_clears_it() {
    let (container, app) = mount(|app| {
        view! {
            <Field model=app.digital path="offer.price" label="Price" numeric=true
                get=|f| f.offer.price.clone() set=|f, v| f.offer.price = v />
        }
        .into_any()
    });
    let price = input(&container, "digital.offer.price");
    type_text(&price, "-5");
    tick().await;
    assert_eq!(price.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = container
        .query_selector("[id=\"digital.offer.price-error\"]")
        .unwrap()
        .unwrap();
    assert!(!error.text_content().unwrap_or_default().is_empty());
    assert_eq!(
        app.digital.inputs.with_untracked(|f| f.offer.price.clone()),
        "-5"
    );

    type_text(&price, "49,90");
    tick().await;
    assert_eq!(
        price.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(error.text_content().unwrap_or_default(), "");
}

#[wasm_bindgen_test]
async fn kpi_table_follows_the_inputs() {
    let (container, app) = mount(|_| view! { <KpiTable /> }.into_any());
    tick().await;
    let cell = |side: &str| {
        container
            .query_selector(&format!(
                "td[data-kpi=\"customers\"][data-funnel=\"{side}\"]"
            ))
            .unwrap()
            .unwrap()
            .get_attribute("data-value")
            .unwrap()
    };
    let before: f64 = cell("digital").parse().unwrap();
    assert!(before > 0.0);
    // Empty every stage: no customers, and the table says n/a rather than NaN.
    app.digital.inputs.update(|f| {
        for s in &mut f.stages {
            s.volume = "0".into();
        }
    });
    tick().await;
    assert_eq!(cell("digital"), "0");
    let cac = container
        .query_selector("td[data-kpi=\"cac\"][data-funnel=\"digital\"]")
        .unwrap()
        .unwrap();
    assert_eq!(cac.get_attribute("data-value").as_deref(), Some(""));
    assert!(cac.text_content().unwrap().contains("n/a"));
    assert!(!container.inner_html().contains("NaN"));
}

#[wasm_bindgen_test]
fn a_currency_intl_refuses_does_not_poison_the_formatter() {
    use funnel::ui::format::{money, number, NumberStyle};
    let refused = NumberStyle {
        locale: "en-US".into(),
        currency: "US DOLLAR".into(),
    };
    // Intl.NumberFormat throws a RangeError on a malformed currency code: the amount is
    // shown as a plain number rather than the exception unwinding through the cache.
    assert_eq!(money(&refused, 12.5), "12.5");
    assert_eq!(money(&refused, 12.5), "12.5");
    let fine = NumberStyle::default();
    assert_eq!(money(&fine, 12.5), "$12.5");
    assert_eq!(number(&fine, 1234.0), "1,234");
}

//! The interface: Leptos components, one file per group. Components stay thin: they read
//! memos derived from the inputs and write inputs back; all arithmetic lives in `domain`.

pub mod app;
pub mod chart_table;
pub mod charts;
pub mod download;
pub mod editor;
pub mod embed;
pub mod format;
pub mod goal;
pub mod i18n;
pub mod kpis;
pub mod persist;
pub mod scenarios;
pub mod settings;
pub mod share;
pub mod verdict;
pub mod workshop;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::domain::compare::{compare, ComparisonRow};
use crate::domain::model::{Funnel, FunnelInputs, Side};
use crate::domain::report::{report, Report};
use crate::domain::scenario::Scenario;
use crate::domain::validate::{validate, Severity, Validation};
use crate::domain::verdict::{verdict, Verdict};
use crate::state::saved::Prefs;
use format::NumberStyle;
use i18n::{t, Key, Lang};

/// Mounts the app on the page's body. A reader whose language is not English gets its
/// texts fetched first (one small file), so the page does not flash in English.
pub fn start() {
    let wanted = initial_lang();
    if i18n::is_loaded(wanted) {
        leptos::mount::mount_to_body(app::App);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // A failure is reported by the app itself once it is up (`load_languages`), which
        // tries again; the page is mounted in English either way.
        let _ = i18n::load(wanted).await;
        leptos::mount::mount_to_body(app::App);
    });
}

/// The language the app will start in: the saved choice, else the browser's. Reads the
/// saved state without `storage::load`'s side effects (backing up unreadable data), which
/// `persist::boot` performs once, later.
fn initial_lang() -> Lang {
    let saved = crate::state::storage::read_raw(crate::state::saved::STATE_KEY)
        .and_then(|raw| crate::state::saved::decode(&raw).ok())
        .and_then(|state| state.prefs.lang);
    Lang::resolve(saved.as_deref(), &i18n::navigator_languages())
}

/// One funnel's state: what the user typed, and what is derived from it. Only `inputs`
/// is ever written; everything else is a memo, so tables and charts cannot disagree.
#[derive(Clone, Copy)]
pub struct FunnelModel {
    pub side: Side,
    pub inputs: RwSignal<FunnelInputs>,
    pub validation: Memo<Validation>,
    /// The last funnel that validated: while a field is wrong, the rest of the app keeps
    /// computing with the last good numbers.
    pub funnel: Memo<Funnel>,
    pub report: Memo<Report>,
}

impl FunnelModel {
    pub fn new(side: Side, initial: FunnelInputs) -> Self {
        let inputs = RwSignal::new(initial);
        let validation = Memo::new(move |_| inputs.with(validate));
        let funnel = Memo::new(move |previous: Option<&Funnel>| {
            validation
                .with(|v| v.funnel.clone())
                .or_else(|| previous.cloned())
                .unwrap_or_else(|| fallback_funnel(side))
        });
        let report = Memo::new(move |_| funnel.with(report));
        FunnelModel {
            side,
            inputs,
            validation,
            funnel,
            report,
        }
    }

    /// The error or warning for one field (`stages.2.volume`), if any.
    pub fn issue_for(&self, field: &str) -> Option<crate::domain::validate::FieldIssue> {
        self.validation
            .with(|v| v.issues.iter().find(|i| i.field == field).cloned())
    }
}

/// Used only when the very first inputs do not validate (a corrupt share link edited by
/// hand, say): the example of the same side, which always validates.
fn fallback_funnel(side: Side) -> Funnel {
    let example = Scenario::default();
    let inputs = match side {
        Side::Digital => example.digital,
        Side::Service => example.service,
    };
    validate(&inputs)
        .funnel
        .expect("the built-in examples validate")
}

/// A message for the user that is not tied to one field: storage trouble, a bad share
/// link, a finished import.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// The app-wide state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub digital: FunnelModel,
    pub service: FunnelModel,
    pub scenario_name: RwSignal<String>,
    pub scenarios: RwSignal<Vec<Scenario>>,
    pub prefs: RwSignal<Prefs>,
    pub notices: RwSignal<Vec<Notice>>,
    pub comparison: Memo<Vec<ComparisonRow>>,
    /// Which funnel works better, and why.
    pub verdict: Memo<Verdict>,
    /// The inputs (their ids, digital's first) whose errors keep the results on the last
    /// valid numbers. Empty when every figure belongs to what is typed now.
    pub invalid: Memo<Vec<String>>,
    /// The interface language in use: the reader's choice, else the browser's; English
    /// while the chosen language's texts are on their way (see `load_languages`).
    pub lang: Memo<Lang>,
    /// The language the reader wants, loaded or not.
    pub wanted_lang: Memo<Lang>,
    /// Counts loaded language tables, so that `lang` follows when one arrives.
    pub tables_loaded: RwSignal<u32>,
    /// Whether the page and the charts are dark.
    pub dark: Signal<bool>,
    pub number_style: Memo<NumberStyle>,
}

impl AppState {
    pub fn new(current: Scenario, scenarios: Vec<Scenario>, prefs: Prefs) -> Self {
        let digital = FunnelModel::new(Side::Digital, current.digital);
        let service = FunnelModel::new(Side::Service, current.service);
        let comparison = Memo::new(move |_| {
            digital
                .report
                .with(|d| service.report.with(|s| compare(d, s)))
        });
        let verdict = Memo::new(move |_| {
            digital
                .report
                .with(|d| service.report.with(|s| verdict(d, s)))
        });
        let invalid = Memo::new(move |_| {
            [digital, service]
                .iter()
                .flat_map(|m| {
                    m.validation.with(|v| {
                        v.issues
                            .iter()
                            .filter(|i| i.severity == Severity::Error)
                            .map(|i| format!("{}.{}", m.side.id(), i.field))
                            .collect::<Vec<_>>()
                    })
                })
                .collect()
        });
        let prefs = RwSignal::new(prefs);
        // Read once: the browser's languages do not change while the page is open.
        let browser = i18n::navigator_languages();
        let wanted_lang =
            Memo::new(move |_| prefs.with(|p| Lang::resolve(p.lang.as_deref(), &browser)));
        let tables_loaded = RwSignal::new(0u32);
        let lang = Memo::new(move |_| {
            tables_loaded.track();
            let wanted = wanted_lang.get();
            if i18n::is_loaded(wanted) {
                wanted
            } else {
                Lang::En
            }
        });
        let number_style = Memo::new(move |_| {
            let lang = lang.get();
            prefs.with(|p| {
                // Another tab's save is not checked at boot: an unknown currency is
                // ignored here too.
                let currency = p
                    .currency
                    .as_deref()
                    .filter(|c| settings::known_currency(c))
                    .unwrap_or_else(|| settings::default_currency(lang));
                NumberStyle::new(lang, currency)
            })
        });
        AppState {
            digital,
            service,
            scenario_name: RwSignal::new(current.name),
            scenarios: RwSignal::new(scenarios),
            prefs,
            notices: RwSignal::new(Vec::new()),
            comparison,
            verdict,
            invalid,
            lang,
            wanted_lang,
            tables_loaded,
            dark: dark_mode(prefs),
            number_style,
        }
    }

    /// `"true"` while some figure comes from the last valid numbers, for `data-stale`
    /// (absent otherwise).
    pub fn stale_attr(&self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync {
        let invalid = self.invalid;
        move || invalid.with(|i| (!i.is_empty()).then_some("true"))
    }

    pub fn model(&self, side: Side) -> FunnelModel {
        match side {
            Side::Digital => self.digital,
            Side::Service => self.service,
        }
    }

    /// The pair being edited, as a scenario (for saving, sharing, export).
    pub fn current_scenario(&self) -> Scenario {
        Scenario {
            name: self.scenario_name.get(),
            digital: self.digital.inputs.get(),
            service: self.service.inputs.get(),
        }
    }

    /// Replaces the pair being edited.
    pub fn load_scenario(&self, scenario: Scenario) {
        self.scenario_name.set(scenario.name);
        self.digital.inputs.set(scenario.digital);
        self.service.inputs.set(scenario.service);
    }

    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        let notice = Notice {
            kind,
            text: text.into(),
        };
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }
}

/// Fetches the texts of the language the reader picks, when they are not here yet; the
/// interface switches once they arrive (`AppState::lang`). A file that cannot be had is
/// reported once per language, in English, and the interface stays in English.
pub fn load_languages(app: AppState) {
    Effect::new(move |_| {
        let wanted = app.wanted_lang.get();
        if i18n::is_loaded(wanted) {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            match i18n::load(wanted).await {
                Ok(()) => app.tables_loaded.update(|n| *n += 1),
                Err(reason) => app.notify(
                    NoticeKind::Error,
                    i18n::tf(
                        Lang::En,
                        Key::LanguageUnavailable,
                        &[("language", wanted.native_name()), ("reason", &reason)],
                    ),
                ),
            }
        });
    });
}

/// Whether the page and the charts are dark: a theme forced by an embedding page, else
/// the reader's choice, else the system's (followed live).
pub fn dark_mode(prefs: RwSignal<Prefs>) -> Signal<bool> {
    let system = RwSignal::new(system_prefers_dark());
    if let Some(query) = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
    {
        let on_change = Closure::<dyn Fn()>::new(move || system.set(system_prefers_dark()));
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_change.forget();
    }
    // A theme forced by the embedding page wins over the saved preference.
    let forced = embed::forced_theme();
    Signal::derive(move || {
        let theme = forced.clone().or_else(|| prefs.with(|p| p.theme.clone()));
        match theme.as_deref() {
            Some("dark") => true,
            Some("light") => false,
            _ => system.get(),
        }
    })
}

fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

/// The app state from context. Every component below `App` has it.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Runs only the last of a burst of calls, once the burst has paused for a while: for work
/// that must not follow every keystroke (saving, screen-reader announcements).
#[derive(Clone, Copy)]
pub struct Debouncer(StoredValue<Option<TimeoutHandle>>);

impl Debouncer {
    pub fn new() -> Self {
        Debouncer(StoredValue::new(None))
    }

    /// Cancels the call still waiting, if any, and schedules `f` after `delay`.
    pub fn run(self, delay: std::time::Duration, f: impl FnOnce() + 'static) {
        if let Some(handle) = self.0.get_value() {
            handle.clear();
        }
        self.0.set_value(set_timeout_with_handle(f, delay).ok());
    }
}

impl Default for Debouncer {
    fn default() -> Self {
        Debouncer::new()
    }
}

/// A value derived from the whole funnel, cut off from it: the memo notifies its readers
/// only when the value itself changes. Views that write to the DOM (an input's value, a
/// select's choice, a label) read through it, so that a keystroke in one field leaves
/// the other fields' elements untouched: setting an input's value, even to the same text,
/// makes the browser lay the page out again in the middle of the update. One function
/// (one closure type) for all of them, so the memo code is compiled once.
pub fn settled(derive: impl Fn() -> String + Send + Sync + 'static) -> Memo<String> {
    let derive: Box<dyn Fn() -> String + Send + Sync> = Box::new(derive);
    Memo::new(move |_| derive())
}

/// A translated text that follows the language setting, for views: `{tr(Key::Offer)}`.
/// One closure type for every text, so the view code for it is compiled once.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || t(lang.get(), key)
}

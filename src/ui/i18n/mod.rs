//! The interface in English, Polish and Russian: every label, message, KPI text and chart
//! label, plural forms, and the choice of language.
//!
//! No i18n crate: the widget has a strict wasm size budget and `leptos_i18n` or `fluent`
//! would cost 30–60 KB. English is one `match` per table in `en.rs` returning
//! `&'static str`, so a missing English text is a compile error (the matches are
//! exhaustive). Polish and Russian live in `pl.txt` and `ru.txt` and are fetched only
//! when a reader needs them ([`table`], [`load`]); until a table is here, lookups fall
//! back to English. A test checks that each file has every entry, in order. Plural
//! categories follow CLDR's rules for the three languages, written in plain Rust.
//!
//! Messages with parameters are templates with `{name}` placeholders, filled by [`fill`]
//! in one pass, so user text that contains `{name}` is never expanded a second time.
//! Every template documents its placeholders on its [`Key`]; a test checks that the
//! Polish and Russian templates use exactly the English placeholders.
//!
//! Sentences avoid putting a number before a noun whose form depends on it ("5 customers"
//! needs three forms in Polish and Russian): where a count meets a noun, the template takes
//! a whole phrase from [`count_phrase`] (nominative), or puts the number after a colon.

mod en;
pub mod table;

use std::sync::OnceLock;

use table::Table;

use crate::charts::ChartLabels;
use crate::domain::goal::GoalProblem;
use crate::domain::kpi::{KpiId, NaReason, Unit};
use crate::domain::presets::StageModel;
use crate::domain::scenario::{ScenarioError, MAX_JSON_BYTES, SCHEMA_VERSION};
use crate::domain::validate::{Problem, MAX_STAGES};
use crate::state::saved::SavedError;
use crate::state::share::ShareError;

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Pl,
    Ru,
}

impl Lang {
    /// In the order the language menu lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::Ru];

    /// The stable code kept in `Prefs::lang` and put in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Ru => "ru",
        }
    }

    /// A language from a BCP 47 tag as browsers and saved prefs spell it: "pl", "pl-PL",
    /// "ru_RU", "EN-gb". Only the primary subtag counts; unsupported languages are `None`
    /// (the caller moves on to the next preference rather than guessing a neighbour).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The first supported language of the browser's list (`navigator.languages`, most
    /// preferred first); English when none is supported.
    pub fn from_navigator(languages: &[String]) -> Lang {
        languages
            .iter()
            .find_map(|l| Lang::from_code(l))
            .unwrap_or(Lang::En)
    }

    /// The saved choice when there is a readable one, else the browser's preference.
    pub fn resolve(saved: Option<&str>, languages: &[String]) -> Lang {
        saved
            .and_then(Lang::from_code)
            .unwrap_or_else(|| Lang::from_navigator(languages))
    }

    /// The locale numbers, money and plurals are formatted in.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Pl => "pl-PL",
            Lang::Ru => "ru-RU",
        }
    }

    /// The language's name in itself, for the language menu (a reader who cannot read the
    /// current language must still find their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "Polski",
            Lang::Ru => "Русский",
        }
    }

    /// The character that separates decimals in this language's numbers.
    pub fn decimal_sep(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Pl | Lang::Ru => ',',
        }
    }
}

/// `navigator.languages` (or `navigator.language` when the list is empty); empty outside
/// the browser.
pub fn navigator_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return Vec::new();
        };
        let list: Vec<String> = navigator
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        if list.is_empty() {
            navigator.language().into_iter().collect()
        } else {
            list
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// Declares `Key` and `Key::ALL` from one list, so `ALL` cannot miss a variant.
macro_rules! keys {
    ($($(#[$meta:meta])* $name:ident,)*) => {
        /// One piece of interface text. Templates list their placeholders.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$meta])* $name,)*
        }

        impl Key {
            /// Every key, for tests and tooling.
            pub const ALL: &'static [Key] = &[$(Key::$name,)*];
        }
    };
}

keys! {
    // ── Frame (app.rs) ──
    AppTitle,
    Tagline,
    /// Accessible name of the ✕ button on notices.
    Dismiss,
    OtherTabChanged,
    LoadOtherTab,
    KeepThisTab,

    // ── KPI table and bottleneck (kpis.rs) ──
    KeyFigures,
    /// Header of the KPI-name column.
    KpiColumn,
    /// A value that cannot be computed, without reason (charts, compact cells).
    NotAvailable,
    /// `{reason}`: from [`na_reason`].
    NotAvailableBecause,
    /// Shown after the better side's value (the component adds the leading space).
    Better,
    /// `{n}`: a difference of two percentages.
    PercentagePoints,
    /// "Bottleneck:" before the callout (the component adds the space after it).
    BottleneckLabel,
    /// `{from}`, `{to}`: stage names; `{rate}`, `{benchmark}`: percentages; `{customers}`:
    /// `count_phrase(lang, extra, Noun::Customer, &formatted)`.
    BottleneckGain,
    /// `{from}`, `{to}`, `{rate}`.
    BottleneckAllMet,
    /// `{from}`, `{to}`, `{rate}`.
    BottleneckNoBenchmark,
    BottleneckNone,

    // ── Funnel editor (editor.rs) ──
    FunnelName,
    Kind,
    KindDigital,
    KindService,
    LoadPreset,
    Choose,
    Examples,
    ExampleDigital,
    ExampleService,
    StageModels,
    /// `{n}`: the new stage's number.
    NewStageName,
    Stages,
    Stage,
    Volume,
    Cost,
    Days,
    /// Column header; contains a soft hyphen so the narrow column can break the word.
    BenchmarkToNext,
    OfPrevious,
    OfFirst,
    Leak,
    Actions,
    AddStage,
    CostType,
    CostMarketing,
    CostSales,
    /// `{n}`: the stage's number.
    MoveStageUp,
    /// `{n}`: the stage's number.
    MoveStageDown,
    /// `{n}`: the stage's number.
    RemoveStage,
    LeadStage,
    OpportunityStage,
    CustomerStage,
    Offer,
    Billing,
    BillingOneTime,
    BillingMonthly,
    /// `{currency}`: the currency code or symbol.
    Price,
    GrossMargin,
    Purchases,
    RelationshipMonths,
    MonthlyChurn,
    ExtrasSummary,
    AdImpressions,
    AdClicks,
    AdSpend,
    FixedCosts,
    Capacity,
    ReferralPct,
    AllowGrowth,

    // ── Scenarios (scenarios.rs) ──
    Undo,
    /// `{max}`: the most scenarios that can be saved.
    TooManyScenarios,
    /// `{name}`.
    SavedScenario,
    ExamplesRestored,
    Scenarios,
    ScenarioName,
    SaveAsNamed,
    ResetToExamples,
    NoScenarios,
    /// `{name}`.
    OpenedScenario,
    /// `{name}`: the name of the duplicated scenario.
    CopyName,
    /// `{name}`.
    DeletedScenario,
    NewName,
    Open,
    Duplicate,
    Rename,
    Delete,

    // ── Share and export (share.rs) ──
    LinkCopied,
    CopyRefused,
    /// `{file}`: the file's name.
    FileTooLarge,
    /// `{file}`.
    FileUnreadable,
    /// `{name}`: the scenario's name; `{file}`: the file's name.
    Imported,
    /// `{file}`; `{reason}`: from [`scenario_error`].
    NotScenarioFile,
    ShareAndExport,
    CopyShareLink,
    ExportJson,
    ImportJson,
    ExportCsv,
    ShareLinkLabel,

    // ── Saving and loading (persist.rs) ──
    /// `{reason}`: from [`saved_error`]; `{key}`: the storage key of the copy.
    SavedUnreadableKept,
    /// `{reason}`: from [`saved_error`].
    SavedUnreadableNoCopy,
    StorageUnavailable,
    /// `{name}`: the name of the pair kept when a link replaced it.
    BeforeOpeningLink,
    /// `{name}`.
    OpenedShared,
    StorageFull,
    StorageGone,
    /// `{reason}`: from [`saved_error`].
    OtherTabUnreadable,

    // ── Units after a formatted number (format.rs); see also [`with_unit`] ──
    /// `{n}`: LTV:CAC and ROAS as "3.2 : 1".
    UnitRatio,
    /// `{n}`: months (payback).
    UnitMonths,
    /// `{n}`: days (sales cycle).
    UnitDays,
    /// `{n}`: money per day (sales velocity).
    UnitPerDay,

    // ── Validation messages next to a field (domain `Problem`) ──
    ProblemEmpty,
    ProblemNotANumber,
    ProblemNegative,
    ProblemPercentRange,
    ProblemTooLarge,
    /// `{stage}`: the 1-based number of the stage before.
    ProblemLargerThanPrevious,
    ProblemClicksAboveImpressions,
    /// `{max}`: the most stages a funnel may have.
    ProblemStageCount,
    ProblemRolesOutOfOrder,
    ProblemBelowOne,

    // ── Reading scenarios, saved data and links (domain and state errors) ──
    /// `{size}`, `{max}`: kilobytes.
    ScenarioTooLarge,
    /// A file that is not JSON at all (a CSV, an image): said plainly, without the parser.
    ScenarioNotJson,
    /// `{detail}`: what was wrong (English, from the reader).
    ScenarioWrongShape,
    /// `{version}`: the file's format; `{max}`: the newest this app reads.
    ScenarioFutureVersion,
    SavedNotJson,
    /// `{version}`.
    SavedFromTheFuture,
    /// `{detail}`.
    SavedWrongShape,
    ShareTooLong,
    ShareMalformed,
    /// `{reason}`.
    ShareInvalid,

    // ── Charts section ──
    Charts,
    /// Checkbox: both funnels drawn on one scale.
    BothOnOneScale,
    DownloadSvg,
    DownloadPng,

    // ── Goal mode (reverse funnel) ──
    GoalHeading,
    TargetPerMonth,
    /// Target kinds, long (a select).
    TargetCustomersLong,
    TargetRevenueLong,
    TargetMrrLong,
    Amount,
    EnterTarget,
    /// Goal table columns.
    GoalNow,
    GoalNeeded,
    GoalCostAtVolume,
    /// The goal table's total row.
    BudgetNeededRow,
    GoalOverCapacityNotice,
    /// `{from}`, `{to}`: stage names.
    GoalZeroStep,
    GoalNoPrice,
    GoalNotSubscription,
    GoalBadTarget,
    GoalOverCapacity,

    // ── Embedding ──
    EmbedThis,
    EmbedHint,
    /// Accessible name of the embed snippet's group.
    EmbedCode,
    EmbedCopied,
    EmbedCopyRefused,
    Copy,

    // ── Workshop mode and settings ──
    WorkshopMode,
    ExitWorkshop,
    Language,
    Currency,
    Theme,
    ThemeLight,
    ThemeDark,
    ThemeAuto,
    Print,
    /// `{language}`: the language's own name; `{reason}`: why (a network or file error).
    LanguageUnavailable,
    // ── Workshop mode's what-if panel ──
    FullScreen,
    BackToBaseline,
    WhatIf,
    WhatIfPrice,
    CycleLength,
    VsBaseline,

    // ── The verdict (verdict.rs) ──
    VerdictHeading,
    /// `{winner}`, `{loser}`: funnel names; `{net}`, `{other}`: money (net value).
    VerdictBetter,
    /// `{digital}`, `{service}`: funnel names; `{a}`, `{b}`: their net values.
    VerdictEven,
    /// As `VerdictEven`.
    VerdictNeitherPays,
    VerdictUnknown,
    /// `{name}`: a funnel; `{clauses}`: its `Win*` clauses joined with `And`.
    VerdictWins,
    /// The word between the last two clauses ("and"); spaces are added around it.
    And,
    /// `{n}`: a multiple such as "10" (the template adds ×).
    WinCheaper,
    WinMoreCustomers,
    WinMoreValue,
    WinPaysBack,
    WinFaster,
    /// `{name}`, `{ratio}`: LTV:CAC with its unit.
    ReasonLosesMoney,
    ReasonBelowMark,
    /// `{name}`, `{months}`: the payback with its unit.
    ReasonSlowPayback,
    /// `{name}`, `{n}`: the capped number of customers.
    ReasonCapacity,
    /// `{name}`, `{from}`, `{to}`: stage names; `{rate}`, `{benchmark}`: percentages.
    ReasonWeakStep,
    /// Row label of the verdict's net value.
    NetValue,
    /// Header of the KPI table's difference column: `{b}` minus `{a}`, by name.
    DifferenceOf,
    /// `{n}`: how many fields are wrong (a number after a colon, so no plural forms).
    StaleResults,
    StaleGoToFirst,
    /// Undo bar: `{name}`: the funnel.
    PresetLoaded,
    /// Undo bar: `{name}`: the stage.
    StageRemoved,
    /// The skip link at the top of the page, for keyboard users.
    SkipToFigures,
    /// `4,000`: thousands or a decimal (domain `Problem::Ambiguous`).
    ProblemAmbiguous,
    // embed and workshop layout
    /// Expander around both funnels' editors in the embed.
    FoldEditors,
    /// Expander around the full KPI table in the embed.
    FoldKpis,
    /// Expander around the charts in the embed.
    FoldCharts,
    /// Heading of the printed list of what-ifs changed in workshop mode.
    WhatIfChanges,
    // engine wording
    /// Bottleneck callout when delivery capacity caps what reaching the benchmark brings:
    /// `{from}`, `{to}`, `{rate}`, `{benchmark}`, `{customers}` as in `BottleneckGain`;
    /// `{capacity}`: new clients a month at most.
    BottleneckCapped,
    /// After a workshop change of new customers while capacity caps them: `{capacity}`.
    DeltaCapped,
    // numbers and units
    /// `{n}`: a multiple, service ÷ digital, in the KPI table's difference column.
    UnitTimes,
    /// The CSV export's field separator (one character); its decimal separator is the
    /// language's own (`chart.decimal_sep`), as the reader's spreadsheet expects.
    CsvSeparator,
    // hooks and robustness
    /// `{value}`: the saved code; `{language}`: the language's own name, used instead.
    SavedLanguageUnknown,
    /// `{value}`: the saved code; `{currency}`: the currency used instead.
    SavedCurrencyUnknown,
    /// A chart's PNG could not be made (the page's security policy blocks the drawing).
    PngBlocked,
    /// The explanation under the ad spend field.
    AdSpendHint,
    /// The summary of a chart's folded data table.
    ChartData,
    /// Data table column headers.
    TableStep,
    TableExtraCustomers,
    TableCustomers,
    TableRevenue,
    TableCost,
    TableGrossProfit,
    /// A timeline table row: `{name}`: the funnel; `{n}`: the month.
    TableFunnelMonth,
    /// A timeline table row: `{name}`: the funnel.
    TableBreakEven,
    /// `{n}`: a month number.
    TableMonthN,
    /// `{n}`: the months simulated.
    TableNoBreakEven,
}

/// The texts of a language that is not compiled in, once loaded. Until then (or if the
/// file cannot be had) every lookup falls back to English, so nothing is ever missing.
fn table(lang: Lang) -> Option<&'static Table> {
    let slot = match lang {
        Lang::En => return None,
        Lang::Pl => &PL,
        Lang::Ru => &RU,
    };
    // Native builds (tests) read the files at compile time: no fetching there.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let file = match lang {
            Lang::Ru => include_str!("ru.txt"),
            _ => include_str!("pl.txt"),
        };
        Some(slot.get_or_init(|| Table::parse(file).unwrap_or_else(|e| panic!("{e:?}"))))
    }
    #[cfg(target_arch = "wasm32")]
    {
        slot.get()
    }
}

static PL: OnceLock<Table> = OnceLock::new();
static RU: OnceLock<Table> = OnceLock::new();

/// Whether `lang`'s texts are here (English always is).
pub fn is_loaded(lang: Lang) -> bool {
    table(lang).is_some() || lang == Lang::En
}

/// Fetches `i18n/<code>.txt` (next to the page; trunk copies it there) and keeps its
/// table. The error is a short English reason for [`Key::LanguageUnavailable`].
#[cfg(target_arch = "wasm32")]
pub async fn load(lang: Lang) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let slot = match lang {
        Lang::En => return Ok(()),
        Lang::Pl => &PL,
        Lang::Ru => &RU,
    };
    if slot.get().is_some() {
        return Ok(());
    }
    let url = format!("i18n/{}.txt", lang.code());
    // Any failure on the way (network, HTTP status, body) reads the same to the reader.
    let text = async {
        let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(&url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
    .await
    .ok_or_else(|| format!("{url} could not be fetched"))?;
    let table = Table::parse(&text).map_err(|_| format!("{url} is incomplete"))?;
    let _ = slot.set(table);
    Ok(())
}

/// Natively every table is compiled in (see [`table`]): nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load(_lang: Lang) -> Result<(), String> {
    Ok(())
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en::text(key),
        _ => table(lang).map_or_else(|| en::text(key), |t| t.text(key)),
    }
}

/// The template of `key` in `lang`, filled with `args` (see [`fill`]).
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(t(lang, key), args)
}

/// Fills `{name}` placeholders in one pass: a value that itself contains `{name}` (a
/// scenario or stage name typed by the user) is copied as it is, never expanded.
/// A placeholder without a value stays in the text, so a missing argument is visible.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    crate::charts::fill(template, args)
}

/// A KPI's name (English is the text of `ui::text::kpi_name`).
pub fn kpi_name(lang: Lang, id: KpiId) -> &'static str {
    match lang {
        Lang::En => en::kpi_name(id),
        _ => table(lang).map_or_else(|| en::kpi_name(id), |t| t.kpi_name(id)),
    }
}

/// A KPI's one-line explanation.
pub fn kpi_explanation(lang: Lang, id: KpiId) -> &'static str {
    match lang {
        Lang::En => en::kpi_explanation(id),
        _ => table(lang).map_or_else(|| en::kpi_explanation(id), |t| t.kpi_explanation(id)),
    }
}

/// Why a value is not available, as a short lower-case phrase (after "n/a: ").
pub fn na_reason(lang: Lang, reason: NaReason) -> &'static str {
    match lang {
        Lang::En => en::na_reason(reason),
        _ => table(lang).map_or_else(|| en::na_reason(reason), |t| t.na_reason(reason)),
    }
}

/// "n/a: <reason>".
pub fn not_available(lang: Lang, reason: NaReason) -> String {
    tf(
        lang,
        Key::NotAvailableBecause,
        &[("reason", na_reason(lang, reason))],
    )
}

/// A stage model's name for the preset menu.
pub fn stage_model(lang: Lang, model: StageModel) -> &'static str {
    match lang {
        Lang::En => en::stage_model(model),
        _ => table(lang).map_or_else(|| en::stage_model(model), |t| t.stage_model(model)),
    }
}

/// How many preset names `PRESET_NAMES` lists in every language: a fixed length makes a
/// missing or extra translation a compile error.
pub(crate) const PRESET_COUNT: usize = 35;

/// The translation of a name the presets give (stage names such as "Qualified lead",
/// the example funnels' and scenario's names), for the UI to rename what a preset loads.
/// `None` for any other text: names the user typed are never touched.
pub fn preset_name(lang: Lang, english: &str) -> Option<&'static str> {
    let index = en::PRESET_NAMES.iter().position(|n| *n == english)?;
    Some(match table(lang) {
        Some(t) => t.preset_name(index),
        None => en::PRESET_NAMES[index],
    })
}

/// The built-in example scenario with its funnel and stage names in `lang` and its
/// amounts in `currency` (`presets::priced`), for a first visit and "Reset to examples".
pub fn example_scenario(lang: Lang, currency: &str) -> crate::domain::scenario::Scenario {
    use crate::domain::presets::priced;
    let mut s = crate::domain::scenario::Scenario::default();
    s.digital = priced(s.digital, currency);
    s.service = priced(s.service, currency);
    for f in [&mut s.digital, &mut s.service] {
        if let Some(t) = preset_name(lang, &f.name) {
            f.name = t.to_string();
        }
        for stage in &mut f.stages {
            if let Some(t) = preset_name(lang, &stage.name) {
                stage.name = t.to_string();
            }
        }
    }
    s
}

/// A validation problem, worded for the field it sits next to.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    let key = match problem {
        Problem::Empty => Key::ProblemEmpty,
        Problem::NotANumber => Key::ProblemNotANumber,
        Problem::Ambiguous => Key::ProblemAmbiguous,
        Problem::Negative => Key::ProblemNegative,
        Problem::PercentOutOfRange => Key::ProblemPercentRange,
        Problem::TooLarge => Key::ProblemTooLarge,
        Problem::LargerThanPrevious { previous } => {
            let stage = (previous + 1).to_string();
            return tf(lang, Key::ProblemLargerThanPrevious, &[("stage", &stage)]);
        }
        Problem::ClicksAboveImpressions => Key::ProblemClicksAboveImpressions,
        Problem::StageCount => {
            let max = MAX_STAGES.to_string();
            return tf(lang, Key::ProblemStageCount, &[("max", &max)]);
        }
        Problem::RolesOutOfOrder => Key::ProblemRolesOutOfOrder,
        Problem::BelowOne => Key::ProblemBelowOne,
    };
    t(lang, key).to_string()
}

/// Why a JSON text is not a scenario. The parser's own detail (serde's message) stays in
/// English: it names JSON positions and types, not something we can translate.
pub fn scenario_error(lang: Lang, error: &ScenarioError) -> String {
    match error {
        ScenarioError::TooLarge { bytes } => tf(
            lang,
            Key::ScenarioTooLarge,
            &[
                ("size", &bytes.div_ceil(1024).to_string()),
                ("max", &(MAX_JSON_BYTES / 1024).to_string()),
            ],
        ),
        ScenarioError::NotJson(_) => t(lang, Key::ScenarioNotJson).into(),
        ScenarioError::WrongShape(detail) => {
            tf(lang, Key::ScenarioWrongShape, &[("detail", detail)])
        }
        ScenarioError::FutureVersion(v) => tf(
            lang,
            Key::ScenarioFutureVersion,
            &[
                ("version", &v.to_string()),
                ("max", &SCHEMA_VERSION.to_string()),
            ],
        ),
    }
}

/// Why saved data could not be read (lower case: it goes into a sentence).
pub fn saved_error(lang: Lang, error: &SavedError) -> String {
    match error {
        SavedError::NotJson => t(lang, Key::SavedNotJson).to_string(),
        SavedError::FromTheFuture(v) => tf(
            lang,
            Key::SavedFromTheFuture,
            &[("version", &v.to_string())],
        ),
        SavedError::WrongShape(detail) => tf(lang, Key::SavedWrongShape, &[("detail", detail)]),
    }
}

/// Why a share link could not be opened.
pub fn share_error(lang: Lang, error: &ShareError) -> String {
    match error {
        ShareError::TooLong => t(lang, Key::ShareTooLong).to_string(),
        ShareError::Malformed => t(lang, Key::ShareMalformed).to_string(),
        ShareError::Invalid(reason) => tf(lang, Key::ShareInvalid, &[("reason", reason)]),
    }
}

/// Why a goal cannot be planned. `stage_names` are the funnel's stages in order (for the
/// step that converts nobody); a missing name falls back to "Stage N".
pub fn goal_problem(lang: Lang, problem: GoalProblem, stage_names: &[&str]) -> String {
    let key = match problem {
        GoalProblem::ZeroStep(step) => {
            let name = |i: usize| {
                stage_names
                    .get(i)
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| tf(lang, Key::NewStageName, &[("n", &(i + 1).to_string())]))
            };
            let (from, to) = (name(step), name(step + 1));
            return tf(lang, Key::GoalZeroStep, &[("from", &from), ("to", &to)]);
        }
        GoalProblem::NoPrice => Key::GoalNoPrice,
        GoalProblem::NotSubscription => Key::GoalNotSubscription,
        GoalProblem::BadTarget => Key::GoalBadTarget,
        GoalProblem::OverCapacity => Key::GoalOverCapacity,
    };
    t(lang, key).to_string()
}

/// A formatted KPI number with its unit: "3.2 : 1", "4.5 mo", "12 d", "$120/d".
/// Percentages, money and counts are returned as formatted. Polish days take the noun's
/// plural form ("1 dzień", "12 dni"): Polish has no short abbreviation for days that does
/// not vary, unlike "мес." / "дн." / "mies.".
pub fn with_unit(lang: Lang, unit: Unit, value: f64, formatted: &str) -> String {
    let key = match unit {
        Unit::Ratio => Key::UnitRatio,
        Unit::Months => Key::UnitMonths,
        Unit::Days if lang == Lang::Pl => {
            return count_phrase(lang, value, Noun::Day, formatted);
        }
        Unit::Days => Key::UnitDays,
        Unit::MoneyPerDay => Key::UnitPerDay,
        Unit::Percent | Unit::Money | Unit::Count => return formatted.to_string(),
    };
    tf(lang, key, &[("n", formatted)])
}

/// The chart labels of `lang`. `money` is "{n}": add the currency with [`money_template`]
/// (charts format whole units without a symbol otherwise).
pub fn chart_labels(lang: Lang) -> ChartLabels {
    match lang {
        Lang::En => en::chart_labels(),
        _ => table(lang).map_or_else(en::chart_labels, |t| t.chart_labels()),
    }
}

/// The chart labels of `lang` with the money template of `currency`: what every number
/// of the app is written with (`ui::format`).
pub fn chart_labels_in(lang: Lang, currency: &str) -> ChartLabels {
    ChartLabels {
        money: money_template(lang, currency_symbol(lang, currency)),
        ..chart_labels(lang)
    }
}

/// The CSV separators `lang`'s spreadsheets expect: its `CsvSeparator` text and its
/// decimal separator.
pub fn csv_dialect(lang: Lang) -> crate::state::csv::CsvDialect {
    crate::state::csv::CsvDialect {
        separator: t(lang, Key::CsvSeparator).chars().next().unwrap_or(','),
        decimal_sep: lang.decimal_sep(),
    }
}

/// How `lang` writes a currency beside an amount, as `Intl.NumberFormat`'s "symbol"
/// display does in en-US, pl-PL and ru-RU: a sign where the language's readers know it,
/// else the ISO code (an unknown or edited code is shown as it is, never refused).
pub fn currency_symbol(lang: Lang, code: &str) -> &str {
    match (lang, code) {
        (_, "EUR") => "€",
        (Lang::En | Lang::Ru, "USD") => "$",
        (Lang::En | Lang::Ru, "GBP") => "£",
        (Lang::Pl, "PLN") => "zł",
        (Lang::Ru, "RUB") => "₽",
        _ => code,
    }
}

/// A money template for `ChartLabels::money` with the currency where the language puts
/// it: before the number in English ("$12,000", and "PLN 12,000" with a no-break space
/// for a letter code, as Intl writes it), after a no-break space in Polish and Russian
/// ("12 000 zł", "12 000 ₽").
pub fn money_template(lang: Lang, symbol: &str) -> String {
    match lang {
        // Intl separates a letter code from the number ("PLN 12") but not a sign ("$12").
        Lang::En if symbol.chars().all(|c| c.is_ascii_alphabetic()) => {
            format!("{symbol}\u{a0}{{n}}")
        }
        Lang::En => format!("{symbol}{{n}}"),
        Lang::Pl | Lang::Ru => format!("{{n}}\u{a0}{symbol}"),
    }
}

/// CLDR plural categories used by English, Polish and Russian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Plural {
    fn index(self) -> usize {
        match self {
            Plural::One => 0,
            Plural::Few => 1,
            Plural::Many => 2,
            Plural::Other => 3,
        }
    }
}

/// The CLDR plural rule in plain Rust (the reference for tests, and the fallback).
///
/// The sign does not matter. A number with a fraction (`v ≠ 0` in CLDR terms) is
/// `Other` in all three languages ("1,5 klienta", "1,5 клиента", "1.5 customers").
/// Integers: English one for 1, else other. Polish: one for 1; few when it ends in 2–4
/// but not 12–14; else many (0, 5–21, 25, 111…). Russian: one when it ends in 1 but not
/// 11 (1, 21, 101); few when it ends in 2–4 but not 12–14; else many.
pub fn plural_rule(lang: Lang, n: f64) -> Plural {
    let n = n.abs();
    if !n.is_finite() || n.fract() != 0.0 {
        return Plural::Other;
    }
    // Saturates for huge values, whose last digits no UI number shows anyway.
    let i = n as u64;
    let (d10, d100) = (i % 10, i % 100);
    let few = (2..=4).contains(&d10) && !(12..=14).contains(&d100);
    match lang {
        Lang::En if i == 1 => Plural::One,
        Lang::En => Plural::Other,
        Lang::Pl if i == 1 => Plural::One,
        Lang::Pl if few => Plural::Few,
        Lang::Pl => Plural::Many,
        Lang::Ru if d10 == 1 && d100 != 11 => Plural::One,
        Lang::Ru if few => Plural::Few,
        Lang::Ru => Plural::Many,
    }
}

/// The plural category of `n`. The rules of our three languages are short and fixed
/// ([`plural_rule`], checked against CLDR's examples in `tests/i18n_plurals.rs`), so the
/// app uses them on wasm too rather than the browser's `Intl.PluralRules`, whose binding
/// and per-language cache cost more wasm than the rules (issue 7's size budget).
pub fn plural_category(lang: Lang, n: f64) -> Plural {
    plural_rule(lang, n)
}

/// Nouns that follow a count in the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Noun {
    Customer,
    Day,
    Month,
    Stage,
    Lead,
    Scenario,
}

impl Noun {
    pub const ALL: [Noun; 6] = [
        Noun::Customer,
        Noun::Day,
        Noun::Month,
        Noun::Stage,
        Noun::Lead,
        Noun::Scenario,
    ];
}

/// The noun's nominative form for a plural category.
pub fn noun_form(lang: Lang, noun: Noun, plural: Plural) -> &'static str {
    let forms = match lang {
        Lang::En => en::noun(noun),
        _ => table(lang).map_or_else(|| en::noun(noun), |t| t.noun(noun)),
    };
    forms[plural.index()]
}

/// A count and its noun in the nominative: "1 customer", "2 klienci", "5 клиентов",
/// "1,5 klienta". `formatted` is `n` as shown (from `ui::format`); the form follows what
/// is shown, not the raw value: 1.04 shown as "1" is "1 klient", 2 shown as "2,0" is
/// "2,0 klienta". A fraction is recognised by the language's decimal separator followed
/// by a digit; when `formatted` shows no digit at all, the raw `n` decides.
pub fn count_phrase(lang: Lang, n: f64, noun: Noun, formatted: &str) -> String {
    let plural = if !formatted.chars().any(|c| c.is_ascii_digit()) {
        plural_category(lang, n)
    } else if shows_fraction(lang, formatted) {
        Plural::Other
    } else {
        plural_category(lang, n.round())
    };
    format!("{formatted} {}", noun_form(lang, noun, plural))
}

fn shows_fraction(lang: Lang, formatted: &str) -> bool {
    let sep = lang.decimal_sep();
    let mut chars = formatted.chars().peekable();
    while let Some(c) = chars.next() {
        if c == sep && chars.peek().is_some_and(char::is_ascii_digit) {
            return true;
        }
    }
    false
}

//! Every piece of interface text, by name: [`Key`]. English gives each its text in
//! `en.rs`; the other languages' files list them in this order (see `table.rs`).

// The wording functions that fill some templates' `{reason}`, for the doc links below.
#[cfg(doc)]
use super::{na_reason, saved_error, scenario_error};

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

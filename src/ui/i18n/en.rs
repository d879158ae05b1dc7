//! English: the source texts. Component strings are the ones the UI had before
//! translation; domain texts match the `english()` methods of the domain types.

use super::{Key, Noun};
use crate::charts::ChartLabels;
use crate::domain::kpi::{KpiId, NaReason};
use crate::domain::presets::StageModel;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Sales funnel calculator",
        Tagline => "Digital product vs service: type your numbers, see every KPI at once. Nothing leaves your browser.",
        Dismiss => "Dismiss",
        OtherTabChanged => "This calculator was changed in another tab. Autosave is paused until you choose.",
        LoadOtherTab => "Load the other tab's version",
        KeepThisTab => "Keep this tab's version",

        KeyFigures => "Key figures",
        KpiColumn => "KPI",
        NotAvailable => "n/a",
        NotAvailableBecause => "n/a: {reason}",
        Better => "✓ better",
        PercentagePoints => "{n} pp",
        BottleneckLabel => "Bottleneck:",
        BottleneckGain => "The {from} → {to} step is furthest below its benchmark: {rate} against {benchmark}. Reaching the benchmark would add {customers} per month.",
        BottleneckAllMet => "Every step meets its benchmark; the weakest is {from} → {to} at {rate}.",
        BottleneckNoBenchmark => "The {from} → {to} step converts least: {rate}. Add a benchmark to see what reaching it is worth.",
        BottleneckNone => "none (a single stage).",

        FunnelName => "Funnel name",
        Kind => "Kind",
        KindDigital => "Digital product",
        KindService => "Service",
        LoadPreset => "Load a preset",
        Choose => "Choose…",
        Examples => "Examples",
        ExampleDigital => "Online course (digital example)",
        ExampleService => "B2B consulting (service example)",
        StageModels => "Stage models (keep the offer)",
        NewStageName => "Stage {n}",
        Stages => "Stages",
        Stage => "Stage",
        Volume => "Volume",
        Cost => "Cost",
        Days => "Days",
        BenchmarkToNext => "Bench\u{ad}mark to next, %",
        OfPrevious => "% of previous",
        OfFirst => "% of first",
        Leak => "Leak",
        Actions => "Actions",
        AddStage => "+ Add stage",
        CostType => "Cost type",
        CostMarketing => "marketing",
        CostSales => "sales",
        MoveStageUp => "Move stage {n} up",
        MoveStageDown => "Move stage {n} down",
        RemoveStage => "Remove stage {n}",
        LeadStage => "Lead stage",
        OpportunityStage => "Opportunity stage",
        CustomerStage => "Customer stage",
        Offer => "Offer",
        Billing => "Billing",
        BillingOneTime => "One-time (per order)",
        BillingMonthly => "Monthly subscription",
        Price => "Price, {currency}",
        GrossMargin => "Gross margin, %",
        Purchases => "Purchases per client",
        RelationshipMonths => "Relationship, months",
        MonthlyChurn => "Monthly churn, %",
        ExtrasSummary => "Ads, fixed costs and limits (optional)",
        AdImpressions => "Ad impressions",
        AdClicks => "Ad clicks",
        AdSpend => "Ad spend (added to marketing cost)",
        FixedCosts => "Fixed costs per month",
        Capacity => "Delivery capacity, clients per month",
        ReferralPct => "Customers who refer a lead each month, %",
        AllowGrowth => "Allow a stage to be larger than the one before (referrals, re-engagement)",
        Undo => "Undo",
        TooManyScenarios => "At most {max} scenarios can be saved: delete one first.",
        SavedScenario => "Saved “{name}”.",
        ExamplesRestored => "The examples were restored.",
        Scenarios => "Scenarios",
        ScenarioName => "Scenario name",
        SaveAsNamed => "Save as named scenario",
        ResetToExamples => "Reset to examples",
        NoScenarios => "No saved scenarios yet.",
        OpenedScenario => "Opened “{name}”; the pair you had is one undo away.",
        CopyName => "{name} copy",
        DeletedScenario => "Deleted “{name}”.",
        NewName => "New name",
        Open => "Open",
        Duplicate => "Duplicate",
        Rename => "Rename",
        Delete => "Delete",

        LinkCopied => "Share link copied to the clipboard.",
        CopyRefused => "The browser did not allow copying: select the link below and copy it.",
        FileTooLarge => "“{file}” is too large to be a scenario file.",
        FileUnreadable => "“{file}” could not be read.",
        Imported => "Imported “{name}” from {file}; the pair you had is one undo away.",
        NotScenarioFile => "“{file}” is not a scenario file this app can open: {reason}.",
        ShareAndExport => "Share and export",
        CopyShareLink => "Copy share link",
        ExportJson => "Export JSON",
        ImportJson => "Import JSON…",
        ExportCsv => "Export KPI table (CSV)",
        ShareLinkLabel => "Share link (the numbers travel in the link itself; nothing is uploaded)",

        SavedUnreadableKept => "Your saved work could not be read ({reason}). A copy is kept in this browser's storage under “{key}”; the calculator starts from the examples.",
        SavedUnreadableNoCopy => "Your saved work could not be read ({reason}), and no copy could be made: to keep it, nothing will be saved in this session.",
        StorageUnavailable => "This browser does not let the calculator save (private mode or an embedded page): changes last until the page is closed. Use a share link or export to keep them.",
        BeforeOpeningLink => "{name} (before opening a link)",
        OpenedShared => "Opened the shared scenario “{name}”.",
        StorageFull => "Saving failed: this browser's storage is full. Export your scenario to keep it.",
        StorageGone => "This browser no longer lets the calculator save.",
        OtherTabUnreadable => "The other tab's data cannot be read: {reason}",

        UnitRatio => "{n} : 1",
        UnitMonths => "{n} mo",
        UnitDays => "{n} d",
        UnitPerDay => "{n}/d",

        ProblemEmpty => "Required: enter a number",
        ProblemNotANumber => "Enter a number",
        ProblemNegative => "Must not be negative",
        ProblemPercentRange => "Must be between 0 and 100%",
        ProblemTooLarge => "Too large: at most 1,000,000,000,000",
        ProblemLargerThanPrevious => "More than stage {stage}; if intended, allow growth in the options below",
        ProblemClicksAboveImpressions => "More clicks than impressions",
        ProblemStageCount => "A funnel needs 1 to {max} stages",
        ProblemRolesOutOfOrder => "The lead, opportunity and customer stages must exist and come in that order",
        ProblemBelowOne => "Must be at least 1",

        ScenarioTooLarge => "The data is too large to be a scenario ({size} KB; at most {max} KB)",
        ScenarioNotJson => "This is not a scenario saved by this calculator: it is not a JSON file. “Export JSON” writes one.",
        ScenarioWrongShape => "The data is not shaped like a saved scenario ({detail})",
        ScenarioFutureVersion => "This scenario was saved by a newer version of the app (format {version}; this one reads up to {max}). Update the page and try again",
        SavedNotJson => "the saved data is not valid JSON",
        SavedFromTheFuture => "the saved data is from a newer version of the app (format {version})",
        SavedWrongShape => "the saved data has an unexpected shape: {detail}",
        ShareTooLong => "The shared link is too long to be one of ours.",
        ShareMalformed => "The shared link is damaged (perhaps cut off when it was copied).",
        ShareInvalid => "The shared link cannot be opened: {reason}.",

        Charts => "Charts",
        BothOnOneScale => "Both funnels on one scale (untick: each to its own top stage)",
        DownloadSvg => "Download SVG",
        DownloadPng => "Download PNG",
        GoalHeading => "Goal mode: what would it take?",
        TargetPerMonth => "Target per month",
        TargetCustomersLong => "New customers",
        TargetRevenueLong => "Revenue of new customers",
        TargetMrrLong => "New MRR (subscriptions)",
        Amount => "Amount",
        EnterTarget => "Enter a target.",
        GoalNow => "Now",
        GoalNeeded => "Needed",
        GoalCostAtVolume => "Cost at that volume",
        BudgetNeededRow => "Budget needed per month (incl. fixed costs and ads)",
        GoalOverCapacityNotice => "This target is above the delivery capacity you set: the team could not serve that many new clients.",
        GoalZeroStep => "The {from} → {to} step converts nobody, so no volume at the top reaches the target.",
        GoalNoPrice => "The price is zero, so no revenue target can be reached.",
        GoalNotSubscription => "MRR targets apply to subscriptions: this funnel bills one-time.",
        GoalBadTarget => "Enter a target of zero or more.",
        GoalOverCapacity => "The target is above the delivery capacity.",

        EmbedThis => "Embed this",
        EmbedHint => "Paste this into your page: an iframe with the current scenario, and a 1 KB script that fits its height to the content.",
        EmbedCode => "Embed code",
        EmbedCopied => "Embed code copied to the clipboard.",
        EmbedCopyRefused => "The browser did not allow copying: select the code and copy it.",
        Copy => "Copy",

        WorkshopMode => "Workshop mode",
        ExitWorkshop => "Exit workshop",
        Language => "Language",
        Currency => "Currency",
        Theme => "Theme",
        ThemeLight => "Light",
        ThemeDark => "Dark",
        ThemeAuto => "Automatic",
        Print => "Print",
        LanguageUnavailable => "The {language} texts could not be loaded ({reason}). The calculator is shown in English.",
        FullScreen => "Full screen",
        BackToBaseline => "Back to the baseline",
        WhatIf => "What if…",
        WhatIfPrice => "Price",
        CycleLength => "Cycle length",
        VsBaseline => "vs baseline",

        VerdictHeading => "Which funnel works better",
        VerdictBetter => "{winner} works better: a month's new customers bring {net} over their lifetime after costs, against {other} for {loser}.",
        VerdictEven => "The two funnels are about even: a month's new customers bring {a} over their lifetime after costs for {digital} and {b} for {service}.",
        VerdictNeitherPays => "Neither funnel pays for itself yet: a month's new customers bring {a} over their lifetime after costs for {digital} and {b} for {service}.",
        VerdictUnknown => "No winner can be named yet: a funnel's lifetime value is not available (see CLV below); the figures below still compare.",
        VerdictWins => "{name} {clauses}.",
        And => "and",
        WinCheaper => "wins customers {n}× cheaper",
        WinMoreCustomers => "brings {n}× more customers",
        WinMoreValue => "earns {n}× more per client",
        WinPaysBack => "pays back {n}× sooner",
        WinFaster => "closes deals {n}× faster",
        ReasonLosesMoney => "{name} loses money on every customer: LTV:CAC is {ratio}, below 1 : 1.",
        ReasonBelowMark => "{name}: LTV:CAC of {ratio}, under the usual 3 : 1 mark.",
        ReasonSlowPayback => "{name} needs {months} to earn back a customer's cost (the usual mark is 12 months).",
        ReasonCapacity => "Delivery capacity caps {name} (new clients a month at most: {n}).",
        ReasonWeakStep => "{name}: the weakest step is {from} → {to}, {rate} against a benchmark of {benchmark}.",
        NetValue => "Net value of a month's customers",
        DifferenceOf => "Difference ({b} − {a})",
        StaleResults => "Fields to fix: {n}. Until then, every result here shows the last valid numbers, not what is typed now.",
        StaleGoToFirst => "Go to the first one",
        PresetLoaded => "Loaded a preset into “{name}”.",
        StageRemoved => "Removed the stage “{name}”.",
        SkipToFigures => "Skip to the key figures",
        ProblemAmbiguous => "Thousands or a decimal? Write 4000 (or 4 000) for thousands, 4.5 for a decimal",
        FoldEditors => "Edit the funnels",
        FoldKpis => "All key figures",
        FoldCharts => "Show the charts",
        WhatIfChanges => "What-ifs changed against the baseline",
        // engine wording
        BottleneckCapped => "The {from} → {to} step is furthest below its benchmark: {rate} against {benchmark}. Reaching the benchmark would add {customers} per month, as delivery capacity caps new clients at {capacity}.",
        DeltaCapped => "capped by delivery capacity ({capacity})",
        UnitTimes => "×{n}",
        CsvSeparator => ",",
        SavedLanguageUnknown => "The saved language “{value}” is not one this calculator speaks: it is shown in {language}. Your saved work is kept.",
        SavedCurrencyUnknown => "The saved currency “{value}” is not one this calculator knows: amounts are shown in {currency}. Your saved work is kept.",
        PngBlocked => "The PNG could not be made: this site's security policy does not let the page turn a chart into an image. Download the SVG instead.",
        AdSpendHint => "Added to the marketing cost on top of the stage costs: do not type the same money as a stage's cost too.",
        ChartData => "Data table",
        TableStep => "Step",
        TableExtraCustomers => "Extra customers",
        TableCustomers => "Customers (cumulative)",
        TableRevenue => "Revenue (cumulative)",
        TableCost => "Cost (cumulative)",
        TableGrossProfit => "Gross profit (cumulative)",
        TableFunnelMonth => "{name}, month {n}",
        TableBreakEven => "{name}, break-even month",
        TableMonthN => "month {n}",
        TableNoBreakEven => "not within {n} months",
    }
}

pub(super) fn kpi_name(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => "New customers",
        KpiId::LeadConversion => "Lead → customer rate (LCR)",
        KpiId::WinRate => "Win rate",
        KpiId::Ctr => "Click-through rate (CTR)",
        KpiId::Cpl => "Cost per lead (CPL)",
        KpiId::Cac => "Customer acquisition cost (CAC)",
        KpiId::GrossProfitMonthly => "Gross profit per customer per month",
        KpiId::Clv => "Customer lifetime value (CLV)",
        KpiId::LtvCac => "LTV : CAC",
        KpiId::Payback => "CAC payback",
        KpiId::Roi => "ROI (lifetime)",
        KpiId::Roas => "Return on ad spend (ROAS)",
        KpiId::Revenue => "Revenue of new customers",
        KpiId::NewMrr => "New MRR",
        KpiId::Arr => "New ARR",
        KpiId::TotalCost => "Total cost",
        KpiId::SalesCycle => "Sales cycle",
        KpiId::Velocity => "Sales velocity",
    }
}

pub(super) fn kpi_explanation(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => "Customers won in the period, after capacity limits and referrals.",
        KpiId::LeadConversion => {
            "Share of leads that become customers (lead → customer, not visitor → lead)."
        }
        KpiId::WinRate => "Share of opportunities that are won.",
        KpiId::Ctr => "Share of ad impressions that are clicked.",
        KpiId::Cpl => "Marketing cost (stage costs tagged marketing plus ad spend) divided by the number of leads.",
        KpiId::Cac => "Every cost (stage costs, ad spend and fixed costs) divided by new customers.",
        KpiId::GrossProfitMonthly => "What one customer leaves after direct costs, per month.",
        KpiId::Clv => {
            "Gross profit one customer brings over the whole relationship (margin included)."
        }
        KpiId::LtvCac => {
            "Lifetime value per unit of acquisition cost; 3 : 1 is the usual health mark."
        }
        KpiId::Payback => "Months of a customer's gross profit needed to earn back the CAC.",
        KpiId::Roi => "Lifetime gross profit of the period's customers against the period's cost.",
        KpiId::Roas => "First-purchase revenue per unit of ad spend.",
        KpiId::Revenue => "First order (or first month) of the period's new customers.",
        KpiId::NewMrr => "Monthly recurring revenue added by the period's new subscribers.",
        KpiId::Arr => "New MRR × 12.",
        KpiId::TotalCost => "Marketing, sales and fixed costs of the period.",
        KpiId::SalesCycle => "Days from becoming a lead to becoming a customer.",
        KpiId::Velocity => {
            "Revenue the pipeline produces per day: opportunities × deal value × win rate ÷ cycle."
        }
    }
}

pub(super) fn na_reason(reason: NaReason) -> &'static str {
    reason.english()
}

pub(super) fn stage_model(model: StageModel) -> &'static str {
    model.english()
}

/// Forms by plural category: one, few, many, other. English has only one and other.
pub(super) fn noun(noun: Noun) -> [&'static str; 4] {
    let (one, other) = match noun {
        Noun::Customer => ("customer", "customers"),
        Noun::Day => ("day", "days"),
        Noun::Month => ("month", "months"),
        Noun::Stage => ("stage", "stages"),
        Noun::Lead => ("lead", "leads"),
        Noun::Scenario => ("scenario", "scenarios"),
    };
    [one, other, other, other]
}

/// Names the presets give (`domain::presets`, `Scenario::default`), in one order that
/// `pl::PRESET_NAMES` and `ru::PRESET_NAMES` follow line by line.
pub(super) const PRESET_NAMES: [&str; super::PRESET_COUNT] = [
    // Classic six stages
    "Lead",
    "Qualified lead",
    "MQL",
    "SAL",
    "SQL / opportunity",
    "Customer",
    // Lifecycle stages
    "Subscriber",
    "SQL",
    "Opportunity",
    "Evangelist",
    // Lead-conversion process
    "Generation",
    "Qualification",
    "Nurturing",
    "Hand-off to sales",
    "Closing",
    // Buyer and customer journey
    "Awareness",
    "Consideration",
    "Decision",
    "Onboarding",
    "Adoption",
    "Success",
    "Advocacy",
    // Digital example
    "Online course",
    "Visitors",
    "Free sign-ups",
    "Active trials",
    "Paying members",
    // Service example
    "B2B consulting",
    "Website visitors",
    "Inquiries",
    "Qualified leads",
    "Discovery calls",
    "Proposals",
    "Won clients",
    // The example scenario
    "Example",
];

/// The English chart labels are the charts' own defaults.
pub(super) fn chart_labels() -> ChartLabels {
    ChartLabels::default()
}

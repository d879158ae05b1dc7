//! Polish. Vocabulary of Polish B2B marketing writing: lejek sprzedażowy, lead, szansa
//! sprzedażowa, współczynnik konwersji, koszt pozyskania klienta (CAC), wartość życiowa
//! klienta (CLV), próg rentowności. KPI abbreviations stay as they are. Quotes are Polish
//! („…”), numbers after a colon where the noun's case would depend on them.

use super::{Key, Noun};
use crate::charts::ChartLabels;
use crate::domain::kpi::{KpiId, NaReason};
use crate::domain::presets::StageModel;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Kalkulator lejka sprzedażowego",
        Tagline => "Produkt cyfrowy czy usługa: wpisz swoje liczby i od razu zobacz wszystkie wskaźniki KPI. Żadne dane nie opuszczają Twojej przeglądarki.",
        Dismiss => "Zamknij",
        OtherTabChanged => "Kalkulator został zmieniony w innej karcie. Autozapis jest wstrzymany, dopóki nie wybierzesz wersji.",
        LoadOtherTab => "Wczytaj wersję z drugiej karty",
        KeepThisTab => "Zachowaj wersję z tej karty",

        KeyFigures => "Kluczowe wskaźniki",
        KpiColumn => "Wskaźnik",
        Difference => "Różnica",
        NotAvailable => "b.d.",
        NotAvailableBecause => "b.d.: {reason}",
        Better => "✓ lepiej",
        PercentagePoints => "{n} p.p.",
        BottleneckLabel => "Wąskie gardło:",
        BottleneckGain => "Najwięcej traci krok {from} → {to}: {rate} przy benchmarku {benchmark}. Osiągnięcie benchmarku: +{customers} miesięcznie.",
        BottleneckAllMet => "Każdy krok osiąga swój benchmark; najsłabszy jest krok {from} → {to}: {rate}.",
        BottleneckNoBenchmark => "Najniższą konwersję ma krok {from} → {to}: {rate}. Dodaj benchmark, aby zobaczyć, ile dałoby jego osiągnięcie.",
        BottleneckNone => "brak (tylko jeden etap).",

        FunnelName => "Nazwa lejka",
        Kind => "Rodzaj",
        KindDigital => "Produkt cyfrowy",
        KindService => "Usługa",
        LoadPreset => "Wczytaj szablon",
        Choose => "Wybierz…",
        Examples => "Przykłady",
        ExampleDigital => "Kurs online (przykład produktu cyfrowego)",
        ExampleService => "Doradztwo B2B (przykład usługi)",
        StageModels => "Modele etapów (oferta bez zmian)",
        NewStageName => "Etap {n}",
        Stages => "Etapy",
        Stage => "Etap",
        Volume => "Liczba",
        Cost => "Koszt",
        Days => "Dni",
        BenchmarkToNext => "Bench\u{ad}mark do następ\u{ad}nego, %",
        OfPrevious => "% poprzed\u{ad}niego",
        OfFirst => "% pierwszego",
        Leak => "Ubytek",
        Actions => "Akcje",
        AddStage => "+ Dodaj etap",
        StageName => "Nazwa etapu",
        BenchmarkPct => "Benchmark, %",
        CostType => "Rodzaj kosztu",
        CostMarketing => "marketingowy",
        CostSales => "sprzedażowy",
        MoveStageUp => "Przesuń etap {n} w górę",
        MoveStageDown => "Przesuń etap {n} w dół",
        RemoveStage => "Usuń etap {n}",
        LeadStage => "Etap leada",
        OpportunityStage => "Etap szansy sprzedażowej",
        CustomerStage => "Etap klienta",
        Offer => "Oferta",
        Billing => "Rozliczenie",
        BillingOneTime => "Jednorazowe (za zamówienie)",
        BillingMonthly => "Subskrypcja miesięczna",
        Price => "Cena, {currency}",
        GrossMargin => "Marża brutto, %",
        Purchases => "Liczba zakupów na klienta",
        RelationshipMonths => "Czas współpracy, miesiące",
        MonthlyChurn => "Miesięczny odpływ klientów (churn), %",
        ExtrasSummary => "Reklamy, koszty stałe i limity (opcjonalnie)",
        AdImpressions => "Wyświetlenia reklam",
        AdClicks => "Kliknięcia reklam",
        AdSpend => "Wydatki na reklamę",
        FixedCosts => "Koszty stałe miesięcznie",
        Capacity => "Moce realizacyjne, klienci miesięcznie",
        ReferralPct => "Klienci polecający co miesiąc nowego leada, %",
        AllowGrowth => "Dopuść etap większy od poprzedniego (polecenia, ponowne zaangażowanie)",

        DefaultScenarioName => "Scenariusz",
        Undo => "Cofnij",
        TooManyScenarios => "Osiągnięto limit zapisanych scenariuszy ({max}): najpierw usuń jeden z nich.",
        SavedScenario => "Zapisano „{name}”.",
        ExamplesRestored => "Przywrócono przykłady.",
        Scenarios => "Scenariusze",
        ScenarioName => "Nazwa scenariusza",
        SaveAsNamed => "Zapisz jako scenariusz",
        ResetToExamples => "Przywróć przykłady",
        NoScenarios => "Nie ma jeszcze zapisanych scenariuszy.",
        OpenedScenario => "Otwarto „{name}”; poprzednią parę lejków przywrócisz przyciskiem „Cofnij”.",
        CopyName => "{name} – kopia",
        DeletedScenario => "Usunięto „{name}”.",
        NewName => "Nowa nazwa",
        Open => "Otwórz",
        Duplicate => "Duplikuj",
        Rename => "Zmień nazwę",
        Delete => "Usuń",

        LinkCopied => "Link skopiowano do schowka.",
        CopyRefused => "Przeglądarka nie pozwoliła na kopiowanie: zaznacz link poniżej i skopiuj go.",
        FileTooLarge => "Plik „{file}” jest za duży jak na plik scenariusza.",
        FileUnreadable => "Nie udało się odczytać pliku „{file}”.",
        Imported => "Zaimportowano „{name}” z pliku {file}; poprzednią parę lejków przywrócisz przyciskiem „Cofnij”.",
        NotScenarioFile => "Plik „{file}” nie jest plikiem scenariusza, który ta aplikacja potrafi otworzyć: {reason}.",
        ShareAndExport => "Udostępnianie i eksport",
        CopyShareLink => "Kopiuj link do udostępnienia",
        ExportJson => "Eksportuj JSON",
        ImportJson => "Importuj JSON…",
        ExportCsv => "Eksportuj tabelę KPI (CSV)",
        ShareLinkLabel => "Link do udostępnienia (liczby są zapisane w samym linku; nic nie jest wysyłane na serwer)",

        SavedUnreadableKept => "Nie udało się odczytać zapisanej pracy ({reason}). Kopia pozostaje w pamięci tej przeglądarki pod kluczem „{key}”; kalkulator startuje od przykładów.",
        SavedUnreadableNoCopy => "Nie udało się odczytać zapisanej pracy ({reason}) ani zrobić jej kopii: aby jej nie nadpisać, w tej sesji nic nie zostanie zapisane.",
        StorageUnavailable => "Ta przeglądarka nie pozwala kalkulatorowi zapisywać danych (tryb prywatny lub strona osadzona): zmiany przepadną po zamknięciu strony. Aby je zachować, użyj linku do udostępnienia lub eksportu.",
        BeforeOpeningLink => "{name} (przed otwarciem linku)",
        OpenedShared => "Otwarto udostępniony scenariusz „{name}”.",
        StorageFull => "Zapis się nie powiódł: pamięć przeglądarki jest pełna. Wyeksportuj scenariusz, aby go zachować.",
        StorageGone => "Przeglądarka nie pozwala już kalkulatorowi zapisywać danych.",
        OtherTabUnreadable => "Nie można odczytać danych z drugiej karty: {reason}",

        UnitRatio => "{n} : 1",
        UnitMonths => "{n} mies.",
        UnitDays => "{n} dni",
        UnitPerDay => "{n}/dzień",

        ProblemEmpty => "Pole wymagane: wpisz liczbę",
        ProblemNotANumber => "Wpisz liczbę",
        ProblemNegative => "Wartość nie może być ujemna",
        ProblemPercentRange => "Wartość musi mieścić się w przedziale 0–100%",
        ProblemTooLarge => "Za duża wartość: maksymalnie 1 000 000 000 000",
        ProblemLargerThanPrevious => "Więcej niż na poprzednim etapie (etap {stage}); jeśli tak ma być, zaznacz „Dopuść etap większy od poprzedniego”",
        ProblemClicksAboveImpressions => "Więcej kliknięć niż wyświetleń",
        ProblemStageCount => "Lejek musi mieć od 1 do {max} etapów",
        ProblemRolesOutOfOrder => "Etapy leada, szansy sprzedażowej i klienta muszą istnieć i występować w tej kolejności",
        ProblemBelowOne => "Wartość musi wynosić co najmniej 1",

        ScenarioTooLarge => "Dane są za duże jak na scenariusz ({size} KB; maksymalnie {max} KB)",
        ScenarioNotJson => "To nie jest zapisany scenariusz (niepoprawny JSON: {detail})",
        ScenarioWrongShape => "Dane nie mają struktury zapisanego scenariusza ({detail})",
        ScenarioFutureVersion => "Ten scenariusz zapisała nowsza wersja aplikacji (format {version}; ta wersja odczytuje formaty do {max}). Odśwież stronę i spróbuj ponownie",
        SavedNotJson => "zapisane dane nie są poprawnym JSON-em",
        SavedFromTheFuture => "zapisane dane pochodzą z nowszej wersji aplikacji (format {version})",
        SavedWrongShape => "zapisane dane mają nieoczekiwaną strukturę: {detail}",
        ShareTooLong => "Udostępniony link jest za długi, by pochodził z tej aplikacji.",
        ShareMalformed => "Udostępniony link jest uszkodzony (być może został ucięty przy kopiowaniu).",
        ShareInvalid => "Nie można otworzyć udostępnionego linku: {reason}.",

        Charts => "Wykresy",
        BothOnOneScale => "Oba lejki w jednej skali (odznacz: każdy we własnej skali)",
        SameScale => "Wspólna skala",
        OwnScale => "Osobna skala dla każdego",
        DownloadSvg => "Pobierz SVG",
        DownloadPng => "Pobierz PNG",

        GoalMode => "Tryb celu",
        GoalHeading => "Tryb celu: czego potrzeba, aby go osiągnąć?",
        Target => "Cel",
        TargetPerMonth => "Cel miesięczny",
        TargetCustomers => "klienci",
        TargetRevenue => "przychód",
        TargetMrr => "MRR",
        TargetCustomersLong => "Nowi klienci",
        TargetRevenueLong => "Przychód od nowych klientów",
        TargetMrrLong => "Nowy MRR (subskrypcje)",
        Amount => "Wartość",
        EnterTarget => "Wpisz cel.",
        GoalNow => "Obecnie",
        GoalNeeded => "Potrzeba",
        GoalCostAtVolume => "Koszt przy tej liczbie",
        VolumeNeeded => "Potrzebna liczba",
        BudgetNeeded => "Potrzebny budżet",
        BudgetNeededRow => "Potrzebny budżet miesięczny (z kosztami stałymi i reklamą)",
        GoalOverCapacityNotice => "Ten cel przekracza ustawione moce realizacyjne: zespół nie obsłużyłby tylu nowych klientów.",
        GoalZeroStep => "Krok {from} → {to} nie konwertuje nikogo, więc żadna liczba na górze lejka nie pozwoli osiągnąć celu.",
        GoalNoPrice => "Cena wynosi zero, więc żadnego celu przychodowego nie da się osiągnąć.",
        GoalNotSubscription => "Cel MRR dotyczy subskrypcji: ten lejek rozlicza się jednorazowo.",
        GoalBadTarget => "Wpisz cel równy zero lub większy.",
        GoalOverCapacity => "Cel przekracza moce realizacyjne.",

        EmbedThis => "Osadź na stronie",
        EmbedHint => "Wklej ten kod na swojej stronie: to ramka iframe z bieżącym scenariuszem i skrypt o wielkości 1 KB, który dopasowuje jej wysokość do treści.",
        EmbedCode => "Kod do osadzenia",
        EmbedCopied => "Kod do osadzenia skopiowano do schowka.",
        EmbedCopyRefused => "Przeglądarka nie pozwoliła na kopiowanie: zaznacz kod i skopiuj go.",
        Copy => "Kopiuj",
        Copied => "Skopiowano.",

        WorkshopMode => "Tryb warsztatowy",
        ExitWorkshop => "Zakończ tryb warsztatowy",
        Baseline => "Punkt odniesienia",
        Language => "Język",
        Currency => "Waluta",
        Theme => "Motyw",
        ThemeLight => "Jasny",
        ThemeDark => "Ciemny",
        ThemeAuto => "Automatyczny",
        Print => "Drukuj",
    }
}

pub(super) fn kpi_name(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => "Nowi klienci",
        KpiId::LeadConversion => "Konwersja leadów w klientów (LCR)",
        KpiId::WinRate => "Skuteczność sprzedaży (win rate)",
        KpiId::Ctr => "Współczynnik klikalności (CTR)",
        KpiId::Cpl => "Koszt pozyskania leada (CPL)",
        KpiId::Cac => "Koszt pozyskania klienta (CAC)",
        KpiId::GrossProfitMonthly => "Zysk brutto z klienta miesięcznie",
        KpiId::Clv => "Wartość życiowa klienta (CLV)",
        KpiId::LtvCac => "LTV : CAC",
        KpiId::Payback => "Okres zwrotu CAC",
        KpiId::Roi => "ROI (w całym okresie współpracy)",
        KpiId::Roas => "Zwrot z wydatków na reklamę (ROAS)",
        KpiId::Revenue => "Przychód od nowych klientów",
        KpiId::NewMrr => "Nowy MRR",
        KpiId::Arr => "Nowy ARR",
        KpiId::TotalCost => "Koszt całkowity",
        KpiId::SalesCycle => "Cykl sprzedaży",
        KpiId::Velocity => "Tempo sprzedaży (sales velocity)",
    }
}

pub(super) fn kpi_explanation(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => {
            "Klienci pozyskani w danym okresie, z uwzględnieniem mocy realizacyjnych i poleceń."
        }
        KpiId::LeadConversion => {
            "Odsetek leadów, które stają się klientami (lead → klient, a nie odwiedzający → lead)."
        }
        KpiId::WinRate => "Odsetek szans sprzedażowych zakończonych wygraną.",
        KpiId::Ctr => "Odsetek wyświetleń reklamy zakończonych kliknięciem.",
        KpiId::Cpl => "Wydatki marketingowe podzielone przez liczbę leadów.",
        KpiId::Cac => {
            "Wszystkie koszty marketingu i sprzedaży oraz koszty stałe podzielone przez liczbę nowych klientów."
        }
        KpiId::GrossProfitMonthly => {
            "Ile jeden klient zostawia miesięcznie po odjęciu kosztów bezpośrednich."
        }
        KpiId::Clv => {
            "Zysk brutto, jaki jeden klient przynosi przez cały okres współpracy (z uwzględnieniem marży)."
        }
        KpiId::LtvCac => {
            "Wartość życiowa klienta na jednostkę kosztu pozyskania; 3 : 1 to typowy próg zdrowego biznesu."
        }
        KpiId::Payback => "Ile miesięcy zysku brutto z klienta potrzeba, by odzyskać CAC.",
        KpiId::Roi => {
            "Zysk brutto klientów z danego okresu przez cały okres współpracy w relacji do kosztów tego okresu."
        }
        KpiId::Roas => "Przychód z pierwszych zakupów na jednostkę wydatków na reklamę.",
        KpiId::Revenue => "Pierwsze zamówienie (lub pierwszy miesiąc) nowych klientów z danego okresu.",
        KpiId::NewMrr => {
            "Miesięczny przychód powtarzalny dodany przez nowych subskrybentów z danego okresu."
        }
        KpiId::Arr => "Nowy MRR × 12.",
        KpiId::TotalCost => "Koszty marketingu i sprzedaży oraz koszty stałe w danym okresie.",
        KpiId::SalesCycle => "Liczba dni od pozyskania leada do pozyskania klienta.",
        KpiId::Velocity => {
            "Przychód, jaki lejek generuje dziennie: szanse sprzedażowe × wartość transakcji × win rate ÷ długość cyklu."
        }
    }
}

pub(super) fn na_reason(reason: NaReason) -> &'static str {
    match reason {
        NaReason::NoCustomers => "brak klientów",
        NaReason::NoLeads => "brak leadów",
        NaReason::NoOpportunities => "brak szans sprzedażowych",
        NaReason::NoImpressions => "brak wyświetleń",
        NaReason::NoAdSpend => "brak wydatków na reklamę",
        NaReason::NoMarketingCost => "brak kosztów marketingu",
        NaReason::NoCost => "brak kosztów",
        NaReason::ZeroChurn => "churn wynosi 0%: współpraca nie ma końca",
        NaReason::NoGrossProfit => "brak zysku brutto",
        NaReason::NoCycle => "cykl trwa 0 dni",
        NaReason::NotSubscription => "to nie jest subskrypcja",
        NaReason::NoVolume => "etap jest pusty",
        NaReason::LastStage => "ostatni etap",
        NaReason::FirstStage => "pierwszy etap",
        NaReason::NoTopOfFunnel => "brak danych o reklamach",
    }
}

pub(super) fn stage_model(model: StageModel) -> &'static str {
    match model {
        StageModel::Classic => "Klasyczny lejek sześciu etapów",
        StageModel::Lifecycle => "Etapy cyklu życia klienta",
        StageModel::LeadConversion => "Proces konwersji leadów",
        StageModel::BuyerJourney => "Ścieżka kupującego i klienta",
    }
}

/// Forms by plural category: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other
/// (fractions, genitive singular: „1,5 klienta”).
pub(super) fn noun(noun: Noun) -> [&'static str; 4] {
    match noun {
        Noun::Customer => ["klient", "klienci", "klientów", "klienta"],
        Noun::Day => ["dzień", "dni", "dni", "dnia"],
        Noun::Month => ["miesiąc", "miesiące", "miesięcy", "miesiąca"],
        Noun::Stage => ["etap", "etapy", "etapów", "etapu"],
        Noun::Lead => ["lead", "leady", "leadów", "leada"],
        Noun::Scenario => ["scenariusz", "scenariusze", "scenariuszy", "scenariusza"],
    }
}

/// In the order of `en::PRESET_NAMES`.
pub(super) const PRESET_NAMES: [&str; super::PRESET_COUNT] = [
    "Lead",
    "Lead kwalifikowany",
    "MQL",
    "SAL",
    "SQL / szansa sprzedażowa",
    "Klient",
    "Subskrybent",
    "SQL",
    "Szansa sprzedażowa",
    "Ambasador marki",
    "Generowanie leadów",
    "Kwalifikacja",
    "Lead nurturing",
    "Przekazanie do sprzedaży",
    "Zamknięcie sprzedaży",
    "Świadomość",
    "Rozważanie",
    "Decyzja",
    "Onboarding",
    "Wdrożenie",
    "Sukces klienta",
    "Rekomendacje",
    "Kurs online",
    "Odwiedzający",
    "Darmowe rejestracje",
    "Aktywne wersje próbne",
    "Płacący członkowie",
    "Doradztwo B2B",
    "Odwiedzający stronę",
    "Zapytania",
    "Leady kwalifikowane",
    "Rozmowy wstępne",
    "Oferty",
    "Pozyskani klienci",
    "Przykład",
];

pub(super) fn chart_labels() -> ChartLabels {
    let s = |t: &str| t.to_string();
    ChartLabels {
        digital: s("Cyfrowy"),
        service: s("Usługa"),
        funnel_title: s("Lejek: {name}"),
        steps_title: s("Konwersja między etapami"),
        timeline_title: s("Miesiąc po miesiącu"),
        cycle_title: s("Dni na każdym etapie"),
        sensitivity_title: s("Jeden krok lepszy o 5 p.p.: {name}"),
        // Follows a count ("+12 klientów"): the many form, right for most counts shown.
        customers: s("klientów"),
        cumulative_customers: s("Klienci (narastająco)"),
        cumulative_revenue: s("Przychód (narastająco)"),
        cost_vs_profit: s("Koszt a zysk brutto (narastająco)"),
        cumulative_cost: s("koszt narastająco"),
        cumulative_gross_profit: s("zysk brutto narastająco"),
        break_even: s("próg rentowności"),
        break_even_at: s("{name}: próg rentowności, miesiąc {month}"),
        month: s("miesiąc"),
        days: s("dni"),
        days_short: s("dni"),
        bottleneck: s("wąskie gardło"),
        benchmark: s("benchmark"),
        not_available: s("b.d."),
        no_data: s("Brak danych"),
        no_customers: s("Brak klientów: poprawa kroku mnoży zero."),
        capacity_binds: s(
            "Liczbę klientów ograniczają moce realizacyjne: lepsze kroki nic nie dodadzą.",
        ),
        funnel_summary: s("{name}: {first_stage}: {first}, klienci: {customers}."),
        bottleneck_summary: s("Wąskie gardło: {step}, {rate}."),
        steps_summary: s("{name}: najsłabszy krok {step}, {rate}."),
        timeline_summary: s("{name}: po {months} mies. klienci: {customers}, przychód: {revenue};"),
        break_even_summary: s("próg rentowności w {month}. miesiącu."),
        no_break_even_summary: s("brak progu rentowności w ciągu {months} mies."),
        cycle_summary: s("{name}: łączna liczba dni na wszystkich etapach: {days}."),
        sensitivity_summary: s(
            "{name}: poprawa kroku {step} o 5 p.p. daje najwięcej klientów ({extra} miesięcznie).",
        ),
        decimal_sep: s(","),
        group_sep: s("\u{a0}"),
        // Polish writes the percent sign without a space ("12,3%"), as Intl does.
        percent: s("{n}%"),
        money: s("{n}"),
    }
}

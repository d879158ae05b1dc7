//! Russian. Vocabulary of Russian B2B marketing writing: воронка продаж, лид, сделка,
//! конверсия, стоимость привлечения клиента (CAC), пожизненная ценность клиента
//! (LTV/CLV), точка безубыточности, отток. KPI abbreviations stay as they are. Quotes are
//! «…»; units are the invariable abbreviations «мес.» and «дн.»; a percent sign follows a
//! no-break space («12,3 %»), as `Intl.NumberFormat("ru-RU")` writes it.

use super::{Key, Noun};
use crate::charts::ChartLabels;
use crate::domain::kpi::{KpiId, NaReason};
use crate::domain::presets::StageModel;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Калькулятор воронки продаж",
        Tagline => "Цифровой продукт или услуга: введите свои цифры и сразу увидите все KPI. Данные не покидают ваш браузер.",
        Dismiss => "Закрыть",
        OtherTabChanged => "Калькулятор изменён в другой вкладке. Автосохранение приостановлено, пока вы не сделаете выбор.",
        LoadOtherTab => "Загрузить версию из другой вкладки",
        KeepThisTab => "Оставить версию этой вкладки",

        KeyFigures => "Ключевые показатели",
        KpiColumn => "Показатель",
        Difference => "Разница",
        NotAvailable => "н/д",
        NotAvailableBecause => "н/д: {reason}",
        Better => "✓ лучше",
        PercentagePoints => "{n} п.п.",
        BottleneckLabel => "Узкое место:",
        BottleneckGain => "Больше всего теряет шаг {from} → {to}: {rate} при ориентире {benchmark}. На уровне ориентира: +{customers} в месяц.",
        BottleneckAllMet => "Все шаги достигают своих ориентиров; самый слабый — {from} → {to}: {rate}.",
        BottleneckNoBenchmark => "Самая низкая конверсия у шага {from} → {to}: {rate}. Добавьте ориентир, чтобы увидеть, что даст его достижение.",
        BottleneckNone => "нет (всего один этап).",

        FunnelName => "Название воронки",
        Kind => "Тип",
        KindDigital => "Цифровой продукт",
        KindService => "Услуга",
        LoadPreset => "Загрузить шаблон",
        Choose => "Выберите…",
        Examples => "Примеры",
        ExampleDigital => "Онлайн-курс (пример цифрового продукта)",
        ExampleService => "B2B-консалтинг (пример услуги)",
        StageModels => "Модели этапов (предложение не меняется)",
        NewStageName => "Этап {n}",
        Stages => "Этапы",
        Stage => "Этап",
        Volume => "Количество",
        Cost => "Затраты",
        Days => "Дни",
        BenchmarkToNext => "Ориентир до следу\u{ad}ющего, %",
        OfPrevious => "% от преды\u{ad}дущего",
        OfFirst => "% от первого",
        Leak => "Потери",
        Actions => "Действия",
        AddStage => "+ Добавить этап",
        StageName => "Название этапа",
        BenchmarkPct => "Ориентир, %",
        CostType => "Тип затрат",
        CostMarketing => "маркетинг",
        CostSales => "продажи",
        MoveStageUp => "Переместить этап {n} вверх",
        MoveStageDown => "Переместить этап {n} вниз",
        RemoveStage => "Удалить этап {n}",
        LeadStage => "Этап лида",
        OpportunityStage => "Этап сделки",
        CustomerStage => "Этап клиента",
        Offer => "Предложение",
        Billing => "Оплата",
        BillingOneTime => "Разовая (за заказ)",
        BillingMonthly => "Ежемесячная подписка",
        Price => "Цена, {currency}",
        GrossMargin => "Валовая маржа, %",
        Purchases => "Покупок на клиента",
        RelationshipMonths => "Срок сотрудничества, мес.",
        MonthlyChurn => "Отток клиентов в месяц (churn), %",
        ExtrasSummary => "Реклама, постоянные затраты и ограничения (необязательно)",
        AdImpressions => "Показы рекламы",
        AdClicks => "Клики по рекламе",
        AdSpend => "Расходы на рекламу",
        FixedCosts => "Постоянные затраты в месяц",
        Capacity => "Пропускная способность, клиентов в месяц",
        ReferralPct => "Клиенты, ежемесячно приводящие лида по рекомендации, %",
        AllowGrowth => "Разрешить этапу быть больше предыдущего (рекомендации, повторное вовлечение)",

        DefaultScenarioName => "Сценарий",
        Undo => "Отменить",
        TooManyScenarios => "Достигнут предел сохранённых сценариев ({max}): сначала удалите один из них.",
        SavedScenario => "Сохранено: «{name}».",
        ExamplesRestored => "Примеры восстановлены.",
        Scenarios => "Сценарии",
        ScenarioName => "Название сценария",
        SaveAsNamed => "Сохранить как сценарий",
        ResetToExamples => "Вернуть примеры",
        NoScenarios => "Сохранённых сценариев пока нет.",
        OpenedScenario => "Открыт сценарий «{name}»; прежнюю пару воронок можно вернуть кнопкой «Отменить».",
        CopyName => "{name} (копия)",
        DeletedScenario => "Удалено: «{name}».",
        NewName => "Новое название",
        Open => "Открыть",
        Duplicate => "Дублировать",
        Rename => "Переименовать",
        Delete => "Удалить",

        LinkCopied => "Ссылка скопирована в буфер обмена.",
        CopyRefused => "Браузер не разрешил копирование: выделите ссылку ниже и скопируйте её.",
        FileTooLarge => "Файл «{file}» слишком велик для файла сценария.",
        FileUnreadable => "Не удалось прочитать файл «{file}».",
        Imported => "Импортирован сценарий «{name}» из файла {file}; прежнюю пару воронок можно вернуть кнопкой «Отменить».",
        NotScenarioFile => "Файл «{file}» — не файл сценария, который может открыть это приложение: {reason}.",
        ShareAndExport => "Поделиться и экспортировать",
        CopyShareLink => "Скопировать ссылку",
        ExportJson => "Экспорт в JSON",
        ImportJson => "Импорт из JSON…",
        ExportCsv => "Экспорт таблицы KPI (CSV)",
        ShareLinkLabel => "Ссылка (цифры передаются в самой ссылке; ничего не загружается на сервер)",

        SavedUnreadableKept => "Не удалось прочитать сохранённые данные ({reason}). Копия хранится в хранилище этого браузера под ключом «{key}»; калькулятор начинает с примеров.",
        SavedUnreadableNoCopy => "Не удалось прочитать сохранённые данные ({reason}) и сделать их копию: чтобы их не затереть, в этом сеансе ничего сохраняться не будет.",
        StorageUnavailable => "Этот браузер не позволяет калькулятору сохранять данные (приватный режим или встроенная страница): изменения пропадут после закрытия страницы. Чтобы их сохранить, используйте ссылку или экспорт.",
        BeforeOpeningLink => "{name} (до открытия ссылки)",
        OpenedShared => "Открыт присланный сценарий «{name}».",
        StorageFull => "Не удалось сохранить: хранилище браузера заполнено. Экспортируйте сценарий, чтобы не потерять его.",
        StorageGone => "Браузер больше не позволяет калькулятору сохранять данные.",
        OtherTabUnreadable => "Не удаётся прочитать данные из другой вкладки: {reason}",

        UnitRatio => "{n} : 1",
        UnitMonths => "{n} мес.",
        UnitDays => "{n} дн.",
        UnitPerDay => "{n}/день",

        ProblemEmpty => "Обязательное поле: введите число",
        ProblemNotANumber => "Введите число",
        ProblemNegative => "Значение не может быть отрицательным",
        ProblemPercentRange => "Значение должно быть от 0 до 100 %",
        ProblemTooLarge => "Слишком большое значение: не более 1 000 000 000 000",
        ProblemLargerThanPrevious => "Больше, чем на предыдущем этапе (этап {stage}); если так и задумано, отметьте «Разрешить этапу быть больше предыдущего»",
        ProblemClicksAboveImpressions => "Кликов больше, чем показов",
        ProblemStageCount => "В воронке должно быть от 1 до {max} этапов",
        ProblemRolesOutOfOrder => "Этапы лида, сделки и клиента должны существовать и идти именно в таком порядке",
        ProblemBelowOne => "Значение должно быть не меньше 1",

        ScenarioTooLarge => "Данные слишком велики для сценария ({size} КБ; максимум {max} КБ)",
        ScenarioNotJson => "Это не сохранённый сценарий (некорректный JSON: {detail})",
        ScenarioWrongShape => "Структура данных не соответствует сохранённому сценарию ({detail})",
        ScenarioFutureVersion => "Этот сценарий сохранён более новой версией приложения (формат {version}; эта версия читает форматы до {max}). Обновите страницу и попробуйте снова",
        SavedNotJson => "сохранённые данные — некорректный JSON",
        SavedFromTheFuture => "сохранённые данные созданы более новой версией приложения (формат {version})",
        SavedWrongShape => "у сохранённых данных неожиданная структура: {detail}",
        ShareTooLong => "Ссылка слишком длинная, чтобы быть ссылкой этого приложения.",
        ShareMalformed => "Ссылка повреждена (возможно, её обрезали при копировании).",
        ShareInvalid => "Не удаётся открыть ссылку: {reason}.",

        Charts => "Графики",
        BothOnOneScale => "Обе воронки в одном масштабе (снимите флажок: у каждой свой)",
        SameScale => "Общий масштаб",
        OwnScale => "У каждой свой масштаб",
        DownloadSvg => "Скачать SVG",
        DownloadPng => "Скачать PNG",

        GoalMode => "Режим цели",
        GoalHeading => "Режим цели: что для этого нужно?",
        Target => "Цель",
        TargetPerMonth => "Цель на месяц",
        TargetCustomers => "клиенты",
        TargetRevenue => "выручка",
        TargetMrr => "MRR",
        TargetCustomersLong => "Новые клиенты",
        TargetRevenueLong => "Выручка от новых клиентов",
        TargetMrrLong => "Новый MRR (подписки)",
        Amount => "Значение",
        EnterTarget => "Введите цель.",
        GoalNow => "Сейчас",
        GoalNeeded => "Нужно",
        GoalCostAtVolume => "Затраты при таком количестве",
        VolumeNeeded => "Нужное количество",
        BudgetNeeded => "Нужный бюджет",
        BudgetNeededRow => "Нужный бюджет в месяц (с постоянными затратами и рекламой)",
        GoalOverCapacityNotice => "Цель превышает заданную пропускную способность: команда не сможет обслужить столько новых клиентов.",
        GoalZeroStep => "Шаг {from} → {to} никого не конвертирует, поэтому цель недостижима при любом количестве на входе воронки.",
        GoalNoPrice => "Цена равна нулю, поэтому цель по выручке недостижима.",
        GoalNotSubscription => "Цель по MRR имеет смысл для подписки, а эта воронка продаёт разово.",
        GoalBadTarget => "Введите цель не меньше нуля.",
        GoalOverCapacity => "Цель превышает пропускную способность.",

        EmbedThis => "Встроить на сайт",
        EmbedHint => "Вставьте этот код на свою страницу: это iframe с текущим сценарием и скрипт размером 1 КБ, который подгоняет его высоту под содержимое.",
        EmbedCode => "Код для встраивания",
        EmbedCopied => "Код для встраивания скопирован в буфер обмена.",
        EmbedCopyRefused => "Браузер не разрешил копирование: выделите код и скопируйте его.",
        Copy => "Копировать",
        Copied => "Скопировано.",

        WorkshopMode => "Режим воркшопа",
        ExitWorkshop => "Выйти из режима воркшопа",
        Baseline => "Базовый вариант",
        Language => "Язык",
        Currency => "Валюта",
        Theme => "Тема",
        ThemeLight => "Светлая",
        ThemeDark => "Тёмная",
        ThemeAuto => "Автоматически",
        Print => "Печать",
    }
}

pub(super) fn kpi_name(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => "Новые клиенты",
        KpiId::LeadConversion => "Конверсия лидов в клиентов (LCR)",
        KpiId::WinRate => "Доля выигранных сделок (win rate)",
        KpiId::Ctr => "Кликабельность (CTR)",
        KpiId::Cpl => "Стоимость лида (CPL)",
        KpiId::Cac => "Стоимость привлечения клиента (CAC)",
        KpiId::GrossProfitMonthly => "Валовая прибыль с клиента в месяц",
        KpiId::Clv => "Пожизненная ценность клиента (LTV/CLV)",
        KpiId::LtvCac => "LTV : CAC",
        KpiId::Payback => "Окупаемость CAC",
        KpiId::Roi => "ROI (за весь срок сотрудничества)",
        KpiId::Roas => "Окупаемость рекламных расходов (ROAS)",
        KpiId::Revenue => "Выручка от новых клиентов",
        KpiId::NewMrr => "Новый MRR",
        KpiId::Arr => "Новый ARR",
        KpiId::TotalCost => "Общие затраты",
        KpiId::SalesCycle => "Цикл продаж",
        KpiId::Velocity => "Скорость продаж (sales velocity)",
    }
}

pub(super) fn kpi_explanation(id: KpiId) -> &'static str {
    match id {
        KpiId::Customers => {
            "Клиенты, привлечённые за период, с учётом пропускной способности и рекомендаций."
        }
        KpiId::LeadConversion => {
            "Доля лидов, ставших клиентами (лид → клиент, а не посетитель → лид)."
        }
        KpiId::WinRate => "Доля сделок, которые завершились успешно.",
        KpiId::Ctr => "Доля показов рекламы, по которым кликнули.",
        KpiId::Cpl => "Маркетинговые расходы, делённые на число лидов.",
        KpiId::Cac => {
            "Все затраты на маркетинг и продажи плюс постоянные затраты, делённые на число новых клиентов."
        }
        KpiId::GrossProfitMonthly => "Сколько один клиент приносит в месяц за вычетом прямых затрат.",
        KpiId::Clv => {
            "Валовая прибыль от одного клиента за всё время сотрудничества (с учётом маржи)."
        }
        KpiId::LtvCac => {
            "Пожизненная ценность клиента на единицу затрат на привлечение; 3 : 1 — привычный ориентир здорового бизнеса."
        }
        KpiId::Payback => "Сколько месяцев валовой прибыли с клиента нужно, чтобы окупить CAC.",
        KpiId::Roi => {
            "Валовая прибыль клиентов периода за всё время сотрудничества по отношению к затратам периода."
        }
        KpiId::Roas => "Выручка с первых покупок на единицу рекламных расходов.",
        KpiId::Revenue => "Первый заказ (или первый месяц) новых клиентов периода.",
        KpiId::NewMrr => "Ежемесячная регулярная выручка, которую добавили новые подписчики периода.",
        KpiId::Arr => "Новый MRR × 12.",
        KpiId::TotalCost => "Затраты на маркетинг и продажи плюс постоянные затраты за период.",
        KpiId::SalesCycle => "Сколько дней проходит от появления лида до превращения его в клиента.",
        KpiId::Velocity => {
            "Выручка, которую воронка приносит в день: сделки × средний чек × win rate ÷ длительность цикла."
        }
    }
}

pub(super) fn na_reason(reason: NaReason) -> &'static str {
    match reason {
        NaReason::NoCustomers => "нет клиентов",
        NaReason::NoLeads => "нет лидов",
        NaReason::NoOpportunities => "нет сделок",
        NaReason::NoImpressions => "нет показов",
        NaReason::NoAdSpend => "нет расходов на рекламу",
        NaReason::NoMarketingCost => "нет маркетинговых расходов",
        NaReason::NoCost => "нет затрат",
        NaReason::ZeroChurn => "отток 0 %: сотрудничество длится бесконечно",
        NaReason::NoGrossProfit => "нет валовой прибыли",
        NaReason::NoCycle => "цикл длится 0 дней",
        NaReason::NotSubscription => "не подписка",
        NaReason::NoVolume => "этап пуст",
        NaReason::LastStage => "последний этап",
        NaReason::FirstStage => "первый этап",
        NaReason::NoTopOfFunnel => "нет данных о рекламе",
    }
}

pub(super) fn stage_model(model: StageModel) -> &'static str {
    match model {
        StageModel::Classic => "Классическая воронка из шести этапов",
        StageModel::Lifecycle => "Этапы жизненного цикла клиента",
        StageModel::LeadConversion => "Процесс конверсии лидов",
        StageModel::BuyerJourney => "Путь покупателя и клиента",
    }
}

/// Forms by plural category: one (1, 21, 101), few (2–4, 22–24…), many (0, 5–20, 25…,
/// 111), other (fractions, genitive singular: «1,5 клиента»).
pub(super) fn noun(noun: Noun) -> [&'static str; 4] {
    match noun {
        Noun::Customer => ["клиент", "клиента", "клиентов", "клиента"],
        Noun::Day => ["день", "дня", "дней", "дня"],
        Noun::Month => ["месяц", "месяца", "месяцев", "месяца"],
        Noun::Stage => ["этап", "этапа", "этапов", "этапа"],
        Noun::Lead => ["лид", "лида", "лидов", "лида"],
        Noun::Scenario => ["сценарий", "сценария", "сценариев", "сценария"],
    }
}

/// In the order of `en::PRESET_NAMES`.
pub(super) const PRESET_NAMES: [&str; super::PRESET_COUNT] = [
    "Лид",
    "Квалифицированный лид",
    "MQL",
    "SAL",
    "SQL / сделка",
    "Клиент",
    "Подписчик",
    "SQL",
    "Сделка",
    "Амбассадор бренда",
    "Генерация лидов",
    "Квалификация",
    "Прогрев",
    "Передача в продажи",
    "Закрытие сделки",
    "Осведомлённость",
    "Рассмотрение",
    "Решение",
    "Онбординг",
    "Внедрение",
    "Успех клиента",
    "Рекомендации",
    "Онлайн-курс",
    "Посетители",
    "Бесплатные регистрации",
    "Активные пробные периоды",
    "Платящие участники",
    "B2B-консалтинг",
    "Посетители сайта",
    "Заявки",
    "Квалифицированные лиды",
    "Первичные созвоны",
    "Коммерческие предложения",
    "Привлечённые клиенты",
    "Пример",
];

pub(super) fn chart_labels() -> ChartLabels {
    let s = |t: &str| t.to_string();
    ChartLabels {
        digital: s("Цифровой"),
        service: s("Услуга"),
        funnel_title: s("Воронка: {name}"),
        steps_title: s("Конверсия по шагам"),
        timeline_title: s("По месяцам"),
        cycle_title: s("Дни на каждом этапе"),
        sensitivity_title: s("Один шаг на 5 п.п. лучше: {name}"),
        // Follows a count ("+12 клиентов"): the many form, right for most counts shown.
        customers: s("клиентов"),
        cumulative_customers: s("Клиенты (нарастающим итогом)"),
        cumulative_revenue: s("Выручка (нарастающим итогом)"),
        cost_vs_profit: s("Затраты и валовая прибыль (нарастающим итогом)"),
        cumulative_cost: s("затраты нарастающим итогом"),
        cumulative_gross_profit: s("валовая прибыль нарастающим итогом"),
        break_even: s("безубыточность"),
        break_even_at: s("{name}: безубыточность, месяц {month}"),
        month: s("месяц"),
        days: s("дн."),
        days_short: s("дн."),
        bottleneck: s("узкое место"),
        benchmark: s("ориентир"),
        not_available: s("н/д"),
        no_data: s("Нет данных"),
        no_customers: s("Клиентов пока нет: улучшение шага умножает ноль."),
        capacity_binds: s(
            "Число клиентов ограничено пропускной способностью: улучшение шагов ничего не добавит.",
        ),
        funnel_summary: s("{name}: {first_stage}: {first}, клиенты: {customers}."),
        bottleneck_summary: s("Узкое место: {step}, {rate}."),
        steps_summary: s("{name}: самый слабый шаг {step}, {rate}."),
        timeline_summary: s("{name}: за {months} мес. клиенты: {customers}, выручка: {revenue};"),
        break_even_summary: s("безубыточность на {month}-м месяце."),
        no_break_even_summary: s("безубыточность не достигнута за {months} мес."),
        cycle_summary: s("{name}: все этапы занимают {days} дн."),
        sensitivity_summary: s(
            "{name}: +5 п.п. на шаге {step} дают больше всего клиентов ({extra} в месяц).",
        ),
        decimal_sep: s(","),
        group_sep: s("\u{a0}"),
        percent: s("{n}\u{a0}%"),
        money: s("{n}"),
    }
}

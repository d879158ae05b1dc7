//! Presets: the four stage models of PRODUCT.md and two ready example funnels.
//!
//! Every figure is an editable starting point. Where BENCHMARKS.md has a published figure
//! the comment next to it names the source; figures without a source are marked as
//! assumptions. Volumes are chosen so that each step converts at a plausible rate and at
//! least one step falls short of its benchmark, so the bottleneck view has something to
//! show the moment a model is picked.

use super::model::{
    Billing, CostKind, FunnelInputs, FunnelKind, OfferInput, Roles, StageId, StageInput, TopInput,
};
// Short names keep the preset tables readable, one stage per line.
use CostKind::{Marketing as M, Sales as S};

/// The stage models a funnel can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageModel {
    /// Lead → Qualified lead → MQL → SAL → SQL / opportunity → Customer.
    Classic,
    /// Subscriber → Lead → MQL → SQL → Opportunity → Customer → Evangelist.
    Lifecycle,
    /// Generation → Qualification → Nurturing → Hand-off to sales → Closing.
    LeadConversion,
    /// Awareness → Consideration → Decision, then the customer journey after the sale.
    BuyerJourney,
}

impl StageModel {
    pub const ALL: [StageModel; 4] = [
        StageModel::Classic,
        StageModel::Lifecycle,
        StageModel::LeadConversion,
        StageModel::BuyerJourney,
    ];

    /// The stable id used in select options, saved data and tests.
    pub fn id(self) -> &'static str {
        match self {
            StageModel::Classic => "classic",
            StageModel::Lifecycle => "lifecycle",
            StageModel::LeadConversion => "lead_conversion",
            StageModel::BuyerJourney => "buyer_journey",
        }
    }

    pub fn from_id(id: &str) -> Option<StageModel> {
        StageModel::ALL.into_iter().find(|m| m.id() == id)
    }

    /// Plain English, the fallback label.
    pub fn english(self) -> &'static str {
        match self {
            StageModel::Classic => "Classic six stages",
            StageModel::Lifecycle => "Lifecycle stages",
            StageModel::LeadConversion => "Lead-conversion process",
            StageModel::BuyerJourney => "Buyer and customer journey",
        }
    }
}

/// One typed stage; an empty `cost` or `benchmark` is written as "".
fn stage(
    name: &str,
    volume: &str,
    cost: &str,
    cost_kind: CostKind,
    days: &str,
    benchmark: &str,
) -> StageInput {
    StageInput {
        name: name.to_string(),
        volume: volume.to_string(),
        cost: cost.to_string(),
        cost_kind,
        days: days.to_string(),
        benchmark: benchmark.to_string(),
        id: StageId::fresh(),
    }
}

/// The stages and roles of a stage model. The benchmark of a stage is its conversion to the
/// next stage; the last stage has none.
pub fn stage_model(model: StageModel) -> (Vec<StageInput>, Roles) {
    match model {
        StageModel::Classic => (
            vec![
                // No published lead → qualified figure: 50 % is an assumption.
                stage("Lead", "1000", "2000", M, "2", "50"),
                // Top of lead → MQL 15–30 % (First Page Sage, via BENCHMARKS.md): these
                // leads are already qualified.
                stage("Qualified lead", "450", "500", M, "5", "30"),
                // MQL → SAL 40–60 % (demand waterfall, BENCHMARKS.md).
                stage("MQL", "120", "500", M, "7", "50"),
                // SAL → SQL 50–70 % (demand waterfall).
                stage("SAL", "60", "300", S, "5", "60"),
                // SQL → close 20–30 % (demand waterfall).
                stage("SQL / opportunity", "36", "1200", S, "30", "25"),
                stage("Customer", "8", "", S, "0", ""),
            ],
            Roles {
                lead: 0,
                opportunity: 4,
                customer: 5,
            },
        ),
        StageModel::Lifecycle => (
            vec![
                // Subscriber → lead 20 %: an assumption, no published figure.
                stage("Subscriber", "5000", "1500", M, "14", "20"),
                // Lead → MQL 15–30 % (First Page Sage).
                stage("Lead", "1000", "1000", M, "7", "25"),
                // MQL → SQL 30–50 % (First Page Sage).
                stage("MQL", "250", "500", M, "7", "40"),
                // SQL → opportunity 50–75 % (First Page Sage).
                stage("SQL", "100", "800", S, "7", "60"),
                // Opportunity → close 15–30 % (First Page Sage).
                stage("Opportunity", "60", "1500", S, "30", "25"),
                // Customer → evangelist 20 %: an assumption.
                stage("Customer", "14", "", S, "90", "20"),
                stage("Evangelist", "3", "", M, "0", ""),
            ],
            Roles {
                lead: 1,
                opportunity: 4,
                customer: 5,
            },
        ),
        StageModel::LeadConversion => (
            vec![
                // Generation → qualification 40 %: an assumption.
                stage("Generation", "1000", "2000", M, "3", "40"),
                // Qualification → nurturing 50 %: an assumption in the MQL → SAL range.
                stage("Qualification", "400", "400", M, "5", "50"),
                // Nurturing → hand-off 30–50 % (MQL → SQL, First Page Sage).
                stage("Nurturing", "180", "300", M, "21", "35"),
                // Hand-off → closed 20–30 % (SQL → close, demand waterfall).
                stage("Hand-off to sales", "60", "1000", S, "14", "25"),
                stage("Closing", "14", "", S, "0", ""),
            ],
            Roles {
                lead: 0,
                opportunity: 3,
                customer: 4,
            },
        ),
        // The buyer journey ends at Decision: that stage is the customer role, and the
        // four stages after it (the customer journey) model retention and advocacy. Their
        // volumes shrink stage by stage, so the funnel validates without "accept growth";
        // their steps lie after the customer stage and so never count as the bottleneck
        // of acquisition. Consideration is both the lead and the opportunity stage: a
        // three-stage buying journey has no separate sales-qualified stage, so win rate
        // equals lead conversion here.
        StageModel::BuyerJourney => (
            vec![
                // Awareness → consideration 10 %: an assumption (visitor → lead 2–5 % is
                // the nearest published figure, for a narrower step).
                stage("Awareness", "10000", "2000", M, "7", "10"),
                // Consideration → decision 10 %: an assumption.
                stage("Consideration", "800", "800", M, "21", "10"),
                // Decision → onboarding 90 %: an assumption; most buyers start.
                stage("Decision", "70", "1500", S, "7", "90"),
                // Onboarding → adoption 85 %: an assumption.
                stage("Onboarding", "63", "", S, "14", "85"),
                // Adoption → success 80 %: an assumption.
                stage("Adoption", "52", "", S, "30", "80"),
                // Success → advocacy 30 %: an assumption.
                stage("Success", "40", "", S, "60", "30"),
                stage("Advocacy", "10", "", M, "0", ""),
            ],
            Roles {
                lead: 1,
                opportunity: 1,
                customer: 2,
            },
        ),
    }
}

/// The digital example: an online course sold as a monthly membership with a free trial,
/// a self-serve funnel fed by search ads and content. Its cycle is about two and a half
/// weeks and its economics rest on subscription retention.
pub fn example_digital() -> FunnelInputs {
    FunnelInputs {
        name: "Online course".to_string(),
        kind: FunnelKind::Digital,
        stages: vec![
            // Visitor → signup 3 % (suggested digital preset, BENCHMARKS.md).
            stage("Visitors", "20000", "1500", M, "1", "3"),
            // Signup → activated 30 % (suggested digital preset).
            stage("Free sign-ups", "640", "", M, "3", "30"),
            // Trial → paid 15 % without a card (Totango 2012 and later summaries); the
            // 14-day trial sits in the 14–30-day trial cycle of the preset.
            stage("Active trials", "176", "", M, "14", "15"),
            stage("Paying members", "28", "", M, "0", ""),
        ],
        roles: Roles {
            lead: 1,
            opportunity: 2,
            customer: 3,
        },
        offer: OfferInput {
            // Price: an assumption for a course membership.
            price: "39".to_string(),
            billing: Billing::Monthly,
            // Margin: an assumption; hosting and payment fees are a digital product's
            // main delivery costs.
            margin_pct: "90".to_string(),
            // Churn 3–5 %/month is "pretty good" for B2C subscriptions (PostHog 2023).
            churn_pct: "4".to_string(),
            // Not used by a subscription; kept filled so switching billing still works.
            purchases: "1".to_string(),
            relationship_months: "12".to_string(),
        },
        top: TopInput {
            // CTR 6.42 % and CPC $4.66 (search ads, LocaliQ/WordStream 2024):
            // 1 000 clicks / 15 576 impressions = 6.42 %, 1 000 × $4.66 = $4 660.
            impressions: "15576".to_string(),
            clicks: "1000".to_string(),
            ad_spend: "4660".to_string(),
        },
        // Tools (course platform, email): an assumption.
        fixed_cost: "300".to_string(),
        capacity: String::new(),
        referral_pct: String::new(),
        accept_growth: false,
    }
}

/// The service example: B2B consulting sold in projects, a personal funnel with few
/// leads, a cycle of about two months and several orders per client over a year.
pub fn example_service() -> FunnelInputs {
    FunnelInputs {
        name: "B2B consulting".to_string(),
        kind: FunnelKind::Service,
        stages: vec![
            // Visitor → inquiry 1–2 % (suggested consulting preset, BENCHMARKS.md).
            stage("Website visitors", "8000", "1500", M, "3", "1.5"),
            // Lead → MQL 30 % (consulting preset); about 7 days per stage.
            stage("Inquiries", "120", "", M, "7", "30"),
            // MQL → discovery call 30–40 % (consulting preset); about 10 days.
            stage("Qualified leads", "30", "", M, "10", "35"),
            // SQL → proposal 50–60 % (consulting preset); 14–21 days.
            stage("Discovery calls", "11", "1200", S, "18", "55"),
            // Proposal → won 25–35 % (consulting preset; professional services proposal
            // win rate, practitioner guides); 21–45 days. The cycle from inquiry to won is
            // 7 + 10 + 18 + 30 = 65 days, inside the preset's 45–90.
            stage("Proposals", "6", "1500", S, "30", "30"),
            stage("Won clients", "2", "", S, "0", ""),
        ],
        roles: Roles {
            lead: 1,
            opportunity: 4,
            customer: 5,
        },
        offer: OfferInput {
            // Median deal $4,000 (HubSpot 2023 survey, secondary).
            price: "4000".to_string(),
            billing: Billing::OneTime,
            // Margin: an assumption for consulting, where the consultants' time is the
            // cost of delivery.
            margin_pct: "50".to_string(),
            // Not used by one-time billing; kept filled so switching billing still works.
            churn_pct: "5".to_string(),
            // Three projects over a twelve-month relationship: an assumption.
            purchases: "3".to_string(),
            relationship_months: "12".to_string(),
        },
        top: TopInput::default(),
        // Tools and a share of the office: an assumption.
        fixed_cost: "500".to_string(),
        // The team can start four new clients a month: an assumption that does not bind.
        capacity: "4".to_string(),
        referral_pct: String::new(),
        accept_growth: false,
    }
}

/// Roughly what one US dollar of the examples' amounts is in `currency`, for writing the
/// examples in it; an unknown code keeps the dollar figures.
pub fn currency_factor(currency: &str) -> f64 {
    match currency {
        "EUR" => 0.9,
        "GBP" => 0.8,
        "PLN" => 4.0,
        "RUB" => 90.0,
        _ => 1.0,
    }
}

/// `value` as a round figure: two significant digits (3 510 → 3 500, 31.2 → 31).
fn round_figure(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return value;
    }
    // The power of ten that leaves two digits before the point, by steps: `log10` would
    // bring the float math library into the wasm for this alone.
    let mut unit = 1.0;
    while value / unit >= 100.0 {
        unit *= 10.0;
    }
    (value / unit).round() * unit
}

/// An example funnel with its amounts (stage costs, price, ad spend, fixed cost) written
/// in `currency` as round figures: a 39 $ course is a 3 500 ₽ one, not a 39 ₽ one.
pub fn priced(mut f: FunnelInputs, currency: &str) -> FunnelInputs {
    let factor = currency_factor(currency);
    if factor == 1.0 {
        // The examples' own figures, from their sources.
        return f;
    }
    let scale = |text: &mut String| {
        if let Some(v) = super::float::parse_f64(text) {
            *text = round_figure(v * factor).round().to_string();
        }
    };
    for s in &mut f.stages {
        scale(&mut s.cost);
    }
    scale(&mut f.offer.price);
    scale(&mut f.top.ad_spend);
    scale(&mut f.fixed_cost);
    f
}

/// `f` with the funnel and stage names of `names` (same number of stages), so that an
/// example renamed into the reader's language still counts as the untouched example.
fn with_names(mut f: FunnelInputs, names: &FunnelInputs) -> FunnelInputs {
    if f.stages.len() == names.stages.len() {
        f.name = names.name.clone();
        for (s, n) in f.stages.iter_mut().zip(&names.stages) {
            s.name = n.name.clone();
        }
    }
    f
}

/// What switching the currency from `from` to `to` does to a funnel: an untouched example
/// (as the examples are in `from`, whatever the language of its names) is re-priced in
/// `to`, keeping its names; anything else is the user's own numbers and is `None`: kept
/// as typed, only the symbol changes.
pub fn reprice(f: &FunnelInputs, from: &str, to: &str) -> Option<FunnelInputs> {
    [example_digital(), example_service()]
        .into_iter()
        .find(|e| with_names(f.clone(), e) == priced(e.clone(), from))
        .map(|e| with_names(priced(e, to), f))
}

#[cfg(test)]
mod pricing_tests {
    use super::*;

    #[test]
    fn examples_are_priced_in_round_figures_of_each_currency() {
        let price = |c| priced(example_digital(), c).offer.price;
        assert_eq!(price("USD"), "39");
        assert_eq!(price("EUR"), "35");
        assert_eq!(price("GBP"), "31");
        assert_eq!(price("PLN"), "160");
        assert_eq!(price("RUB"), "3500");
        let service = priced(example_service(), "RUB");
        assert_eq!(service.offer.price, "360000");
        assert_eq!(service.stages[3].cost, "110000");
        assert_eq!(service.fixed_cost, "45000");
        assert_eq!(service.stages[1].cost, "", "an empty cost stays empty");
        assert_eq!(priced(example_service(), "XYZ"), example_service());
    }

    #[test]
    fn switching_currency_reprices_only_the_untouched_examples() {
        let mut renamed = priced(example_digital(), "PLN");
        renamed.name = "Kurs online".into();
        renamed.stages[0].name = "Odwiedzający".into();
        let back = reprice(&renamed, "PLN", "RUB").expect("an untouched example");
        assert_eq!(back.offer.price, "3500");
        assert_eq!(back.name, "Kurs online");
        assert_eq!(back.stages[0].name, "Odwiedzający");

        let mut own = priced(example_service(), "USD");
        own.offer.price = "4500".into();
        assert_eq!(
            reprice(&own, "USD", "RUB"),
            None,
            "the user's own numbers stay"
        );
        // Already in the new currency's figures (a reload): not an example in the old one.
        assert_eq!(
            reprice(&priced(example_digital(), "RUB"), "USD", "RUB"),
            None
        );
    }
}

//! The funnel as the user typed it (`FunnelInputs`) and as the engine uses it (`Funnel`).
//!
//! Raw inputs are strings so that whatever the user typed survives a reload, even when it
//! is not a number yet; `validate` turns them into the typed model. The typed model puts
//! its guarantees in types: a `Rate` is always within 0..=1 and every amount is finite.
//!
//! The raw inputs are the scenario format (`scenario.rs`): serde writes enum variants in
//! snake_case and fields in declaration order; reading, an absent field takes its type's
//! default, an unknown one is ignored, and a field of the wrong type is an error.

use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicU32, Ordering};

/// The two slots of a comparison. The slot names are stable identifiers (used in input
/// names, share links and tests) even when a side is renamed or switched to the other kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Digital,
    Service,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Digital, Side::Service];

    /// The stable id used in input names (`digital.stages.0.volume`) and data attributes.
    pub fn id(self) -> &'static str {
        match self {
            Side::Digital => "digital",
            Side::Service => "service",
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Digital => Side::Service,
            Side::Service => Side::Digital,
        }
    }
}

/// What kind of selling a funnel models; it decides which KPIs are headline ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FunnelKind {
    Digital,
    Service,
}

/// Whether a stage's spend counts as marketing (it enters CPL) or sales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostKind {
    #[default]
    Marketing,
    Sales,
}

/// How the offer is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Billing {
    /// One payment per order; a client may order several times over the relationship.
    #[default]
    OneTime,
    /// A monthly subscription that runs until the client churns.
    Monthly,
}

/// A stage's identity for the session, so that what follows a stage (a workshop what-if)
/// follows it when it moves. It is not saved: a stage read from storage or a link gets a
/// new one, and the saved format stays as it was. Each default value is a new identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StageId(u32);

impl StageId {
    pub fn fresh() -> StageId {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        StageId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Default for StageId {
    fn default() -> Self {
        StageId::fresh()
    }
}

/// One stage as typed. Every number is kept as the user's text.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StageInput {
    pub name: String,
    /// How many reached the stage in the period.
    pub volume: String,
    /// Money spent on the stage in the period.
    pub cost: String,
    pub cost_kind: CostKind,
    /// Average days a prospect spends in the stage before moving on.
    pub days: String,
    /// Benchmark conversion from this stage to the next, in percent; empty for none.
    pub benchmark: String,
    #[serde(skip)]
    pub id: StageId,
}

/// Stages are equal when what was typed is: the identity is not data, so a stage read
/// back from storage equals the one written.
impl PartialEq for StageInput {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.volume == other.volume
            && self.cost == other.cost
            && self.cost_kind == other.cost_kind
            && self.days == other.days
            && self.benchmark == other.benchmark
    }
}

/// The offer as typed; percentages are in percent (0–100).
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferInput {
    /// Price per order (one-time) or per month (subscription).
    pub price: String,
    pub billing: Billing,
    pub margin_pct: String,
    /// Monthly churn in percent; used for subscriptions.
    pub churn_pct: String,
    /// Purchases per client over the relationship; used for one-time billing.
    pub purchases: String,
    /// Relationship length in months; used for one-time billing.
    pub relationship_months: String,
}

/// Optional paid top of funnel. All empty means "not used".
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TopInput {
    pub impressions: String,
    pub clicks: String,
    pub ad_spend: String,
}

/// Which stage plays which part. Indices into `stages`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Roles {
    pub lead: usize,
    pub opportunity: usize,
    pub customer: usize,
}

/// One funnel exactly as the user typed it: this is what is saved and shared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FunnelInputs {
    /// The display name of the side ("Online course").
    pub name: String,
    pub kind: FunnelKind,
    pub stages: Vec<StageInput>,
    pub roles: Roles,
    pub offer: OfferInput,
    pub top: TopInput,
    /// Fixed costs of the period (tools, salaries not tied to a stage).
    pub fixed_cost: String,
    /// Optional delivery capacity: new clients the team can take per month.
    pub capacity: String,
    /// Optional share of customers (percent) who bring one new lead each month.
    pub referral_pct: String,
    /// The user accepted that some later stage is larger than the one before it
    /// (referrals, re-engagement): the check then stays a warning, not an error.
    pub accept_growth: bool,
}

impl Default for FunnelInputs {
    fn default() -> Self {
        FunnelInputs {
            name: String::new(),
            kind: FunnelKind::Digital,
            stages: Vec::new(),
            roles: Roles::default(),
            offer: OfferInput::default(),
            top: TopInput::default(),
            fixed_cost: String::new(),
            capacity: String::new(),
            referral_pct: String::new(),
            accept_growth: false,
        }
    }
}

/// A probability or a share, guaranteed to lie within 0..=1 and to be finite.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default)]
pub struct Rate(f64);

impl Rate {
    pub const ZERO: Rate = Rate(0.0);
    pub const ONE: Rate = Rate(1.0);

    /// `None` when `value` is NaN or outside 0..=1.
    pub fn new(value: f64) -> Option<Rate> {
        (0.0..=1.0).contains(&value).then_some(Rate(value))
    }

    /// From a percentage (0–100); `None` outside that range.
    pub fn from_percent(percent: f64) -> Option<Rate> {
        Rate::new(percent / 100.0)
    }

    /// Clamps into 0..=1 (NaN becomes 0), for derived values that may round past the edge.
    pub fn saturating(value: f64) -> Rate {
        if value.is_nan() {
            Rate(0.0)
        } else {
            Rate(value.clamp(0.0, 1.0))
        }
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

/// A validated stage: finite, non-negative numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    pub name: String,
    pub volume: f64,
    pub cost: f64,
    pub cost_kind: CostKind,
    pub days: f64,
    pub benchmark: Option<Rate>,
}

/// The validated offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub price: f64,
    pub billing: Billing,
    pub margin: Rate,
    pub churn: Rate,
    pub purchases: f64,
    pub relationship_months: f64,
}

/// The validated paid top of funnel.
#[derive(Clone, Debug, PartialEq)]
pub struct Top {
    pub impressions: f64,
    pub clicks: f64,
    pub ad_spend: f64,
}

/// A validated funnel: what every computation takes. Always has at least one stage and
/// roles that point inside `stages` with lead ≤ opportunity ≤ customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Funnel {
    pub kind: FunnelKind,
    pub stages: Vec<Stage>,
    pub roles: Roles,
    pub offer: Offer,
    pub top: Option<Top>,
    pub fixed_cost: f64,
    pub capacity: Option<f64>,
    pub referral: Option<Rate>,
}

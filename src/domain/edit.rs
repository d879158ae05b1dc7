//! Edits of a funnel as typed (`FunnelInputs`): stage edits that keep the roles on their
//! stages, presets, a step's rate set by a what-if, and the cycle scaled against a
//! baseline. Each takes and returns plain data; the UI only calls them. What is not a
//! number yet stays as typed: an edit never turns a user's text into "0".

use super::model::{FunnelInputs, StageId, StageInput};
use super::presets::{self, StageModel};
use super::validate::parse_number;

/// A change to the list of stages.
#[derive(Clone, Debug, PartialEq)]
pub enum StageEdit {
    /// A new last stage, with its name; it starts at the last stage's volume.
    Add(String),
    Remove(usize),
    MoveUp(usize),
    MoveDown(usize),
}

/// Applies `edit`, keeping the lead / opportunity / customer roles on the same stages.
/// A removed stage's role passes to the stage that takes its place (the one before it,
/// when it was the last). Out-of-range edits and removing the only stage change nothing.
pub fn edit_stages(inputs: &mut FunnelInputs, edit: StageEdit) {
    let n = inputs.stages.len();
    let roles = [
        &mut inputs.roles.lead,
        &mut inputs.roles.opportunity,
        &mut inputs.roles.customer,
    ];
    let swap = match edit {
        StageEdit::MoveUp(i) if i > 0 && i < n => Some((i - 1, i)),
        StageEdit::MoveDown(i) if i + 1 < n => Some((i, i + 1)),
        StageEdit::Remove(i) if i < n && n > 1 => {
            inputs.stages.remove(i);
            for r in roles {
                if *r > i || (*r == i && i == n - 1) {
                    *r -= 1;
                }
            }
            return;
        }
        StageEdit::Add(name) => {
            let last = inputs.stages.last();
            let stage = StageInput {
                name,
                volume: last.map(|s| s.volume.clone()).unwrap_or_default(),
                cost_kind: last.map(|s| s.cost_kind).unwrap_or_default(),
                ..StageInput::default()
            };
            inputs.stages.push(stage);
            return;
        }
        _ => None,
    };
    if let Some((a, b)) = swap {
        inputs.stages.swap(a, b);
        for r in roles {
            if *r == a {
                *r = b;
            } else if *r == b {
                *r = a;
            }
        }
    }
}

/// What the preset picker offers: a ready example funnel or a stage model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    ExampleDigital,
    ExampleService,
    Model(StageModel),
}

impl Preset {
    /// The stable id used in the picker's options.
    pub fn id(self) -> &'static str {
        match self {
            Preset::ExampleDigital => "example-digital",
            Preset::ExampleService => "example-service",
            Preset::Model(m) => m.id(),
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        match id {
            "example-digital" => Some(Preset::ExampleDigital),
            "example-service" => Some(Preset::ExampleService),
            _ => StageModel::from_id(id).map(Preset::Model),
        }
    }
}

/// The funnel after choosing `preset`: an example replaces the whole funnel, a stage model
/// only the stages and roles (the funnel keeps its name, offer and the rest). Preset names
/// are English in the engine; `translate` gives a name in the reader's language, or `None`
/// to keep it.
pub fn apply_preset(
    current: &FunnelInputs,
    preset: Preset,
    currency: &str,
    translate: impl Fn(&str) -> Option<&'static str>,
) -> FunnelInputs {
    let translate = |name: &mut String| {
        if let Some(t) = translate(name) {
            *name = t.to_string();
        }
    };
    let mut inputs = match preset {
        Preset::ExampleDigital => presets::priced(presets::example_digital(), currency),
        Preset::ExampleService => presets::priced(presets::example_service(), currency),
        Preset::Model(m) => {
            let (stages, roles) = presets::stage_model(m);
            FunnelInputs {
                stages,
                roles,
                ..current.clone()
            }
        }
    };
    if !matches!(preset, Preset::Model(_)) {
        translate(&mut inputs.name);
    }
    inputs
        .stages
        .iter_mut()
        .for_each(|s| translate(&mut s.name));
    inputs
}

/// A number as the inputs keep it: at most two decimals, no trailing zeros.
pub fn plain(value: f64) -> String {
    let text = super::numbers::decimal(value, 2);
    match text.contains('.') {
        true => text.trim_end_matches('0').trim_end_matches('.').to_string(),
        false => text,
    }
}

/// Sets the rate of the step out of stage `step` (clamped to 0..=1): the next stage's
/// volume follows, and every later stage scales with it, so their own rates stay as they
/// were (the same rule as [`super::report::volumes_with_step_rate`]). Nothing changes when
/// stage `step`'s volume is not a number; a later volume that is not a number, or that has
/// no rate to keep (the next stage was empty), stays as typed.
pub fn set_step_rate(f: &mut FunnelInputs, step: usize, rate: f64) {
    let num = |s: &StageInput| parse_number(&s.volume).ok();
    let Some(from) = f.stages.get(step).and_then(num) else {
        return;
    };
    let Some(next) = f.stages.get(step + 1) else {
        return;
    };
    let old = num(next).filter(|v| *v > 0.0);
    let new = from * rate.clamp(0.0, 1.0);
    f.stages[step + 1].volume = plain(new);
    let Some(old) = old else {
        return;
    };
    for s in f.stages.iter_mut().skip(step + 2) {
        if let Some(v) = num(s) {
            s.volume = plain(v * new / old);
        }
    }
}

/// Sets every stage's days to `percent` % of its days in `baseline`, matching stages by
/// identity, so a stage moved since the baseline was taken gets its own days. A stage the
/// baseline does not have, or whose baseline days are not a number, keeps its days.
pub fn scale_cycle(f: &mut FunnelInputs, baseline: &FunnelInputs, percent: f64) {
    for s in &mut f.stages {
        let base = baseline_stage(baseline, s.id).and_then(|b| parse_number(&b.days).ok());
        if let Some(days) = base {
            s.days = plain(days * percent / 100.0);
        }
    }
}

fn baseline_stage(baseline: &FunnelInputs, id: StageId) -> Option<&StageInput> {
    baseline.stages.iter().find(|b| b.id == id)
}

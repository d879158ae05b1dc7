//! The Polish and Russian texts, kept in `pl.txt` and `ru.txt` beside this file and
//! loaded when a reader needs them, so that an English reader does not download them
//! (they were a quarter of the wasm's text, about 9 KB gzip; issue 7's size budget).
//! English stays compiled in (`en.rs`): it is the default and the fallback.
//!
//! The format is one `name = text` line per entry, in a fixed order: every [`Key`], then
//! every KPI name and explanation, n/a reason, stage model, noun form, preset name and
//! chart label. The app reads only the texts, in order; the names are for translators
//! and for the test that checks each file against [`names`], so a file with an entry
//! missing, extra or out of place fails the tests instead of shifting every text after
//! it. `#` starts a comment line. Characters that are hard to see are written as
//! `\u{..}` (soft hyphen, no-break space), a backslash as `\\`.

use super::{Key, Noun, PRESET_COUNT};
use crate::charts::ChartLabels;
use crate::domain::kpi::{KpiId, NaReason};
use crate::domain::presets::StageModel;

/// Declares the chart label fields once: the reader builds `ChartLabels` from them, and
/// the names and the writer follow the same list. A field added to `ChartLabels` and not
/// here is a compile error in `chart_labels`.
macro_rules! chart_fields {
    ($($field:ident,)*) => {
        const CHART_FIELDS: &[&str] = &[$(stringify!($field),)*];

        fn chart_labels_from(texts: &[&'static str]) -> ChartLabels {
            let mut texts = texts.iter().map(|t| t.to_string());
            ChartLabels { $($field: texts.next().unwrap_or_default(),)* }
        }

        #[cfg(test)]
        pub(super) fn chart_texts(labels: &ChartLabels) -> Vec<String> {
            vec![$(labels.$field.clone(),)*]
        }
    };
}

chart_fields! {
    digital, service, funnel_title, steps_title, timeline_title, cycle_title,
    sensitivity_title, customers, cumulative_customers, cumulative_revenue, cost_vs_profit,
    cumulative_cost, cumulative_gross_profit, break_even, break_even_at, month, days,
    days_short, bottleneck, benchmark, not_available, no_data, no_customers,
    capacity_binds, funnel_summary, bottleneck_summary, steps_summary, timeline_summary,
    break_even_summary, no_break_even_summary, cycle_summary, sensitivity_summary,
    decimal_sep, group_sep, percent, money,
    // engine wording
    capacity_caps,
}

/// Where each section starts in the list of entries.
const KPI_NAME: usize = Key::ALL.len();
const KPI_EXPLANATION: usize = KPI_NAME + KpiId::ALL.len();
const NA_REASON: usize = KPI_EXPLANATION + KpiId::ALL.len();
const STAGE_MODEL: usize = NA_REASON + NaReason::ALL.len();
const NOUN: usize = STAGE_MODEL + StageModel::ALL.len();
const PRESET: usize = NOUN + Noun::ALL.len() * 4;
const CHART: usize = PRESET + PRESET_COUNT;
/// How many entries a language file has.
pub const LEN: usize = CHART + CHART_FIELDS.len();

/// One language's texts, in the order of [`names`].
pub struct Table {
    texts: Vec<&'static str>,
}

/// Why a language file could not be used.
#[derive(Debug, PartialEq)]
pub enum TableError {
    /// The file has `found` entries where the app needs [`LEN`].
    Count { found: usize },
}

impl Table {
    /// Reads a language file. The texts are leaked into `'static` strings: a table is
    /// read once per language and page, and the rest of the app keeps taking
    /// `&'static str` texts as it did when every language was compiled in.
    pub fn parse(file: &str) -> Result<Table, TableError> {
        let texts: Vec<&'static str> = entries(file)
            .map(|(_, text)| &*Box::leak(unescape(text).into_boxed_str()))
            .collect();
        if texts.len() != LEN {
            return Err(TableError::Count { found: texts.len() });
        }
        Ok(Table { texts })
    }

    pub fn text(&self, key: Key) -> &'static str {
        self.texts[key as usize]
    }

    pub fn kpi_name(&self, id: KpiId) -> &'static str {
        self.texts[KPI_NAME + kpi_index(id)]
    }

    pub fn kpi_explanation(&self, id: KpiId) -> &'static str {
        self.texts[KPI_EXPLANATION + kpi_index(id)]
    }

    pub fn na_reason(&self, reason: NaReason) -> &'static str {
        self.texts[NA_REASON + reason as usize]
    }

    pub fn stage_model(&self, model: StageModel) -> &'static str {
        self.texts[STAGE_MODEL + model as usize]
    }

    pub fn noun(&self, noun: Noun) -> [&'static str; 4] {
        let at = NOUN + noun as usize * 4;
        [
            self.texts[at],
            self.texts[at + 1],
            self.texts[at + 2],
            self.texts[at + 3],
        ]
    }

    pub fn preset_name(&self, index: usize) -> &'static str {
        self.texts[PRESET + index]
    }

    pub fn chart_labels(&self) -> ChartLabels {
        chart_labels_from(&self.texts[CHART..])
    }
}

/// `KpiId`'s position in `KpiId::ALL`, the order of the file (the KPI table's order,
/// which is not the enum's declaration order).
fn kpi_index(id: KpiId) -> usize {
    KpiId::ALL.iter().position(|k| *k == id).unwrap_or(0)
}

/// The `(name, raw text)` of each entry line.
fn entries(file: &str) -> impl Iterator<Item = (&str, &str)> {
    file.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split_once(" = ").unwrap_or((line, "")))
}

/// Undoes [`escape`]: `\u{hex}` and `\\`. Anything else after a backslash is kept as it
/// is, so a stray backslash shows up in the interface instead of eating a character.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        if let Some(after) = tail.strip_prefix('\\') {
            out.push('\\');
            rest = after;
            continue;
        }
        let code = tail
            .strip_prefix("u{")
            .and_then(|t| t.split_once('}'))
            .and_then(|(hex, after)| {
                Some((char::from_u32(u32::from_str_radix(hex, 16).ok()?)?, after))
            });
        match code {
            Some((c, after)) => {
                out.push(c);
                rest = after;
            }
            None => {
                out.push('\\');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The canonical entry names, in file order.
#[cfg(test)]
pub(super) fn names() -> Vec<String> {
    let mut names: Vec<String> = Key::ALL.iter().map(|k| format!("{k:?}")).collect();
    names.extend(KpiId::ALL.iter().map(|k| format!("kpi.{k:?}")));
    names.extend(KpiId::ALL.iter().map(|k| format!("kpi_explanation.{k:?}")));
    names.extend(NaReason::ALL.iter().map(|r| format!("na.{r:?}")));
    names.extend(StageModel::ALL.iter().map(|m| format!("stage_model.{m:?}")));
    for noun in Noun::ALL {
        for form in ["one", "few", "many", "other"] {
            names.push(format!("noun.{noun:?}.{form}"));
        }
    }
    names.extend((0..PRESET_COUNT).map(|i| format!("preset.{i}")));
    names.extend(CHART_FIELDS.iter().map(|f| format!("chart.{f}")));
    names
}

/// The `name = text` line of an entry, with hard-to-see characters escaped.
#[cfg(test)]
pub(super) fn line(name: &str, text: &str) -> String {
    let mut out = format!("{name} = ");
    for (i, c) in text.chars().enumerate() {
        let edge = (i == 0 || i + 1 == text.chars().count()) && c == ' ';
        match c {
            '\\' => out.push_str("\\\\"),
            c if edge
                || c.is_control()
                || matches!(c, '\u{a0}' | '\u{ad}' | '\u{202f}' | '\u{200b}') =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// The names in a file, in order (for the test that checks them).
#[cfg(test)]
pub(super) fn file_names(file: &str) -> Vec<String> {
    entries(file).map(|(name, _)| name.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::Lang;
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for text in [
            "plain",
            "Bench\u{ad}mark",
            "\u{a0}",
            " lead",
            "a\\b",
            "\\u{41}",
            "x\ny",
        ] {
            let l = line("n", text);
            let (_, raw) = entries(&l).next().unwrap();
            assert_eq!(unescape(raw), text, "{l}");
        }
    }

    #[test]
    fn a_stray_backslash_stays_visible() {
        assert_eq!(unescape("a\\qb\\u{zz}"), "a\\qb\\u{zz}");
    }

    #[test]
    fn indexes_are_positions_in_all() {
        for (i, id) in KpiId::ALL.iter().enumerate() {
            assert_eq!(kpi_index(*id), i);
        }
        // The others index by discriminant: it must be the position in ALL.
        for (i, r) in NaReason::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i);
        }
        for (i, m) in StageModel::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i);
        }
        for (i, n) in Noun::ALL.iter().enumerate() {
            assert_eq!(*n as usize, i);
        }
        for (i, k) in Key::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
    }

    /// Each language's file and its code, for every language that has one.
    fn files() -> Vec<(&'static str, &'static str)> {
        let file = super::super::load::file;
        Lang::ALL
            .into_iter()
            .filter_map(|l| Some((l.code(), file(l)?)))
            .collect()
    }

    /// Every entry of every file, by name and in order: a missing, extra or moved line
    /// would shift every text after it.
    #[test]
    fn language_files_list_every_entry_in_order() {
        let files = files();
        assert_eq!(
            files.len(),
            Lang::ALL.len() - 1,
            "English alone has no file"
        );
        for (code, file) in files {
            let found = file_names(file);
            let wanted = names();
            for (i, (f, w)) in found.iter().zip(&wanted).enumerate() {
                assert_eq!(f, w, "{code}.txt, entry {i}");
            }
            assert_eq!(found.len(), wanted.len(), "{code}.txt");
            assert!(Table::parse(file).is_ok());
        }
    }

    /// A chart label that English has and a translation leaves empty would vanish from
    /// the charts: every one must be there.
    #[test]
    fn chart_labels_are_all_translated() {
        let english = chart_texts(&super::super::en::chart_labels());
        for (_, file) in files() {
            let translated = chart_texts(&Table::parse(file).unwrap().chart_labels());
            for ((name, en), tr) in CHART_FIELDS.iter().zip(&english).zip(&translated) {
                assert!(en.is_empty() || !tr.is_empty(), "chart.{name} is empty");
            }
        }
    }

    #[test]
    fn a_short_file_is_refused() {
        assert_eq!(
            Table::parse("AppTitle = x\n").err(),
            Some(TableError::Count { found: 1 })
        );
    }
}

//! CSV export of the KPI comparison.
//!
//! Excel opens CSV with the separators of the user's locale: Polish and Russian Excel
//! expect `;` between fields and a decimal comma. A UTF-8 byte order mark makes Excel
//! read the file as UTF-8 (stage and funnel names may be Polish or Russian).

use crate::domain::compare::ComparisonRow;
use crate::domain::kpi::{Kpi, KpiId, NaReason};

/// Field separator and decimal mark: each language's own, from its texts
/// (`ui::i18n::csv_dialect`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvDialect {
    pub separator: char,
    pub decimal_sep: char,
}

/// Whether `text` is a plain number in this dialect ("-1", "0,25"), which a spreadsheet
/// reads as a number, not a formula.
fn is_number(text: &str, dialect: CsvDialect) -> bool {
    crate::domain::float::parse_f64(&text.replace(dialect.decimal_sep, ".")).is_some()
}

/// A text field. Text starting with = + - @, a tab or a carriage return, unless it is a
/// number, gets a leading ' so a spreadsheet does not run a name as a formula; text
/// holding the separator, a quote or a line break is quoted.
fn quote(text: &str, dialect: CsvDialect) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(text, dialect) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([dialect.separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A value as a plain number (never guarded: "-1" stays a number), or n/a with its
/// reason in the reader's language.
fn value(value: Kpi, dialect: CsvDialect, na: &impl Fn(NaReason) -> String) -> String {
    match value {
        Kpi::Value(v) => number(v, dialect),
        Kpi::NotAvailable(reason) => quote(&na(reason), dialect),
    }
}

fn number(v: f64, dialect: CsvDialect) -> String {
    // Six decimals at most, and no "-0".
    let text = format!("{}", (v * 1e6).round() / 1e6 + 0.0);
    text.replace('.', &dialect.decimal_sep.to_string())
}

/// The KPI table as CSV text (with the byte order mark), one row per KPI: id, name, both
/// values as plain numbers (shares as fractions, money in the scenario's currency) or
/// "n/a: reason" (`na`, in the reader's language), and the difference.
pub fn kpi_csv(
    rows: &[ComparisonRow],
    names: [&str; 2],
    kpi_name: impl Fn(KpiId) -> String,
    na: impl Fn(NaReason) -> String,
    dialect: CsvDialect,
) -> String {
    let sep = dialect.separator.to_string();
    let mut out = String::from("\u{feff}");
    let header = ["kpi", "name", names[0], names[1], "difference"];
    out.push_str(
        &header
            .iter()
            .map(|h| quote(h, dialect))
            .collect::<Vec<_>>()
            .join(&sep),
    );
    out.push_str("\r\n");
    for row in rows {
        let fields = [
            row.kpi.id().to_string(),
            quote(&kpi_name(row.kpi), dialect),
            value(row.digital, dialect, &na),
            value(row.service, dialect, &na),
            row.difference
                .map(|d| number(d, dialect))
                .unwrap_or_default(),
        ];
        out.push_str(&fields.join(&sep));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: CsvDialect = CsvDialect {
        separator: ',',
        decimal_sep: '.',
    };
    const PL: CsvDialect = CsvDialect {
        separator: ';',
        decimal_sep: ',',
    };

    fn na(reason: NaReason) -> String {
        format!("n/a: {}", reason.english())
    }

    fn rows() -> Vec<ComparisonRow> {
        vec![
            ComparisonRow {
                kpi: KpiId::Cac,
                digital: Kpi::Value(231.25),
                service: Kpi::Value(2350.0),
                difference: Some(2118.75),
                better: None,
            },
            ComparisonRow {
                kpi: KpiId::NewMrr,
                digital: Kpi::Value(1092.0),
                service: Kpi::NotAvailable(NaReason::NotSubscription),
                difference: None,
                better: None,
            },
        ]
    }

    #[test]
    fn english_uses_commas_and_points() {
        let csv = kpi_csv(
            &rows(),
            ["Course", "Consulting"],
            |k| k.id().to_uppercase(),
            na,
            EN,
        );
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(lines[0], "kpi,name,Course,Consulting,difference");
        assert_eq!(lines[1], "cac,CAC,231.25,2350,2118.75");
        assert_eq!(lines[2], "new_mrr,NEW_MRR,1092,n/a: not a subscription,");
    }

    #[test]
    fn polish_uses_semicolons_and_decimal_commas() {
        let csv = kpi_csv(
            &rows(),
            ["Kurs", "Doradztwo; B2B"],
            |k| k.id().into(),
            |_| "n/d: to nie subskrypcja".into(),
            PL,
        );
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "kpi;name;Kurs;\"Doradztwo; B2B\";difference");
        assert_eq!(lines[1], "cac;cac;231,25;2350;2118,75");
        assert_eq!(lines[2], "new_mrr;new_mrr;1092;n/d: to nie subskrypcja;");
    }

    #[test]
    fn a_negative_number_is_a_number_not_a_guarded_text() {
        let rows = [ComparisonRow {
            kpi: KpiId::Roi,
            digital: Kpi::Value(-1.0),
            service: Kpi::Value(-0.25),
            difference: Some(0.75),
            better: None,
        }];
        let csv = kpi_csv(&rows, ["a", "b"], |k| k.id().into(), na, PL);
        assert_eq!(csv.lines().nth(1), Some("roi;roi;-1;-0,25;0,75"));
        // A name that is a number is not a formula either; one that starts a formula is.
        assert_eq!(quote("-5", EN), "-5");
        assert_eq!(quote("-x", EN), "'-x");
        assert_eq!(quote("\tx", EN), "'\tx");
        assert_eq!(quote("\rx", EN), "\"'\rx\"");
    }

    #[test]
    fn formulas_and_quotes_are_neutralised() {
        let csv = kpi_csv(
            &rows(),
            ["=HYPERLINK(\"x\")", "b"],
            |k| k.id().into(),
            na,
            EN,
        );
        let header = csv.trim_start_matches('\u{feff}').lines().next().unwrap();
        assert_eq!(header, "kpi,name,\"'=HYPERLINK(\"\"x\"\")\",b,difference");
    }
}

//! CSV export of the KPI comparison.
//!
//! Excel opens CSV with the separators of the user's locale: Polish and Russian Excel
//! expect `;` between fields and a decimal comma. A UTF-8 byte order mark makes Excel
//! read the file as UTF-8 (stage and funnel names may be Polish or Russian).

use crate::domain::compare::ComparisonRow;
use crate::domain::kpi::Kpi;

/// Field separator and decimal mark for a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvDialect {
    pub separator: char,
    pub decimal_comma: bool,
}

impl CsvDialect {
    pub fn for_lang(lang: &str) -> CsvDialect {
        match lang {
            "pl" | "ru" => CsvDialect {
                separator: ';',
                decimal_comma: true,
            },
            _ => CsvDialect {
                separator: ',',
                decimal_comma: false,
            },
        }
    }
}

fn quote(text: &str, dialect: CsvDialect) -> String {
    // Quote when the text holds the separator, a quote or a line break; a leading = + - @
    // is prefixed with ' so a spreadsheet does not run a name as a formula.
    let text = if text.starts_with(['=', '+', '-', '@']) {
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

fn number(value: Kpi, dialect: CsvDialect) -> String {
    match value {
        Kpi::Value(v) => {
            let text = format!("{}", (v * 1e6).round() / 1e6);
            if dialect.decimal_comma {
                text.replace('.', ",")
            } else {
                text
            }
        }
        Kpi::NotAvailable(reason) => format!("n/a: {}", reason.english()),
    }
}

/// The KPI table as CSV text (with the byte order mark), one row per KPI: id, name, both
/// values as plain numbers (shares as fractions, money in the scenario's currency).
pub fn kpi_csv(
    rows: &[ComparisonRow],
    names: [&str; 2],
    kpi_name: impl Fn(crate::domain::kpi::KpiId) -> String,
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
        let diff = row.difference.map_or(
            Kpi::NotAvailable(crate::domain::kpi::NaReason::NoVolume),
            Kpi::Value,
        );
        let diff = if row.difference.is_some() {
            number(diff, dialect)
        } else {
            String::new()
        };
        let fields = [
            row.kpi.id().to_string(),
            quote(&kpi_name(row.kpi), dialect),
            quote(&number(row.digital, dialect), dialect),
            quote(&number(row.service, dialect), dialect),
            diff,
        ];
        out.push_str(&fields.join(&sep));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::{KpiId, NaReason};

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
            CsvDialect::for_lang("en"),
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
            CsvDialect::for_lang("pl"),
        );
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "kpi;name;Kurs;\"Doradztwo; B2B\";difference");
        assert_eq!(lines[1], "cac;cac;231,25;2350;2118,75");
    }

    #[test]
    fn formulas_and_quotes_are_neutralised() {
        let csv = kpi_csv(
            &rows(),
            ["=HYPERLINK(\"x\")", "b"],
            |k| k.id().into(),
            CsvDialect::for_lang("en"),
        );
        let header = csv.trim_start_matches('\u{feff}').lines().next().unwrap();
        assert_eq!(header, "kpi,name,\"'=HYPERLINK(\"\"x\"\")\",b,difference");
    }
}

//! Text helpers shared by the charts: locale-aware numbers through `ChartLabels`, one-pass
//! templates, truncation with an ellipsis, and XML escaping for the text we put into the
//! SVG ourselves (plotters escapes what it draws).

use super::ChartLabels;

/// Average glyph advance of a sans-serif font as a share of the font size. We cannot
/// measure text (no font files, and measuring in the browser means DOM work per label),
/// so layout uses this slightly generous estimate; 0.6 covers DejaVu Sans and Arial for
/// mixed-case text with digits.
const CHAR_EM: f64 = 0.6;

/// Estimated width in pixels of `text` at `px` font size.
pub(crate) fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * CHAR_EM
}

/// Shortens `text` with an ellipsis so that it fits `max_px` at `px`; control characters
/// (a pasted newline in a stage name) become spaces so one label stays one line.
pub(crate) fn fit(text: &str, max_px: f64, px: f64) -> String {
    let clean: String = text
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let max_chars = (max_px / (px * CHAR_EM)).floor().max(1.0) as usize;
    if clean.chars().count() <= max_chars {
        clean
    } else {
        let mut cut: String = clean.chars().take(max_chars.saturating_sub(1)).collect();
        cut.truncate(cut.trim_end().len());
        cut.push('…');
        cut
    }
}

/// "A → B", each name shortened to its half of the room.
pub(crate) fn step_name(from: &str, to: &str, max_px: f64, px: f64) -> String {
    let half = ((max_px - text_width(" → ", px)) / 2.0).max(px);
    format!("{} → {}", fit(from, half, px), fit(to, half, px))
}

/// Fills `{key}` placeholders in one pass: a value that itself contains `{key}` (user
/// text) is copied as it is, never expanded. Unknown placeholders stay visible. The
/// interface's texts use it too (`ui::i18n::fill`).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, values.iter().find(|(k, _)| *k == &after[..close])?)))
        {
            Some((close, (_, value))) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

// Counts, percentages and money round as in the tables (`domain::numbers`), so a chart
// label and its table cell read alike. Non-finite input prints as the "not available"
// word, so no chart can show NaN or inf.

pub(crate) fn count(value: f64, labels: &ChartLabels) -> String {
    if !value.is_finite() {
        return labels.not_available.clone();
    }
    labels.notation().count(value)
}

pub(crate) fn percent(share: f64, labels: &ChartLabels) -> String {
    if !share.is_finite() {
        return labels.not_available.clone();
    }
    labels.notation().percent(share)
}

pub(crate) fn money(value: f64, labels: &ChartLabels) -> String {
    if !value.is_finite() {
        return labels.not_available.clone();
    }
    labels.notation().money_alone(value)
}

/// Escapes text for XML content and attribute values.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f64, decimals: usize, labels: &ChartLabels) -> String {
        if !value.is_finite() {
            return labels.not_available.clone();
        }
        labels.notation().fixed(value, decimals)
    }

    #[test]
    fn numbers_are_grouped_and_never_nan() {
        let en = ChartLabels::default();
        assert_eq!(number(1234567.891, 2, &en), "1,234,567.89");
        assert_eq!(number(-0.001, 1, &en), "0.0");
        assert_eq!(number(-1500.0, 0, &en), "-1,500");
        assert_eq!(number(f64::NAN, 0, &en), "n/a");
        assert_eq!(number(f64::INFINITY, 0, &en), "n/a");
        let pl = ChartLabels {
            decimal_sep: ",".into(),
            group_sep: "\u{a0}".into(),
            percent: "{n} %".into(),
            ..ChartLabels::default()
        };
        assert_eq!(number(10000.5, 1, &pl), "10\u{a0}000,5");
        assert_eq!(percent(0.045, &pl), "4,5 %");
    }

    #[test]
    fn counts_and_percents_read_naturally() {
        let en = ChartLabels::default();
        assert_eq!(count(10000.0, &en), "10,000");
        assert_eq!(count(45.0, &en), "45");
        assert_eq!(count(4.54, &en), "4.5");
        assert_eq!(count(4.04, &en), "4");
        assert_eq!(count(f64::NAN, &en), "n/a");
        assert_eq!(percent(0.45, &en), "45%");
        assert_eq!(percent(0.125, &en), "12.5%");
        assert_eq!(percent(0.045, &en), "4.5%");
        assert_eq!(percent(0.0032, &en), "0.32%");
        assert_eq!(percent(0.0, &en), "0%");
    }

    #[test]
    fn templates_fill_once_and_keep_unknown_braces() {
        let t = fill("{name}: {a} {b}", &[("name", "{a}"), ("a", "1")]);
        assert_eq!(t, "{a}: 1 {b}");
        assert_eq!(fill("x { y", &[]), "x { y");
    }

    #[test]
    fn long_names_get_an_ellipsis() {
        assert_eq!(fit("Short", 100.0, 10.0), "Short");
        let cut = fit("A very long stage name indeed", 60.0, 10.0);
        assert_eq!(cut, "A very lo…");
        assert!(text_width(&cut, 10.0) <= 60.0);
        assert_eq!(fit("two\nlines", 200.0, 10.0), "two lines");
        // Multi-byte names are cut on characters, not bytes.
        assert_eq!(fit("Подписчик-подписчик", 36.0, 10.0), "Подпи…");
    }

    #[test]
    fn escaping_covers_markup() {
        assert_eq!(
            escape_xml("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
    }
}

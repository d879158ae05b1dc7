//! How numbers are written for a reader: the rounding rules (how many decimals a
//! percentage, a count, a plain number or an amount of money gets) and the writing with
//! a language's separators and templates. It is the one formatter of the app: the KPI
//! table, the verdict, the stage table, the goal plan and the charts all call it, so a
//! 12.5 % step reads the same everywhere and native tests see the text the page shows.
//!
//! Not here: which separators and templates a language uses (`ui::i18n` supplies them).

/// A language's way of writing numbers, borrowed from its texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notation<'a> {
    pub decimal_sep: &'a str,
    pub group_sep: &'a str,
    /// `{n}`: the number; "{n}%" in English, "{n}\u{a0}%" in Polish and Russian.
    pub percent: &'a str,
    /// `{n}`: the amount without its sign; the template carries the currency.
    pub money: &'a str,
}

impl Default for Notation<'static> {
    /// English, in dollars.
    fn default() -> Self {
        Notation {
            decimal_sep: ".",
            group_sep: ",",
            percent: "{n}%",
            money: "${n}",
        }
    }
}

/// Decimals of a percentage: one, and two below 1 % so that a 0.3 % step does not read 0 %.
pub fn percent_decimals(share: f64) -> usize {
    if share != 0.0 && share.abs() < 0.01 {
        2
    } else {
        1
    }
}

/// Decimals of a count (customers can be fractional with referrals and timelines): one
/// below 100, none from 100 up.
pub fn count_decimals(value: f64) -> usize {
    if value.abs() >= 100.0 {
        0
    } else {
        1
    }
}

/// Decimals of a plain number (a ratio, months): cents only on small values.
pub fn number_decimals(value: f64) -> usize {
    match value.abs() {
        a if a >= 1000.0 => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    }
}

/// Decimals of every amount in one column of money: two when any amount in it is under
/// 100 and has cents, else none. One rule for a whole column, so "$12.50" stands beside
/// "$9.63" and "$123.00/d" beside "$64.24/d", never "$12.5" or "$123/d".
pub fn money_decimals(column: impl IntoIterator<Item = f64>) -> usize {
    let cents = |v: f64| {
        let c = (v.abs() * 100.0).round();
        // `fract`, not `%`: a float remainder pulls in a kilobyte of `fmod` for the wasm.
        v.is_finite() && v.abs() < 100.0 && (c / 100.0).fract() != 0.0
    };
    if column.into_iter().any(cents) {
        2
    } else {
        0
    }
}

/// `value` with exactly `decimals` (0 to 3) decimals, a point and no grouping: "-12.50".
/// Halves round away from zero, as people (and `Intl`) do; `format!("{:.2}")` would round
/// an exact half to even ("150" for 150.5). The rounding is done once, on the scaled
/// value, and its whole number is written with the point put in. Rounding never leaves
/// a "-0".
pub fn decimal(value: f64, decimals: usize) -> String {
    let scale = [1.0, 10.0, 100.0, 1000.0][decimals.min(3)];
    let scaled = (value.abs() * scale).round();
    // Below 2^64 the rounded float is a whole number that `u64` holds exactly; above,
    // only the shortest form is exact, and it has no decimals to show.
    let mut digits = if scaled < 18_446_744_073_709_551_615.0 {
        format!("{:0>width$}", scaled as u64, width = decimals + 1)
    } else {
        return format!(
            "{}{}",
            if value < 0.0 { "-" } else { "" },
            value.abs().round()
        );
    };
    if decimals > 0 {
        digits.insert(digits.len() - decimals.min(3), '.');
    }
    if value < 0.0 && has_digit(&digits) {
        digits.insert(0, '-');
    }
    digits
}

/// Whether `text` shows a digit other than zero (so its sign means something).
fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

impl Notation<'_> {
    /// `value` with exactly `decimals` (0 to 3) decimals and grouped thousands.
    /// Rounding never leaves a "-0". Callers pass finite numbers (a `Kpi` value is).
    pub fn fixed(&self, value: f64, decimals: usize) -> String {
        let text = decimal(value.abs(), decimals);
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len() + 4);
        if value < 0.0 && has_digit(&text) {
            out.push('-');
        }
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push_str(self.group_sep);
            }
            out.push(digit);
        }
        if !frac.is_empty() {
            out.push_str(self.decimal_sep);
            out.push_str(frac);
        }
        out
    }

    /// `value` with at most `decimals` decimals: trailing zeros are dropped ("4.5", "4").
    pub fn trimmed(&self, value: f64, decimals: usize) -> String {
        let mut text = self.fixed(value, decimals);
        if decimals > 0 {
            let keep = text.trim_end_matches('0').len();
            text.truncate(keep);
            if let Some(cut) = text.strip_suffix(self.decimal_sep) {
                text.truncate(cut.len());
            }
        }
        text
    }

    /// A plain number (a ratio, months) by [`number_decimals`].
    pub fn number(&self, value: f64) -> String {
        self.trimmed(value, number_decimals(value))
    }

    /// A count by [`count_decimals`].
    pub fn count(&self, value: f64) -> String {
        self.trimmed(value, count_decimals(value))
    }

    /// A share (0.125) as a percentage ("12.5%") by [`percent_decimals`].
    pub fn percent(&self, share: f64) -> String {
        let n = self.trimmed(share * 100.0, percent_decimals(share));
        self.percent.replace("{n}", &n)
    }

    /// An amount with `decimals` decimals, the sign before the currency ("-$5", "-5 zł").
    pub fn money(&self, value: f64, decimals: usize) -> String {
        let n = self.fixed(value.abs(), decimals);
        let sign = if value < 0.0 && has_digit(&n) {
            "-"
        } else {
            ""
        };
        format!("{sign}{}", self.money.replace("{n}", &n))
    }

    /// An amount standing alone: [`money_decimals`] of itself.
    pub fn money_alone(&self, value: f64) -> String {
        self.money(value, money_decimals([value]))
    }

    /// A step's leak (`volume before − volume after`) as the stage table shows it: the
    /// change of volume with its sign written once, and its unsigned share of the stage:
    /// "-200 (40%)" for a loss, "+50 (50%)" for a stage allowed to grow.
    pub fn leak(&self, leak: f64, share: Option<f64>) -> String {
        let change = self.count(-leak);
        let plus = if leak < 0.0 && has_digit(&change) {
            "+"
        } else {
            ""
        };
        match share {
            Some(s) => format!("{plus}{change} ({})", self.percent(s.abs())),
            None => format!("{plus}{change}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_from_whole_numbers_with_halves_away_from_zero() {
        assert_eq!(decimal(150.5, 0), "151");
        assert_eq!(decimal(-150.5, 0), "-151");
        assert_eq!(decimal(12.5, 2), "12.50");
        assert_eq!(decimal(0.05, 1), "0.1");
        assert_eq!(decimal(0.004, 2), "0.00");
        assert_eq!(decimal(-0.004, 2), "0.00", "no minus zero");
        assert_eq!(decimal(7.0, 3), "7.000");
        assert_eq!(decimal(1_234_567.891, 2), "1234567.89");
        // Beyond u64 the float's own whole digits are written, without decimals.
        assert_eq!(decimal(1e20, 2), "100000000000000000000");
        assert_eq!(decimal(-3e19, 0), "-30000000000000000000");
        // The same digits as the standard library's exact printer where halves are not
        // in play.
        for v in [
            0.0,
            2.345_67,
            42.0,
            99.994,
            123456.7,
            0.333,
            9_007_199_254.740_99,
        ] {
            for d in 0..=3 {
                assert_eq!(
                    decimal(v, d),
                    format!("{:.*}", d, v),
                    "{v} with {d} decimals"
                );
            }
        }
    }

    const PL: Notation<'static> = Notation {
        decimal_sep: ",",
        group_sep: "\u{a0}",
        percent: "{n}\u{a0}%",
        money: "{n}\u{a0}zł",
    };

    #[test]
    fn percentages_follow_the_language_and_keep_a_half_step() {
        let en = Notation::default();
        assert_eq!(en.percent(0.0), "0%");
        assert_eq!(en.percent(0.125), "12.5%");
        assert_eq!(en.percent(0.45), "45%");
        assert_eq!(en.percent(0.0032), "0.32%");
        assert_eq!(PL.percent(0.0), "0\u{a0}%");
        assert_eq!(PL.percent(0.125), "12,5\u{a0}%");
    }

    #[test]
    fn numbers_group_with_the_language_separator_and_never_show_minus_zero() {
        let en = Notation::default();
        assert_eq!(en.fixed(1_000_000.0, 0), "1,000,000");
        assert_eq!(PL.fixed(10_000.5, 1), "10\u{a0}000,5");
        assert_eq!(en.fixed(-0.001, 1), "0.0");
        assert_eq!(en.trimmed(-0.001, 1), "0");
        assert_eq!(en.count(4.04), "4");
        assert_eq!(en.count(4.54), "4.5");
        assert_eq!(en.count(150.5), "151");
        assert_eq!(en.number(3.25), "3.25");
        assert_eq!(en.number(12.34), "12.3");
        assert_eq!(en.number(1234.5), "1,235");
    }

    #[test]
    fn a_money_column_shares_its_decimals() {
        assert_eq!(money_decimals([12.5, 9.63, 2350.0]), 2);
        assert_eq!(money_decimals([123.0, 64.24]), 2);
        assert_eq!(money_decimals([231.25, 2350.0]), 0);
        assert_eq!(money_decimals([39.0, 4000.0]), 0);
        assert_eq!(money_decimals([f64::NAN]), 0);
        let en = Notation::default();
        let d = money_decimals([12.5, 9.63]);
        assert_eq!(en.money(12.5, d), "$12.50");
        assert_eq!(en.money(9.63, d), "$9.63");
        assert_eq!(en.money(-1500.0, 0), "-$1,500");
        assert_eq!(en.money(-0.001, 2), "$0.00");
        assert_eq!(PL.money(-1234.5, 2), "-1\u{a0}234,50\u{a0}zł");
        assert_eq!(en.money_alone(39.0), "$39");
    }

    #[test]
    fn a_growing_stages_leak_has_one_sign() {
        let en = Notation::default();
        assert_eq!(en.leak(200.0, Some(0.4)), "-200 (40%)");
        assert_eq!(en.leak(-50.0, Some(-0.5)), "+50 (50%)");
        assert_eq!(en.leak(0.0, Some(0.0)), "0 (0%)");
        assert_eq!(en.leak(-0.01, None), "0");
    }
}

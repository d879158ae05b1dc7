//! Reading decimal numbers into `f64`: a plain decimal grammar, checked first, then the
//! standard library's exact reader. `str::parse` alone would also take `inf`, `NaN` and
//! `infinity`, which are no amounts.

/// The value of a plain decimal number: an optional sign, digits with an optional
/// fraction (`12`, `12.5`, `12.`, `.5`), and an optional exponent (`1e-3`). Any other
/// text, including `inf` and `NaN`, is `None`. Values too large for `f64` are infinite,
/// as with `str::parse`; callers check finiteness themselves.
pub fn parse_f64(text: &str) -> Option<f64> {
    if !is_decimal(text.as_bytes()) {
        return None;
    }
    text.parse().ok()
}

/// Whether `s` is `[+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?`, the decimal grammar that
/// `str::parse::<f64>` reads in full.
fn is_decimal(s: &[u8]) -> bool {
    let mut at = 0;
    let digits = |at: &mut usize| {
        let start = *at;
        while s.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at - start
    };
    if matches!(s.first(), Some(b'+' | b'-')) {
        at += 1;
    }
    let mut mantissa = digits(&mut at);
    if s.get(at) == Some(&b'.') {
        at += 1;
        mantissa += digits(&mut at);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(s.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(s.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        if digits(&mut at) == 0 {
            return false;
        }
    }
    at == s.len()
}

#[cfg(test)]
mod tests {
    use super::parse_f64;

    #[test]
    fn reads_what_str_parse_reads_in_decimal_notation() {
        for text in [
            "0",
            "-0",
            "+1",
            "12",
            "12.5",
            "12.",
            ".5",
            "1e3",
            "1E+3",
            "2.5e-3",
            "-.5e1",
            "0.30000000000000004",
            "123456789012345678901234567890",
            "1e400",
            "1e-400",
        ] {
            assert_eq!(
                parse_f64(text).map(f64::to_bits),
                text.parse::<f64>().ok().map(f64::to_bits),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_everything_else() {
        for text in [
            "", "+", "-", ".", "e5", "1e", "1e+", "1..2", "1.2.3", " 1", "1 ", "inf", "NaN",
            "infinity", "0x10", "1_000", "١",
        ] {
            assert_eq!(parse_f64(text), None, "{text:?}");
        }
    }
}

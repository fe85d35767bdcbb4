//! Exact decimals from text. Only plain decimal notation is accepted: `12`, `-3.5`, `0.0005`.
//! `NaN`, `inf`, exponents (`1e999`), thousands separators and decimal commas are refused
//! rather than guessed.

use rust_decimal::Decimal;
use std::str::FromStr;

/// Digits kept after the point for any stored value (prices, limits, credits, usage).
pub const MAX_SCALE: u32 = 12;

/// `s` (trimmed) split into its integer and fraction digits when it is written in plain decimal
/// notation (a sign, digits, an optional point and digits); None otherwise.
fn plain_parts(s: &str) -> Option<(&str, Option<&str>)> {
    let t = s.trim();
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits_ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let valid = match frac {
        Some(f) => (int.is_empty() || digits_ok(int)) && digits_ok(f),
        None => digits_ok(int),
    };
    valid.then_some((int, frac))
}

/// Whether `s`, written as a decimal number, is past the largest a decimal holds
/// (79228162514264337593543950335) in magnitude — however few digits it carries after the point.
pub fn is_past_range(s: &str) -> bool {
    const MAX: &str = "79228162514264337593543950335";
    let Some((int, frac)) = plain_parts(s) else {
        return false;
    };
    let int = int.trim_start_matches('0');
    let over_fraction = frac.is_some_and(|f| f.bytes().any(|b| b != b'0'));
    int.len() > MAX.len() || int.len() == MAX.len() && (int > MAX || int == MAX && over_fraction)
}

/// Whether `s` is written as a decimal number at all (whether or not a decimal holds it exactly):
/// tells "not a number" from "too precise" in messages.
pub fn is_plain_number(s: &str) -> bool {
    plain_parts(s).is_some()
}

/// A value as a message shows it: whole when short, else its first characters and its length
/// (a 5,000-digit number must not make a 5,000-character message).
fn shown(t: &str) -> String {
    let n = t.chars().count();
    if n <= 40 {
        return format!("'{t}'");
    }
    let head: String = t.chars().take(24).collect();
    format!("'{head}…' ({n} characters)")
}

/// A decimal written plainly: an optional sign, digits with an optional point and digits after
/// it (`12`, `+12`, `.5`, `0.5`, `-3.25`; surrounding blanks ignored) — no exponent, no digit
/// grouping, no point without digits after it. Read exactly, or refused.
pub fn parse_decimal(s: &str) -> Result<Decimal, String> {
    parse_decimal_as(s, "12, 0.5, -3.25")
}

/// [`parse_decimal`], its refusal suggesting `examples`.
fn parse_decimal_as(s: &str, examples: &str) -> Result<Decimal, String> {
    let t = s.trim();
    let Some((int, frac)) = plain_parts(t) else {
        return Err(format!(
            "{} is not a decimal number (write e.g. {examples})",
            shown(t)
        ));
    };
    // Zeros at the end of the fraction change nothing (`1.0000000000000` is 1, as a file of
    // fixed-scale decimals writes it): only the digits that carry a value count against the
    // places a value keeps, and those past them are dropped before reading.
    let mut kept = std::borrow::Cow::Borrowed(t);
    if let Some(f) = frac
        && f.len() as u32 > MAX_SCALE
    {
        let places = f.trim_end_matches('0').len();
        if places as u32 > MAX_SCALE {
            return Err(format!(
                "{} has more than {MAX_SCALE} digits after the point; it would be rounded",
                shown(t)
            ));
        }
        let drop = f.len() - (MAX_SCALE as usize).max(places);
        kept = std::borrow::Cow::Owned(t[..t.len() - drop].to_string());
    }
    let d = Decimal::from_str(&kept).map_err(|_| {
        format!(
            "{} is out of range (the largest a decimal holds is 79228162514264337593543950335)",
            shown(t)
        )
    })?;
    // More significant digits than a decimal holds would be rounded on reading: refused.
    let int = int.trim_start_matches('0');
    let frac = frac.unwrap_or("").trim_end_matches('0');
    if int.len() + frac.len() <= 28 {
        return Ok(d); // read exactly: nothing to compare
    }
    let mut canonical = if int.is_empty() { "0" } else { int }.to_string();
    if !frac.is_empty() {
        canonical.push('.');
        canonical.push_str(frac);
    }
    if d.is_sign_negative() && !d.is_zero() {
        canonical.insert(0, '-');
    }
    if d.normalize().to_string() != canonical {
        return Err(format!(
            "'{t}' has more significant digits than a decimal holds exactly (28, or 29 below 7.9e28); it would be rounded"
        ));
    }
    Ok(d)
}

/// `a + b` when the sum is exact: None past the decimal range or when the sum would need more
/// significant digits than a decimal holds (rust_decimal rounds those).
pub fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let r = a.checked_add(b)?;
    // A zero result is plain zero (never `-0`).
    let r = if r.is_zero() { Decimal::ZERO } else { r };
    // Mantissas below 2^64 with scales at most 9 apart add without rounding: the one rescaled
    // stays below 2^94 and the sum below the 96 bits a decimal holds. (Most sums are of this
    // kind, and a bulk import makes millions.)
    if small(a) && small(b) && a.scale().abs_diff(b.scale()) <= 9 {
        return Some(r);
    }
    (r.checked_sub(a)? == b && r.checked_sub(b)? == a).then_some(r)
}

/// Why `exact_add(a, b)` refused: past the range, or more significant digits than a decimal
/// holds (the sum would be rounded).
pub fn inexact_sum_reason(a: Decimal, b: Decimal) -> &'static str {
    let past = match a.checked_add(b) {
        None => true,
        // Rounded onto the edge: past it when the exact sum lies beyond.
        Some(r) if r.abs() == Decimal::MAX => r
            .checked_sub(a)
            .is_some_and(|d| if r.is_sign_positive() { d < b } else { d > b }),
        Some(_) => false,
    };
    if past {
        "is past the largest value (79228162514264337593543950335)"
    } else {
        "would need more significant digits than a decimal holds exactly (28, or 29 below 7.9e28; it would be rounded)"
    }
}

/// Zero as `Decimal::ZERO` is (no places, no sign): taking it away leaves any decimal but
/// zero exactly as it was.
pub fn is_plain_zero(d: Decimal) -> bool {
    d.is_zero() && d.scale() == 0 && !d.is_sign_negative()
}

/// Appends `d` as its `Display` writes it; whole numbers (most ledger amounts and balances)
/// as integers, which format faster.
pub fn push_text(out: &mut String, d: Decimal) {
    use std::fmt::Write as _;
    if d.scale() == 0
        && !d.is_zero()
        && let Ok(m) = i64::try_from(d.mantissa())
    {
        push_int(out, m);
        return;
    }
    let _ = write!(out, "{d}");
}

/// Appends `v` in decimal (a bulk write formats millions: no formatting machinery).
pub fn push_int(out: &mut String, v: i64) {
    let mut digits = [0u8; 20];
    let mut n = v.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        out.push('-');
    }
    for &d in &digits[at..] {
        out.push(d as char);
    }
}

fn small(d: Decimal) -> bool {
    d.mantissa().unsigned_abs() < 1 << 64
}

/// `a − b` when the difference is exact (see [`exact_add`]).
pub fn exact_sub(a: Decimal, b: Decimal) -> Option<Decimal> {
    exact_add(a, -b)
}

/// `a × b` when the product is exact: None past the decimal range or when it would be rounded.
pub fn exact_mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let r = a.checked_mul(b)?;
    if b.is_zero() || a.is_zero() {
        return Some(r);
    }
    // The product keeps every place of both factors: nothing was dropped.
    let places = a.scale() + b.scale();
    if r.scale() == places {
        return Some(r);
    }
    // Places were dropped: exact only when they were zeros — the product of the mantissas
    // (None past 128 bits: refused) equals the result's mantissa with them put back. (Dividing
    // back cannot tell: it rounds too.)
    let product = a
        .mantissa()
        .unsigned_abs()
        .checked_mul(b.mantissa().unsigned_abs())?;
    let dropped = places.checked_sub(r.scale())?;
    let back = r
        .mantissa()
        .unsigned_abs()
        .checked_mul(10u128.checked_pow(dropped)?)?;
    (back == product).then_some(r)
}

/// The exact sum of `values`, or None when it is out of range or would be rounded.
pub fn exact_sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, exact_add)
}

/// The exact net of signed `values` (a few: one operation's ledger entries), whatever their
/// order: each step adds a value of the sign opposite to the running total while there is one,
/// so no partial sum is further from zero than the larger of the running total and the net.
/// A net a decimal holds is then never refused because two large amounts of one sign came
/// first (a grant's GRANTED and TRANSFER_SOURCE entries settling a deficit near the maximum).
/// The values' own order is tried first: a partial sum can also need more digits than a
/// decimal holds (-0.1296… + 792281625.6010… has 29 past the range's mantissa), and one order
/// that stays exact is enough.
pub fn exact_net(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    let mut left: Vec<Decimal> = values.into_iter().collect();
    if let Some(sum) = exact_sum(left.iter().copied()) {
        return Some(sum);
    }
    let mut total = Decimal::ZERO;
    while !left.is_empty() {
        let i = left
            .iter()
            .position(|v| v.is_sign_negative() != total.is_sign_negative() || total.is_zero())
            .unwrap_or(0);
        total = exact_add(total, left.swap_remove(i))?;
    }
    Some(total)
}

pub fn parse_non_negative(s: &str) -> Result<Decimal, String> {
    let d = parse_decimal_as(s, "12, 0.5, 0")?;
    if d.is_zero() {
        // `-0` is zero, not a negative number to print back.
        return Ok(Decimal::ZERO);
    }
    if d.is_sign_negative() {
        return Err(format!("'{}' must not be negative", s.trim()));
    }
    Ok(d)
}

pub fn parse_positive(s: &str) -> Result<Decimal, String> {
    let d = parse_decimal_as(s, "12, 0.5")?;
    if d <= Decimal::ZERO {
        return Err(format!("'{}' must be greater than zero", s.trim()));
    }
    Ok(d)
}

/// Saturating arithmetic for limits and prices: values come from user input, so a product of two
/// large ones must not panic; it pins at the largest decimal (effectively unlimited).
pub fn sat_mul(a: Decimal, b: Decimal) -> Decimal {
    a.checked_mul(b)
        .unwrap_or(if a.is_sign_negative() != b.is_sign_negative() {
            Decimal::MIN
        } else {
            Decimal::MAX
        })
}

pub fn sat_add(a: Decimal, b: Decimal) -> Decimal {
    a.checked_add(b).unwrap_or(if a.is_sign_negative() {
        Decimal::MIN
    } else {
        Decimal::MAX
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Zeros at the end of the fraction carry no value: a fixed-scale `1.0000000000000` is 1,
    /// while a digit past the twelfth place is still refused.
    #[test]
    fn trailing_zeros_past_the_kept_places_are_not_rounding() {
        let d = |s: &str| parse_decimal(s);
        assert_eq!(d("1.0000000000000").unwrap(), Decimal::ONE);
        assert_eq!(
            d(" -2.50000000000000000000000000000000000 ").unwrap(),
            "-2.5".parse::<Decimal>().unwrap()
        );
        assert_eq!(
            d("0.123456789012000").unwrap().to_string(),
            "0.123456789012"
        );
        assert_eq!(d("+.0000000000000").unwrap(), Decimal::ZERO);
        assert!(
            d("1.0000000000001")
                .unwrap_err()
                .contains("it would be rounded")
        );
        assert!(
            d("1.1234567890123")
                .unwrap_err()
                .contains("it would be rounded")
        );
        // Kept as many places as written, up to twelve.
        assert_eq!(d("1.50").unwrap().to_string(), "1.50");
    }

    #[test]
    fn past_the_range_is_told_from_too_precise() {
        assert!(is_past_range("79228162514264337593543950336"));
        assert!(is_past_range("-0079228162514264337593543950335.1"));
        assert!(is_past_range("100000000000000000000000000000000"));
        assert!(!is_past_range("79228162514264337593543950335.000"));
        assert!(!is_past_range("1.0000000000000000000000000000000001"));
        assert!(!is_past_range("abc"));
    }

    #[test]
    fn a_net_that_fits_is_summed_whatever_the_order() {
        let big = Decimal::MAX - Decimal::ONE;
        assert_eq!(exact_sum([big, big, -big]), None);
        assert_eq!(exact_net([big, big, -big]), Some(big));
        assert_eq!(exact_net([-big, -big, big, big]), Some(Decimal::ZERO));
        assert_eq!(exact_net([big, Decimal::TWO]), None);
        assert_eq!(exact_net([]), Some(Decimal::ZERO));
        // An order that alternates signs can need more digits than the values' own order:
        // -0.12962954458146430531 + 792281625.6010170911 is past a decimal's mantissa at 20
        // places, while adding -159526237.80811730768017357906 first stays exact.
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let v = [
            d("-0.12962954458146430531"),
            d("-159526237.80811730768017357906"),
            d("792281625.6010170911"),
        ];
        assert_eq!(exact_net(v), Some(d("632755387.66327023883836211563")));
    }

    fn any_decimal() -> impl Strategy<Value = Decimal> {
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
        )
            .prop_map(|(lo, mid, hi, neg, scale)| {
                // Every size of mantissa, from one word to three.
                let hi = if lo % 3 == 0 { hi } else { 0 };
                let mid = if lo % 5 == 0 { 0 } else { mid };
                Decimal::from_parts(lo, mid, hi, neg, scale)
            })
    }

    proptest! {
        /// Wherever a sum in the given order is exact, the net is the same value.
        #[test]
        fn the_net_agrees_with_every_exact_sum(v in proptest::collection::vec(any_decimal(), 0..6)) {
            if let Some(sum) = exact_sum(v.iter().copied()) {
                prop_assert_eq!(exact_net(v.iter().copied()), Some(sum));
            }
        }

        /// Taking away a plain zero gives back the same decimal, to the last place and sign,
        /// unless it is zero (a zero result loses its places).
        #[test]
        fn taking_away_a_plain_zero_changes_nothing(a in any_decimal()) {
            prop_assume!(!a.is_zero());
            let r = a - Decimal::ZERO;
            prop_assert_eq!(r, a);
            prop_assert_eq!(r.to_string(), a.to_string());
            prop_assert_eq!(r.scale(), a.scale());
            prop_assert_eq!(r.is_sign_negative(), a.is_sign_negative());
        }

        /// `push_text` writes what `Display` writes.
        #[test]
        fn push_text_writes_what_display_writes(a in any_decimal(), whole in any::<i64>()) {
            for d in [a, Decimal::from(whole), a.trunc()] {
                let mut s = String::new();
                push_text(&mut s, d);
                prop_assert_eq!(s, d.to_string());
            }
        }

        /// A product is exact exactly when a decimal can hold it: its digits, trailing zeros
        /// dropped, fit 96 bits and 28 places.
        #[test]
        fn exact_mul_answers_whether_a_decimal_holds_the_product(
            ma in any::<u64>(), sa in 0u32..=28, na in any::<bool>(),
            mb in any::<u64>(), sb in 0u32..=28, nb in any::<bool>(),
            shrink in 0u32..64,
        ) {
            let (ma, mb) = (ma >> (shrink % 64), mb >> (shrink / 2));
            let a = Decimal::from_i128_with_scale(if na { -(ma as i128) } else { ma as i128 }, sa);
            let b = Decimal::from_i128_with_scale(if nb { -(mb as i128) } else { mb as i128 }, sb);
            let (mut p, mut places) = (u128::from(ma) * u128::from(mb), sa + sb);
            while places > 0 && p % 10 == 0 && p != 0 {
                p /= 10;
                places -= 1;
            }
            let holds = p == 0 || (p < 1 << 96 && places <= 28);
            let got = exact_mul(a, b);
            prop_assert_eq!(got.is_some(), holds, "{} × {} = {:?}", a, b, got);
            if let Some(r) = got.filter(|_| p != 0) {
                let n = r.normalize();
                prop_assert_eq!((n.mantissa().unsigned_abs(), n.scale()), (p, places));
                prop_assert_eq!(r.is_sign_negative(), na != nb);
            }
        }

        /// The short cut for small mantissas answers as the full check does.
        #[test]
        fn exact_add_short_cut_agrees_with_the_full_check(a in any_decimal(), b in any_decimal()) {
            let full = a.checked_add(b).and_then(|r| {
                let r = if r.is_zero() { Decimal::ZERO } else { r };
                (r.checked_sub(a)? == b && r.checked_sub(b)? == a).then_some(r)
            });
            let got = exact_add(a, b);
            prop_assert_eq!(got, full);
            if let (Some(g), Some(f)) = (got, full) {
                prop_assert_eq!(g.to_string(), f.to_string());
            }
        }
    }

    #[test]
    fn an_inexact_sum_says_why() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let max = Decimal::MAX;
        for (a, b) in [(max, d("1")), (max, d("0.4")), (-max, d("-0.4"))] {
            assert!(exact_add(a, b).is_none());
            assert!(
                inexact_sum_reason(a, b).contains("past the largest"),
                "{a} + {b}"
            );
        }
        for (a, b) in [
            (d("10000000000000000000000000000"), d("0.5")),
            (max, d("-0.4")),
        ] {
            assert!(exact_add(a, b).is_none(), "{a} + {b}");
            assert!(
                inexact_sum_reason(a, b)
                    .contains("significant digits than a decimal holds exactly"),
                "{a} + {b}"
            );
        }
    }

    #[test]
    fn accepts_plain_decimals_exactly() {
        assert_eq!(parse_decimal("0.0005").unwrap().to_string(), "0.0005");
        assert_eq!(parse_decimal("49.00").unwrap().to_string(), "49.00");
        assert_eq!(parse_decimal("-3").unwrap().to_string(), "-3");
        assert_eq!(parse_decimal(".5").unwrap().to_string(), "0.5");
        assert_eq!(
            parse_decimal("12345678901234567.000000000001")
                .unwrap()
                .to_string(),
            "12345678901234567.000000000001"
        );
    }

    #[test]
    fn refuses_what_floats_would_accept() {
        for bad in [
            "NaN", "inf", "1e999", "1e3", "1,5", "--", "", " ", "1.", "0x10", "1_000",
        ] {
            assert!(parse_decimal(bad).is_err(), "{bad} accepted");
        }
        assert!(
            parse_decimal("0.0000000000001")
                .unwrap_err()
                .contains("rounded")
        );
        assert!(parse_decimal("99999999999999999999999999999999").is_err());
        assert!(parse_non_negative("-1").is_err());
        assert!(parse_positive("0").is_err());
    }

    #[test]
    fn saturating_ops_never_panic() {
        let big = parse_decimal("70000000000000000000000000000").unwrap();
        assert_eq!(sat_mul(big, big), Decimal::MAX);
        assert_eq!(sat_add(big, big), Decimal::MAX);
        assert_eq!(sat_mul(-big, big), Decimal::MIN);
    }
}

#[cfg(test)]
mod push_int_tests {
    #[test]
    fn integers_are_written_as_display_writes_them() {
        for v in [
            0,
            7,
            -7,
            10,
            -10,
            1_768_003_200_000_000,
            i64::MAX,
            i64::MIN,
            -1,
        ] {
            let mut s = String::from("x");
            super::push_int(&mut s, v);
            assert_eq!(s, format!("x{v}"));
        }
    }
}

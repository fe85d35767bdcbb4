//! `a × b + c` rounded once, on integers wider than a decimal: money lines whose exact amount
//! has more significant digits than a decimal holds (a price with 12 decimals × 4 billion seats)
//! are still rounded to minor units correctly instead of refused.

use rust_decimal::Decimal;

/// An unsigned integer of 384 bits (little-endian 64-bit limbs): the product of two decimal
/// mantissas (< 2^96 each) scaled up by at most 10^28 fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Wide([u64; 6]);

impl Wide {
    fn from_u128(v: u128) -> Wide {
        Wide([v as u64, (v >> 64) as u64, 0, 0, 0, 0])
    }

    fn product(a: u128, b: u128) -> Wide {
        let (a, b) = ([a as u64, (a >> 64) as u64], [b as u64, (b >> 64) as u64]);
        let mut out = [0u64; 6];
        for i in 0..2 {
            let mut carry: u128 = 0;
            for j in 0..2 {
                // (2^64 − 1)² + 2 (2^64 − 1) = 2^128 − 1: no overflow.
                let cur = u128::from(out[i + j]) + u128::from(a[i]) * u128::from(b[j]) + carry;
                out[i + j] = cur as u64;
                carry = cur >> 64;
            }
            let mut k = i + 2;
            while carry != 0 {
                let cur = u128::from(out[k]) + carry;
                out[k] = cur as u64;
                carry = cur >> 64;
                k += 1;
            }
        }
        Wide(out)
    }

    fn times(self, m: u64) -> Option<Wide> {
        let mut out = [0u64; 6];
        let mut carry: u128 = 0;
        for (o, l) in out.iter_mut().zip(self.0) {
            let cur = u128::from(l) * u128::from(m) + carry;
            *o = cur as u64;
            carry = cur >> 64;
        }
        (carry == 0).then_some(Wide(out))
    }

    fn times_pow10(mut self, mut k: u32) -> Option<Wide> {
        while k > 0 {
            let step = k.min(19);
            self = self.times(10u64.pow(step))?;
            k -= step;
        }
        Some(self)
    }

    fn plus(self, o: Wide) -> Option<Wide> {
        let mut out = [0u64; 6];
        let mut carry = false;
        for (i, out) in out.iter_mut().enumerate() {
            let (s, c1) = self.0[i].overflowing_add(o.0[i]);
            let (s, c2) = s.overflowing_add(u64::from(carry));
            *out = s;
            carry = c1 || c2;
        }
        (!carry).then_some(Wide(out))
    }

    /// The quotient and remainder of a division by `d` (> 0).
    fn div_rem(self, d: u64) -> (Wide, u64) {
        let mut out = [0u64; 6];
        let mut rem: u128 = 0;
        for i in (0..6).rev() {
            let cur = (rem << 64) | u128::from(self.0[i]);
            out[i] = (cur / u128::from(d)) as u64;
            rem = cur % u128::from(d);
        }
        (Wide(out), rem as u64)
    }

    fn div_pow10(mut self, mut k: u32) -> Wide {
        while k > 0 {
            let step = k.min(19);
            self = self.div_rem(10u64.pow(step)).0;
            k -= step;
        }
        self
    }

    fn to_u128(self) -> Option<u128> {
        if self.0[2..].iter().any(|l| *l != 0) {
            return None;
        }
        Some(u128::from(self.0[0]) | (u128::from(self.0[1]) << 64))
    }
}

/// `a × b + c` rounded half away from zero to `dp` decimal places (≤ 28), for `a`, `b`, `c`
/// ≥ 0: exact however many digits the unrounded value has; None when the rounded value is past
/// what a decimal holds with `dp` places (or an input is negative).
pub fn mul_add_round(a: Decimal, b: Decimal, c: Decimal, dp: u32) -> Option<Decimal> {
    if [a, b, c]
        .iter()
        .any(|x| x.is_sign_negative() && !x.is_zero())
        || dp > 28
    {
        return None;
    }
    let m = |x: Decimal| x.mantissa().unsigned_abs();
    let (sa, sb, sc) = (a.scale(), b.scale(), c.scale());
    // The value is n / 10^s.
    let s = (sa + sb).max(sc);
    let n = Wide::product(m(a), m(b))
        .times_pow10(s - sa - sb)?
        .plus(Wide::from_u128(m(c)).times_pow10(s - sc)?)?;
    let q = if s <= dp {
        n.times_pow10(dp - s)?
    } else {
        // Every place but the first dropped goes, then the first decides the rounding.
        let (q, first) = n.div_pow10(s - dp - 1).div_rem(10);
        if first >= 5 {
            q.plus(Wide::from_u128(1))?
        } else {
            q
        }
    };
    let v = q.to_u128().filter(|v| *v < 1u128 << 96)?;
    Decimal::try_from_i128_with_scale(v as i128, dp).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::RoundingStrategy;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_a_product_a_decimal_cannot_hold_exactly() {
        // 4294967295 × 999999999999999.999999999999 = 4294967294999999999999999.995705032705
        assert_eq!(
            mul_add_round(
                d("4294967295"),
                d("999999999999999.999999999999"),
                d("0"),
                2
            ),
            Some(d("4294967295000000000000000.00"))
        );
        assert_eq!(
            mul_add_round(d("99999"), d("1000000000000000"), d("0.005"), 2),
            Some(d("99999000000000000000.01"))
        );
        // Half away from zero, at the first place dropped only.
        assert_eq!(
            mul_add_round(d("1"), d("0.0049999"), d("0"), 2),
            Some(d("0.00"))
        );
        assert_eq!(
            mul_add_round(d("1"), d("0.005"), d("0"), 2),
            Some(d("0.01"))
        );
        assert_eq!(mul_add_round(d("0"), d("7"), d("0"), 0), Some(d("0")));
        // Past what a decimal holds: refused, never wrapped.
        assert_eq!(mul_add_round(Decimal::MAX, d("2"), d("0"), 0), None);
        assert_eq!(mul_add_round(d("-1"), d("2"), d("0"), 2), None);
    }

    proptest! {
        /// Where the exact value fits a decimal, the result is that value rounded as money is.
        #[test]
        fn agrees_with_exact_arithmetic_where_it_applies(
            a in 0u64..5_000_000_000, sa in 0u32..4,
            b in 0i64..i64::MAX, sb in 0u32..13,
            c in 0i64..1_000_000_000_000, sc in 0u32..13,
            dp in 0u32..5,
        ) {
            let (a, b, c) = (
                Decimal::new(a as i64, sa),
                Decimal::new(b, sb),
                Decimal::new(c, sc),
            );
            let exact = crate::domain::decimal::exact_mul(a, b)
                .and_then(|p| crate::domain::decimal::exact_add(p, c));
            if let Some(e) = exact {
                let mut want = e.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
                want.rescale(dp);
                // (Too many digits to hold with `dp` places: refused, as money is.)
                let want = (want.scale() == dp).then_some(want);
                prop_assert_eq!(mul_add_round(a, b, c, dp), want);
            } else if a.to_string().parse::<f64>().unwrap() * b.to_string().parse::<f64>().unwrap()
                < 1e23
            {
                // Well within the range: never refused for its digits.
                prop_assert!(mul_add_round(a, b, c, dp).is_some());
            }
        }
    }
}

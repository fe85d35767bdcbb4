//! Metering rules (spec 40), pure: whether a raw event matches a feature's meter, what it
//! contributes, and how contributions fold into a window's value. No I/O, no clock.

use rust_decimal::Decimal;
use std::collections::BTreeMap;

use crate::domain::catalog::{Aggregation, Condition, ConditionOp, EventMeter};
use crate::domain::decimal::{exact_add, parse_decimal};

/// The field a condition names: `eventName` or a dimension key.
fn field<'a>(
    c: &Condition,
    event_name: &'a str,
    dims: &'a BTreeMap<String, String>,
) -> Option<&'a str> {
    if c.field == "eventName" {
        Some(event_name)
    } else {
        dims.get(&c.field).map(String::as_str)
    }
}

/// Numeric comparisons compare decimals; a value that is not a number never satisfies one.
fn compare(actual: &str, expected: &str) -> Option<std::cmp::Ordering> {
    let a = parse_decimal(actual).ok()?;
    let e = parse_decimal(expected).ok()?;
    Some(a.cmp(&e))
}

fn condition_holds(c: &Condition, event_name: &str, dims: &BTreeMap<String, String>) -> bool {
    use std::cmp::Ordering::*;
    let v = field(c, event_name, dims);
    let expected = c.value.as_deref().unwrap_or("");
    match c.operation {
        ConditionOp::IsNull => v.is_none(),
        ConditionOp::IsNotNull => v.is_some(),
        _ => {
            let Some(v) = v else { return false };
            match c.operation {
                ConditionOp::Equals => v == expected,
                ConditionOp::NotEquals => v != expected,
                ConditionOp::Contains => v.contains(expected),
                ConditionOp::StartsWith => v.starts_with(expected),
                ConditionOp::EndsWith => v.ends_with(expected),
                ConditionOp::In => c.values.iter().any(|x| x == v),
                ConditionOp::GreaterThan => compare(v, expected) == Some(Greater),
                ConditionOp::GreaterThanOrEqual => {
                    matches!(compare(v, expected), Some(Greater | Equal))
                }
                ConditionOp::LessThan => compare(v, expected) == Some(Less),
                ConditionOp::LessThanOrEqual => matches!(compare(v, expected), Some(Less | Equal)),
                ConditionOp::IsNull | ConditionOp::IsNotNull => false,
            }
        }
    }
}

/// Filters are OR-ed, the conditions of one filter AND-ed; no filters = every event.
pub fn matches(meter: &EventMeter, event_name: &str, dims: &BTreeMap<String, String>) -> bool {
    meter.filters.is_empty()
        || meter.filters.iter().any(|f| {
            f.conditions
                .iter()
                .all(|c| condition_holds(c, event_name, dims))
        })
}

/// What one matching event adds to its window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contribution {
    /// COUNT: one more.
    One,
    /// SUM, MIN, MAX, AVG: the numeric value of the aggregation field.
    Number(Decimal),
    /// UNIQUE: this value of the field (counted once per window).
    Distinct(String),
    /// The field is missing or not a number: the event is kept but adds nothing (warned).
    Nothing(&'static str),
}

pub fn contribution(meter: &EventMeter, dims: &BTreeMap<String, String>) -> Contribution {
    let field = meter.aggregation_field.as_deref().and_then(|f| dims.get(f));
    match meter.aggregation {
        Aggregation::Count => Contribution::One,
        Aggregation::Unique => match field {
            Some(v) => Contribution::Distinct(v.clone()),
            None => Contribution::Nothing("the aggregation field is missing"),
        },
        Aggregation::Sum | Aggregation::Min | Aggregation::Max | Aggregation::Avg => {
            match field.map(|v| parse_decimal(v)) {
                Some(Ok(n)) => Contribution::Number(n),
                Some(Err(_)) if field.is_some_and(|v| crate::domain::decimal::is_past_range(v)) => {
                    Contribution::Nothing(
                        "the aggregation field is out of range (the largest a decimal holds is 79228162514264337593543950335)",
                    )
                }
                Some(Err(_))
                    if field.is_some_and(|v| crate::domain::decimal::is_plain_number(v)) =>
                {
                    Contribution::Nothing(
                        "the aggregation field is more precise than a usage value keeps (12 places, 28 digits)",
                    )
                }
                Some(Err(_)) => Contribution::Nothing("the aggregation field is not a number"),
                None => Contribution::Nothing("the aggregation field is missing"),
            }
        }
    }
}

/// A window's running state: enough to answer every aggregation exactly, updated one event at a
/// time (distinct values are kept by the store; `distinct` is their count).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    pub count: u64,
    pub sum: Decimal,
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    pub distinct: u64,
}

impl Window {
    /// Folds one contribution in; `new_distinct` tells whether a Distinct value is new to the
    /// window (the store knows).
    /// A sum past the largest decimal is refused (never capped), and the window is left as it
    /// was: `fits` tells beforehand.
    pub fn add(&mut self, c: &Contribution, new_distinct: bool) -> Result<(), String> {
        if !self.fits(c) {
            return Err(too_large(self.sum, c));
        }
        match c {
            Contribution::One => self.count += 1,
            Contribution::Number(n) => {
                self.count += 1;
                self.sum += *n;
                self.min = Some(self.min.map_or(*n, |m| m.min(*n)));
                self.max = Some(self.max.map_or(*n, |m| m.max(*n)));
            }
            Contribution::Distinct(_) => {
                self.count += 1;
                if new_distinct {
                    self.distinct += 1;
                }
            }
            Contribution::Nothing(_) => {}
        }
        Ok(())
    }

    /// Whether `c` can be folded in without the sum leaving the decimal range.
    pub fn fits(&self, c: &Contribution) -> bool {
        match c {
            Contribution::Number(n) => exact_add(self.sum, *n).is_some(),
            _ => true,
        }
    }

    /// The window's usage under an aggregation.
    pub fn value(&self, aggregation: Aggregation) -> Decimal {
        match aggregation {
            Aggregation::Count => Decimal::from(self.count),
            Aggregation::Sum => self.sum,
            Aggregation::Min => self.min.unwrap_or(Decimal::ZERO),
            Aggregation::Max => self.max.unwrap_or(Decimal::ZERO),
            Aggregation::Avg if self.count == 0 => Decimal::ZERO,
            // Rounded (half to even) to the digits every stored value keeps: 4/3 is
            // 1.333333333333, not 28 threes.
            Aggregation::Avg => self
                .sum
                .checked_div(Decimal::from(self.count))
                .unwrap_or(Decimal::ZERO)
                .round_dp_with_strategy(
                    crate::domain::decimal::MAX_SCALE,
                    rust_decimal::RoundingStrategy::MidpointNearestEven,
                )
                .normalize(),
            Aggregation::Unique => Decimal::from(self.distinct),
        }
    }
}

/// Why `c` does not fold into a window whose running sum is `sum` (the sum a SUM or AVG
/// meter keeps).
pub fn too_large(sum: Decimal, c: &Contribution) -> String {
    match c {
        Contribution::Number(n) => format!(
            "the window's sum {sum} + {n} {}",
            crate::domain::decimal::inexact_sum_reason(sum, *n)
        ),
        _ => "usage is past the largest value".to_string(),
    }
}

/// Reported usage: `DELTA` adds (may be negative), `SET` replaces. A result below zero is
/// refused (Stigg's UsageMeasurementDiffOutOfRangeError).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateBehavior {
    Delta,
    Set,
}

/// A report folded in by a recount (a rebuild, a window a later change arranges): it never
/// fails. A negative delta the window cannot take stops it at zero; a delta past what a
/// decimal holds leaves the window as it was (as a raw event's sum does: the record is not
/// counted there, and what the window counted is kept — it was all dropped).
pub fn fold_report(current: Decimal, value: Decimal, how: UpdateBehavior) -> Decimal {
    match apply_report(current, value, how) {
        Ok(v) => v,
        Err(_) if how == UpdateBehavior::Delta && exact_add(current, value).is_none() => current,
        Err(_) => Decimal::ZERO,
    }
}

pub fn apply_report(
    current: Decimal,
    value: Decimal,
    how: UpdateBehavior,
) -> Result<Decimal, String> {
    let next = match how {
        UpdateBehavior::Delta => exact_add(current, value).ok_or_else(|| {
            format!(
                "usage {current} + {value} {}",
                crate::domain::decimal::inexact_sum_reason(current, value)
            )
        })?,
        UpdateBehavior::Set => value,
    };
    if next < Decimal::ZERO {
        return Err(format!(
            "usage would go below zero ({current} {} {value})",
            if how == UpdateBehavior::Delta {
                "+"
            } else {
                "→"
            }
        ));
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::MeterFilter;

    fn dims(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn cond(field: &str, op: ConditionOp, value: &str) -> Condition {
        Condition {
            field: field.into(),
            operation: op,
            value: Some(value.into()),
            values: vec![],
        }
    }

    fn meter(
        filters: Vec<Vec<Condition>>,
        aggregation: Aggregation,
        field: Option<&str>,
    ) -> EventMeter {
        EventMeter {
            filters: filters
                .into_iter()
                .map(|conditions| MeterFilter { conditions })
                .collect(),
            aggregation,
            aggregation_field: field.map(String::from),
        }
    }

    #[test]
    fn filters_are_and_within_and_or_across() {
        let m = meter(
            vec![
                vec![
                    cond("eventName", ConditionOp::Equals, "api"),
                    cond("status", ConditionOp::GreaterThanOrEqual, "200"),
                    cond("status", ConditionOp::LessThan, "300"),
                ],
                vec![cond("eventName", ConditionOp::StartsWith, "batch.")],
            ],
            Aggregation::Count,
            None,
        );
        assert!(matches(&m, "api", &dims(&[("status", "204")])));
        assert!(!matches(&m, "api", &dims(&[("status", "404")])));
        // A non-numeric value never satisfies a numeric comparison.
        assert!(!matches(&m, "api", &dims(&[("status", "ok")])));
        assert!(!matches(&m, "api", &dims(&[])));
        assert!(matches(&m, "batch.run", &dims(&[])));
        // Decimals compare as numbers, not text: 1000 > 200.
        let big = meter(
            vec![vec![cond("n", ConditionOp::GreaterThan, "200")]],
            Aggregation::Count,
            None,
        );
        assert!(matches(&big, "x", &dims(&[("n", "1000")])));
        assert!(matches(&big, "x", &dims(&[("n", "200.0001")])));
        assert!(!matches(&big, "x", &dims(&[("n", "200.00")])));
        // No filters: every event.
        assert!(matches(
            &meter(vec![], Aggregation::Count, None),
            "y",
            &dims(&[])
        ));
        let null = meter(
            vec![vec![Condition {
                field: "user".into(),
                operation: ConditionOp::IsNull,
                value: None,
                values: vec![],
            }]],
            Aggregation::Count,
            None,
        );
        assert!(matches(&null, "x", &dims(&[])));
        assert!(!matches(&null, "x", &dims(&[("user", "u")])));
        let inn = meter(
            vec![vec![Condition {
                field: "region".into(),
                operation: ConditionOp::In,
                value: None,
                values: vec!["eu".into(), "us".into()],
            }]],
            Aggregation::Count,
            None,
        );
        assert!(matches(&inn, "x", &dims(&[("region", "eu")])));
        assert!(!matches(&inn, "x", &dims(&[("region", "apac")])));
    }

    #[test]
    fn every_aggregation_folds_exactly() {
        let d = |s: &str| parse_decimal(s).unwrap();
        for (agg, want) in [
            (Aggregation::Count, "4"),
            (Aggregation::Sum, "6.6"),
            (Aggregation::Min, "0.1"),
            (Aggregation::Max, "3.3"),
            (Aggregation::Avg, "2.2"),
        ] {
            let m = meter(vec![], agg, Some("tokens"));
            let mut w = Window::default();
            for v in ["0.1", "3.3", "3.2", "oops"] {
                w.add(&contribution(&m, &dims(&[("tokens", v)])), false)
                    .unwrap();
            }
            if agg == Aggregation::Count {
                assert_eq!(w.value(agg), d("4"));
            } else {
                assert_eq!(w.value(agg), d(want), "{agg:?}");
            }
        }
        // UNIQUE counts what the store says is new to the window.
        let m = meter(vec![], Aggregation::Unique, Some("user"));
        let mut w = Window::default();
        let mut seen = std::collections::BTreeSet::new();
        for u in ["a", "b", "a", "c", "b"] {
            let c = contribution(&m, &dims(&[("user", u)]));
            let new = seen.insert(u);
            w.add(&c, new).unwrap();
        }
        assert_eq!(w.value(Aggregation::Unique), d("3"));
        assert_eq!(
            contribution(&m, &dims(&[])),
            Contribution::Nothing("the aggregation field is missing")
        );
        // A number too precise to keep is not called "not a number".
        let m = meter(vec![], Aggregation::Sum, Some("tokens"));
        for (v, why) in [
            ("0.0000000000001", "more precise"),
            ("99999999999999999999.999999999", "more precise"),
            ("1e3", "not a number"),
            ("x", "not a number"),
        ] {
            match contribution(&m, &dims(&[("tokens", v)])) {
                Contribution::Nothing(m) => assert!(m.contains(why), "{v}: {m}"),
                other => panic!("{v}: {other:?}"),
            }
        }
    }

    #[test]
    fn reports_never_go_below_zero() {
        let d = |s: &str| parse_decimal(s).unwrap();
        assert_eq!(
            apply_report(d("5"), d("-2"), UpdateBehavior::Delta),
            Ok(d("3"))
        );
        assert!(apply_report(d("5"), d("-6"), UpdateBehavior::Delta).is_err());
        assert_eq!(
            apply_report(d("5"), d("1"), UpdateBehavior::Set),
            Ok(d("1"))
        );
        assert!(apply_report(d("5"), d("-1"), UpdateBehavior::Set).is_err());
        // Past the largest decimal is refused, never capped or rounded.
        assert!(apply_report(Decimal::MAX, d("1"), UpdateBehavior::Delta).is_err());
        assert!(apply_report(Decimal::MAX, d("0.4"), UpdateBehavior::Delta).is_err());
        assert!(
            apply_report(
                d("79228162514264337593543950334"),
                d("0.5"),
                UpdateBehavior::Delta
            )
            .is_err()
        );
        assert_eq!(
            apply_report(d("1.5"), d("-0.25"), UpdateBehavior::Delta),
            Ok(d("1.25"))
        );
        assert!(parse_decimal("7922816251426433759354395033.6").is_err());
        for ok in [
            "0.5",
            "-0",
            "007.50",
            ".5",
            "-12.000",
            "79228162514264337593543950335",
        ] {
            assert!(parse_decimal(ok).is_ok(), "{ok}");
        }
        let mut w = Window::default();
        w.add(&Contribution::Number(Decimal::MAX), false).unwrap();
        let before = w.clone();
        assert!(w.add(&Contribution::Number(d("1")), false).is_err());
        assert!(w.add(&Contribution::Number(d("0.4")), false).is_err());
        assert_eq!(w, before);
    }
}

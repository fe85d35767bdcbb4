//! Pure rules: no I/O, no SQL, no clock reads. Time arrives as a parameter.

pub mod catalog;
pub mod credits;
pub mod customers;
pub mod decimal;
pub mod entitlements;
pub mod formula;
pub mod money;
pub mod periods;
pub mod pricing;
pub mod slug;
pub mod subscriptions;
pub mod token;
pub mod usage;
pub mod wide;

/// The first item whose `key` an earlier item has too: a list where each may appear once (ids
/// given twice, a country priced twice, an enum value listed twice) says which one repeats.
pub fn first_repeat<T, K: PartialEq>(items: &[T], key: impl Fn(&T) -> K) -> Option<&T> {
    items
        .iter()
        .enumerate()
        .find(|(i, x)| items[..*i].iter().any(|o| key(o) == key(x)))
        .map(|(_, x)| x)
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_repeat_names_the_second_sighting() {
        let v = ["a", "b", "a", "b"];
        assert_eq!(super::first_repeat(&v, |s| *s), Some(&"a"));
        assert_eq!(super::first_repeat(&v[..2], |s| *s), None);
        let pairs = [("x", 1), ("y", 2), ("y", 3)];
        assert_eq!(super::first_repeat(&pairs, |p| p.0), Some(&("y", 3)));
    }
}

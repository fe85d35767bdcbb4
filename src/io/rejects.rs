//! A rejected row's reason in a rejects file. A rejects file re-imports once fixed (imports
//! ignore `reason`), so a row that already carries a `reason` — a rejects file imported again
//! and rejected again — has it replaced, never a second one added (a repeated column or key
//! would make the next file unreadable).

/// The column a CSV header already has for the reason (names are compared trimmed, as imports
/// read them).
pub fn reason_column(header: &[String]) -> Option<usize> {
    header.iter().position(|h| h.trim() == "reason")
}

/// The header of a rejects file: the input's, with a `reason` column unless it has one.
pub fn header_with_reason(header: &[String]) -> Vec<String> {
    let mut h = header.to_vec();
    if reason_column(header).is_none() {
        h.push("reason".into());
    }
    h
}

/// `cells` (a record of the input header's width) with `reason` in the reason column: the one
/// the header has, else appended.
pub fn put_reason(mut cells: Vec<String>, header: &[String], reason: String) -> Vec<String> {
    match reason_column(header) {
        Some(i) if i < cells.len() => cells[i] = reason,
        _ => cells.push(reason),
    }
    cells
}

/// The reason a row of a JSON rejects file still carries when it was never fixed: a row that
/// did not parse is written as `{"line", "text" | "cells", "reason"}` (its text kept), and
/// imported again as it is, it is rejected for what it was rejected for before — not for its
/// "unknown column 'line'" — so that a rejects file of a rejects file reads alike.
pub fn unfixed(m: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    // (Imports read numbers as the text they were written with.)
    let line = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
        other => other.is_u64(),
    };
    let shape = m.len() == 3
        && m.get("line").is_some_and(line)
        && (m.get("text").is_some_and(serde_json::Value::is_string)
            || m.get("cells").is_some_and(serde_json::Value::is_array));
    match m.get("reason") {
        Some(serde_json::Value::String(r)) if shape => Some(r.clone()),
        _ => None,
    }
}

/// The reason a row of a CSV rejects file still carries when it was never fixed: a row that
/// could not be split into the header's columns is written with empty cells and its text in
/// `reason`; imported again as it is, it is rejected for that reason (its text kept), not for
/// its first empty column.
pub fn unfixed_cells<S: AsRef<str>>(header: &[S], cells: &[String]) -> Option<String> {
    let i = header.iter().position(|h| h.as_ref().trim() == "reason")?;
    let reason = cells.get(i).filter(|r| !r.trim().is_empty())?;
    let others_blank = cells
        .iter()
        .enumerate()
        .all(|(j, c)| j == i || c.trim().is_empty());
    others_blank.then(|| reason.clone())
}

/// The text of a JSON object (one line) with `"reason": reason` as its last member, a
/// `reason` member it already has taken out. The rest keeps its text as written (numbers keep
/// their digits, spacing stays). None when `object` is not one JSON object.
pub fn object_with_reason(object: &str, reason: &str) -> Option<String> {
    let mut text = object.trim().to_string();
    // (Each pass takes one `reason` member out: a row may repeat the key.)
    let (spans, close) = loop {
        let (spans, close) = members(&text)?;
        let Some(k) = spans.iter().position(|m| m.2) else {
            break (spans, close);
        };
        let cut = if k > 0 {
            spans[k - 1].1..spans[k].1
        } else if let Some(next) = spans.get(1) {
            spans[0].0..next.0
        } else {
            spans[0].0..spans[0].1
        };
        text.replace_range(cut, "");
    };
    let head = text[..close].trim_end();
    let sep = if spans.is_empty() { "" } else { "," };
    let reason = serde_json::Value::String(reason.to_string()).to_string();
    Some(format!("{head}{sep}\"reason\":{reason}}}"))
}

/// The top-level members of a JSON object: (start, end, is it `reason`), and where its closing
/// brace is. None when `object` is not one JSON object.
#[allow(clippy::type_complexity)]
fn members(object: &str) -> Option<(Vec<(usize, usize, bool)>, usize)> {
    let b = object.as_bytes();
    let mut i = ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    let mut spans = Vec::new();
    let close = loop {
        i = ws(b, i);
        if b.get(i) == Some(&b'}') && spans.is_empty() {
            break i;
        }
        let start = i;
        let key_end = string_end(b, i)?;
        let key: String = serde_json::from_str(&object[start..key_end]).ok()?;
        i = ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = value_end(b, ws(b, i + 1))?;
        spans.push((start, i, key == "reason"));
        i = ws(b, i);
        match b.get(i) {
            Some(b',') => i += 1,
            Some(b'}') => break i,
            _ => return None,
        }
    };
    (ws(b, close + 1) == b.len()).then_some((spans, close))
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
    {
        i += 1;
    }
    i
}

/// The index after the JSON string starting at `i`.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    loop {
        match b.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

/// The index after the JSON value starting at `i` (its syntax is the parser's to check: the
/// row was read as JSON before it was rejected).
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match b.get(j)? {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while b
                .get(j)
                .is_some_and(|c| !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'))
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_reason_is_added_once_and_replaced_after() {
        let once = object_with_reason(r#"{"a": 1.50, "b": {"c": [1, "}"]}}"#, "bad").unwrap();
        assert_eq!(once, r#"{"a": 1.50, "b": {"c": [1, "}"]},"reason":"bad"}"#);
        let twice = object_with_reason(&once, "worse").unwrap();
        assert_eq!(
            twice,
            r#"{"a": 1.50, "b": {"c": [1, "}"]},"reason":"worse"}"#
        );
        // Wherever it stands, and however often.
        assert_eq!(
            object_with_reason(r#"{ "reason": "x", "a": 1, "reason": "y" }"#, "z").unwrap(),
            r#"{ "a": 1,"reason":"z"}"#
        );
        // A key written with an escape is the same key.
        assert_eq!(
            object_with_reason(r#"{"re\u0061son":"x","k":"v"}"#, "y").unwrap(),
            r#"{"k":"v","reason":"y"}"#
        );
        assert_eq!(object_with_reason("{}", "r").unwrap(), r#"{"reason":"r"}"#);
        assert_eq!(
            object_with_reason(r#"{"reason":1}"#, "r").unwrap(),
            r#"{"reason":"r"}"#
        );
        for not_one in ["[1]", "{", r#"{"a":1} x"#, r#"{"a" 1}"#, ""] {
            assert_eq!(object_with_reason(not_one, "r"), None, "{not_one}");
        }
        // Whatever text it is given, it answers without panicking.
        for s in [
            r#"{"a":"#,
            r#"{"a":"\"#,
            r#"{"a":{]"#,
            "{\"a\":}}}",
            r#"{"a":1,}"#,
        ] {
            let _ = object_with_reason(s, "r");
        }
    }

    proptest::proptest! {
        /// Any object, written by serde or by hand with spaces, comes back as the same object
        /// with `reason` (and nothing else) replaced.
        #[test]
        fn the_object_is_kept_and_its_reason_replaced(
            members in proptest::collection::vec(
                (proptest::sample::select(vec!["a", "reason", "b c", "\"q\"", "é"]),
                 proptest::prop_oneof![
                     proptest::num::i64::ANY.prop_map(serde_json::Value::from),
                     "[a-z\"\\{}\\[\\], ]{0,6}".prop_map(serde_json::Value::from),
                 ]),
                0..5,
            ),
            spaced in proptest::bool::ANY,
        ) {
            let mut m = serde_json::Map::new();
            for (k, v) in &members {
                m.insert(k.to_string(), v.clone());
            }
            let text = if spaced {
                serde_json::to_string_pretty(&m).unwrap().replace('\n', " ")
            } else {
                serde_json::to_string(&m).unwrap()
            };
            let out = object_with_reason(&text, "why").unwrap();
            let back: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&out).unwrap();
            let mut want = m.clone();
            want.insert("reason".into(), "why".into());
            prop_assert_eq!(back, want);
            prop_assert_eq!(out.matches("\"reason\"").count(), 1);
        }
    }

    #[test]
    fn a_header_with_a_reason_column_keeps_it() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(header_with_reason(&h(&["id"])), h(&["id", "reason"]));
        assert_eq!(
            header_with_reason(&h(&["id", " reason"])),
            h(&["id", " reason"])
        );
        assert_eq!(
            put_reason(h(&["x", "old"]), &h(&["id", "reason"]), "new".into()),
            h(&["x", "new"])
        );
        assert_eq!(
            put_reason(h(&["x"]), &h(&["id"]), "new".into()),
            h(&["x", "new"])
        );
    }
}

//! The one place that reads YAML. serde-saphyr parses the text (rejecting duplicate keys and
//! non-finite numbers) into a tree of nodes that keep their line and column; numbers keep their
//! source text so that decimals lose no digit. Typed decoding happens on the tree with
//! [`Diags`], which collects every problem instead of stopping at the first.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, Options, Spanned};
use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Loc {
    pub line: u64,
    pub column: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Str(String),
    /// A plain numeric scalar, exactly as written.
    Num(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub loc: Loc,
    /// Whether the scalar was written in quotes (columns inside it are one further right).
    pub quoted: bool,
    pub value: Value,
}

impl Node {
    pub fn kind_name(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Bool(_) => "a boolean",
            Value::Str(_) => "a string",
            Value::Num(_) => "a number",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// `file:line:column: message` problems.
#[derive(Debug, Clone, Default)]
pub struct Diags {
    pub items: Vec<(Loc, String)>,
}

impl Diags {
    pub fn err(&mut self, loc: Loc, msg: impl Into<String>) {
        self.items.push((loc, msg.into()));
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn render(&self, file: &str) -> Vec<String> {
        let mut items = self.items.clone();
        items.sort();
        items.dedup();
        items
            .iter()
            .map(|(l, m)| format!("{file}:{}:{}: {m}", l.line, l.column))
            .collect()
    }
}

// ---- writing -------------------------------------------------------------------------------

/// A JSON value as YAML. serde_json keeps numbers as their text (`arbitrary_precision`, so that
/// input digits are never lost), which other serializers would see as a map: numbers are handed
/// over here as integers where they are, else as their exact text.
pub fn to_string(v: &serde_json::Value) -> Result<String, String> {
    serde_saphyr::to_string(&AsYaml(v)).map_err(|e| e.to_string())
}

struct AsYaml<'a>(&'a serde_json::Value);

impl serde::Serialize for AsYaml<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        use serde_json::Value as J;
        match self.0 {
            J::Null => s.serialize_unit(),
            J::Bool(b) => s.serialize_bool(*b),
            J::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => s.serialize_u64(u),
                (None, Some(i)) => s.serialize_i64(i),
                _ => s.serialize_str(&n.to_string()),
            },
            J::String(x) => s.serialize_str(x),
            J::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for i in items {
                    seq.serialize_element(&AsYaml(i))?;
                }
                seq.end()
            }
            J::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, &AsYaml(v))?;
                }
                map.end()
            }
        }
    }
}

// ---- parsing -------------------------------------------------------------------------------

enum Raw {
    Null,
    Bool(bool),
    Str(String),
    Num,
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(b))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Raw, E> {
        Ok(Raw::Num)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Raw, E> {
        Ok(Raw::Num)
    }
    fn visit_u128<E>(self, _: u128) -> Result<Raw, E> {
        Ok(Raw::Num)
    }
    fn visit_i128<E>(self, _: i128) -> Result<Raw, E> {
        Ok(Raw::Num)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Raw, E> {
        Ok(Raw::Num)
    }
    fn visit_str<E>(self, s: &str) -> Result<Raw, E> {
        Ok(Raw::Str(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Raw, E> {
        Ok(Raw::Str(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = a.next_element()? {
            v.push(x);
        }
        Ok(Raw::Seq(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = a.next_entry()? {
            v.push(x);
        }
        Ok(Raw::Map(v))
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

/// Parses one YAML document. Errors carry the location serde-saphyr reports. Anchors and
/// aliases (`&e` / `*e`, merge keys `<<`) are expanded, within serde-saphyr's budget (an alias
/// bomb is refused, not expanded). Repeated keys are not an error here: [`duplicate_keys`]
/// reports them all, so that they do not hide the file's other problems.
pub fn parse(src: &str) -> Result<Node, (Loc, String)> {
    if src.trim().is_empty() {
        return Ok(Node {
            loc: Loc { line: 1, column: 1 },
            quoted: false,
            value: Value::Null,
        });
    }
    let mut opts = Options::default();
    opts.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    opts.strict_booleans = true;
    // A `.nan`, `.inf` or `1e400` reaches its field as the number it is written as, which
    // refuses it there (located, with the file's other problems) instead of ending the read.
    opts.non_finite_float_policy = serde_saphyr::options::NonFiniteFloatPolicy::PassThrough;
    opts.with_snippet = false;
    let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(src, opts).map_err(|e| {
        let loc = e
            .location()
            .filter(|l| l.line() > 0)
            .map(|l| Loc {
                line: l.line(),
                column: l.column(),
            })
            .unwrap_or(Loc { line: 1, column: 1 });
        (loc, message_of(&e, src.contains('&')))
    })?;
    Ok(convert(src, raw))
}

/// serde-saphyr's message, in our words where its own would confuse a user (library function
/// names, Rust debug output).
fn message_of(e: &serde_saphyr::Error, anchors: bool) -> String {
    let text = e.to_string();
    if text.contains("multiple YAML documents") {
        return "a second YAML document starts here (after `---`); put the whole catalog in one document, or split it into several files".to_string();
    }
    // serde-saphyr names the budget it breached: `budget breached: Depth { depth: 65 }`.
    let breach = text
        .split("budget breached: ")
        .nth(1)
        .and_then(|b| b.split([' ', '{']).next())
        .unwrap_or("")
        .to_ascii_lowercase();
    if breach == "depth" || text.contains("recursion limit") {
        return "the file nests lists and maps deeper than a reader follows (64 levels); a catalog needs a handful".to_string();
    }
    // Past a size budget: through aliases when the file defines anchors, else by itself.
    let size = [
        "events",
        "nodes",
        "scalarbytes",
        "commentbytes",
        "inputbytes",
        "documents",
    ];
    if !anchors && size.contains(&breach.as_str()) {
        return "the file is larger than a reader takes (at most 250,000 YAML nodes); split it into several files".to_string();
    }
    if text.contains("budget breached") || text.contains("alias") && text.contains("limit") {
        return "the file expands to too much data through anchors and aliases (an alias bomb?); refusing to read it".to_string();
    }
    // An alias inside the node its anchor names (`&a [ *a ]`): the reader's own words are
    // about its types.
    if text.contains("recursive reference") {
        return "an alias refers to a node that contains it (`&a [ *a ]`): the data would never end".to_string();
    }
    first_line(&text)
}

fn first_line(msg: &str) -> String {
    let line = msg.lines().next().unwrap_or(msg).trim();
    // serde-saphyr prefixes "error: line L column C: "; we print our own location.
    let line = line.strip_prefix("error: ").unwrap_or(line);
    let line = match line.find(": ") {
        Some(i) if line.starts_with("line ") => line[i + 2..].to_string(),
        _ => line.to_string(),
    };
    // … and may append " at line L, column C" as well.
    match line.rfind(" at line ") {
        Some(i) => line[..i].to_string(),
        None => line,
    }
}

fn convert(src: &str, s: Spanned<Raw>) -> Node {
    let l = s.referenced;
    let loc = Loc {
        line: l.line(),
        column: l.column(),
    };
    // An alias (`*e`) is used at `referenced` but written at `defined`: the text of a number and
    // its quoting come from where it is defined.
    let span = s.defined.span();
    let text = span
        .byte_offset()
        .zip(span.byte_len())
        .and_then(|(o, n)| src.get(o as usize..(o + n) as usize));
    let quoted = span
        .byte_offset()
        .and_then(|o| src.as_bytes().get(o as usize))
        .is_some_and(|b| *b == b'"' || *b == b'\'');
    let value = match s.value {
        Raw::Null => Value::Null,
        Raw::Bool(b) => Value::Bool(b),
        Raw::Str(st) => Value::Str(st),
        Raw::Num => Value::Num(text.unwrap_or("").trim().to_string()),
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|i| convert(src, i)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(src, k), convert(src, v)))
                .collect(),
        ),
    };
    Node { loc, quoted, value }
}

/// The identity of a scalar key: keys equal as YAML scalars (`10`, `0xA` and `"10"`; `true` and
/// `"true"`) are the same key, since the catalog reads every key as a string.
fn key_identity(k: &Node) -> Option<String> {
    match &k.value {
        Value::Str(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Num(t) => Some(canonical_int(t).unwrap_or_else(|| t.clone())),
        _ => None,
    }
}

/// `0x1F`, `0o17`, `+12`, `012` → their decimal value; other numbers → None.
fn canonical_int(t: &str) -> Option<String> {
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let v = if let Some(h) = body.strip_prefix("0x") {
        i128::from_str_radix(h, 16).ok()?
    } else if let Some(o) = body.strip_prefix("0o") {
        i128::from_str_radix(o, 8).ok()?
    } else if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) {
        body.parse::<i128>().ok()?
    } else {
        return None;
    };
    Some((if neg { -v } else { v }).to_string())
}

fn spelling(k: &Node) -> String {
    match &k.value {
        Value::Str(s) if k.quoted => format!("\"{s}\""),
        Value::Str(s) | Value::Num(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// Every key repeated within one mapping, anywhere in the tree, at the repeated key.
pub fn duplicate_keys(n: &Node, d: &mut Diags) {
    match &n.value {
        Value::Seq(items) => items.iter().for_each(|i| duplicate_keys(i, d)),
        Value::Map(entries) => {
            let mut seen: Vec<(String, &Node)> = Vec::new();
            for (k, v) in entries {
                if let Some(id) = key_identity(k) {
                    match seen.iter().find(|(x, _)| *x == id) {
                        Some((_, first)) => {
                            let (a, b) = (spelling(first), spelling(k));
                            let (line, column) = (first.loc.line, first.loc.column);
                            d.err(
                                k.loc,
                                if a == b {
                                    format!("duplicate key '{b}' (first at line {line}, column {column})")
                                } else {
                                    format!("duplicate key {b}: the same key as {a} at line {line}, column {column}")
                                },
                            );
                        }
                        None => seen.push((id, k)),
                    }
                }
                duplicate_keys(v, d);
            }
        }
        _ => {}
    }
}

// ---- typed decoding with every problem collected ---------------------------------------------

/// A mapping being decoded: `take` the keys you know, then `finish` reports the others.
pub struct MapReader<'n> {
    pub loc: Loc,
    entries: Vec<(String, &'n Node, &'n Node)>,
    used: BTreeSet<usize>,
}

impl<'n> MapReader<'n> {
    pub fn take(&mut self, key: &str) -> Option<&'n Node> {
        let i = self.entries.iter().position(|(k, _, _)| k == key)?;
        self.used.insert(i);
        let v = self.entries[i].2;
        // `key: ~` reads as absent.
        (v.value != Value::Null).then_some(v)
    }

    /// Location of a key (for "missing"/"conflicting" messages about it).
    pub fn key_loc(&self, key: &str) -> Option<Loc> {
        self.entries
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, kn, _)| kn.loc)
    }

    pub fn keys(&self) -> Vec<&str> {
        self.entries.iter().map(|(k, _, _)| k.as_str()).collect()
    }

    /// Remaining (key, value) pairs, for maps keyed by ids (entitlements by feature).
    pub fn rest(&mut self) -> Vec<(String, &'n Node, &'n Node)> {
        let mut out = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if !self.used.contains(&i) {
                out.push(e.clone());
            }
        }
        self.used.extend(0..self.entries.len());
        out
    }

    pub fn finish(self, d: &mut Diags, what: &str, known: &[&str]) {
        for (i, (k, kn, _)) in self.entries.iter().enumerate() {
            if !self.used.contains(&i) {
                let hint = suggest(k, known)
                    .map(|s| format!(" (did you mean '{s}'?)"))
                    .unwrap_or_else(|| format!(" (known keys: {})", known.join(", ")));
                d.err(kn.loc, format!("unknown key '{k}' in {what}{hint}"));
            }
        }
    }
}

fn suggest<'a>(k: &str, known: &[&'a str]) -> Option<&'a str> {
    let lower = k.to_ascii_lowercase().replace(['_', '-'], "");
    known
        .iter()
        .find(|c| c.to_ascii_lowercase().replace(['_', '-'], "") == lower)
        .copied()
        .or_else(|| known.iter().find(|c| edit_distance(k, c) <= 2).copied())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

pub fn map<'n>(d: &mut Diags, n: &'n Node, what: &str) -> Option<MapReader<'n>> {
    match &n.value {
        Value::Map(entries) => {
            let mut out = Vec::new();
            let mut seen = BTreeSet::new();
            for (k, v) in entries {
                let Some(id) = key_identity(k) else {
                    d.err(k.loc, format!("keys of {what} must be plain strings"));
                    continue;
                };
                // A repeated key was reported by `duplicate_keys`; the first one is used.
                if !seen.insert(id) {
                    continue;
                }
                match &k.value {
                    Value::Str(s) | Value::Num(s) => out.push((s.clone(), k, v)),
                    Value::Bool(b) => out.push((b.to_string(), k, v)),
                    _ => {}
                }
            }
            Some(MapReader {
                loc: n.loc,
                entries: out,
                used: BTreeSet::new(),
            })
        }
        Value::Null => Some(MapReader {
            loc: n.loc,
            entries: Vec::new(),
            used: BTreeSet::new(),
        }),
        _ => {
            d.err(
                n.loc,
                format!("{what} must be a mapping, found {}", n.kind_name()),
            );
            None
        }
    }
}

pub fn seq<'n>(d: &mut Diags, n: &'n Node, what: &str) -> Vec<&'n Node> {
    match &n.value {
        Value::Seq(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        _ => {
            d.err(
                n.loc,
                format!("{what} must be a list, found {}", n.kind_name()),
            );
            Vec::new()
        }
    }
}

/// A string; plain numbers are accepted as their text (ids like `2024` need no quotes).
pub fn string(d: &mut Diags, n: &Node, what: &str) -> Option<String> {
    match &n.value {
        Value::Str(s) | Value::Num(s) => Some(s.clone()),
        _ => {
            d.err(
                n.loc,
                format!("{what} must be a string, found {}", n.kind_name()),
            );
            None
        }
    }
}

pub fn boolean(d: &mut Diags, n: &Node, what: &str) -> Option<bool> {
    match &n.value {
        Value::Bool(b) => Some(*b),
        _ => {
            d.err(
                n.loc,
                format!("{what} must be true or false, found {}", n.kind_name()),
            );
            None
        }
    }
}

/// An exact decimal, quoted or unquoted; every digit is kept.
pub fn decimal(d: &mut Diags, n: &Node, what: &str) -> Option<rust_decimal::Decimal> {
    match &n.value {
        Value::Str(s) | Value::Num(s) => match crate::domain::decimal::parse_decimal(s) {
            Ok(v) => Some(v),
            Err(m) => {
                d.err(n.loc, format!("{what}: {m}"));
                None
            }
        },
        _ => {
            d.err(
                n.loc,
                format!("{what} must be a number, found {}", n.kind_name()),
            );
            None
        }
    }
}

pub fn uint(d: &mut Diags, n: &Node, what: &str) -> Option<u32> {
    match &n.value {
        Value::Num(s) | Value::Str(s) => match s.trim().parse::<u32>() {
            Ok(v) => Some(v),
            Err(e) => {
                // A whole number past the range is told from one that is not whole.
                let why = if matches!(e.kind(), std::num::IntErrorKind::PosOverflow) {
                    format!("{what} must be at most {}, found '{s}'", u32::MAX)
                } else {
                    format!("{what} must be a whole number, found '{s}'")
                };
                d.err(n.loc, why);
                None
            }
        },
        _ => {
            d.err(
                n.loc,
                format!("{what} must be a whole number, found {}", n.kind_name()),
            );
            None
        }
    }
}

/// One of a fixed set of words.
pub fn word<'a>(d: &mut Diags, n: &Node, what: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let s = string(d, n, what)?;
    match allowed.iter().find(|a| a.eq_ignore_ascii_case(&s)) {
        Some(a) => Some(a),
        None => {
            d.err(
                n.loc,
                format!("{what} '{s}' is not one of: {}", allowed.join(", ")),
            );
            None
        }
    }
}

/// A value of a `str_enum!` enum in any spelling `parse` accepts (the friendly one, Stigg's wire
/// name); an unknown value is reported listing the friendly spellings.
pub fn choice<T>(
    d: &mut Diags,
    n: &Node,
    what: &str,
    friendly: &[&str],
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let s = string(d, n, what)?;
    match parse(&s) {
        Some(v) => Some(v),
        None => {
            d.err(
                n.loc,
                format!("{what} '{s}' is not one of: {}", friendly.join(", ")),
            );
            None
        }
    }
}

pub fn string_list(d: &mut Diags, n: &Node, what: &str) -> Vec<String> {
    seq(d, n, what)
        .into_iter()
        .filter_map(|i| string(d, i, what))
        .collect()
}

/// [`string_list`] where each item may appear once: a repeat is reported at its line (it was
/// dropped silently, where enum values listed twice were refused).
pub fn unique_string_list(d: &mut Diags, n: &Node, what: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in seq(d, n, what) {
        if let Some(v) = string(d, i, what) {
            if out.contains(&v) {
                d.err(i.loc, format!("'{v}' is listed twice in {what}"));
            } else {
                out.push(v);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_number_text_and_locations() {
        let n = parse("a: 0.000000000001\nb:\n  - 12345678901234567890.5\n  - 'x'\n").unwrap();
        let Value::Map(m) = &n.value else { panic!() };
        assert_eq!(m[0].1.value, Value::Num("0.000000000001".into()));
        assert_eq!(m[0].1.loc, Loc { line: 1, column: 4 });
        let Value::Seq(items) = &m[1].1.value else {
            panic!()
        };
        assert_eq!(items[0].value, Value::Num("12345678901234567890.5".into()));
        assert!(items[1].quoted);
    }

    fn dups(src: &str) -> Vec<String> {
        let mut d = Diags::default();
        duplicate_keys(&parse(src).unwrap(), &mut d);
        d.render("f")
    }

    #[test]
    fn duplicate_keys_and_syntax_errors_have_locations() {
        assert_eq!(
            dups("a: 1\nb:\n  - {c: 1, c: 2}\na: 2\n"),
            vec![
                "f:3:12: duplicate key 'c' (first at line 3, column 6)",
                "f:4:1: duplicate key 'a' (first at line 1, column 1)"
            ]
        );
        // Keys equal as scalars are the same key, whatever their spelling.
        assert_eq!(
            dups("10: a\n\"10\": b\ntrue: c\n'true': d\n0x0B: e\n11: f\nx: g\n"),
            vec![
                "f:2:1: duplicate key \"10\": the same key as 10 at line 1, column 1",
                "f:4:1: duplicate key \"true\": the same key as true at line 3, column 1",
                "f:6:1: duplicate key 11: the same key as 0x0B at line 5, column 1",
            ]
        );
        assert!(dups("a: {x: 1}\nb: {x: 1}\n").is_empty());
        assert!(parse("a: [1, 2\nb: 3\n").is_err());
        // A number no float holds reaches its field as written (which refuses it there).
        let Value::Map(m) = parse("x: 1e999\n").unwrap().value else {
            panic!()
        };
        assert_eq!(m[0].1.value, Value::Num("1e999".into()));
    }

    #[test]
    fn aliases_are_expanded_with_the_text_where_they_are_defined() {
        let n = parse("a: &n 0.000000000001\nb: *n\nc: &m {x: 12345678901234567890.5}\nd: *m\n")
            .unwrap();
        let Value::Map(m) = &n.value else { panic!() };
        assert_eq!(m[1].1.value, Value::Num("0.000000000001".into()));
        assert_eq!(m[1].1.loc, Loc { line: 2, column: 4 });
        let Value::Map(inner) = &m[3].1.value else {
            panic!()
        };
        assert_eq!(
            inner[0].1.value,
            Value::Num("12345678901234567890.5".into())
        );
    }

    #[test]
    fn alias_bombs_and_several_documents_are_refused_with_a_clear_message() {
        let mut bomb = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
        {
            bomb.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(", ")
            ));
        }
        let (_, msg) = parse(&bomb).unwrap_err();
        assert!(msg.contains("anchors and aliases"), "{msg}");
        let (_, msg) = parse("features: &a [ *a ]\n").unwrap_err();
        assert!(
            msg.contains("an alias refers to a node that contains it"),
            "{msg}"
        );
        let (loc, msg) = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(msg.contains("second YAML document"), "{msg}");
        assert!(!msg.contains("from_str"), "{msg}");
        assert!(loc.line >= 2, "{loc:?}");
    }

    #[test]
    fn unknown_keys_are_reported_with_suggestions() {
        let n = parse("nmae: x\nid: y\n").unwrap();
        let mut d = Diags::default();
        let mut m = map(&mut d, &n, "feature").unwrap();
        assert!(m.take("id").is_some());
        m.finish(&mut d, "feature", &["id", "name"]);
        let r = d.render("f.yaml");
        assert_eq!(
            r,
            vec!["f.yaml:1:1: unknown key 'nmae' in feature (did you mean 'name'?)"]
        );
    }
}

//! JSON read strictly: a key repeated in one object (at any depth) is an error instead of
//! silently keeping the last value, and every problem has a line and column. The rows of a
//! `{"customers": [ … ]}` document are located exactly: each element is borrowed from the text
//! as written, so its position is known whatever the layout.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;

use super::text::line_col;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub line: u64,
    pub column: u64,
    pub message: String,
    /// The text is not JSON at all (rather than JSON we refuse, like a repeated key).
    pub syntax: bool,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

fn from_serde(e: &serde_json::Error) -> JsonError {
    let msg = e.to_string();
    // serde_json appends " at line L column C"; the location is printed our own way.
    let message = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    JsonError {
        line: e.line() as u64,
        column: e.column() as u64,
        message,
        syntax: matches!(
            e.classify(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof
        ),
    }
}

/// The number tokens of a JSON text, in document order, exactly as written (strings skipped).
fn number_tokens(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let (mut out, mut i) = (Vec::new(), 0);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                out.push(&text[start..i]);
            }
            _ => i += 1,
        }
    }
    out
}

/// A JSON value whose objects may not repeat a key. Numbers are kept as the text they were
/// written with (a string value): `12.50`, `1e3` and 20-digit ids lose nothing, since every
/// field is read as text and decimals are parsed exactly from it.
struct Strict(Value);

/// Hands out the document's number tokens in order, as the parser meets the numbers.
struct Numbers<'t> {
    tokens: std::cell::RefCell<std::vec::IntoIter<&'t str>>,
}

impl Numbers<'_> {
    fn next<E: de::Error>(&self) -> Result<Strict, E> {
        match self.tokens.borrow_mut().next() {
            Some(t) => Ok(Strict(Value::String(t.to_string()))),
            None => Err(E::custom("a number could not be read")),
        }
    }
}

#[derive(Clone, Copy)]
struct StrictSeed<'n, 't>(&'n Numbers<'t>);

impl<'de> de::DeserializeSeed<'de> for StrictSeed<'_, '_> {
    type Value = Strict;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Strict, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictSeed<'_, '_> {
    type Value = Strict;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Strict, E> {
        Ok(Strict(Value::Bool(b)))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Strict, E> {
        self.0.next()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Strict, E> {
        self.0.next()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Strict, E> {
        self.0.next()
    }
    fn visit_str<E>(self, s: &str) -> Result<Strict, E> {
        Ok(Strict(Value::String(s.to_string())))
    }
    fn visit_string<E>(self, s: String) -> Result<Strict, E> {
        Ok(Strict(Value::String(s)))
    }
    fn visit_unit<E>(self) -> Result<Strict, E> {
        Ok(Strict(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Strict, E> {
        Ok(Strict(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Strict, A::Error> {
        let mut v = Vec::new();
        while let Some(Strict(x)) = a.next_element_seed(self)? {
            v.push(x);
        }
        Ok(Strict(Value::Array(v)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Strict, A::Error> {
        let mut m = Map::new();
        while let Some(k) = a.next_key::<String>()? {
            if m.contains_key(&k) {
                return Err(de::Error::custom(format!("duplicate key '{k}'")));
            }
            let Strict(v) = a.next_value_seed(self)?;
            m.insert(k, v);
        }
        Ok(Strict(Value::Object(m)))
    }
}

pub fn parse_value(text: &str) -> Result<Value, JsonError> {
    let numbers = Numbers {
        tokens: std::cell::RefCell::new(number_tokens(text).into_iter()),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let Strict(v) = de::DeserializeSeed::deserialize(StrictSeed(&numbers), &mut de)
        .map_err(|e| from_serde(&e))?;
    de.end().map_err(|e| from_serde(&e))?;
    Ok(v)
}

/// An element of the top-level list, as written, with the line and column it starts at.
#[derive(Debug)]
pub struct Element<'a> {
    pub text: &'a str,
    pub line: u64,
    pub column: u64,
}

impl Element<'_> {
    /// The element as a strict value; problems are located in the whole document.
    pub fn value(&self) -> Result<Value, JsonError> {
        parse_value(self.text).map_err(|e| JsonError {
            column: if e.line == 1 {
                e.column + self.column - 1
            } else {
                e.column
            },
            line: e.line + self.line - 1,
            ..e
        })
    }
}

/// The top level: `{"<collection>": [ … ]}` (other keys are read and ignored) or a bare list.
struct Top<'c> {
    collection: &'c str,
}

struct TopVisitor<'c> {
    collection: &'c str,
}

impl<'de, 'c> DeserializeSeed<'de> for Top<'c> {
    type Value = Option<Vec<&'de RawValue>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(TopVisitor {
            collection: self.collection,
        })
    }
}

impl<'de> Visitor<'de> for TopVisitor<'_> {
    type Value = Option<Vec<&'de RawValue>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{\"{}\": [ … ]}}", self.collection)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = a.next_element::<&'de RawValue>()? {
            v.push(x);
        }
        Ok(Some(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut seen = BTreeSet::new();
        let mut items = None;
        while let Some(k) = a.next_key::<String>()? {
            if !seen.insert(k.clone()) {
                return Err(de::Error::custom(format!("duplicate key '{k}'")));
            }
            if k == self.collection {
                items = Some(a.next_value::<Vec<&'de RawValue>>()?);
            } else {
                // Anything else next to the list would be silently dropped: refuse it.
                return Err(de::Error::custom(format!(
                    "unknown key '{k}' (the document is {{\"{}\": [ … ]}})",
                    self.collection
                )));
            }
        }
        Ok(items)
    }
}

/// The elements of a `{"<collection>": [ … ]}` document (or of a bare top-level list), each
/// with its position. A syntax error anywhere, or a repeated top-level key, is an error of the
/// whole document; problems inside an element are found by [`Element::value`].
pub fn collection<'a>(text: &'a str, collection: &str) -> Result<Vec<Element<'a>>, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let items = Top { collection }
        .deserialize(&mut de)
        .map_err(|e| from_serde(&e))?;
    de.end().map_err(|e| from_serde(&e))?;
    let items = items.ok_or_else(|| JsonError {
        line: 1,
        column: 1,
        message: format!("expected {{\"{collection}\": [ … ]}}"),
        syntax: false,
    })?;
    // Elements come in text order: lines are counted from the previous element on, so that a
    // large document is scanned once, not once per element.
    let base = text.as_ptr() as usize;
    let (mut at, mut line, mut line_start) = (0usize, 1u64, 0usize);
    Ok(items
        .into_iter()
        .map(|raw| {
            let s = raw.get();
            let offset = (s.as_ptr() as usize)
                .saturating_sub(base)
                .clamp(at, text.len());
            let between = text.get(at..offset).unwrap_or("");
            line += between.bytes().filter(|b| *b == b'\n').count() as u64;
            if let Some(i) = between.rfind('\n') {
                line_start = at + i + 1;
            }
            at = offset;
            let (_, column) = line_col(text.get(line_start..).unwrap_or(""), offset - line_start);
            Element {
                text: s,
                line,
                column,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_are_errors_at_any_depth() {
        let e = parse_value(r#"{"a": 1, "b": {"c": 1, "c": 2}}"#).unwrap_err();
        assert!(e.message.contains("duplicate key 'c'"), "{e}");
        assert!(parse_value(r#"{"a": 1, "a": 1}"#).is_err());
        assert!(parse_value(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
        assert!(parse_value(r#"{"a": 1} x"#).is_err());
    }

    #[test]
    fn elements_know_where_they_start() {
        let t = "{\n \"customers\": [\n  {\"id\": \"a,[b\",\n   \"x\": [1,\n 2]},\n\n  \"s]\\\"\",   {\"id\":\n \"c\"}\n]}";
        let els = collection(t, "customers").unwrap();
        let pos: Vec<(u64, u64)> = els.iter().map(|e| (e.line, e.column)).collect();
        assert_eq!(pos, vec![(3, 3), (7, 3), (7, 13)]);
        // A problem inside an element is located in the document.
        let t = "{\"customers\": [\n  {\"a\": 1},\n  {\"a\": 1,\n   \"a\": 2}\n]}";
        let els = collection(t, "customers").unwrap();
        let e = els[1].value().unwrap_err();
        assert_eq!(e.line, 4, "{e}");
        let e = collection("{\"customers\": [], \"customers\": []}", "customers").unwrap_err();
        assert!(e.message.contains("duplicate key"), "{e}");
        assert!(collection("{\"other\": []}", "customers").is_err());
        // A key next to the list would be dropped silently: it is an error.
        let e = collection("{\"customers\": [], \"extra\": 1}", "customers").unwrap_err();
        assert!(e.message.contains("unknown key 'extra'"), "{e}");
        assert_eq!(collection("[{}, {}]", "customers").unwrap().len(), 2);
    }
}

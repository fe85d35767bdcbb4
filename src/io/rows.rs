//! Bulk rows from CSV, JSON (`{"customers":[…]}` / `{"subscriptions":[…]}`) or JSON lines, as
//! flat string fields with the line each row starts on, plus writing rejects back in the input's
//! own format.

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowFormat {
    Csv,
    Json,
    JsonLines,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    /// Flat fields: nested objects become `key.sub`, lists of pairs become `a:1;b:2`.
    pub fields: BTreeMap<String, String>,
    /// The row as read, for the rejects file.
    pub raw: RawRow,
}

#[derive(Debug, Clone)]
pub enum RawRow {
    Csv(Vec<String>),
    Json(Value),
}

pub struct Rows {
    pub format: RowFormat,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

pub fn detect(path: &Path) -> RowFormat {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("json") => RowFormat::Json,
        Some("jsonl") | Some("ndjson") => RowFormat::JsonLines,
        _ => RowFormat::Csv,
    }
}

fn data_err(file: &str, line: u64, msg: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::DataErr,
        "InvalidInput",
        format!("{file}:{line}: {msg}"),
    )
}

/// Reads every row; a file that can't be parsed at all is one exit-65 error naming file:line.
pub fn read(path: &Path, collection: &str) -> Result<Rows> {
    let text = crate::io::read_file(path)?;
    let file = path.display().to_string();
    match detect(path) {
        RowFormat::Csv => read_csv(&text, &file),
        RowFormat::JsonLines => {
            let mut rows = Vec::new();
            for (i, l) in text.lines().enumerate() {
                if l.trim().is_empty() {
                    continue;
                }
                let v: Value = serde_json::from_str(l)
                    .map_err(|e| data_err(&file, i as u64 + 1, format!("not JSON: {e}")))?;
                rows.push(json_row(v, i as u64 + 1, &file)?);
            }
            Ok(Rows {
                format: RowFormat::JsonLines,
                header: vec![],
                rows,
            })
        }
        RowFormat::Json => {
            let v: Value = serde_json::from_str(&text)
                .map_err(|e| data_err(&file, e.line() as u64, format!("not JSON: {e}")))?;
            let items = match v {
                Value::Object(mut m) => match m.remove(collection) {
                    Some(Value::Array(a)) => a,
                    _ => {
                        return Err(data_err(
                            &file,
                            1,
                            format!("expected {{\"{collection}\": [ … ]}}"),
                        ));
                    }
                },
                Value::Array(a) => a,
                _ => {
                    return Err(data_err(
                        &file,
                        1,
                        format!("expected {{\"{collection}\": [ … ]}}"),
                    ));
                }
            };
            let lines = element_lines(&text);
            let mut rows = Vec::new();
            for (i, item) in items.into_iter().enumerate() {
                let line = lines.get(i).copied().unwrap_or(1);
                rows.push(json_row(item, line, &file)?);
            }
            Ok(Rows {
                format: RowFormat::Json,
                header: vec![],
                rows,
            })
        }
    }
}

fn read_csv(text: &str, file: &str) -> Result<Rows> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .map_err(|e| data_err(file, 1, format!("bad CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            let msg = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => format!("expected {expected_len} columns, found {len}"),
                _ => e.to_string(),
            };
            data_err(file, line, msg)
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut fields = BTreeMap::new();
        for (h, v) in header.iter().zip(rec.iter()) {
            if !v.is_empty() {
                fields.insert(h.clone(), v.to_string());
            }
        }
        rows.push(Row {
            line,
            fields,
            raw: RawRow::Csv(rec.iter().map(str::to_string).collect()),
        });
    }
    Ok(Rows {
        format: RowFormat::Csv,
        header,
        rows,
    })
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// `[{"addonId":"a","quantity":2}]` → `a:2`; also accepts the `a:2;b:1` string form.
fn pairs(v: &Value, id_key: &str) -> Option<String> {
    match v {
        Value::Array(items) => Some(
            items
                .iter()
                .map(|i| {
                    format!(
                        "{}:{}",
                        i.get(id_key).and_then(scalar).unwrap_or_default(),
                        i.get("quantity")
                            .and_then(scalar)
                            .unwrap_or_else(|| "1".into())
                    )
                })
                .collect::<Vec<_>>()
                .join(";"),
        ),
        other => scalar(other),
    }
}

fn json_row(v: Value, line: u64, file: &str) -> Result<Row> {
    let Value::Object(m) = &v else {
        return Err(data_err(file, line, "each row must be a JSON object"));
    };
    let mut fields = BTreeMap::new();
    for (k, val) in m {
        match (k.as_str(), val) {
            ("metadata" | "dimensions", Value::Object(inner)) => {
                for (ik, iv) in inner {
                    if let Some(s) = scalar(iv) {
                        fields.insert(format!("{k}.{ik}"), s);
                    }
                }
            }
            ("addons", _) => {
                if let Some(s) = pairs(val, "addonId") {
                    fields.insert(k.clone(), s);
                }
            }
            ("quantities", _) => {
                if let Some(s) = pairs(val, "featureId") {
                    fields.insert(k.clone(), s);
                }
            }
            _ => {
                if let Some(s) = scalar(val) {
                    fields.insert(k.clone(), s);
                }
            }
        }
    }
    Ok(Row {
        line,
        fields,
        raw: RawRow::Json(v),
    })
}

/// Line on which each element of the top-level array starts (a small JSON scanner: strings,
/// escapes and nesting are honoured).
fn element_lines(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let (mut depth, mut line, mut in_str, mut esc) = (0i32, 1u64, false, false);
    let mut array_depth = None;
    let mut expecting = false;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_str {
            if esc {
                esc = false;
            } else if c == '\\' {
                esc = true;
            } else if c == '"' {
                in_str = false;
            }
            continue;
        }
        match c {
            '"' => {
                if expecting {
                    out.push(line);
                    expecting = false;
                }
                in_str = true;
            }
            '[' | '{' => {
                if expecting {
                    out.push(line);
                    expecting = false;
                }
                depth += 1;
                if c == '[' && array_depth.is_none() {
                    array_depth = Some(depth);
                    expecting = true;
                }
            }
            ']' | '}' => {
                depth -= 1;
                expecting = false;
            }
            ',' if Some(depth) == array_depth => expecting = true,
            c if !c.is_whitespace() && expecting => {
                out.push(line);
                expecting = false;
            }
            _ => {}
        }
    }
    out
}

/// Writes rejected rows with their reason: CSV with a `reason` column, JSON lines otherwise.
pub fn write_rejects(path: &Path, rows: &Rows, rejected: &[(usize, String)]) -> Result<()> {
    let io = |e: std::io::Error| {
        Error::new(
            ErrorKind::IoErr,
            "OutputError",
            format!("cannot write {}: {e}", path.display()),
        )
    };
    let mut out = String::new();
    match rows.format {
        RowFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let mut header = rows.header.clone();
            header.push("reason".into());
            w.write_record(&header)
                .map_err(|e| Error::internal(e.to_string()))?;
            for (i, reason) in rejected {
                if let RawRow::Csv(rec) = &rows.rows[*i].raw {
                    let mut r = rec.clone();
                    r.push(reason.clone());
                    w.write_record(&r)
                        .map_err(|e| Error::internal(e.to_string()))?;
                }
            }
            out = String::from_utf8_lossy(
                &w.into_inner().map_err(|e| Error::internal(e.to_string()))?,
            )
            .into_owned();
        }
        RowFormat::Json | RowFormat::JsonLines => {
            for (i, reason) in rejected {
                if let RawRow::Json(v) = &rows.rows[*i].raw {
                    let mut v = v.clone();
                    if let Value::Object(m) = &mut v {
                        m.insert("reason".into(), Value::String(reason.clone()));
                    }
                    out.push_str(&v.to_string());
                    out.push('\n');
                }
            }
        }
    }
    std::fs::write(path, out).map_err(io)
}

/// Renders records as CSV (header first).
pub fn to_csv(header: &[String], records: &[Vec<String>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)
        .map_err(|e| Error::internal(e.to_string()))?;
    for r in records {
        w.write_record(r)
            .map_err(|e| Error::internal(e.to_string()))?;
    }
    Ok(
        String::from_utf8_lossy(&w.into_inner().map_err(|e| Error::internal(e.to_string()))?)
            .into_owned(),
    )
}

/// `{"<collection>": [ … ]}` with one element per line, so that re-import reports real lines.
pub fn to_json(collection: &str, items: &[Map<String, Value>]) -> String {
    let mut s = format!("{{\"{collection}\": [\n");
    for (i, it) in items.iter().enumerate() {
        s.push_str("  ");
        s.push_str(&Value::Object(it.clone()).to_string());
        if i + 1 < items.len() {
            s.push(',');
        }
        s.push('\n');
    }
    s.push_str("]}\n");
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn element_lines_follow_the_text() {
        let t = "{\"customers\": [\n  {\"customerId\": \"a,[b\"},\n  {\"customerId\": \"c\"}\n]}";
        assert_eq!(super::element_lines(t), vec![2, 3]);
    }
}

//! Bulk rows from CSV, JSON (`{"customers":[…]}` / `{"subscriptions":[…]}`) or JSON lines, as
//! flat string fields with the line each row starts on, plus writing rejects back in the input's
//! own format.

use serde_json::{Map, Value};
use std::path::Path;

use super::{csv_strict, json_strict};
use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowFormat {
    Csv,
    Json,
    JsonLines,
}

/// One row: its fields by column name. A column the row does not have is absent from
/// `fields`; a present column whose cell is empty (an empty or blank CSV cell, JSON `null` or
/// `""`) maps to `None`, which clears the field where the import documents it.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    /// Where on the line a `problem` is, when known.
    pub column: Option<u64>,
    /// Flat fields: nested objects become `key.sub`, lists of pairs become `a:1;b:2`.
    pub fields: RowFields,
    /// The row as read, for the rejects file.
    pub raw: RawRow,
    /// Why the row could not be read at all (wrong number of cells, not JSON, a repeated key):
    /// it is rejected with this reason.
    pub problem: Option<String>,
}

/// A row's fields by name, sorted by name, names shared with the header (a file of 100,000
/// rows is held in memory: a map per row cost several times the row's own size).
#[derive(Debug, Clone, Default)]
pub struct RowFields(Vec<(std::sync::Arc<str>, Option<String>)>);

impl RowFields {
    pub fn get(&self, k: &str) -> Option<&Option<String>> {
        self.0
            .binary_search_by(|(n, _)| (**n).cmp(k))
            .ok()
            .map(|i| &self.0[i].1)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| &**k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Option<String>)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }

    /// Adds `k`; false (and nothing changed) when the row already has it.
    fn insert(&mut self, k: std::sync::Arc<str>, v: Option<String>) -> bool {
        match self.0.binary_search_by(|(n, _)| (**n).cmp(&*k)) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, (k, v));
                true
            }
        }
    }
}

impl Row {
    /// `line` or `line:column`, for `file:…: message`.
    pub fn at(&self) -> String {
        match self.column {
            Some(c) => format!("{}:{c}", self.line),
            None => self.line.to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub enum RawRow {
    Csv(Vec<String>),
    /// The parsed row and its text as written (rejects repeat the text, numbers and all).
    Json(Value, String),
    /// A row that did not parse, as written.
    Text(String),
}

/// Rows per chunk read ahead (and handed back).
const READ_AHEAD: usize = 256;

/// The rows of [`Rows::read_ahead`], in order.
pub struct ReadAhead {
    rows: std::iter::Flatten<std::sync::mpsc::IntoIter<Vec<Result<Row>>>>,
    spent: Vec<Row>,
    back: std::sync::mpsc::Sender<Vec<Row>>,
}

impl Iterator for ReadAhead {
    type Item = Result<Row>;
    fn next(&mut self) -> Option<Result<Row>> {
        self.rows.next()
    }
}

impl ReadAhead {
    /// Hands a row that is done with back to the reading thread, which frees it.
    pub fn done(&mut self, row: Row) {
        self.spent.push(row);
        if self.spent.len() == READ_AHEAD {
            // (The reader has stopped: the rows are freed here.)
            let _ = self.back.send(std::mem::take(&mut self.spent));
        }
    }
}

/// The rows of an input, read as they are asked for — from the file itself (a regular CSV or
/// JSON lines file) or from its text held in memory (a JSON document, a pipe) — never held
/// parsed (a row read is a dozen allocations, and 100,000 of them held at once took several
/// times the file's own size). The whole input is checked once when it is read (a file that
/// can't be read as a whole is an error then, before any row runs), so every pass over the
/// rows — an import that must run again with a savepoint per row makes a second — sees the
/// same rows.
pub struct Rows {
    pub format: RowFormat,
    pub header: Vec<String>,
    /// Where the rows are read from: the text (a JSON document, a pipe), or a regular file read
    /// again for every pass (CSV, JSON lines), so that memory does not grow with it.
    source: Source,
    /// A JSON document's elements: where each is in `text`, and its line and column.
    elements: Vec<(std::ops::Range<usize>, u64, u64)>,
    /// CSV: the last record ends without a line break (it is refused: the file may be cut).
    unterminated: bool,
    len: usize,
}

enum Source {
    Text(String),
    /// The file, its name as given, and what it was when it was checked (a pass that finds it
    /// changed is an error, not other rows).
    File(std::path::PathBuf, String, Stamp),
}

/// What a file was when it was checked: its size and time (looked at before a pass) and a
/// digest of its bytes (compared when a pass has read them all: an edit of the same size made
/// during the pass is found then, and the import stops before it commits).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    digest: u64,
}

fn stamp(path: &Path, digest: u64) -> Stamp {
    let (len, modified) = std::fs::metadata(path)
        .map(|m| (m.len(), m.modified().ok()))
        .unwrap_or((0, None));
    Stamp {
        len,
        modified,
        digest,
    }
}

/// The rows an import rejected, with why.
pub type Rejected = Vec<(Row, String)>;

/// The format of an input file: its extension (`.csv`, `.json`, `.jsonl`/`.ndjson`) says; a
/// file named otherwise (no extension, `.txt`, `/dev/fd/63`) is told by its start `head`: `[`
/// opens a JSON document, `{` a JSON document or JSON lines (lines when its first line is a
/// whole JSON value other than a document on one line: an object whose one key, or whose
/// `customers` / `subscriptions` key, holds a list), anything else is CSV.
pub fn detect(path: &Path, head: &[u8]) -> RowFormat {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("json") => RowFormat::Json,
        Some("jsonl") | Some("ndjson") => RowFormat::JsonLines,
        Some("csv") => RowFormat::Csv,
        _ => sniff(head),
    }
}

fn sniff(head: &[u8]) -> RowFormat {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    match start.map(|i| (i, head[i])) {
        Some((_, b'[')) => RowFormat::Json,
        Some((i, b'{')) => {
            let rest = &head[i..];
            let line = rest.split(|b| *b == b'\n').next().unwrap_or(rest);
            // A whole value on the first line is a row — unless it is a document written on
            // one line: an object whose one key holds a list (`{"customers": [...]}`).
            match serde_json::from_slice::<serde_json::Value>(line) {
                Ok(serde_json::Value::Object(m))
                    if (m.len() == 1 && m.values().all(serde_json::Value::is_array))
                        || ["customers", "subscriptions"]
                            .iter()
                            .any(|k| m.get(*k).is_some_and(serde_json::Value::is_array)) =>
                {
                    RowFormat::Json
                }
                Ok(_) => RowFormat::JsonLines,
                // A first line that closes what it opened but does not parse is a broken row
                // (reported at its line and column); one left open starts a document.
                Err(_) if line.trim_ascii_end().ends_with(b"}") => RowFormat::JsonLines,
                Err(_) => RowFormat::Json,
            }
        }
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

/// Reads every row. A file that can't be read as a whole (no header, an unterminated quote, a
/// JSON document that does not parse) is one exit-65 error naming file:line[:column]; a row
/// that can't be read is kept with its `problem`, so that `--skip-invalid` can reject it and go
/// on.
pub fn read(path: &Path, collection: &str) -> Result<Rows> {
    let file = path.display().to_string();
    if std::fs::metadata(path).is_ok_and(|m| m.is_file())
        && let Some(format) = streamable(path)
    {
        return Rows::from_file(path, &file, format);
    }
    let text = crate::io::read_file(path)?;
    let format = detect(path, text.as_bytes());
    Rows::new(text, &file, format, collection)
}

/// [`read`] holding the whole text, as for a pipe (the property tests compare the two).
#[cfg(test)]
pub fn read_in_memory(path: &Path, collection: &str) -> Result<Rows> {
    let text = crate::io::read_file(path)?;
    let format = detect(path, text.as_bytes());
    Rows::new(text, &path.display().to_string(), format, collection)
}

/// The format of a regular file whose rows can be read from it as they are asked for (CSV or
/// JSON lines), when its name or start tells it for sure.
fn streamable(path: &Path) -> Option<RowFormat> {
    use std::io::Read;
    const HEAD: usize = 1 << 16;
    let mut head = Vec::with_capacity(HEAD);
    std::fs::File::open(path)
        .ok()?
        .take(HEAD as u64)
        .read_to_end(&mut head)
        .ok()?;
    // As the whole text is told: after the byte-order mark decoding drops.
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    // The name tells (`.csv`, `.jsonl`), or the start does: CSV by its first character, JSON
    // lines only by a whole first line (a start cut inside it may be a one-line document).
    let by_name = detect(path, b"[") == detect(path, b"a");
    let first_line = head.len() < HEAD || start.is_some_and(|i| body[i..].contains(&b'\n'));
    match detect(path, body) {
        RowFormat::Json => None,
        RowFormat::Csv if start.is_some() => Some(RowFormat::Csv),
        f if by_name || first_line => Some(f),
        _ => None,
    }
}

/// [`read`] on text already in memory.
pub fn parse(text: &str, file: &str, format: RowFormat, collection: &str) -> Result<Rows> {
    Rows::new(text.to_string(), file, format, collection)
}

/// JSON lines: the non-blank lines, each with its line number.
fn json_lines(text: &str) -> impl Iterator<Item = (u64, &str)> {
    text.split('\n').enumerate().filter_map(|(i, l)| {
        let l = l.strip_suffix('\r').unwrap_or(l);
        (!l.trim().is_empty()).then_some((i as u64 + 1, l))
    })
}

fn json_line_row(line: u64, l: &str) -> Row {
    match json_strict::parse_value(l) {
        Ok(v) => json_row(v, l, line),
        Err(e) => Row {
            line,
            column: Some(e.column.max(1)),
            fields: RowFields::default(),
            raw: RawRow::Text(l.to_string()),
            problem: Some(if e.syntax {
                format!("not JSON: {}", e.message)
            } else {
                e.message
            }),
        },
    }
}

impl Rows {
    /// A regular CSV or JSON lines file, read through once now to check it as a whole and
    /// count its rows.
    fn from_file(path: &Path, file: &str, format: RowFormat) -> Result<Rows> {
        let mut rows = Rows {
            format,
            header: vec![],
            source: Source::File(path.to_path_buf(), file.to_string(), stamp(path, 0)),
            elements: vec![],
            unterminated: false,
            len: 0,
        };
        let csv = format == RowFormat::Csv;
        let mut records = super::rows_file::Records::open(path, file, csv)?;
        if csv {
            // In the order the whole text is checked: its encoding (the whole file is read
            // first), then the header, then a quote never closed after it.
            let first = match records.next()? {
                Some(super::rows_file::Record::Csv(item)) => Some(item),
                _ => None,
            };
            let mut fatal = None;
            let mut len = 0;
            while let Some(r) = records.next()? {
                let super::rows_file::Record::Csv(item) = r else {
                    continue;
                };
                match item {
                    Ok(_) => len += 1,
                    Err(f) => {
                        fatal.get_or_insert(f);
                    }
                }
            }
            let rest = if records.nonblank { "x" } else { "" };
            rows.header = check_header_item(first.transpose(), file, rest)?;
            if let Some(f) = fatal {
                return Err(fatal_err(file, f));
            }
            rows.len = len;
        } else {
            while records.next()?.is_some() {
                rows.len += 1;
            }
        }
        rows.unterminated = records.unterminated;
        if let Source::File(_, _, st) = &mut rows.source {
            st.digest = records.digest;
        }
        Ok(rows)
    }

    fn new(text: String, file: &str, format: RowFormat, collection: &str) -> Result<Rows> {
        let (mut header, mut unterminated) = (vec![], false);
        let mut elements = vec![];
        let len = match format {
            RowFormat::Csv => {
                let (h, len) = check_csv(&text, file)?;
                header = h;
                // A file cut short inside its last value would read as complete: its last
                // record must end with a line break.
                unterminated = !text.rsplit('\n').next().unwrap_or(&text).trim().is_empty();
                len
            }
            RowFormat::JsonLines => json_lines(&text).count(),
            RowFormat::Json => {
                let base = text.as_ptr() as usize;
                let found = json_strict::collection(&text, collection).map_err(|e| {
                    let what = if e.syntax { "not JSON: " } else { "" };
                    let at = format!("{}:{}", e.line, e.column.max(1));
                    Error::data(format!("{file}:{at}: {what}{}", e.message))
                })?;
                elements = found
                    .iter()
                    .map(|el| {
                        let start = el.text.as_ptr() as usize - base;
                        (start..start + el.text.len(), el.line, el.column)
                    })
                    .collect();
                elements.len()
            }
        };
        Ok(Rows {
            format,
            header,
            source: Source::Text(text),
            elements,
            unterminated,
            len,
        })
    }

    /// How many rows (read or not) the input has.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// [`Rows::iter`] read ahead on a thread of `scope`, a few hundred rows at a time, while
    /// the caller writes the rows already read (an import's reading and parsing run beside
    /// its writes: there are two cores). Rows handed back with [`ReadAhead::done`] are freed on
    /// that thread too (their allocations came from it: freed by the writer, each would take
    /// the reader's allocator lock). Dropping the iterator stops the reading.
    pub fn read_ahead<'s, 'e>(&'s self, scope: &'s std::thread::Scope<'s, 'e>) -> ReadAhead {
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Result<Row>>>(4);
        let (back, spent) = std::sync::mpsc::channel::<Vec<Row>>();
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(READ_AHEAD);
            for r in self.iter() {
                chunk.push(r);
                if chunk.len() == READ_AHEAD {
                    while let Ok(old) = spent.try_recv() {
                        drop(old);
                    }
                    // The reader stopped (an error, or a pass ended early): so does this.
                    if send
                        .send(std::mem::replace(
                            &mut chunk,
                            Vec::with_capacity(READ_AHEAD),
                        ))
                        .is_err()
                    {
                        return;
                    }
                }
            }
            let _ = send.send(chunk);
            drop(send);
            // What comes back until the caller is done.
            for old in spent {
                drop(old);
            }
        });
        ReadAhead {
            rows: receive.into_iter().flatten(),
            spent: Vec::new(),
            back,
        }
    }

    /// Every row, read at once (for tests).
    #[cfg(test)]
    pub fn all(&self) -> Vec<Row> {
        self.iter().map(|r| r.unwrap()).collect()
    }

    /// The rows, read one at a time, in file order. An error: the file could not be read
    /// again, or it changed since it was checked.
    pub fn iter(&self) -> Box<dyn Iterator<Item = Result<Row>> + '_> {
        match &self.source {
            Source::Text(text) => self.text_rows(text),
            Source::File(path, file, stamped) => {
                let changed = move || {
                    Error::new(
                        ErrorKind::NoInput,
                        "InputNotReadable",
                        format!("{file} changed while it was imported; nothing was imported"),
                    )
                };
                if stamp(path, stamped.digest) != *stamped {
                    return Box::new(std::iter::once(Err(changed())));
                }
                let csv = self.format == RowFormat::Csv;
                let mut records = match super::rows_file::Records::open(path, file, csv) {
                    Ok(r) => r,
                    Err(e) => return Box::new(std::iter::once(Err(e))),
                };
                let names = self.names();
                let width = self.header.len();
                let mut k = 0usize;
                let mut header = csv;
                let mut finished = false;
                Box::new(std::iter::from_fn(move || {
                    loop {
                        if finished {
                            return None;
                        }
                        let r = match records.next() {
                            Err(e) => {
                                finished = true;
                                return Some(Err(e));
                            }
                            Ok(None) => {
                                finished = true;
                                // The same bytes as when it was checked, or it changed.
                                return (k != self.len || records.digest != stamped.digest)
                                    .then(|| Err(changed()));
                            }
                            Ok(Some(r)) => r,
                        };
                        let row = match r {
                            super::rows_file::Record::Json(line, l) => json_line_row(line, &l),
                            super::rows_file::Record::Csv(_) if header => {
                                header = false;
                                continue;
                            }
                            super::rows_file::Record::Csv(item) => {
                                self.csv_item_row(k, item, &names, width)
                            }
                        };
                        k += 1;
                        if k > self.len {
                            finished = true;
                            return Some(Err(changed()));
                        }
                        return Some(Ok(row));
                    }
                }))
            }
        }
    }

    fn text_rows<'a>(&'a self, text: &'a str) -> Box<dyn Iterator<Item = Result<Row>> + 'a> {
        match self.format {
            RowFormat::Csv => {
                let names = self.names();
                let width = self.header.len();
                let mut items = csv_strict::Reader::new(text);
                // The header (checked when the input was read).
                items.next();
                Box::new(
                    items
                        .enumerate()
                        .map(move |(k, item)| Ok(self.csv_item_row(k, item, &names, width))),
                )
            }
            RowFormat::JsonLines => {
                Box::new(json_lines(text).map(|(line, l)| Ok(json_line_row(line, l))))
            }
            RowFormat::Json => Box::new(self.elements.iter().map(|(span, line, column)| {
                let el = json_strict::Element {
                    text: &text[span.clone()],
                    line: *line,
                    column: *column,
                };
                Ok(match el.value() {
                    Ok(v) => json_row(v, el.text, el.line),
                    Err(e) => Row {
                        line: e.line,
                        column: Some(e.column.max(1)),
                        fields: RowFields::default(),
                        raw: RawRow::Text(el.text.to_string()),
                        problem: Some(e.message),
                    },
                })
            })),
        }
    }

    fn names(&self) -> Vec<std::sync::Arc<str>> {
        self.header
            .iter()
            .map(|h| std::sync::Arc::from(h.as_str()))
            .collect()
    }

    /// The `k`th CSV row (0-based, after the header) from its item.
    fn csv_item_row(
        &self,
        k: usize,
        item: std::result::Result<csv_strict::Item, csv_strict::Fatal>,
        names: &[std::sync::Arc<str>],
        width: usize,
    ) -> Row {
        let mut row = match item {
            Ok(item) => csv_row(item, names, width),
            // Not met: the input was read through once when it was read.
            Err(f) => Row {
                line: f.line,
                column: Some(f.column),
                fields: RowFields::default(),
                raw: RawRow::Text(String::new()),
                problem: Some(f.message),
            },
        };
        if k + 1 == self.len && self.unterminated && row.problem.is_none() {
            row.problem = Some(csv_strict::NO_LINE_END.to_string());
        }
        row
    }
}

fn csv_row(item: csv_strict::Item, names: &[std::sync::Arc<str>], width: usize) -> Row {
    match item {
        csv_strict::Item::Bad {
            line,
            column,
            message,
            raw,
        } => Row {
            line,
            column: Some(column),
            fields: RowFields::default(),
            raw: RawRow::Text(raw),
            problem: Some(message),
        },
        csv_strict::Item::Record { line, cells } if cells.len() != width => Row {
            line,
            column: None,
            fields: RowFields::default(),
            problem: Some(format!("expected {} columns, found {}", width, cells.len())),
            raw: RawRow::Csv(cells),
        },
        csv_strict::Item::Record { line, cells }
            if let Some(reason) = super::rejects::unfixed_cells(names, &cells) =>
        {
            Row {
                line,
                column: None,
                fields: RowFields::default(),
                raw: RawRow::Csv(cells),
                problem: Some(reason),
            }
        }
        csv_strict::Item::Record { line, cells } => Row {
            line,
            column: None,
            fields: {
                let mut f = RowFields(Vec::with_capacity(cells.len()));
                for (h, v) in names.iter().zip(&cells) {
                    // Header names are unique (checked when the input was read).
                    f.insert(h.clone(), Some(v.clone()).filter(|v| !v.trim().is_empty()));
                }
                f
            },
            raw: RawRow::Csv(cells),
            problem: None,
        },
    }
}

/// Why a CSV input whose first line has only blanks has no header: the file is blank, or its
/// first line is.
pub fn blank_header(text: &str) -> &'static str {
    if text.trim().is_empty() {
        "the file is empty (expected a header line)"
    } else {
        "the header line is blank (expected the column names)"
    }
}

/// A CSV file that can't be read as a whole: `file:line:column: message`.
fn fatal_err(file: &str, f: csv_strict::Fatal) -> Error {
    Error::data(format!("{file}:{}:{}: {}", f.line, f.column, f.message))
}

/// A CSV input's first item as its header, checked: names trimmed, none empty or repeated.
/// `text` is what the input holds (only whether it is blank matters: a blank first line of a
/// blank file says the file is empty).
fn check_header_item(
    first: std::result::Result<Option<csv_strict::Item>, csv_strict::Fatal>,
    file: &str,
    text: &str,
) -> Result<Vec<String>> {
    match first.map_err(|f| fatal_err(file, f))? {
        None => Err(data_err(
            file,
            1,
            "the file is empty (expected a header line)",
        )),
        Some(csv_strict::Item::Bad { line, message, .. }) => {
            Err(data_err(file, line, format!("bad header: {message}")))
        }
        Some(csv_strict::Item::Record { line, cells }) => {
            if cells.iter().all(|c| c.trim().is_empty()) {
                return Err(data_err(file, line, blank_header(text)));
            }
            let header: Vec<String> = cells.iter().map(|h| field_name(h)).collect();
            for (i, h) in header.iter().enumerate() {
                if h.is_empty() {
                    return Err(data_err(
                        file,
                        line,
                        format!("column {} has no name", i + 1),
                    ));
                }
                if let Some(j) = header[..i].iter().position(|x| x == h) {
                    return Err(data_err(
                        file,
                        line,
                        format!(
                            "column '{h}' appears twice (columns {} and {})",
                            j + 1,
                            i + 1
                        ),
                    ));
                }
            }
            Ok(header)
        }
    }
}

/// A CSV input's header, checked, and how many records follow it; an error for a file that
/// can't be read as a whole (no header, an unterminated quote).
fn check_csv(text: &str, file: &str) -> Result<(Vec<String>, usize)> {
    let mut items = csv_strict::Reader::new(text);
    let fatal = |f: csv_strict::Fatal| fatal_err(file, f);
    let first = items.next().transpose().map_err(fatal)?;
    let header = check_header_item(Ok(first), file, text)?;
    let mut len = 0;
    for item in items {
        item.map_err(fatal)?;
        len += 1;
    }
    Ok((header, len))
}

/// A scalar's text; `None` for `null` and blank strings. Lists and objects are not scalars.
fn scalar(v: &Value) -> std::result::Result<Option<String>, &'static str> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone()).filter(|s| !s.trim().is_empty())),
        Value::Bool(b) => Ok(Some(b.to_string())),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Array(_) => Err("a list"),
        Value::Object(_) => Err("an object"),
    }
}

/// `[{"addonId":"a","quantity":2}]` → `a:2` (the CSV form); a string is taken as that form.
/// An empty list or `null` is `None` (no add-ons).
fn pairs(
    k: &str,
    v: &Value,
    id_key: &str,
    default_qty: bool,
) -> std::result::Result<Option<String>, String> {
    let Value::Array(items) = v else {
        return scalar(v).map_err(|kind| format!("'{k}' must be a list or a string, found {kind}"));
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Object(o) = item else {
            return Err(format!(
                "{k}[{i}] must be an object with '{id_key}' and 'quantity'"
            ));
        };
        // Refused, not ignored, as every unknown key is (`addonID` is a typo, not a comment).
        if let Some(x) = o.keys().find(|x| *x != id_key && *x != "quantity") {
            return Err(format!(
                "{k}[{i}]: unknown key '{x}' (an item has '{id_key}' and 'quantity')"
            ));
        }
        let id = match o.get(id_key).map(scalar) {
            Some(Ok(Some(id))) => id,
            _ => return Err(format!("{k}[{i}] needs '{id_key}'")),
        };
        if id.contains(';') {
            return Err(format!("{k}[{i}]: '{id}' is not a valid id"));
        }
        let qty = match o.get("quantity").map(scalar) {
            Some(Ok(Some(q))) => q,
            None | Some(Ok(None)) if default_qty => "1".to_string(),
            _ => return Err(format!("{k}[{i}] needs a whole-number 'quantity'")),
        };
        if qty.contains([';', ':']) {
            return Err(format!("{k}[{i}]: quantity '{qty}' is not a whole number"));
        }
        out.push(format!("{id}:{qty}"));
    }
    Ok(Some(out.join(";")).filter(|s| !s.is_empty()))
}

fn json_row(v: Value, text: &str, line: u64) -> Row {
    let (fields, problem) = match json_fields(&v) {
        Ok(f) => (f, None),
        Err(p) => (RowFields::default(), Some(p)),
    };
    Row {
        line,
        column: None,
        fields,
        raw: RawRow::Json(v, text.to_string()),
        problem,
    }
}

/// A field's name as rows use it: trimmed, and so is the key of a `metadata.<key>` or
/// `dimensions.<key>` name (`"metadata": {"tier ": …}` is `metadata.tier`, as a CSV header
/// `metadata. tier` is, and as `customer create --metadata 'tier =…'` takes it) — a key with
/// blanks around it would export as a column no import reads back as the same key.
pub(crate) fn field_name(k: &str) -> String {
    let k = k.trim();
    for prefix in ["metadata.", "dimensions."] {
        if let Some(key) = k.strip_prefix(prefix) {
            return format!("{prefix}{}", key.trim());
        }
    }
    k.to_string()
}

fn json_fields(v: &Value) -> std::result::Result<RowFields, String> {
    let Value::Object(m) = v else {
        return Err("each row must be a JSON object".into());
    };
    if let Some(reason) = super::rejects::unfixed(m) {
        return Err(reason);
    }
    let mut fields = RowFields::default();
    // `"metadata.k"` and `"metadata": {"k": …}` name one field: given both, the row is refused
    // rather than one silently winning.
    let mut put = |k: String, v: Option<String>| {
        let k = field_name(&k);
        if fields.insert(k.as_str().into(), v) {
            Ok(())
        } else {
            Err(format!("'{k}' is given twice"))
        }
    };
    for (k, val) in m {
        match (k.as_str(), val) {
            ("metadata" | "dimensions", Value::Object(inner)) => {
                for (ik, iv) in inner {
                    let s = scalar(iv).map_err(|kind| {
                        format!("'{k}.{ik}' must be a string, number or boolean, found {kind}")
                    })?;
                    put(format!("{k}.{ik}"), s)?;
                }
            }
            ("metadata" | "dimensions", Value::Null) => {
                put(k.clone(), None)?;
            }
            ("metadata" | "dimensions", _) => {
                return Err(format!("'{k}' must be an object"));
            }
            ("addons", _) => {
                put(k.clone(), pairs(k, val, "addonId", true)?)?;
            }
            ("quantities", _) => {
                put(k.clone(), pairs(k, val, "featureId", false)?)?;
            }
            _ => {
                let s = scalar(val).map_err(|kind| {
                    format!("'{k}' must be a string, number or boolean, found {kind}")
                })?;
                put(k.clone(), s)?;
            }
        }
    }
    Ok(fields)
}

/// The rejects file: the rejected rows in the input's own format with their reason — CSV with
/// a `reason` column, JSON lines otherwise. A row that could not be split into the header's
/// columns is written with empty cells and its text in the reason.
/// JSON text on one line (for JSON lines): line breaks outside strings are white space, and
/// inside strings JSON has none (they are escaped), so they become spaces.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

pub fn rejects_text(rows: &Rows, rejected: &[(Row, String)]) -> String {
    match rows.format {
        RowFormat::Csv => {
            let header = super::rejects::header_with_reason(&rows.header);
            let records: Vec<Vec<String>> = rejected
                .iter()
                .map(|(row, reason)| {
                    let mut cells = match &row.raw {
                        RawRow::Csv(c) if c.len() == rows.header.len() => {
                            return super::rejects::put_reason(
                                c.clone(),
                                &rows.header,
                                reason.clone(),
                            );
                        }
                        // The cells as CSV again (quoted where they need it), one line.
                        RawRow::Csv(c) => {
                            let mut line = String::new();
                            csv_strict::write_record(&mut line, c);
                            line.trim_end_matches(['\r', '\n']).to_string()
                        }
                        RawRow::Text(t) => t.clone(),
                        RawRow::Json(_, text) => one_line(text),
                    };
                    cells = format!("{reason}; the row was: {cells}");
                    super::rejects::put_reason(
                        vec![String::new(); rows.header.len()],
                        &rows.header,
                        cells,
                    )
                })
                .collect();
            csv_strict::to_text(&header, &records)
        }
        RowFormat::Json | RowFormat::JsonLines => {
            let mut out = String::new();
            for (row, reason) in rejected {
                let v = match &row.raw {
                    // The object as written, with its reason (replacing one it had): numbers
                    // keep their text.
                    RawRow::Json(Value::Object(_), text)
                        if let Some(t) =
                            super::rejects::object_with_reason(one_line(text).trim(), reason) =>
                    {
                        out.push_str(&t);
                        out.push('\n');
                        continue;
                    }
                    // Not an object: its text as written, as for a row that did not parse.
                    RawRow::Json(_, text) => {
                        serde_json::json!({"line": row.line, "text": one_line(text).trim(), "reason": reason})
                    }
                    RawRow::Text(t) => {
                        serde_json::json!({"line": row.line, "text": t, "reason": reason})
                    }
                    RawRow::Csv(c) => {
                        serde_json::json!({"line": row.line, "cells": c, "reason": reason})
                    }
                };
                out.push_str(&v.to_string());
                out.push('\n');
            }
            // A JSON document's rejects are one too (a bare list, which an import reads), so a
            // fixed rejects file re-imports under the input's own kind of name.
            if rows.format == RowFormat::Json {
                let items: Vec<&str> = out.lines().collect();
                return format!("[\n{}\n]\n", items.join(",\n"));
            }
            out
        }
    }
}

/// Rows written one at a time, in the shape imports read: CSV (header first), a JSON document
/// (`{"<collection>": [ … ]}`, one element per line, so that a re-import reports real lines)
/// or JSON lines.
pub struct RowWriter<'w> {
    out: &'w mut dyn std::io::Write,
    format: RowFormat,
    written: usize,
    buf: String,
}

fn write_err(e: std::io::Error) -> Error {
    crate::io::atomic::output_error(&e)
}

impl<'w> RowWriter<'w> {
    pub fn csv(out: &'w mut dyn std::io::Write, header: &[String]) -> Result<Self> {
        let mut w = RowWriter {
            out,
            format: RowFormat::Csv,
            written: 0,
            buf: String::new(),
        };
        w.record(header)?;
        w.written = 0;
        Ok(w)
    }

    pub fn json(
        out: &'w mut dyn std::io::Write,
        format: RowFormat,
        collection: &str,
    ) -> Result<Self> {
        if format == RowFormat::Json {
            writeln!(out, "{{\"{collection}\": [").map_err(write_err)?;
        }
        Ok(RowWriter {
            out,
            format,
            written: 0,
            buf: String::new(),
        })
    }

    pub fn record<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<()> {
        self.buf.clear();
        csv_strict::write_record(&mut self.buf, cells);
        self.written += 1;
        self.out.write_all(self.buf.as_bytes()).map_err(write_err)
    }

    pub fn item(&mut self, item: Map<String, Value>) -> Result<()> {
        let text = Value::Object(item).to_string();
        let sep = match (self.format, self.written) {
            (RowFormat::Json, 0) => "  ",
            (RowFormat::Json, _) => ",\n  ",
            _ => "",
        };
        self.written += 1;
        self.out.write_all(sep.as_bytes()).map_err(write_err)?;
        self.out.write_all(text.as_bytes()).map_err(write_err)?;
        if self.format == RowFormat::JsonLines {
            self.out.write_all(b"\n").map_err(write_err)?;
        }
        Ok(())
    }

    pub fn end(self) -> Result<()> {
        if self.format == RowFormat::Json {
            let close = if self.written > 0 { "\n]}\n" } else { "]}\n" };
            self.out.write_all(close.as_bytes()).map_err(write_err)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(t: &str) -> Result<Rows> {
        parse(t, "f.csv", RowFormat::Csv, "customers")
    }

    /// Read ahead on another thread, the rows are those read in place, in order; a reader
    /// that stops early stops the thread (no hang), whichever chunk it stops in.
    #[test]
    fn rows_read_ahead_are_the_rows_in_order() {
        let mut text = String::from("customerId,name\n");
        for i in 0..1000 {
            text.push_str(&format!("c{i},\"n,{i}\"\n"));
        }
        text.push_str("bad,row,extra\n");
        let rows = csv(&text).unwrap();
        let line = |r: Result<Row>| {
            let r = r.unwrap();
            (r.line, r.fields.get("name").cloned(), r.problem)
        };
        let direct: Vec<_> = rows.iter().map(line).collect();
        let ahead: Vec<_> = std::thread::scope(|s| rows.read_ahead(s).map(line).collect());
        assert_eq!(direct.len(), 1001);
        assert_eq!(ahead, direct);
        for stop in [0, 1, 255, 256, 257, 700] {
            let first = std::thread::scope(|s| rows.read_ahead(s).take(stop).count());
            assert_eq!(first, stop);
        }
        // Rows handed back to the reading thread, all or some, whether or not it is still
        // reading: the same rows, and the scope ends (no thread left waiting).
        for keep in [0, 1, 2] {
            let seen = std::thread::scope(|s| {
                let mut ahead = rows.read_ahead(s);
                let mut seen = Vec::new();
                while let Some(r) = ahead.next() {
                    let r = r.unwrap();
                    seen.push(r.line);
                    if r.line % 3 != keep {
                        ahead.done(r);
                    }
                }
                seen
            });
            assert_eq!(seen, direct.iter().map(|d| d.0).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_field_named_twice_through_nesting_is_a_row_problem() {
        let r = parse(
            "{\"customerId\":\"y\",\"metadata.k\":\"1\",\"metadata\":{\"k\":\"2\"}}\n",
            "f.jsonl",
            RowFormat::JsonLines,
            "customers",
        )
        .unwrap();
        assert_eq!(
            r.all()[0].problem.as_deref(),
            Some("'metadata.k' is given twice")
        );
    }

    /// Metadata keys are trimmed wherever they come from, so a key with blanks around it can
    /// never export as a column that imports back as another key.
    /// A file edited in place (same size, same time) after it was checked: the pass that reads
    /// other bytes ends in an error, so the import stops before it commits.
    #[test]
    fn a_file_edited_in_place_after_its_check_stops_the_pass() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.csv");
        std::fs::write(&path, "customerId,name\nc1,Name 1\nc2,Name 2\n").unwrap();
        let rows = read(&path, "customers").unwrap();
        assert_eq!(rows.iter().filter(|r| r.is_ok()).count(), 2);
        let when = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::write(&path, "customerId,name\nc1,EVIL 1\nc2,Name 2\n").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
        let got: Vec<Result<Row>> = rows.iter().collect();
        assert_eq!(got.len(), 3);
        let e = got[2].as_ref().err().unwrap();
        assert!(
            e.message.contains("changed while it was imported"),
            "{}",
            e.message
        );
    }

    /// A row with the wrong number of cells goes to the rejects file as CSV again (a quoted
    /// cell keeps its quotes), so the row is there as written.
    #[test]
    fn a_ragged_row_is_rejected_as_written() {
        let r = csv("customerId,name,email\nc3,\"Name 3\n x\",c3@x.io,extra\n").unwrap();
        let rows = r.all();
        let text = rejects_text(&r, &[(rows[0].clone(), "bad".into())]);
        let back = csv_strict::Reader::new(&text).nth(1).unwrap().unwrap();
        let csv_strict::Item::Record { cells, .. } = back else {
            panic!("{text}");
        };
        assert_eq!(
            cells[3],
            "bad; the row was: c3,\"Name 3\n x\",c3@x.io,extra"
        );
    }

    #[test]
    fn add_on_and_quantity_items_take_no_other_keys() {
        let t = "{\"subscriptionId\":\"s\",\"addons\":[{\"addonId\":\"a\",\"quantity\":3,\"addonID\":\"b\"}]}\n{\"subscriptionId\":\"s\",\"quantities\":[{\"featureId\":\"seats\",\"quantity\":6,\"x\":1}]}\n{\"subscriptionId\":\"s\",\"addons\":[{\"addonId\":\"a\"}]}\n";
        let rows = parse(t, "f.jsonl", RowFormat::JsonLines, "subscriptions")
            .unwrap()
            .all();
        assert_eq!(
            rows[0].problem.as_deref(),
            Some("addons[0]: unknown key 'addonID' (an item has 'addonId' and 'quantity')")
        );
        assert!(
            rows[1]
                .problem
                .as_deref()
                .unwrap()
                .contains("unknown key 'x'")
        );
        assert_eq!(rows[2].fields.get("addons"), Some(&Some("a:1".to_string())));
    }

    #[test]
    fn metadata_keys_are_trimmed_and_then_unique() {
        let r = csv("customerId, metadata. tier \na,gold\n").unwrap();
        assert_eq!(r.header, ["customerId", "metadata.tier"]);
        let e = csv("customerId,metadata. tier,metadata.tier\n")
            .err()
            .unwrap();
        assert!(
            e.message.contains("'metadata.tier' appears twice"),
            "{}",
            e.message
        );
        let t = "{\"customerId\":\"a\",\"metadata\":{\"tier \":\"gold\"}}\n{\"customerId\":\"b\",\"metadata\":{\"k\":\"1\",\" k\":\"2\"}}\n";
        let rows = parse(t, "f.jsonl", RowFormat::JsonLines, "customers")
            .unwrap()
            .all();
        assert_eq!(
            rows[0].fields.get("metadata.tier"),
            Some(&Some("gold".to_string()))
        );
        assert_eq!(
            rows[1].problem.as_deref(),
            Some("'metadata.k' is given twice")
        );
    }

    #[test]
    fn absent_empty_and_given_cells_differ() {
        let r = csv("customerId,name,email\na,,x@y.z\n").unwrap();
        let f = &r.all()[0].fields;
        assert_eq!(f.get("name"), Some(&None));
        assert_eq!(f.get("email"), Some(&Some("x@y.z".to_string())));
        assert_eq!(f.get("billingId"), None);
    }

    #[test]
    fn csv_header_problems_are_fatal_and_row_problems_are_kept() {
        for (t, want) in [
            ("", "f.csv:1: the file is empty"),
            (" \t \n\n  \n", "f.csv:1: the file is empty"),
            ("  \na,b\n1,2\n", "f.csv:1: the header line is blank"),
            (" , \na\n", "f.csv:1: the header line is blank"),
            ("a,b,a\n", "f.csv:1: column 'a' appears twice"),
            ("a,,b\n", "f.csv:1: column 2 has no name"),
            ("a,b\n\"x,y\n", "f.csv:2:1: unterminated"),
        ] {
            let e = csv(t).err().unwrap_or_else(|| panic!("{t:?} accepted"));
            assert!(e.message.starts_with(want), "{t:?}: {}", e.message);
        }
        let r = csv("a,b\n1\n\"2\"x,3\n4,5\n").unwrap();
        assert_eq!(r.len(), 3);
        assert!(
            r.all()[0]
                .problem
                .as_deref()
                .unwrap()
                .contains("expected 2 columns, found 1")
        );
        assert!(r.all()[1].problem.is_some());
        assert!(r.all()[2].problem.is_none());
        assert!(csv("a,b\n").unwrap().is_empty());
    }

    #[test]
    fn json_rows_are_located_and_checked_one_by_one() {
        let t = "{\"customers\": [\n  {\"customerId\": \"a,[b\",\n   \"metadata\": {\"k\": null}},\n  {\"customerId\": \"c\", \"name\": 1, \"name\": 2},\n  [1]\n]}";
        let r = parse(t, "f.json", RowFormat::Json, "customers").unwrap();
        let lines: Vec<u64> = r.all().iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 4, 5]);
        assert_eq!(r.all()[0].fields.get("metadata.k"), Some(&None));
        assert!(
            r.all()[1]
                .problem
                .as_deref()
                .unwrap()
                .contains("duplicate key 'name'")
        );
        assert!(r.all()[2].problem.is_some());
        let r = parse(
            "{\"a\":1}\nnot json\n\n{\"b\":[1]}\n",
            "f.jsonl",
            RowFormat::JsonLines,
            "customers",
        )
        .unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r.all()[1].line, 2);
        assert!(
            r.all()[1]
                .problem
                .as_deref()
                .unwrap()
                .starts_with("not JSON: ")
        );
        assert_eq!(r.all()[1].at(), "2:2");
        assert!(
            r.all()[2]
                .problem
                .as_deref()
                .unwrap()
                .contains("must be a string")
        );
    }

    #[test]
    fn a_json_document_that_does_not_parse_is_located() {
        let e = |t: &str| {
            parse(t, "f.json", RowFormat::Json, "customers")
                .err()
                .unwrap()
                .message
        };
        assert_eq!(
            e("{\"customers\": [\n {\"customerId\": \"a\"},\n"),
            "f.json:3:1: not JSON: EOF while parsing a value"
        );
        assert_eq!(
            e("{\"customers\": {}}"),
            "f.json:1:14: invalid type: map, expected a sequence"
        );
        assert!(e("[] x").starts_with("f.json:1:4: not JSON: trailing characters"));
    }

    #[test]
    fn pairs_keep_ids_with_colons() {
        let v: Value = serde_json::from_str(r#"{"addons": [{"addonId": "a:x", "quantity": 2}, {"addonId": "b"}], "quantities": []}"#).unwrap();
        let f = json_fields(&v).unwrap();
        assert_eq!(f.get("addons").unwrap().as_deref(), Some("a:x:2;b:1"));
        assert_eq!(f.get("quantities"), Some(&None));
        let v: Value = serde_json::from_str(r#"{"quantities": [{"featureId": "s"}]}"#).unwrap();
        assert!(json_fields(&v).is_err());
    }
}

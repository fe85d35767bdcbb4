//! Rows read one at a time from a file of any size (constant memory): CSV through the strict
//! tokenizer, one logical record at a time (a record spans lines only inside quotes), and JSON
//! lines one line at a time. Each row keeps its line and its text for a rejects file.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};
use crate::io::csv_strict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    Csv,
    JsonLines,
}

/// A row's fields: names shared by every row of a CSV file (no copies per row), cells as read;
/// an empty cell is absent.
#[derive(Debug, Clone)]
pub struct Fields {
    names: std::sync::Arc<Vec<String>>,
    cells: Vec<String>,
}

impl Fields {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The present (non-empty) fields, in column order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.names
            .iter()
            .zip(&self.cells)
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .filter(|(_, v)| !v.trim().is_empty())
    }
}

/// One row: its fields, or why it could not be read.
#[derive(Debug, Clone)]
pub struct StreamRow {
    pub line: u64,
    /// Where in the line a row that could not be read goes wrong (quotes, JSON syntax).
    pub column: Option<u64>,
    pub fields: std::result::Result<Fields, String>,
    /// The row as written.
    pub text: String,
    /// Whether the row is one whole record — a CSV record of the header's width, a JSON object
    /// — whatever its fields are worth: a rejects file repeats such a row with its reason (the
    /// others go as text).
    pub whole: bool,
}

/// What tells a file changed: its length, its time of change, and (on Unix) its inode's
/// change time — which a rewrite in place that puts the old time of change back still moves.
#[derive(PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    changed: (i64, i64),
}

impl Stamp {
    fn of(m: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let changed = {
            use std::os::unix::fs::MetadataExt;
            (m.ctime(), m.ctime_nsec())
        };
        #[cfg(not(unix))]
        let changed = (0, 0);
        Stamp {
            len: m.len(),
            modified: m.modified().ok(),
            changed,
        }
    }
}

pub struct RowStream {
    reader: Box<dyn BufRead + Send>,
    pub format: StreamFormat,
    pub header: Vec<String>,
    names: std::sync::Arc<Vec<String>>,
    line: u64,
    file: String,
    /// A regular file as it was opened (a handle on it and its stamp), and the bytes read from
    /// it: at its end, what was read must be the whole file, unchanged.
    opened: Option<(std::fs::File, Stamp)>,
    consumed: u64,
    done: bool,
}

pub(crate) fn io_err(file: &str, e: &std::io::Error) -> Error {
    Error::new(
        ErrorKind::NoInput,
        "InputNotReadable",
        format!("cannot read {file}: {e}"),
    )
}

/// Whether a CSV record's text ends inside a quoted cell (so it continues on the next line). A
/// quote opens a quoted cell only at the start of a cell: one inside an unquoted cell (`c"3`) is
/// text, left for the row's own parse to refuse, and never swallows the next line.
fn ends_inside_quotes(rec: &[u8]) -> bool {
    let (mut quoted, mut cell_start) = (false, true);
    let mut i = 0;
    while i < rec.len() {
        let b = rec[i];
        if quoted {
            if b == b'"' {
                if rec.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && cell_start {
            quoted = true;
        } else {
            cell_start = b == b',' || b == b'\n';
            i += 1;
            continue;
        }
        cell_start = false;
        i += 1;
    }
    quoted
}

impl RowStream {
    /// Opens `path`; a CSV file's header is read at once (and checked: no empty or repeated
    /// names).
    pub fn open(path: &Path) -> Result<RowStream> {
        let file = path.display().to_string();
        let f = std::fs::File::open(path).map_err(|e| io_err(&file, &e))?;
        let opened = match f.metadata() {
            Ok(m) if m.is_file() => f.try_clone().ok().map(|h| (h, Stamp::of(&m))),
            _ => None,
        };
        let mut reader = std::io::BufReader::with_capacity(1 << 16, f);
        // The start of the file, peeked (not consumed), tells a file not named for its format.
        let head = std::io::BufRead::fill_buf(&mut reader).map_err(|e| io_err(&file, &e))?;
        let format = match crate::io::rows::detect(path, head) {
            crate::io::rows::RowFormat::Csv => StreamFormat::Csv,
            _ => StreamFormat::JsonLines,
        };
        let mut s = RowStream {
            reader: Box::new(reader),
            format,
            header: vec![],
            names: std::sync::Arc::new(vec![]),
            line: 0,
            file,
            done: false,
            opened,
            consumed: 0,
        };
        if format == StreamFormat::Csv {
            let Some((line, text)) = s.logical_record()? else {
                return Err(Error::data(format!("{}:1: the file is empty", s.file)));
            };
            match csv_strict::Reader::new(&text).next() {
                Some(Ok(csv_strict::Item::Record { cells, .. }))
                    if cells.iter().all(|c| c.trim().is_empty()) =>
                {
                    // Only blanks: a blank file reads as empty (what follows is peeked).
                    let rest = std::io::BufRead::fill_buf(&mut s.reader)
                        .map_err(|e| io_err(&s.file, &e))?;
                    let rest = String::from_utf8_lossy(rest);
                    return Err(Error::data(format!(
                        "{}:{line}: {}",
                        s.file,
                        crate::io::rows::blank_header(&rest)
                    )));
                }
                Some(Ok(csv_strict::Item::Record { cells, .. })) => {
                    let mut seen = std::collections::BTreeSet::new();
                    // Named as rows name fields: trimmed, and so is a `dimensions.<key>`'s
                    // key (`dimensions. a` is `dimensions.a`).
                    let names: Vec<String> = cells
                        .iter()
                        .map(|c| crate::io::rows::field_name(c))
                        .collect();
                    for c in &names {
                        if c.is_empty() {
                            return Err(Error::data(format!(
                                "{}:{line}: a column has no name",
                                s.file
                            )));
                        }
                        if !seen.insert(c) {
                            return Err(Error::data(format!(
                                "{}:{line}: column '{c}' is named twice",
                                s.file
                            )));
                        }
                    }
                    s.header = names;
                    s.names = std::sync::Arc::new(s.header.clone());
                }
                Some(Ok(csv_strict::Item::Bad {
                    message, column, ..
                })) => {
                    return Err(Error::data(format!(
                        "{}:{line}:{column}: {message}",
                        s.file
                    )));
                }
                Some(Err(f)) => {
                    return Err(Error::data(format!(
                        "{}:{}: {}",
                        s.file,
                        line + f.line - 1,
                        f.message
                    )));
                }
                None => return Err(Error::data(format!("{}:1: the file is empty", s.file))),
            }
        }
        Ok(s)
    }

    /// The end of the rows: a file that changed while it was read (cut short, rewritten, grown)
    /// stops the import — rows read before a cut at a line's end would look like a whole file.
    fn end(&mut self) -> Result<Option<StreamRow>> {
        self.done = true;
        if let Some((f, stamp)) = &self.opened {
            let now = f.metadata().map_err(|e| io_err(&self.file, &e))?;
            if Stamp::of(&now) != *stamp || self.consumed != stamp.len {
                return Err(Error::new(
                    ErrorKind::NoInput,
                    "InputNotReadable",
                    format!(
                        "{} changed while it was imported; nothing was imported",
                        self.file
                    ),
                ));
            }
        }
        Ok(None)
    }

    fn read_line(&mut self, buf: &mut Vec<u8>) -> Result<bool> {
        buf.clear();
        let n = self
            .reader
            .read_until(b'\n', buf)
            .map_err(|e| io_err(&self.file, &e))?;
        if n == 0 {
            return Ok(false);
        }
        self.consumed += n as u64;
        self.line += 1;
        if self.line == 1 && (buf.starts_with(b"\xFF\xFE") || buf.starts_with(b"\xFE\xFF")) {
            return Err(Error::data(format!(
                "{}:1:1: the file is UTF-16 text; save it as UTF-8",
                self.file
            )));
        }
        if self.line == 1 && buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
            buf.drain(..3);
        }
        Ok(true)
    }

    fn to_text(&self, line: u64, bytes: Vec<u8>) -> Result<String> {
        // Said as every reader says it: `file:line:column`, the byte, what to do.
        String::from_utf8(bytes)
            .map_err(|e| crate::io::text::not_utf8(&self.file, line, e.as_bytes(), e.utf8_error()))
    }

    /// The next CSV record's text (lines joined while a quote is open) and its first line.
    fn logical_record(&mut self) -> Result<Option<(u64, String)>> {
        let mut buf = Vec::new();
        loop {
            if !self.read_line(&mut buf)? {
                return Ok(None);
            }
            if buf.iter().all(|b| *b == b'\n' || *b == b'\r') {
                continue;
            }
            break;
        }
        let first = self.line;
        let mut rec = std::mem::take(&mut buf);
        while ends_inside_quotes(&rec) {
            if !self.read_line(&mut buf)? {
                // Where the quote that never closes was opened.
                let text = String::from_utf8_lossy(&rec);
                let at = match csv_strict::Reader::new(&text).next() {
                    Some(Err(f)) => format!("{}:{}", first + f.line.max(1) - 1, f.column.max(1)),
                    _ => first.to_string(),
                };
                return Err(Error::data(format!(
                    "{}:{at}: a quote opened here is never closed",
                    self.file
                )));
            }
            rec.extend_from_slice(&buf);
        }
        Ok(Some((first, self.to_text(first, rec)?)))
    }

    /// The next row, or None at the end. Storage-level read errors (and invalid UTF-8, which
    /// leaves no way to find the next row) stop the stream.
    pub fn next_row(&mut self) -> Result<Option<StreamRow>> {
        if self.done {
            return Ok(None);
        }
        match self.format {
            StreamFormat::Csv => {
                let Some((line, text)) = self.logical_record()? else {
                    return self.end();
                };
                let (mut line, mut column) = (line, None);
                // A rejects row never fixed: a whole record, rejected for its own reason.
                let mut unfixed = false;
                let fields = match csv_strict::Reader::new(&text).next() {
                    Some(Ok(csv_strict::Item::Record { cells, .. })) => {
                        if cells.len() != self.header.len() {
                            Err(format!(
                                "expected {} columns, found {}",
                                self.header.len(),
                                cells.len()
                            ))
                        } else if let Some(reason) =
                            super::rejects::unfixed_cells(&self.header, &cells)
                        {
                            unfixed = true;
                            Err(reason)
                        } else {
                            Ok(Fields {
                                names: std::sync::Arc::clone(&self.names),
                                cells,
                            })
                        }
                    }
                    Some(Ok(csv_strict::Item::Bad {
                        message,
                        line: at,
                        column: col,
                        ..
                    })) => {
                        // Lines of a quoted record count from its first.
                        line += at.max(1) - 1;
                        column = Some(col.max(1));
                        Err(message)
                    }
                    Some(Err(f)) => {
                        line += f.line.max(1) - 1;
                        column = Some(f.column.max(1));
                        Err(f.message)
                    }
                    None => Err("an empty record".to_string()),
                };
                // A file cut short inside its last value would read as complete.
                let fields = match fields {
                    Ok(_) if !text.ends_with('\n') => Err(csv_strict::NO_LINE_END.to_string()),
                    other => other,
                };
                let mut text = text;
                let kept = text.trim_end_matches(['\r', '\n']).len();
                text.truncate(kept);
                Ok(Some(StreamRow {
                    line,
                    column,
                    whole: fields.is_ok() || unfixed,
                    fields,
                    text,
                }))
            }
            StreamFormat::JsonLines => {
                let mut buf = Vec::new();
                loop {
                    if !self.read_line(&mut buf)? {
                        return self.end();
                    }
                    if !buf.iter().all(|b| b.is_ascii_whitespace()) {
                        break;
                    }
                }
                let line = self.line;
                let text = self.to_text(line, std::mem::take(&mut buf))?;
                let text = text.trim_end_matches(['\r', '\n']).to_string();
                let mut column = None;
                let mut whole = false;
                let fields = match crate::io::json_strict::parse_value(&text) {
                    Ok(serde_json::Value::Object(m)) => {
                        whole = true;
                        match super::rejects::unfixed(&m) {
                            Some(reason) => Err(reason),
                            None => flat(&m),
                        }
                    }
                    Ok(_) => Err("each row must be a JSON object".to_string()),
                    Err(e) => {
                        column = Some(e.column.max(1));
                        Err(if e.syntax {
                            format!("not JSON: {}", e.message)
                        } else {
                            e.message
                        })
                    }
                };
                Ok(Some(StreamRow {
                    line,
                    column,
                    fields,
                    text,
                    whole,
                }))
            }
        }
    }
}

/// A JSON row as flat text fields: `dimensions` becomes `dimensions.<key>`; null = absent.
fn flat(m: &serde_json::Map<String, serde_json::Value>) -> std::result::Result<Fields, String> {
    use serde_json::Value as J;
    let text = |k: &str, v: &J| -> std::result::Result<Option<String>, String> {
        match v {
            J::Null => Ok(None),
            J::String(s) => Ok(Some(s.clone())),
            J::Bool(b) => Ok(Some(b.to_string())),
            J::Number(n) => Ok(Some(n.to_string())),
            _ => Err(format!("'{k}' must be a string, number or boolean")),
        }
    };
    let mut out = BTreeMap::new();
    // `"dimensions.k"` and `"dimensions": {"k": …}` name one field: both given is refused,
    // never one silently winning.
    let mut put = |k: String, s: String| match out.insert(k.clone(), s) {
        None => Ok(()),
        Some(_) => Err(format!("'{k}' is given twice")),
    };
    for (k, v) in m {
        if k == "dimensions" {
            match v {
                J::Object(d) => {
                    for (dk, dv) in d {
                        // (As `rows::field_name` names it: the key trimmed.)
                        let name = format!("dimensions.{}", dk.trim());
                        if let Some(s) = text(&name, dv)? {
                            put(name, s)?;
                        }
                    }
                }
                J::Null => {}
                _ => return Err("'dimensions' must be an object".to_string()),
            }
        } else if let Some(s) = text(k, v)? {
            put(crate::io::rows::field_name(k), s)?;
        }
    }
    let (names, cells) = out.into_iter().unzip();
    Ok(Fields {
        names: std::sync::Arc::new(names),
        cells,
    })
}

#[cfg(test)]
mod tests {
    use super::RowStream;

    /// Reads every row of `path`, changing the file with `change` after the first one.
    fn read_changing(path: &std::path::Path, change: impl FnOnce()) -> crate::error::Result<u64> {
        let mut s = RowStream::open(path)?;
        let mut rows = 0;
        let mut change = Some(change);
        while s.next_row()?.is_some() {
            rows += 1;
            if let Some(c) = change.take() {
                c();
            }
        }
        Ok(rows)
    }

    #[test]
    fn a_file_that_changes_while_it_is_read_stops_at_its_end() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("u.csv");
        let text = "customerId,featureId,value\na,f,1\nb,f,2\nc,f,3\n";
        std::fs::write(&p, text).unwrap();
        assert_eq!(read_changing(&p, || {}).unwrap(), 3);
        // Cut at a line's end: the rows read before (buffered) would look like a whole file.
        let cut = || std::fs::write(&p, "customerId,featureId,value\na,f,1\n").unwrap();
        std::fs::write(&p, text).unwrap();
        let e = read_changing(&p, cut).unwrap_err();
        assert!(e.message.contains("changed while it was imported"), "{e:?}");
        // Grown: rows appended while it is read.
        std::fs::write(&p, text).unwrap();
        let grow = || {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new().append(true).open(&p).unwrap();
            f.write_all(b"d,f,4\n").unwrap();
        };
        assert!(read_changing(&p, grow).is_err());
        // Rewritten in place at the same size, its time of change put back: its inode's
        // change time still tells.
        std::fs::write(&p, text).unwrap();
        let modified = std::fs::metadata(&p).unwrap().modified().unwrap();
        let same_size = || {
            use std::io::{Seek, Write};
            // (Past the clock tick file times are taken at.)
            std::thread::sleep(std::time::Duration::from_millis(30));
            let mut f = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
            f.seek(std::io::SeekFrom::Start(27)).unwrap();
            f.write_all(b"z").unwrap();
            f.set_modified(modified).unwrap();
        };
        assert!(read_changing(&p, same_size).is_err());
        // JSON lines alike.
        let j = dir.path().join("u.jsonl");
        std::fs::write(&j, "{\"a\":1}\n{\"a\":2}\n").unwrap();
        let cut = || std::fs::write(&j, "{\"a\":1}\n").unwrap();
        assert!(read_changing(&j, cut).is_err());
    }
}

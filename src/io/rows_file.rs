//! The rows of a CSV or JSON lines file read from the file as they are asked for (customer and
//! subscription imports): nothing but the record at hand is held, so memory does not grow with
//! the file. The records are exactly those the in-memory readers find in the same text (a
//! property test holds the two to the same rows and errors): CSV is parsed by the same strict
//! tokenizer, fed whole physical lines until what it has read ends outside a quote.

use std::io::BufRead;
use std::path::Path;

use crate::error::{Error, Result};
use crate::io::csv_strict;

/// A CSV item or a JSON line, with its absolute line.
pub(crate) enum Record {
    Csv(std::result::Result<csv_strict::Item, csv_strict::Fatal>),
    /// A non-blank line of a JSON lines file (without its line break) and its number.
    Json(u64, String),
}

pub(crate) struct Records {
    reader: std::io::BufReader<std::fs::File>,
    file: String,
    csv: bool,
    /// Lines read so far.
    line: u64,
    /// CSV items parsed but not handed out yet.
    pending: std::collections::VecDeque<Record>,
    /// The bytes of the line being read, and the text of the record: reused.
    buf: Vec<u8>,
    text: String,
    /// The last physical line read ends without a line break and holds more than blanks.
    pub unterminated: bool,
    /// Some line read holds more than blanks.
    pub nonblank: bool,
    /// A digest of every byte read (each line hashed, the hashes folded in order): a pass that reads other bytes than the
    /// check did read another file, even one of the same size and time.
    pub digest: u64,
    done: bool,
}

use crate::io::stream::io_err;

impl Records {
    pub fn open(path: &Path, file: &str, csv: bool) -> Result<Records> {
        let f = std::fs::File::open(path).map_err(|e| io_err(file, &e))?;
        Ok(Records {
            reader: std::io::BufReader::with_capacity(1 << 16, f),
            file: file.to_string(),
            csv,
            line: 0,
            pending: Default::default(),
            buf: Vec::new(),
            text: String::new(),
            unterminated: false,
            nonblank: false,
            digest: 0xcbf2_9ce4_8422_2325,
            done: false,
        })
    }

    /// Appends the next physical line (with its line break) to `out`, false at the end: the
    /// file's encoding checked as [`crate::io::text::decode`] checks a whole file (UTF-16
    /// refused, a byte-order mark dropped, a bad byte reported at its line and column).
    fn physical_line(&mut self, out: &mut String) -> Result<bool> {
        self.buf.clear();
        let n = self
            .reader
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| io_err(&self.file, &e))?;
        if n == 0 {
            return Ok(false);
        }
        self.line += 1;
        // Line by line (a hash of each line folded in), not a byte at a time: the read is on
        // the import's path.
        let line = std::hash::BuildHasher::hash_one(
            &foldhash::quality::FixedState::with_seed(0),
            &self.buf[..],
        );
        self.digest = (self.digest.rotate_left(23) ^ line).wrapping_mul(0x0100_0000_01b3);
        let mut bytes = &self.buf[..];
        if self.line == 1 {
            if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
                return Err(Error::data(format!(
                    "{}:1:1: the file is UTF-16 text; save it as UTF-8",
                    self.file
                )));
            }
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|e| crate::io::text::not_utf8(&self.file, self.line, bytes, e))?;
        let blank = text.trim().is_empty();
        self.nonblank |= !blank;
        self.unterminated = !text.ends_with('\n') && !blank;
        out.push_str(text);
        Ok(true)
    }

    /// Parses physical lines until the text read ends outside a quoted cell (or the file ends),
    /// queueing its items with their absolute lines. (A record spanning n lines is parsed n
    /// times over: quoted cells of many lines are rare, and the tokenizer alone decides where
    /// a record ends, as it does for a whole text.)
    fn fill_csv(&mut self) -> Result<()> {
        let first = self.line + 1;
        let mut text = std::mem::take(&mut self.text);
        text.clear();
        let items = loop {
            if !self.physical_line(&mut text)? {
                self.done = true;
                break csv_strict::Reader::new(&text).collect::<Vec<_>>();
            }
            let items: Vec<_> = csv_strict::Reader::new(&text).collect();
            // A quote still open at the end of what was read: the record goes on.
            if !items.iter().any(|i| i.is_err()) {
                break items;
            }
        };
        let shift = |line: u64| line + first - 1;
        for item in items {
            let item = match item {
                Ok(csv_strict::Item::Record { line, cells }) => Ok(csv_strict::Item::Record {
                    line: shift(line),
                    cells,
                }),
                Ok(csv_strict::Item::Bad {
                    line,
                    column,
                    message,
                    raw,
                }) => Ok(csv_strict::Item::Bad {
                    line: shift(line),
                    column,
                    message,
                    raw,
                }),
                Err(f) => Err(csv_strict::Fatal {
                    line: shift(f.line),
                    ..f
                }),
            };
            self.pending.push_back(Record::Csv(item));
        }
        self.text = text;
        Ok(())
    }

    pub fn next(&mut self) -> Result<Option<Record>> {
        loop {
            if let Some(r) = self.pending.pop_front() {
                return Ok(Some(r));
            }
            if self.done {
                return Ok(None);
            }
            if self.csv {
                self.fill_csv()?;
                continue;
            }
            let mut l = std::mem::take(&mut self.text);
            l.clear();
            if !self.physical_line(&mut l)? {
                self.done = true;
                return Ok(None);
            }
            let t = l.strip_suffix('\n').unwrap_or(&l);
            let t = t.strip_suffix('\r').unwrap_or(t);
            let row = (!t.trim().is_empty()).then(|| Record::Json(self.line, t.to_string()));
            self.text = l;
            if row.is_some() {
                return Ok(row);
            }
        }
    }
}

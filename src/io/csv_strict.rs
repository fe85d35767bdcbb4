//! CSV read and written strictly as RFC 4180 describes it. The `csv` crate reads leniently
//! (`"c3"x` becomes `c3x`, an unterminated quote swallows the rest of the file), which turns
//! typing mistakes into silently wrong data; this tokenizer refuses them instead.
//!
//! Rules: cells are separated by `,`, records end with LF or CRLF; a cell is either quoted
//! (`"…"`, a quote inside doubled as `""`, may span lines) or unquoted (no `"` and no CR
//! inside). After a closing quote only `,` or the end of the record may follow. Blank lines are
//! skipped. A malformed record is reported with its line and skipped up to the end of its
//! physical line, so the next records can still be read; an unterminated quote is fatal,
//! since everything after it would be read as one cell.

/// Why the last record of a file without a line break at its end is refused: a file cut short
/// inside its last value would otherwise read as complete (`…,1087` cut to `…,10`).
pub const NO_LINE_END: &str = "the last record has no line break after it: was the file cut short? (end every record with a line break)";

/// One record as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Record {
        line: u64,
        cells: Vec<String>,
    },
    /// A malformed record: where the problem is, what it is, and the text of the record.
    Bad {
        line: u64,
        column: u64,
        message: String,
        raw: String,
    },
}

/// A problem that makes the rest of the file unreadable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fatal {
    pub line: u64,
    pub column: u64,
    pub message: String,
}

pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    line: u64,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            pos: 0,
            line: 1,
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn column_of(&self, pos: usize) -> u64 {
        let start = self.text[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
        self.text[start..pos].chars().count() as u64 + 1
    }

    /// Skips to the start of the next physical line; returns the record's text.
    fn skip_line(&mut self, start: usize) -> String {
        while let Some(c) = self.bump() {
            if c == '\n' {
                break;
            }
        }
        self.text[start..self.pos]
            .trim_end_matches(['\n', '\r'])
            .to_string()
    }

    fn bad(&mut self, start: usize, message: &str) -> Item {
        let line = self.line;
        let column = self.column_of(self.pos);
        let raw = self.skip_line(start);
        Item::Bad {
            line,
            column,
            message: message.to_string(),
            raw,
        }
    }

    /// At the end of a record: LF, CRLF or the end of the text. Consumes it.
    fn at_record_end(&mut self) -> Option<bool> {
        match self.peek() {
            None => Some(true),
            Some('\n') => {
                self.bump();
                Some(true)
            }
            Some('\r') if self.text[self.pos + 1..].starts_with('\n') => {
                self.bump();
                self.bump();
                Some(true)
            }
            Some('\r') => None,
            Some(_) => Some(false),
        }
    }

    fn record(&mut self) -> Result<Item, Fatal> {
        let start = self.pos;
        let line = self.line;
        let mut cells = Vec::new();
        loop {
            let mut cell = String::new();
            if self.peek() == Some('"') {
                let (open_line, open_col) = (self.line, self.column_of(self.pos));
                self.bump();
                loop {
                    match self.bump() {
                        None => {
                            return Err(Fatal {
                                line: open_line,
                                column: open_col,
                                message: "unterminated quoted cell: the quote opened here is never closed".into(),
                            });
                        }
                        Some('"') if self.peek() == Some('"') => {
                            self.bump();
                            cell.push('"');
                        }
                        Some('"') => break,
                        Some(c) => cell.push(c),
                    }
                }
                match self.at_record_end() {
                    Some(true) => {
                        cells.push(cell);
                        return Ok(Item::Record { line, cells });
                    }
                    Some(false) if self.peek() == Some(',') => {
                        self.bump();
                        cells.push(cell);
                        continue;
                    }
                    _ => {
                        let what = describe(self.peek());
                        return Ok(self.bad(
                            start,
                            &format!(
                                "{what} after the closing quote of a cell (quote the whole cell and double any quote inside it)"
                            ),
                        ));
                    }
                }
            }
            loop {
                // Fast path: the run of ordinary characters up to the next delimiter, quote or
                // line end is taken at once (no newline inside it, so the line is unchanged).
                let rest = &self.text[self.pos..];
                let run = rest.find([',', '\n', '\r', '"']).unwrap_or(rest.len());
                if run > 0 {
                    cell.push_str(&rest[..run]);
                    self.pos += run;
                }
                match self.at_record_end() {
                    Some(true) => {
                        cells.push(cell);
                        return Ok(Item::Record { line, cells });
                    }
                    None => {
                        return Ok(self.bad(
                            start,
                            "a carriage return not followed by a line feed (lines must end with LF or CRLF)",
                        ));
                    }
                    Some(false) => {}
                }
                match self.peek() {
                    Some(',') => {
                        self.bump();
                        cells.push(std::mem::take(&mut cell));
                        break;
                    }
                    Some('"') => {
                        return Ok(self.bad(
                            start,
                            "a quote inside an unquoted cell (quote the whole cell and double any quote inside it)",
                        ));
                    }
                    _ => {
                        if let Some(c) = self.bump() {
                            cell.push(c);
                        }
                    }
                }
            }
        }
    }
}

fn describe(c: Option<char>) -> String {
    match c {
        Some('\r') => "a carriage return".into(),
        Some(c) if c.is_control() => format!("character U+{:04X}", c as u32),
        Some(c) => format!("'{c}'"),
        None => "the end of the file".into(),
    }
}

impl Iterator for Reader<'_> {
    type Item = Result<Item, Fatal>;

    fn next(&mut self) -> Option<Self::Item> {
        // Blank lines (LF or CRLF alone) separate nothing and are skipped.
        loop {
            let rest = &self.text[self.pos..];
            if rest.starts_with('\n') {
                self.bump();
            } else if rest.starts_with("\r\n") {
                self.bump();
                self.bump();
            } else {
                break;
            }
        }
        if self.pos >= self.text.len() {
            return None;
        }
        let r = self.record();
        if r.is_err() {
            self.pos = self.text.len();
        }
        Some(r)
    }
}

/// Whether a cell must be quoted: separators, quotes, line breaks and every other control
/// character (so that a reader never sees a raw ESC or NUL outside quotes), and surrounding
/// spaces (which some readers trim).
fn needs_quotes(cell: &str) -> bool {
    cell.chars().any(|c| c == ',' || c == '"' || c.is_control())
        || cell.starts_with(char::is_whitespace)
        || cell.ends_with(char::is_whitespace)
}

/// Appends one record, LF-terminated. A record of one empty cell is written `""` so that it is
/// not a blank line.
pub fn write_record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, c) in cells.iter().enumerate() {
        let c = c.as_ref();
        if i > 0 {
            out.push(',');
        }
        if needs_quotes(c) || (cells.len() == 1 && c.is_empty()) {
            out.push('"');
            out.push_str(&c.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(c);
        }
    }
    out.push('\n');
}

/// A header and records as CSV text.
pub fn to_text<H: AsRef<str>, C: AsRef<str>>(header: &[H], records: &[Vec<C>]) -> String {
    let mut out = String::new();
    write_record(&mut out, header);
    for r in records {
        write_record(&mut out, r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Result<Vec<Item>, Fatal> {
        Reader::new(t).collect()
    }

    fn rec(line: u64, cells: &[&str]) -> Item {
        Item::Record {
            line,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn reads_quoted_cells_line_breaks_and_crlf() {
        let items = read("a,b\r\n\"x,\"\"y\"\"\",\"multi\nline\"\n\nc,\n\"\",d").unwrap();
        assert_eq!(
            items,
            vec![
                rec(1, &["a", "b"]),
                rec(2, &["x,\"y\"", "multi\nline"]),
                rec(5, &["c", ""]),
                rec(6, &["", "d"]),
            ]
        );
    }

    #[test]
    fn text_after_a_closing_quote_is_a_bad_record_and_reading_goes_on() {
        let items = read("id,n\n\"c3\"x,y\nc4,z\n").unwrap();
        assert!(
            matches!(&items[1], Item::Bad { line: 2, column: 5, message, raw } if message.contains("after the closing quote") && raw == "\"c3\"x,y"),
            "{items:?}"
        );
        assert_eq!(items[2], rec(3, &["c4", "z"]));
        let items = read("a\"b,c\nd,e\n").unwrap();
        assert!(
            matches!(&items[0], Item::Bad { line: 1, column: 2, message, .. } if message.contains("quote inside an unquoted"))
        );
        assert_eq!(items[1], rec(2, &["d", "e"]));
        let items = read("a\rb\nc\n").unwrap();
        assert!(
            matches!(&items[0], Item::Bad { message, .. } if message.contains("carriage return"))
        );
    }

    #[test]
    fn an_unterminated_quote_is_fatal_at_the_line_it_opens() {
        let e = read("id,name\nc1,x\n\"c3,x\nc4,y\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, 1));
        assert!(e.message.contains("unterminated"));
    }

    #[test]
    fn writing_quotes_what_a_reader_could_misread() {
        let mut s = String::new();
        write_record(
            &mut s,
            &["a", "b,c", "q\"", "esc\u{1b}[31m", "nul\0", " pad", ""],
        );
        assert_eq!(
            s,
            "a,\"b,c\",\"q\"\"\",\"esc\u{1b}[31m\",\"nul\0\",\" pad\",\n"
        );
        let mut s = String::new();
        write_record(&mut s, &[""]);
        assert_eq!(s, "\"\"\n");
        let back = read(&to_text(&["h"], &[vec!["x\r\ny"], vec![""]])).unwrap();
        assert_eq!(
            back,
            vec![rec(1, &["h"]), rec(2, &["x\r\ny"]), rec(4, &[""])]
        );
    }
}

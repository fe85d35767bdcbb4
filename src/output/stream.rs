//! A list printed as its items come, one held at a time, exactly as [`super::Printer::print`]
//! prints a [`super::views::ListView`] of them all: the event log of a large import (millions of
//! events) is never held whole. A table needs every row's width: it holds the rows' cells only
//! (not the items).

use serde::Serialize;
use std::io::Write;

use super::{Format, Tabular, broken_pipe, to_yaml, write_table};
use crate::error::{Error, ErrorKind, Result};

pub struct ListStream<T, W: Write> {
    format: Format,
    out: W,
    row: fn(&T) -> Vec<String>,
    count: usize,
    /// Table format: the rows' cells, rendered at the end.
    table: Tabular,
    /// CSV: the columns, the first item's JSON fields (see `super::json_csv`).
    columns: Vec<String>,
}

impl<T: Serialize, W: Write> ListStream<T, W> {
    /// Writes nothing yet (see [`ListStream::push`]).
    pub fn new(
        format: Format,
        out: W,
        headers: &'static [&'static str],
        row: fn(&T) -> Vec<String>,
    ) -> Self {
        ListStream {
            format,
            out,
            row,
            count: 0,
            table: Tabular::new(headers),
            columns: Vec::new(),
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(output_error)
    }

    pub fn push(&mut self, item: &T) -> Result<()> {
        let first = self.count == 0;
        self.count += 1;
        match self.format {
            Format::Json => {
                // As the whole array's pretty form: each element on its own lines, indented by
                // two (a JSON string holds no raw line break, so indenting lines is exact).
                let text = serde_json::to_string_pretty(item)?;
                let mut chunk = String::with_capacity(text.len() + 64);
                chunk.push_str(if first { "[\n" } else { ",\n" });
                for (k, line) in text.split('\n').enumerate() {
                    if k > 0 {
                        chunk.push('\n');
                    }
                    chunk.push_str("  ");
                    chunk.push_str(line);
                }
                self.write(chunk.as_bytes())
            }
            Format::JsonLines => {
                let mut line = serde_json::to_string(item)?;
                line.push('\n');
                self.write(line.as_bytes())
            }
            Format::Yaml => {
                // A one-item sequence is the whole sequence's entry for it.
                let text = to_yaml(&serde_json::Value::Array(vec![serde_json::to_value(item)?]))?;
                self.write(text.as_bytes())
            }
            Format::Csv => {
                // As `super::json_csv` writes the whole list: the first item's fields are the
                // columns (nothing is written before it: a command that fails before it has
                // found anything prints nothing).
                let record = serde_json::to_value(item)?;
                let mut line = String::new();
                if first {
                    self.columns = super::csv_columns(&record);
                    crate::io::csv_strict::write_record(&mut line, &self.columns);
                }
                crate::io::csv_strict::write_record(
                    &mut line,
                    &super::csv_cells(&record, &self.columns),
                );
                self.write(line.as_bytes())
            }
            Format::Table => {
                self.table.row((self.row)(item));
                Ok(())
            }
        }
    }

    pub fn finish(mut self) -> Result<()> {
        match self.format {
            Format::Json => {
                let end = if self.count == 0 { "[]\n" } else { "\n]\n" };
                self.write(end.as_bytes())?;
            }
            Format::Yaml if self.count == 0 => {
                let text = to_yaml(&serde_json::Value::Array(Vec::new()))?;
                self.write(text.as_bytes())?;
            }
            Format::Table => {
                write_table(&self.table, &mut self.out).map_err(output_error)?;
            }
            _ => {}
        }
        self.out.flush().map_err(output_error)
    }
}

/// Stdout closed (`| head`) is a quiet end; any other failure to write is an I/O error.
pub fn output_error(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        broken_pipe()
    } else {
        Error::new(
            ErrorKind::IoErr,
            "OutputError",
            format!("cannot write output: {e}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMATS: [Format; 5] = [
        Format::Json,
        Format::JsonLines,
        Format::Yaml,
        Format::Csv,
        Format::Table,
    ];
    use crate::output::views::ListView;
    use crate::output::{ColorChoice, Printer};
    use serde_json::json;

    fn row(v: &serde_json::Value) -> Vec<String> {
        vec![
            v["id"].to_string(),
            v["text"].as_str().unwrap_or("").to_string(),
        ]
    }

    /// Streamed, a list prints byte for byte as the whole list printed at once, in every
    /// format, empty or not, whatever its strings hold.
    #[test]
    fn a_streamed_list_prints_as_the_whole_list() {
        let items = [
            json!({"id": 1, "text": "plain", "nested": {"a": [1, 2, {"b": null}], "c": {}}}),
            json!({"id": 2, "text": "line\nbreak, \"quoted\" and ✦", "nested": []}),
            json!({"id": 3, "text": "", "nested": {"deep": {"deeper": ["x", "- y", "z: w"]}}}),
            json!({"id": 4, "text": "  leading and trailing  ", "nested": "---"}),
        ];
        for n in [0, 1, 2, items.len()] {
            for format in FORMATS {
                let printer = Printer::new(format, true, ColorChoice::Never);
                let whole = printer
                    .render(&ListView {
                        items: items[..n].to_vec(),
                        headers: &["id", "text"],
                        row,
                    })
                    .unwrap();
                let mut out = Vec::new();
                let mut s = ListStream::new(format, &mut out, &["id", "text"], row);
                for i in &items[..n] {
                    s.push(i).unwrap();
                }
                s.finish().unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    whole,
                    "{format:?}, {n} items"
                );
            }
        }
    }

    /// A listing abandoned before its first item (the command failed) has written nothing.
    #[test]
    fn nothing_is_written_before_the_first_item() {
        for format in FORMATS {
            let mut out = Vec::new();
            let s = ListStream::<serde_json::Value, _>::new(format, &mut out, &["id"], row);
            drop(s);
            assert!(out.is_empty(), "{format:?}");
        }
    }
}

//! Rendering: the `Printer` owns stdout/stderr and knows the format, quiet and colour settings.
//! Results go to stdout; status, warnings and errors to stderr.

pub mod escape;
pub mod stream;
mod table;
pub mod views;

pub use table::{render_table, write_table};

use serde::Serialize;
use serde_json::Value;
use std::io::{IsTerminal, Write};

use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    /// JSON lines: a list one compact item per line, anything else one compact line.
    JsonLines,
    Yaml,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Rows for table and CSV output.
#[derive(Debug, Clone, Default)]
pub struct Tabular {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Tabular {
    pub fn new(headers: &[&str]) -> Self {
        Tabular {
            headers: headers.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
    /// A two-column field/value table for one object.
    pub fn fields(pairs: Vec<(&str, String)>) -> Self {
        let mut t = Tabular::new(&["field", "value"]);
        for (k, v) in pairs {
            t.row(vec![k.to_string(), v]);
        }
        t
    }
}

/// A result that can be printed in every format: JSON/YAML from `Serialize`, table/CSV from
/// `tabular`.
pub trait View: Serialize {
    fn tabular(&self) -> Tabular;
    /// Text printed instead of the table in table format (e.g. a change plan); None = table.
    fn text(&self) -> Option<String> {
        None
    }
}

pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    color_stderr: bool,
}

impl Printer {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color_stderr = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !no_color && std::io::stderr().is_terminal(),
        };
        Printer {
            format,
            quiet,
            color_stderr,
        }
    }

    pub fn print<V: View>(&self, view: &V) -> Result<()> {
        let out = self.render(view)?;
        self.write_stdout(&out)
    }

    /// A list printed to stdout as its items come (see [`stream::ListStream`]).
    pub fn list_stream<T: Serialize>(
        &self,
        headers: &'static [&'static str],
        row: fn(&T) -> Vec<String>,
    ) -> stream::ListStream<T, std::io::BufWriter<std::io::StdoutLock<'static>>> {
        stream::ListStream::new(
            self.format,
            std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            headers,
            row,
        )
    }

    /// What [`Printer::print`] writes.
    pub fn render<V: View>(&self, view: &V) -> Result<String> {
        Ok(match self.format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(view)?;
                s.push('\n');
                s
            }
            Format::JsonLines => match serde_json::to_value(view)? {
                Value::Array(items) => {
                    let mut s = String::new();
                    for item in items {
                        s.push_str(&serde_json::to_string(&item)?);
                        s.push('\n');
                    }
                    s
                }
                v => {
                    let mut s = serde_json::to_string(&v)?;
                    s.push('\n');
                    s
                }
            },
            Format::Yaml => to_yaml(&serde_json::to_value(view)?)?,
            Format::Csv => json_csv(&serde_json::to_value(view)?),
            Format::Table => match view.text() {
                Some(t) => escape::visible_lines(&t).into_owned(),
                None => render_table(&view.tabular()),
            },
        })
    }

    pub fn write_stdout(&self, s: &str) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(s.as_bytes())
            .and_then(|_| stdout.flush())
            .map_err(stream::output_error)
    }

    /// Progress and status lines (stderr; silenced by --quiet).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            say!("{}", escape::visible_lines(msg));
        }
    }

    pub fn warn(&self, msg: &str) {
        let msg = escape::visible_lines(msg);
        if self.color_stderr {
            say!("\x1b[33mwarning:\x1b[0m {msg}");
        } else {
            say!("warning: {msg}");
        }
    }

    pub fn error(&self, e: &Error) {
        if matches!(self.format, Format::Json | Format::JsonLines) {
            let v = serde_json::json!({"error": {"code": e.code, "message": e.message, "hints": e.hints}});
            say!("{v}");
            return;
        }
        let message = escape::visible_lines(&e.message);
        if self.color_stderr {
            say!("\x1b[31merror:\x1b[0m {message}");
        } else {
            say!("error: {message}");
        }
        for h in &e.hints {
            say!("hint: {}", escape::visible_lines(h));
        }
    }
}

/// Stdout was closed (`stigg-cli … | head`): a quiet success, not a failure.
pub fn broken_pipe() -> Error {
    Error::new(ErrorKind::IoErr, "BrokenPipe", "")
}

/// `--format csv`: the JSON record as CSV — its fields the columns, named as JSON names them
/// (a list: a row per item; one object: one row); a nested value is a JSON cell, null an empty
/// one. A cell holding a separator, a quote or any control character is quoted. An empty list
/// is nothing (its fields are not known without an item).
pub fn json_csv(v: &Value) -> String {
    let items: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let Some(first) = items.first() else {
        return String::new();
    };
    // Every field any record has (a field one record leaves out — a grant without a comment, a
    // price without tiers — is an empty cell there, not a column dropped for all), in the
    // order first met.
    let mut headers = csv_columns(first);
    for i in &items[1..] {
        for c in csv_columns(i) {
            if !headers.contains(&c) {
                headers.push(c);
            }
        }
    }
    let rows: Vec<Vec<String>> = items.iter().map(|i| csv_cells(i, &headers)).collect();
    crate::io::csv_strict::to_text(&headers, &rows)
}

/// The columns of a record: an object's keys, else one `value`.
pub fn csv_columns(record: &Value) -> Vec<String> {
    match record {
        Value::Object(m) => m.keys().cloned().collect(),
        _ => vec!["value".to_string()],
    }
}

/// A record's cells under `columns`.
pub fn csv_cells(record: &Value, columns: &[String]) -> Vec<String> {
    let cell = |x: &Value| match x {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match record {
        Value::Object(m) => columns
            .iter()
            .map(|c| m.get(c).map(cell).unwrap_or_default())
            .collect(),
        other => vec![cell(other)],
    }
}

pub fn to_yaml(v: &Value) -> Result<String> {
    crate::io::yaml::to_string(v).map_err(|e| Error::internal(format!("yaml output: {e}")))
}

/// Formats an optional value for a table cell.
pub fn cell<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

/// A usage window as tables show it: `start .. end`, or `start ..` for a window the calendar
/// ends first (no end); None without a window.
pub fn usage_period(start: Option<&String>, end: Option<&String>) -> Option<String> {
    match (start, end) {
        (Some(s), Some(e)) => Some(format!("{s} .. {e}")),
        (Some(s), None) => Some(format!("{s} ..")),
        _ => None,
    }
}

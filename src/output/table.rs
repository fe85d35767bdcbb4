//! Tables for humans: left-aligned columns as wide as their widest cell (in terminal columns),
//! one space of padding on each side, no borders, trailing spaces trimmed, never wrapped (the
//! output is the same on a terminal and in a pipe, so it can be snapshot-tested). Written line
//! by line: a listing of a hundred thousand rows holds its cells, nothing more.
//! (The layout is comfy-table's `NOTHING` preset without wrapping, which printed the tables
//! before; a test holds the two equal.)

use std::borrow::Cow;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

use super::{Tabular, escape};

pub fn render_table(t: &Tabular) -> String {
    let mut out = Vec::new();
    // (Writing to memory does not fail.)
    let _ = write_table(t, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render_table`] written to `out` a line at a time.
pub fn write_table<W: Write>(t: &Tabular, out: &mut W) -> std::io::Result<()> {
    if t.rows.is_empty() {
        return out.write_all(b"(none)\n");
    }
    let columns = t
        .rows
        .iter()
        .map(Vec::len)
        .chain([t.headers.len()])
        .max()
        .unwrap_or(0);
    let mut widths = vec![0usize; columns];
    let mut measure = |cells: &mut dyn Iterator<Item = Cow<'_, str>>| {
        // (A column is at least one wide.)
        for (w, c) in widths.iter_mut().zip(cells) {
            *w = (*w).max(c.width()).max(1);
        }
    };
    measure(&mut t.headers.iter().map(|h| escape::visible(h)));
    for r in &t.rows {
        measure(&mut r.iter().map(|c| cell(c)));
    }
    let mut line = String::new();
    let mut write = |cells: &mut dyn Iterator<Item = Cow<'_, str>>| {
        line.clear();
        let mut cells = cells.fuse();
        for w in &widths {
            let c = cells.next().unwrap_or_default();
            line.push(' ');
            line.push_str(&c);
            line.extend(std::iter::repeat_n(' ', w.saturating_sub(c.width()) + 1));
        }
        let kept = line.trim_end().len();
        line.truncate(kept);
        line.push('\n');
        out.write_all(line.as_bytes())
    };
    write(&mut t.headers.iter().map(|h| escape::visible(h)))?;
    for r in &t.rows {
        write(&mut r.iter().map(|c| cell(c)))?;
    }
    Ok(())
}

/// The most characters a table cell shows: a longer value (a 70,000-character name) is cut with
/// a note — `--json` and `--format csv` carry it whole.
const CELL_MAX: usize = 4096;

/// A row's cell as shown: control characters made visible, cut past [`CELL_MAX`].
fn cell(v: &str) -> Cow<'_, str> {
    let v = escape::visible(v);
    let n = v.chars().count();
    if n <= CELL_MAX {
        return v;
    }
    let head: String = v.chars().take(CELL_MAX).collect();
    Cow::Owned(format!(
        "{head}… ({} more characters: --json shows all)",
        n - CELL_MAX
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use comfy_table::{ContentArrangement, Table, presets};
    use proptest::prelude::Strategy;

    /// The tables as comfy-table printed them.
    fn comfy(t: &Tabular) -> String {
        if t.rows.is_empty() {
            return "(none)\n".to_string();
        }
        let mut table = Table::new();
        table.load_style(presets::NOTHING);
        table.set_content_arrangement(ContentArrangement::Disabled);
        table.set_header(t.headers.iter().map(|h| escape::visible(h).into_owned()));
        for r in &t.rows {
            table.add_row(r.iter().map(|c| cell(c).into_owned()));
        }
        let mut s = table.to_string();
        s = s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
        s.push('\n');
        s
    }

    const PIECES: &[&str] = &[
        "",
        " ",
        "a",
        "acme",
        "évian",
        "e\u{301}",
        "日本語",
        "✦",
        "👩‍👩‍👧",
        "🇫🇷",
        "x\ty",
        "line\nbreak",
        "\u{7}",
        "\u{200b}",
        "\u{3000}",
        "tail  ",
        "ﾊﾝｶｸ",
        "\u{feff}",
        "ab\r",
    ];

    proptest::proptest! {
        /// Any headers and rows print as comfy-table printed them (every table has a header and
        /// rows as long as it).
        #[test]
        fn tables_print_as_comfy_table_printed_them(
            (headers, rows) in (1usize..5).prop_flat_map(|n| {
                let cells = proptest::collection::vec(proptest::sample::select(PIECES), 0..3);
                (
                    proptest::collection::vec(proptest::sample::select(PIECES), n),
                    proptest::collection::vec(proptest::collection::vec(cells, n), 0..5),
                )
            }),
        ) {
            let t = Tabular {
                headers: headers.iter().map(|h| h.to_string()).collect(),
                rows: rows
                    .iter()
                    .map(|r| r.iter().map(|c| c.concat()).collect())
                    .collect(),
            };
            proptest::prop_assert_eq!(render_table(&t), comfy(&t));
        }
    }

    /// A cell past the cap is cut with its note, in both.
    #[test]
    fn long_cells_are_cut_alike() {
        let t = Tabular {
            headers: vec!["name".into()],
            rows: vec![vec!["n".repeat(5000)], vec!["short".into()]],
        };
        assert_eq!(render_table(&t), comfy(&t));
        assert!(render_table(&t).contains("… (904 more characters: --json shows all)"));
    }
}

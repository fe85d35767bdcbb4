//! Fuzz-style property tests: whatever bytes reach the row readers (CSV, JSON, JSON lines),
//! they return rows or an error and never panic; well-formed CSV written by us reads back
//! exactly.

use proptest::prelude::*;

use super::rows::{RowFormat, parse, rejects_text};
use super::{csv_strict, text};

const FORMATS: [RowFormat; 3] = [RowFormat::Csv, RowFormat::Json, RowFormat::JsonLines];

/// Runs every reader (and the rejects writer, with every row rejected) on `bytes`.
fn read_all(bytes: Vec<u8>) {
    let Ok(s) = text::decode("fuzz", bytes) else {
        return;
    };
    for f in FORMATS {
        if let Ok(rows) = parse(&s, "fuzz", f, "customers") {
            let all: Vec<(super::rows::Row, String)> =
                rows.iter().map(|r| (r, "r".to_string())).collect();
            assert_eq!(all.len(), rows.len());
            let _ = rejects_text(&rows, &all);
            for (r, _) in &all {
                let _ = r.at();
            }
        }
    }
}

/// Text made mostly of the characters that matter to CSV and JSON.
fn structured() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just(",".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(":".to_string()),
        Just("\\".to_string()),
        Just("\"customers\"".to_string()),
        Just("\"metadata\"".to_string()),
        Just("\"addons\"".to_string()),
        Just("null".to_string()),
        Just("1e999".to_string()),
        Just("\u{feff}".to_string()),
        Just("é".to_string()),
        "[a-z0-9 ]{0,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        read_all(bytes);
    }

    #[test]
    fn structured_text_never_panics(s in structured()) {
        read_all(s.into_bytes());
    }

    #[test]
    fn csv_we_write_reads_back_exactly(
        rows in prop::collection::vec(prop::collection::vec(any::<String>(), 3), 1..8)
    ) {
        let text = csv_strict::to_text(&["a", "b", "c"], &rows);
        let items: Vec<csv_strict::Item> = csv_strict::Reader::new(&text)
            .collect::<Result<_, _>>()
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let cells: Vec<Vec<String>> = items
            .into_iter()
            .skip(1)
            .map(|i| match i {
                csv_strict::Item::Record { cells, .. } => cells,
                bad => vec![format!("{bad:?}")],
            })
            .collect();
        prop_assert_eq!(cells, rows);
    }
}

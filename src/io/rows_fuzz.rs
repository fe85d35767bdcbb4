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
                rows.iter().map(|r| (r.unwrap(), "r".to_string())).collect();
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

/// A file read from disk as its rows are asked for gives what the same file read whole
/// gives: the same rows (lines, columns, problems, fields, raw text) or the same error.
fn file_reads_as_text(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    for name in ["f.csv", "f.jsonl", "f"] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let streamed = super::rows::read(&path, "customers");
        let whole = super::rows::read_in_memory(&path, "customers");
        match (streamed, whole) {
            (Ok(a), Ok(b)) => {
                prop_assert_eq!(&a.header, &b.header, "{}", name);
                prop_assert_eq!(a.len(), b.len(), "{}", name);
                let ra: Vec<String> = a
                    .iter()
                    .map(|r| format!("{:?}", r.map_err(|e| e.message)))
                    .collect();
                let rb: Vec<String> = b
                    .iter()
                    .map(|r| format!("{:?}", r.map_err(|e| e.message)))
                    .collect();
                prop_assert_eq!(ra, rb, "{}", name);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a.message, b.message, "{}", name),
            (a, b) => prop_assert!(
                false,
                "{}: streamed {:?} / whole {:?}",
                name,
                a.map(|r| r.len()).map_err(|e| e.message),
                b.map(|r| r.len()).map_err(|e| e.message)
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn a_file_streamed_reads_as_the_same_file_whole(s in structured()) {
        file_reads_as_text(s.as_bytes())?;
    }

    #[test]
    fn random_bytes_stream_as_they_read_whole(
        bytes in prop::collection::vec(any::<u8>(), 0..300)
    ) {
        file_reads_as_text(&bytes)?;
    }

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

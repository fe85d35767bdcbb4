//! Input files as text: UTF-8 only, a leading byte-order mark ignored (every format accepts
//! one, since spreadsheet programs write it), and bad bytes reported as `file:line:column`.

use crate::error::{Error, ErrorKind, Result};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Location (1-based line and column, columns counted in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (u64, u64) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.bytes().filter(|b| *b == b'\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before.get(line_start..).unwrap_or("").chars().count() as u64 + 1;
    (line, column)
}

/// Decodes a file's bytes; `name` is the file as the user wrote it.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::data(format!(
            "{name}:1:1: the file is UTF-16 text; save it as UTF-8"
        )));
    }
    let bytes = match bytes.strip_prefix(BOM) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| not_utf8(name, 1, e.as_bytes(), e.utf8_error()))
}

/// Text that is not UTF-8: `name:line:column` of the first bad byte of `bytes`, which start on
/// line `first` of the file.
pub fn not_utf8(name: &str, first: u64, bytes: &[u8], e: std::str::Utf8Error) -> Error {
    let valid = e.valid_up_to();
    let bad = bytes.get(valid).copied().unwrap_or(0);
    // The prefix up to `valid` is UTF-8 by definition.
    let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or("");
    let (line, column) = line_col(prefix, prefix.len());
    Error::new(
        ErrorKind::DataErr,
        "InvalidInput",
        format!(
            "{name}:{}:{column}: not UTF-8 text (byte 0x{bad:02X}); save the file as UTF-8",
            first + line - 1
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_bad_bytes_have_a_line_and_column() {
        assert_eq!(decode("f", b"\xEF\xBB\xBFa,b\n".to_vec()).unwrap(), "a,b\n");
        let e = decode("f.csv", b"id\nab\xC3\x28x\n".to_vec()).unwrap_err();
        assert!(
            e.message.starts_with("f.csv:2:3: not UTF-8"),
            "{}",
            e.message
        );
        let e = decode("f.csv", b"\xC3\xA9\x01\n\xC3\xA9\xFF".to_vec()).unwrap_err();
        assert!(e.message.starts_with("f.csv:2:2:"), "{}", e.message);
        assert!(decode("f", b"\xFF\xFEa\x00".to_vec()).is_err());
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\nçd", 5), (2, 2));
        assert_eq!(line_col("", 0), (1, 1));
    }
}

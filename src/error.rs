//! The one error type the library hands to the binary: what went wrong, a Stigg-style code name,
//! hints, and the kind that picks the process exit code (the public contract in the README).

use std::fmt;

/// Exit-code classes. The numbers are a public contract (README, spec 00-overview).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: the answer is no / a business rule rejected the request.
    Rejected,
    /// 2: bad flag or value on the command line.
    Usage,
    /// 3: a named thing does not exist.
    NotFound,
    /// 4: conflict (slug exists, idempotency key reused, draft exists).
    Conflict,
    /// 65: bad input data in a file.
    DataErr,
    /// 66: input file missing or unreadable.
    NoInput,
    /// 70: internal error; a bug or a failed invariant.
    Internal,
    /// 74: I/O error writing output or the database.
    IoErr,
    /// 75: database busy beyond the timeout; safe to retry.
    Busy,
    /// 78: configuration: unusable path, foreign or too-new database.
    Config,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Rejected => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Conflict => 4,
            ErrorKind::DataErr => 65,
            ErrorKind::NoInput => 66,
            ErrorKind::Internal => 70,
            ErrorKind::IoErr => 74,
            ErrorKind::Busy => 75,
            ErrorKind::Config => 78,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// Stigg's error code name where one exists (`CustomerNotFound`, …).
    pub code: String,
    pub message: String,
    pub hints: Vec<String>,
}

const RETRY: &str = "RetryCarefully";

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            kind,
            code: code.into(),
            message: message.into(),
            hints: Vec::new(),
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn rejected(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Rejected, code, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, "InvalidArgumentError", message)
    }
    pub fn not_found(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, code, message)
    }
    pub fn conflict(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, code, message)
    }
    pub fn data(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::DataErr, "InvalidInput", message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, "UnexpectedError", message)
    }
    /// Not an error the user sees: a pass that must run again more carefully (an import whose
    /// row failed after writing; see `ops::imports::each_row`).
    pub fn retry() -> Self {
        Self::new(ErrorKind::Internal, RETRY, "the pass must run again")
    }
    pub fn is_retry(&self) -> bool {
        self.kind == ErrorKind::Internal && self.code == RETRY
    }
    pub fn config(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, code, message)
    }
    /// Stored data that cannot be read back: the file was damaged or edited by hand (exit 78).
    pub fn damaged(message: impl Into<String>) -> Self {
        keep_file_as_is();
        Self::new(
            ErrorKind::Config,
            "DatabaseDamaged",
            format!("the database is damaged: {}", message.into()),
        )
        .hint(
            "restore the environment from a backup or an export; stigg-cli did not change the file",
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Whether the database this process opened is one not to change: damaged, not ours, or from
/// a newer binary (see `store::Store`'s drop: it is closed without folding its write-ahead log
/// in).
static KEEP_FILE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn file_kept_as_is() -> bool {
    KEEP_FILE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Notes that the database opened is not one to change.
pub fn keep_file_as_is() {
    KEEP_FILE.store(true, std::sync::atomic::Ordering::Relaxed);
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(f, ref msg) = e {
            let detail = msg.clone().unwrap_or_else(|| f.to_string());
            return match f.code {
                C::DatabaseBusy | C::DatabaseLocked => Error::new(
                    ErrorKind::Busy,
                    "DatabaseBusy",
                    format!("database is busy: {detail}"),
                )
                .hint("another stigg-cli process holds the write lock; retry"),
                C::DiskFull => Error::new(
                    ErrorKind::IoErr,
                    "DiskFull",
                    "database or disk is full; nothing was written",
                ),
                C::SystemIoFailure | C::CannotOpen => Error::new(
                    ErrorKind::IoErr,
                    "IoError",
                    format!("database I/O error: {detail}; nothing was written"),
                )
                .hint("check free disk space and the file-size limit (ulimit -f)"),
                C::ReadOnly | C::PermissionDenied => Error::new(
                    ErrorKind::Config,
                    "DatabaseReadOnly",
                    format!("the database is read-only: {detail}"),
                ),
                C::NotADatabase | C::DatabaseCorrupt => {
                    keep_file_as_is();
                    Error::new(
                        ErrorKind::Config,
                        "NotAStiggDatabase",
                        format!("the file is not a usable SQLite database: {detail}"),
                    )
                }
                // A table or column the schema version has is missing: the file was edited by
                // hand (or damaged), not a bug.
                _ if detail.starts_with("no such table")
                    || detail.starts_with("no such column") =>
                {
                    Error::damaged(format!(
                        "its tables do not match its schema version ({detail})"
                    ))
                }
                _ => Error::internal(format!("database error: {detail}")),
            };
        }
        match e {
            // A value of the wrong type or shape where our schema puts another: damage.
            rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::Utf8Error(..) => {
                Error::damaged(format!("a stored value could not be read ({e})"))
            }
            _ => Error::internal(format!("database error: {e}")),
        }
    }
}

/// `?` on serde_json is only used to read stored records back: a failure means damage.
impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::damaged(format!("a stored record could not be read ({e})"))
    }
}

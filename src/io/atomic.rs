//! Files the CLI writes (exports, rejects) appear whole or not at all: the bytes go to a
//! temporary file in the same directory, are flushed to disk, and the temporary file is renamed
//! over the target. A full disk or a size limit leaves the old file (or none) and an error.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

fn io_error(path: &Path, e: &std::io::Error) -> Error {
    let reason = match e.raw_os_error() {
        Some(27) => "file too large (the file size limit was reached)".to_string(),
        Some(28) => "no space left on the device".to_string(),
        _ => e.to_string(),
    };
    Error::new(
        ErrorKind::IoErr,
        "OutputError",
        format!("cannot write {}: {reason}", path.display()),
    )
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    let tmp = format!(".{name}.{}.tmp", std::process::id());
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => dir.join(tmp),
        None => PathBuf::from(tmp),
    }
}

/// Where the bytes go: a symlink is followed (the link stays a link, its target is replaced),
/// and a path that exists but is not a regular file (`/dev/stdout`, a named pipe) is written
/// in place, since it can't be replaced by a rename.
enum Target {
    File(PathBuf),
    Special,
    /// One of this process's open file descriptors (`/dev/stdout`, `/dev/fd/3`,
    /// `/proc/self/fd/1`): written through the descriptor itself, at its offset and with its
    /// flags — reopening the name would truncate (or a rename replace) the file a shell
    /// redirected it to (`>> log`).
    Descriptor(i32),
}

/// The descriptor number a name of one of this process's descriptors stands for.
fn descriptor_name(p: &Path) -> Option<i32> {
    let s = p.to_str()?;
    match s {
        "/dev/stdin" => return Some(0),
        "/dev/stdout" => return Some(1),
        "/dev/stderr" => return Some(2),
        _ => {}
    }
    let own = format!("/proc/{}/fd/", std::process::id());
    [
        "/dev/fd/",
        "/proc/self/fd/",
        "/proc/thread-self/fd/",
        own.as_str(),
    ]
    .iter()
    .find_map(|pre| s.strip_prefix(pre))
    .and_then(|n| n.parse().ok())
}

/// Follows `path`'s symlinks (a few steps) looking for a name of one of this process's
/// descriptors.
fn descriptor(path: &Path) -> Option<i32> {
    let mut p = path.to_path_buf();
    for _ in 0..8 {
        if let Some(fd) = descriptor_name(&p) {
            return Some(fd);
        }
        let next = std::fs::read_link(&p).ok()?;
        p = match p.parent() {
            Some(dir) if next.is_relative() => dir.join(next),
            _ => next,
        };
    }
    None
}

/// A handle on descriptor `fd` (a duplicate: it shares the offset and flags, and closing it
/// leaves `fd` open).
#[cfg(unix)]
fn open_descriptor(fd: i32) -> std::io::Result<std::fs::File> {
    use std::os::fd::BorrowedFd;
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(9));
    }
    // SAFETY: the descriptor is only borrowed long enough to duplicate it; `fcntl(F_DUPFD)`
    // on a descriptor that is not open fails with EBADF instead of touching anything.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    Ok(std::fs::File::from(borrowed.try_clone_to_owned()?))
}

#[cfg(not(unix))]
fn open_descriptor(_fd: i32) -> std::io::Result<std::fs::File> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

#[cfg(unix)]
fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

#[cfg(not(unix))]
fn is_fifo(_: &Path) -> bool {
    false
}

/// Opens a device or named pipe for writing. A named pipe no process reads is refused at once:
/// opening it would wait for a reader forever — inside an import's transaction, holding the
/// environment's write lock.
fn open_special(path: &Path) -> Result<std::fs::File> {
    #[cfg(unix)]
    let _probe = if is_fifo(path) {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: with no reader the open fails (ENXIO) instead of waiting. Kept open
        // until the real (blocking) open returned, so a reader never sees an end between.
        #[cfg(any(target_os = "linux", target_os = "android"))]
        const O_NONBLOCK: i32 = 0o4000;
        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        const O_NONBLOCK: i32 = 0x0004;
        match std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(O_NONBLOCK)
            .open(path)
        {
            Ok(f) => Some(f),
            Err(e) if e.raw_os_error() == Some(6) => {
                return Err(Error::new(
                    ErrorKind::IoErr,
                    "OutputError",
                    format!(
                        "cannot write {}: it is a named pipe no process reads; nothing was written",
                        path.display()
                    ),
                ));
            }
            Err(e) => return Err(io_error(path, &e)),
        }
    } else {
        None
    };
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| io_error(path, &e))
}

fn target(path: &Path) -> Target {
    if let Some(fd) = descriptor(path) {
        return Target::Descriptor(fd);
    }
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => Target::Special,
        Ok(_) => Target::File(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())),
        Err(_) => Target::File(path.to_path_buf()),
    }
}

/// An export or rejects file never replaces a database (an environment, ours or another's) or
/// one of SQLite's companion files: `-o ~/.local/share/stigg-cli/development.db` is refused.
fn refuse_database(path: &Path) -> Result<()> {
    let is_sqlite = |p: &Path| -> bool {
        use std::io::Read;
        let mut head = [0u8; 16];
        // Only a regular file can be a database: opening a pipe or a terminal to look
        // (`--rejects /dev/stdout | cat`) would block on reading it.
        if !std::fs::metadata(p).is_ok_and(|m| m.is_file()) {
            return false;
        }
        std::fs::File::open(p)
            .and_then(|mut f| f.read_exact(&mut head))
            .is_ok_and(|()| &head == b"SQLite format 3\0")
    };
    let name = path.to_string_lossy();
    let companion = ["-wal", "-shm", "-journal"]
        .iter()
        .find_map(|sfx| name.strip_suffix(sfx))
        .is_some_and(|base| is_sqlite(Path::new(base)));
    if is_sqlite(path) || companion {
        return Err(Error::new(
            ErrorKind::Usage,
            "DatabaseFileProtected",
            format!(
                "refusing to write {}: it is a SQLite database (an environment?) or one of its files",
                path.display()
            ),
        )
        .hint("choose another file name for the output"));
    }
    Ok(())
}

/// Checks, before any work is done, that `path` can be written: its directory exists and
/// accepts a new file. Used so that an import does not commit and then fail on its rejects file.
pub fn check_writable(path: &Path) -> Result<()> {
    if path == Path::new("-") {
        // Not silently a file named `-` (the report goes to stdout already).
        return Err(Error::usage(
            "a rejects file needs a name ('-' is not stdout here; /dev/stdout is)",
        ));
    }
    refuse_database(path)?;
    if path.is_dir() {
        return Err(Error::new(
            ErrorKind::IoErr,
            "OutputError",
            format!("cannot write {}: it is a directory", path.display()),
        ));
    }
    let file = match target(path) {
        // A named pipe is not opened to look: its reader would read the end of it then (and
        // the real write would wait forever for another). Its reader is looked for when it is
        // written (`open_special`).
        Target::Special if is_fifo(path) => return Ok(()),
        Target::Special => {
            return open_special(path).map(drop);
        }
        Target::Descriptor(fd) => {
            return open_descriptor(fd)
                .map(drop)
                .map_err(|e| io_error(path, &e));
        }
        Target::File(f) => f,
    };
    let tmp = temp_path(&file);
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| io_error(path, &e))?;
    drop(f);
    let _ = std::fs::remove_file(&tmp);
    Ok(())
}

/// Whether two paths name the same existing file, however they are spelled (`./x`, a symlink,
/// a hard link). A path that does not exist is no other file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(x), Ok(y)) if x == y
        )
    }
}

/// Writes `bytes` to `path` atomically (temporary file in the same directory + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes).map_err(|e| output_error(&e)))
}

/// The rejected rows of an import are written as its input is (CSV rows as CSV, JSON as JSON
/// lines): a rejects file named for the other family is refused, never written in a format
/// its name denies.
pub fn check_rejects_format(input: &Path, rejects: &Path) -> Result<()> {
    // (Imports read any name but .json, .jsonl and .ndjson as CSV.)
    let ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    };
    let json = |e: &str| matches!(e, "json" | "jsonl" | "ndjson");
    let input_is = if ext(input).is_some_and(|e| json(&e)) {
        "JSON"
    } else {
        "CSV"
    };
    let Some(named) = ext(rejects) else {
        return Ok(());
    };
    let fits = match input_is {
        "JSON" => json(&named),
        _ => matches!(named.as_str(), "csv" | "txt"),
    };
    if fits {
        return Ok(());
    }
    Err(Error::usage(format!(
        "--rejects {} is named .{named}, but rejected rows are written as the input is ({input_is}): name it .{}",
        rejects.display(),
        if input_is == "JSON" { "jsonl" } else { "csv" }
    )))
}

/// Writes an import's rejected rows inside its transaction, to a file put in place once the
/// transaction committed ([`publish_rejects`]): an import that fails — at its commit too (a
/// full disk) — leaves the rejects file that was there. A reader of them that went away
/// (`--rejects /dev/stdout | head`) is an error like any other — the import is rolled back,
/// and a quiet exit would say it succeeded. (A device or pipe is written at once.)
pub fn stage_rejects(path: &Path, bytes: &[u8]) -> Result<Option<Staged>> {
    let staged = stage_with(path, |w| w.write_all(bytes).map_err(|e| output_error(&e)));
    staged.map(|((), s)| s).map_err(|e| {
        if e.code == "BrokenPipe" {
            Error::new(
                ErrorKind::IoErr,
                "OutputError",
                format!(
                    "cannot write the rejected rows to {}: its reader went away (broken pipe); nothing was imported",
                    path.display()
                ),
            )
        } else {
            e
        }
    })
}

/// Puts an import's staged rejects file in place, after its transaction committed: a failure
/// now says the import itself is stored.
pub fn publish_rejects(staged: Option<Staged>) -> Result<()> {
    let Some(mut s) = staged else {
        return Ok(());
    };
    let tmp = s.tmp.clone();
    s.leave = true;
    s.publish().map_err(|e| Error {
        message: format!(
            "{}; the import was committed, but its rejected rows could not be put in place (they were in {})",
            e.message,
            tmp.display()
        ),
        ..e
    })
}

/// An error writing output (the caller of [`write_atomic_with`] gets the precise one).
pub fn output_error(e: &std::io::Error) -> Error {
    Error::new(
        ErrorKind::IoErr,
        "OutputError",
        format!("cannot write output: {e}"),
    )
}

/// A writer that keeps the first error it met, so that a producer's error can be reported as
/// the writing error it was (disk full, file too large) with the file's name.
struct Recording<W> {
    inner: W,
    error: Option<std::io::Error>,
}

impl<W: Write> Recording<W> {
    fn new(inner: W) -> Self {
        Recording { inner, error: None }
    }

    fn keep<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &r
            && self.error.is_none()
        {
            self.error = Some(match e.raw_os_error() {
                Some(code) => std::io::Error::from_raw_os_error(code),
                None => std::io::Error::new(e.kind(), e.to_string()),
            });
        }
        r
    }
}

impl<W: Write> Write for Recording<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        self.keep(r)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.keep(r)
    }
}

/// Runs `produce` over a buffered writer of `out` (a file, a device, stdout), then flushes
/// it: an error writing is the error reported, naming `name`, whatever `produce` made of it;
/// a reader that went away (`| head -1`) is a quiet end.
pub fn write_stream<T>(
    name: &Path,
    out: impl Write,
    produce: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let mut w = std::io::BufWriter::with_capacity(1 << 16, Recording::new(out));
    let result = produce(&mut w).and_then(|t| {
        w.flush().map_err(|e| output_error(&e))?;
        Ok(t)
    });
    // Flushed above (or failed): what is left unwritten in the buffer is dropped.
    match w.into_parts().0.error {
        Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(crate::output::broken_pipe()),
        Some(e) => Err(io_error(name, &e)),
        None => result,
    }
}

/// [`write_atomic`] of what `produce` writes, streamed (an export of a million rows is never
/// held whole): the bytes go to the temporary file as they come; the file appears only when
/// `produce` and every write succeeded.
pub fn write_atomic_with<T>(
    path: &Path,
    produce: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let (t, staged) = stage_with(path, produce)?;
    if let Some(s) = staged {
        s.publish()?;
    }
    Ok(t)
}

/// A file written whole under its temporary name, on disk, that [`Staged::publish`] puts in
/// place — after the transaction it belongs to committed — and that is removed when dropped
/// unpublished (the transaction failed: the old file, or none, stays).
pub struct Staged {
    tmp: PathBuf,
    file: PathBuf,
    path: PathBuf,
    keep: Option<std::fs::Permissions>,
    /// Left where it is when it cannot be put in place (what it holds is told to be there).
    leave: bool,
}

impl Staged {
    /// Renames the temporary file over the target, with the permissions the target had.
    pub fn publish(self) -> Result<()> {
        let done = match &self.keep {
            Some(p) => std::fs::set_permissions(&self.tmp, p.clone()),
            None => Ok(()),
        }
        .and_then(|()| std::fs::rename(&self.tmp, &self.file));
        done.map_err(|e| io_error(&self.path, &e))
        // (Dropped: the temporary file is gone, renamed or removed.)
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.leave {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes what `produce` writes to `path`'s temporary file and syncs it, without putting it
/// in place: the [`Staged`] file does that. A device, a named pipe or one of this process's
/// descriptors cannot be staged: it is written at once (None).
pub fn stage_with<T>(
    path: &Path,
    produce: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<(T, Option<Staged>)> {
    refuse_database(path)?;
    let file = match target(path) {
        Target::Special => {
            let f = open_special(path)?;
            return write_stream(path, f, produce).map(|t| (t, None));
        }
        Target::Descriptor(fd) => {
            // What this process printed to the same stream so far goes first.
            let _ = std::io::stdout().flush();
            let f = open_descriptor(fd).map_err(|e| io_error(path, &e))?;
            return write_stream(path, f, produce).map(|t| (t, None));
        }
        Target::File(f) => f,
    };
    sweep_stale(&file);
    let tmp = temp_path(&file);
    // The file keeps the permissions it had (set as it is put in place); a new one is
    // owner-only, and so is the temporary file while it is written (exports and rejects hold
    // customers' names and emails).
    let keep = std::fs::metadata(&file).ok().map(|m| m.permissions());
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let opened = opts.open(&tmp);
    let f = opened.map_err(|e| io_error(path, &e))?;
    let staged = Staged {
        tmp,
        file,
        path: path.to_path_buf(),
        keep,
        leave: false,
    };
    let sync = f.try_clone();
    let t = write_stream(path, f, produce)?;
    sync.and_then(|f| f.sync_all())
        .map_err(|e| io_error(path, &e))?;
    Ok((t, Some(staged)))
}

/// Removes the temporary files a killed writer left beside `file` (`.NAME.PID.tmp` of a
/// process that no longer runs): a partial export holds customers' names and emails, and
/// nothing else would ever remove it. Best effort.
fn sweep_stale(file: &Path) {
    #[cfg(target_os = "linux")]
    {
        let Some(name) = file.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            return;
        };
        let dir = match file.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(d) => d.to_path_buf(),
            None => PathBuf::from("."),
        };
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let prefix = format!(".{name}.");
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            let Some(pid) = n
                .strip_prefix(&prefix)
                .and_then(|r| r.strip_suffix(".tmp"))
                .and_then(|p| p.parse::<u32>().ok())
            else {
                continue;
            };
            // (Another process's, still running — or this one's — is left alone.)
            let gone = pid != std::process::id()
                && !Path::new(&format!("/proc/{pid}")).exists()
                && Path::new("/proc/self").exists();
            if gone && e.file_type().is_ok_and(|t| t.is_file()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_whole_files_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.csv");
        super::write_atomic(&p, b"a,b\n").unwrap();
        super::write_atomic(&p, b"c\n").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"c\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(super::check_writable(&dir.path().join("missing/x")).is_err());
        assert!(super::check_writable(dir.path()).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_and_devices_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.csv");
        std::fs::write(&real, b"old").unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        super::check_writable(&link).unwrap();
        super::write_atomic(&link, b"new").unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        // A name of one of the process's descriptors is written through it, never renamed
        // over: the file behind it keeps what it had.
        let log = dir.path().join("log.txt");
        std::fs::write(&log, b"before\n").unwrap();
        let f = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
        use std::os::fd::AsRawFd;
        let fd = f.as_raw_fd();
        for name in [format!("/dev/fd/{fd}"), format!("/proc/self/fd/{fd}")] {
            let p = std::path::Path::new(&name);
            super::check_writable(p).unwrap();
            super::write_atomic(p, b"more\n").unwrap();
        }
        drop(f);
        assert_eq!(std::fs::read(&log).unwrap(), b"before\nmore\nmore\n");
        assert_eq!(
            super::descriptor_name(std::path::Path::new("/dev/stdout")),
            Some(1)
        );
        assert!(super::write_atomic(std::path::Path::new("/dev/fd/987"), b"x").is_err());
        let null = std::path::Path::new("/dev/null");
        super::check_writable(null).unwrap();
        super::write_atomic(null, b"x").unwrap();
        use std::os::unix::fs::FileTypeExt;
        assert!(null.metadata().unwrap().file_type().is_char_device());
    }
}

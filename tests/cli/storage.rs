//! Files and secrets: permissions, randomness, read-only mounts, atomic exports.

use crate::helpers::TestEnv;

#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Runs `mount ARGS… dir`; whether it succeeded (tests that need a mount skip without one).
pub fn mount(args: &[&str], dir: &std::path::Path) -> bool {
    std::process::Command::new("mount")
        .args(args)
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn home_is_owner_only_and_databases_are_0600() {
    let t = TestEnv::new();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&["env", "create", "staging"]);
    assert_eq!(mode(&t.path().join("home")), 0o700);
    assert_eq!(mode(&t.path().join("home/development.db")), 0o600);
    assert_eq!(mode(&t.path().join("home/staging.db")), 0o600);
    // A database made world-readable (by an older version, or by hand) is tightened on open.
    use std::os::unix::fs::PermissionsExt;
    let db = t.path().join("home/development.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    t.ok(&["customer", "list"]);
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn signing_secrets_never_come_from_the_id_seed() {
    let t = TestEnv::new();
    t.ok(&["env", "create", "a"]);
    t.ok(&["env", "create", "b"]);
    let secret = |env: &str| t.sql_env(env, "SELECT value FROM meta WHERE key = 'signing_secret'");
    let (a, b) = (secret("a"), secret("b"));
    assert_eq!(a.len(), 64);
    assert_ne!(a, b, "same seed, same secret");
    // Another home with the same seed gets another secret too.
    let u = TestEnv::new();
    u.ok(&["env", "create", "a"]);
    assert_ne!(
        a,
        u.sql_env("a", "SELECT value FROM meta WHERE key = 'signing_secret'")
    );
    t.ok(&["-e", "a", "env", "rotate-signing-secret"]);
    assert_ne!(a, secret("a"));
}

#[test]
fn a_read_only_mount_still_answers_reads_and_writes_say_read_only() {
    let t = TestEnv::with_starter();
    let ro = t.path().join("ro");
    std::fs::create_dir_all(&ro).unwrap();
    let mounted = mount(&["-t", "tmpfs", "-o", "size=4m", "tmpfs"], &ro);
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    }
    let f = t.catalog("saas-starter.yaml");
    let setup = t.run(&["--db", "ro/env.db", "catalog", "apply", &f]);
    t.run(&[
        "--db",
        "ro/env.db",
        "customer",
        "create",
        "acme",
        "--plan",
        "free",
    ]);
    let remounted = mount(&["-o", "remount,ro"], &ro);
    let list = t.run(&["--db", "ro/env.db", "customer", "list"]);
    let check = t.run(&["--db", "ro/env.db", "entitlement", "check", "acme", "sso"]);
    let ahead = t.run(&[
        "--db",
        "ro/env.db",
        "--now",
        "2026-03-01T00:00:00Z",
        "entitlement",
        "list",
        "acme",
    ]);
    let write = t.run(&["--db", "ro/env.db", "customer", "create", "other"]);
    let _ = std::process::Command::new("umount").arg(&ro).status();
    assert_eq!(setup.code, 0, "{}", setup.stderr);
    assert!(remounted);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(list.stdout.contains("acme"));
    assert!(check.code == 0 || check.code == 1, "{}", check.stderr);
    assert!(check.stdout.contains("sso"), "{}", check.stdout);
    assert_eq!(ahead.code, 0, "{}", ahead.stderr);
    assert_eq!(write.code, 78, "{}", write.stderr);
    assert!(write.stderr.contains("read-only"), "{}", write.stderr);
}

#[test]
fn a_full_disk_while_creating_leaves_no_half_made_environment() {
    let t = TestEnv::new();
    let tiny = t.path().join("tiny");
    std::fs::create_dir_all(&tiny).unwrap();
    let mounted = mount(&["-t", "tmpfs", "-o", "size=64k", "tmpfs"], &tiny);
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here");
        return;
    }
    let o = t.run(&["--db", "tiny/env.db", "customer", "list"]);
    let left: Vec<_> = std::fs::read_dir(&tiny)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    let _ = std::process::Command::new("umount").arg(&tiny).status();
    assert_eq!(o.code, 74, "{}", o.stderr);
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn exports_take_o_file_with_format_and_are_written_whole() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme", "--name", "Acme"]);
    // -o names the file, --format the format (spec 10), in either order.
    t.ok(&["customer", "export", "--format", "csv", "-o", "c.csv"]);
    let csv = std::fs::read_to_string(t.path().join("c.csv")).unwrap();
    assert!(csv.starts_with("customerId,"), "{csv}");
    t.ok(&["customer", "export", "-o", "c.json", "--format", "json"]);
    let json = std::fs::read_to_string(t.path().join("c.json")).unwrap();
    assert!(json.starts_with("{\"customers\""), "{json}");
    t.ok(&["-o", "x.csv", "subscription", "export"]);
    assert!(t.path().join("x.csv").exists());
    // The file's extension picks JSON when no format is asked.
    t.ok(&["customer", "export", "-o", "auto.json"]);
    assert!(
        std::fs::read_to_string(t.path().join("auto.json"))
            .unwrap()
            .starts_with('{')
    );
    // A format the verb cannot write is refused, not silently replaced.
    let e = t.fails(
        &["customer", "export", "--format", "yaml", "-o", "c.yaml"],
        2,
    );
    assert!(e.contains("cannot write yaml"), "{e}");
    assert!(!t.path().join("c.yaml").exists());
    t.fails(&["events", "export", "--format", "csv"], 2);
    t.fails(&["catalog", "export", "--format", "csv"], 2);
    // catalog export --format json is JSON, and apply reads it back as no change.
    t.ok(&[
        "catalog",
        "export",
        "--format",
        "json",
        "-o",
        "catalog.json",
    ]);
    let text = std::fs::read_to_string(t.path().join("catalog.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).expect("catalog JSON");
    assert!(v["features"].is_array());
    let again = t.ok(&["catalog", "apply", "catalog.json"]);
    assert!(again.contains("No changes"), "{again}");
    // Exports to stdout still work, and `-o json` on an export still means the format.
    assert!(t.ok(&["catalog", "export", "-o", "json"]).starts_with('{'));
    t.ok(&["events", "export", "-o", "events.jsonl"]);
    assert!(t.path().join("events.jsonl").exists());
    // No temporary files are left behind.
    let stray: Vec<_> = std::fs::read_dir(t.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn a_file_size_limit_is_an_error_message_not_a_signal() {
    let t = TestEnv::with_starter();
    let mut rows = String::from("customerId,name\n");
    for i in 0..3000 {
        rows.push_str(&format!("c{i},{}\n", "n".repeat(60)));
    }
    t.write("many.csv", &rows);
    t.ok(&["-q", "customer", "import", "many.csv"]);
    t.write("out.csv", "previous export\n");
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let run = |script: String| {
        let mut c = std::process::Command::new("bash");
        c.arg("-c")
            .arg(script)
            .current_dir(t.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("STIGG_HOME", "home")
            .env("STIGG_NOW", "2026-01-01T00:00:00Z");
        c.output().unwrap()
    };
    let o = run(format!(
        "ulimit -f 150; exec {bin} customer export -o out.csv"
    ));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(74), "{err}");
    assert!(err.contains("file too large"), "{err}");
    assert_eq!(
        std::fs::read_to_string(t.path().join("out.csv")).unwrap(),
        "previous export\n"
    );
    // An import that grows the database past the limit: 74, rolled back.
    let mut big = String::from("customerId,name\n");
    for i in 0..20000 {
        big.push_str(&format!("b{i},{}\n", "n".repeat(60)));
    }
    t.write("big.csv", &big);
    let o = run(format!("ulimit -f 600; exec {bin} customer import big.csv"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(74), "{err}");
    assert!(!err.contains("panicked"));
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM customers WHERE id LIKE 'b%'"),
        "0"
    );
    // An import that fails storing its rows — at its commit too — leaves the rejects file that
    // was there (its rejected rows were put in place before the commit failed) and no
    // temporary file; customer and usage imports alike.
    big.push_str("bad id,x\n");
    t.write("big.csv", &big);
    let mut usage = String::from("customerId,featureId,value,timestamp,idempotencyKey\n");
    for i in 0..40000 {
        usage.push_str(&format!("c1,exports,1,2026-01-01T00:00:00Z,k{i}\n"));
    }
    usage.push_str("c1,nosuch,1,2026-01-01T00:00:00Z,bad\n");
    t.write("u.csv", &usage);
    for (cmd, limit) in [
        ("customer import big.csv", 600),
        ("usage import u.csv", 1000),
    ] {
        t.write("rej.csv", "old rejects\n");
        let o = run(format!(
            "ulimit -f {limit}; exec {bin} {cmd} --skip-invalid --rejects rej.csv"
        ));
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(74), "{cmd}: {err}");
        assert_eq!(
            std::fs::read_to_string(t.path().join("rej.csv")).unwrap(),
            "old rejects\n",
            "{cmd}"
        );
        let left: Vec<String> = std::fs::read_dir(t.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_reports"), "0");
}

/// Opening never adds a permission: a database its owner made read-only stays read-only (group
/// and other bits are removed), and sidecars a read left read-only get the owner's write bit
/// back once the database is writable again.
#[cfg(unix)]
#[test]
fn permissions_are_only_ever_tightened_and_sidecars_follow_the_database() {
    use std::os::unix::fs::PermissionsExt;
    let t = crate::helpers::TestEnv::with_starter();
    let db = t.path().join("home/development.db");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    t.ok(&["plan", "list"]);
    assert_eq!(mode(&db), 0o400);
    let shm = t.path().join("home/development.db-shm");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    if shm.exists() {
        std::fs::set_permissions(&shm, std::fs::Permissions::from_mode(0o400)).unwrap();
    }
    t.ok(&["customer", "create", "after-read-only"]);
    if shm.exists() {
        assert_eq!(mode(&shm) & 0o600, 0o600);
    }
}

/// A read-only file of an older schema cannot be upgraded: one whose tables reads understand
/// as they are (schema 7) is read without upgrading; an older one says that nothing can be read
/// and why (exit 78), instead of claiming that reads still work.
#[test]
fn a_read_only_file_of_an_older_schema_is_read_as_it_is_or_refused_honestly() {
    let t = TestEnv::new();
    let ro = t.path().join("ro7");
    std::fs::create_dir_all(&ro).unwrap();
    let mounted = mount(&["-t", "tmpfs", "-o", "size=4m", "tmpfs"], &ro);
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    }
    let db = |args: &[&str]| {
        let mut a = vec!["--db", "ro7/env.db"];
        a.extend_from_slice(args);
        t.run(&a)
    };
    db(&["currency", "create", "gold"]);
    db(&["customer", "create", "acme"]);
    db(&[
        "credit",
        "grant",
        "acme",
        "--currency",
        "gold",
        "--amount",
        "10",
    ]);
    db(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "gold",
        "--amount",
        "3",
        "--idempotency-key",
        "k",
    ]);
    let reads: [&[&str]; 3] = [
        &["credit", "grants", "acme", "--json"],
        &["credit", "ledger", "acme", "--json"],
        &["credit", "balance", "acme", "--json"],
    ];
    let before: Vec<String> = reads.iter().map(|r| db(r).stdout).collect();
    let conn = rusqlite::Connection::open(ro.join("env.db")).unwrap();
    crate::credits::grants_back_to_schema_7(&conn);
    drop(conn);
    let ro_now = mount(&["-o", "remount,ro"], &ro);
    let after: Vec<_> = reads.iter().map(|r| db(r)).collect();
    let write = db(&["customer", "create", "other"]);
    // An older schema than reads understand.
    let rw_again = mount(&["-o", "remount,rw"], &ro);
    let conn = rusqlite::Connection::open(ro.join("env.db")).unwrap();
    conn.pragma_update(None, "user_version", 6).unwrap();
    drop(conn);
    let ro_again = mount(&["-o", "remount,ro"], &ro);
    let old = db(&["credit", "balance", "acme"]);
    let _ = std::process::Command::new("umount").arg(&ro).status();
    assert!(ro_now && rw_again && ro_again);
    for (a, b) in after.iter().zip(&before) {
        assert_eq!(a.code, 0, "{}", a.stderr);
        assert_eq!(&a.stdout, b);
    }
    assert_eq!(write.code, 78, "{}", write.stderr);
    assert!(write.stderr.contains("read-only"), "{}", write.stderr);
    assert_eq!(old.code, 78, "{}", old.stderr);
    assert!(
        old.stderr.contains("schema version 6") && old.stderr.contains("nothing was read"),
        "{}",
        old.stderr
    );
    assert!(!old.stderr.contains("reads still work"), "{}", old.stderr);
}

/// A write waits for the lock another process holds: it goes through as soon as the lock is
/// free (it tries again every few milliseconds), and only past the 5 s timeout exits 75
/// (`DatabaseBusy`, safe to retry) with nothing written; reads never wait (WAL).
/// Holds the write lock of `db` for `ms` milliseconds, on a thread (returned once it holds it).
fn hold_write_lock(db: &std::path::Path, ms: u64) -> std::thread::JoinHandle<()> {
    let db = db.to_path_buf();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let h = std::thread::spawn(move || {
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch("BEGIN IMMEDIATE").unwrap();
        ready_tx.send(()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(ms));
        c.execute_batch("COMMIT").unwrap();
    });
    ready_rx.recv().unwrap();
    h
}

#[test]
fn a_held_lock_is_waited_for_and_only_past_the_timeout_is_busy() {
    let t = TestEnv::with_starter();
    let db = t.path().join("home/development.db");
    let hold = |ms: u64| hold_write_lock(&db, ms);
    // Released after 0.8 s: the write waits and succeeds.
    let h = hold(800);
    let started = std::time::Instant::now();
    t.ok(&["customer", "create", "waited"]);
    let took = started.elapsed();
    h.join().unwrap();
    // (It waited for the lock, and got it: past the timeout it would have exited 75.)
    assert!(took >= std::time::Duration::from_millis(700), "{took:?}");
    // Held past the timeout: exit 75, nothing written; a read answers meanwhile.
    let h = hold(6500);
    assert!(t.ok(&["customer", "list"]).contains("waited"));
    let started = std::time::Instant::now();
    let o = t.run(&["customer", "create", "late"]);
    let took = started.elapsed();
    h.join().unwrap();
    assert_eq!(o.code, 75, "{}", o.stderr);
    assert!(
        o.stderr.contains("DatabaseBusy") || o.stderr.contains("busy"),
        "{}",
        o.stderr
    );
    assert!(took >= std::time::Duration::from_millis(4900), "{took:?}");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM customers WHERE id = 'late'"),
        "0"
    );
}

/// A read-only copy of a database whose last commits are still in its write-ahead log (no
/// shared-memory file beside it, so SQLite can only read the main file) is refused, saying
/// how to fold the log in — it answered from the main file alone, silently missing them.
#[test]
fn a_read_only_database_with_an_unreadable_log_is_refused_not_read_stale() {
    let t = TestEnv::with_starter();
    let ro = t.path().join("ro");
    std::fs::create_dir_all(&ro).unwrap();
    if !mount(&["-t", "tmpfs", "-o", "size=8m", "tmpfs"], &ro) {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    }
    let db = t.path().join("home/development.db");
    // A reader holds the log open, so the write's commit stays in it (no checkpoint).
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN").unwrap();
    let _: i64 = holder
        .query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    t.ok(&["customer", "create", "walcust"]);
    let wal = t.path().join("home/development.db-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    std::fs::copy(&db, ro.join("env.db")).unwrap();
    std::fs::copy(&wal, ro.join("env.db-wal")).unwrap();
    drop(holder);
    let remounted = mount(&["-o", "remount,ro"], &ro);
    let show = t.run(&["--db", "ro/env.db", "customer", "show", "walcust"]);
    let _ = std::process::Command::new("umount").arg(&ro).status();
    assert!(remounted);
    assert_eq!(show.code, 78, "{}{}", show.stdout, show.stderr);
    assert!(show.stderr.contains("write-ahead log"), "{}", show.stderr);
}

/// What is not a database file is said to be so (exit 78), not read as a disk error or a
/// missing environment: a pipe, a device, a link to nothing. What a killed `env create` left
/// behind is removed by the next creation of that name once it is old.
#[cfg(unix)]
#[test]
fn unusable_database_paths_are_named_and_killed_creations_are_cleared() {
    let t = TestEnv::new();
    t.ok(&["env", "create", "keep"]);
    let home = t.path().join("home");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(t.path().join("fifo"))
            .status()
            .unwrap()
            .success()
    );
    for db in ["fifo", "/dev/zero"] {
        let o = t.run(&["--db", db, "customer", "list"]);
        assert_eq!(o.code, 78, "{db}: {}", o.stderr);
        assert!(o.stderr.contains("not a regular file"), "{}", o.stderr);
    }
    std::os::unix::fs::symlink(t.path().join("missing.db"), home.join("dl.db")).unwrap();
    for args in [
        &["env", "create", "dl"][..],
        &["-e", "dl", "customer", "list"][..],
    ] {
        let o = t.run(args);
        assert_eq!(o.code, 78, "{}", o.stderr);
        assert!(
            o.stderr
                .contains("symbolic link to a file that does not exist"),
            "{}",
            o.stderr
        );
    }
    // A creation killed midway, long ago.
    let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_577_836_800); // 2020
    for f in [
        ".fresh.db.4242-abc.creating",
        ".fresh.db.4242-abc.creating-journal",
    ] {
        let p = home.join(f);
        std::fs::write(&p, "half").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    t.ok(&["env", "create", "fresh"]);
    let left: Vec<String> = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".creating"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Two names of one file (a hard link) are two write-ahead logs over one set of pages: writers
/// through both corrupted it. Refused, untouched; the temporary name of a creation (left by
/// one killed after it linked its file into place) is no second name.
#[test]
fn a_database_with_two_names_is_refused_untouched() {
    let t = TestEnv::with_starter();
    let db = t.path().join("home/development.db");
    std::fs::hard_link(&db, t.path().join("other.db")).unwrap();
    let before = std::fs::read(&db).unwrap();
    for args in [
        &["customer", "list"][..],
        &["--db", "other.db", "customer", "create", "c1"],
    ] {
        let e = t.fails(args, 78);
        assert!(e.contains("2 hard links"), "{e}");
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);
    std::fs::remove_file(t.path().join("other.db")).unwrap();
    let left = t.path().join("home/.development.db.4242-abc.creating");
    std::fs::hard_link(&db, &left).unwrap();
    t.ok(&["customer", "create", "c1"]);
    assert!(!left.exists());
}

/// `env delete` takes the write lock: a writer midway finishes first (the delete waits), and
/// one that waited for the lock while the file went away writes nothing and says so.
#[test]
fn env_delete_waits_for_writers_and_a_waiting_writer_finds_it_gone() {
    let t = TestEnv::with_starter();
    t.ok(&["env", "create", "x"]);
    let db = t.path().join("home/x.db");
    let hold = |ms: u64| hold_write_lock(&db, ms);
    // A writer holds the lock for 0.8 s: the delete waits for it.
    let h = hold(800);
    let started = std::time::Instant::now();
    t.ok(&["env", "delete", "x", "--yes"]);
    assert!(started.elapsed() >= std::time::Duration::from_millis(700));
    h.join().unwrap();
    assert!(!db.exists());
    // A writer waiting for the lock while the file is removed (and another made in its place).
    t.ok(&["env", "create", "x"]);
    let h = hold(800);
    let writer = t
        .command(&["-e", "x", "customer", "create", "lost"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::remove_file(&db).unwrap();
    t.ok(&["env", "create", "x"]);
    h.join().unwrap();
    let o = writer.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("deleted or replaced"), "{e}");
    assert_eq!(t.sql_env("x", "SELECT COUNT(*) FROM customers"), "0");
}

/// A database read as damaged is closed as it is: its write-ahead log is not folded into the
/// file (a log from another database would overwrite its pages, or cut it short).
#[test]
fn a_damaged_database_is_closed_without_folding_its_log_in() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "c1"]);
    let db = t.path().join("home/development.db");
    let wal = t.path().join("home/development.db-wal");
    // A commit left in the log (closed without a checkpoint), then the customers' page of the
    // main file overwritten.
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .unwrap();
        c.execute_batch("INSERT INTO meta(key, value) VALUES ('probe', '1')")
            .unwrap();
    }
    let (root, page): (i64, i64) = {
        let c =
            rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        (
            c.query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'customers'",
                [],
                |r| r.get(0),
            )
            .unwrap(),
            c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap(),
        )
    };
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    let mut bytes = std::fs::read(&db).unwrap();
    let at = ((root - 1) * page) as usize;
    bytes[at..at + page as usize].fill(0xA5);
    std::fs::write(&db, &bytes).unwrap();
    let log = std::fs::read(&wal).unwrap();
    t.fails(&["customer", "list"], 78);
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "the file was changed");
    assert_eq!(std::fs::read(&wal).unwrap(), log, "the log was folded in");
}

/// An import whose rejected rows cannot be written (their reader went away) imports nothing
/// and says so — the quiet end of `| head` is for a command's answer, not for what it must
/// write before committing; an answer that cannot be printed after a commit says the change
/// was made.
#[test]
fn lost_rejects_fail_the_import_and_a_lost_answer_says_it_was_committed() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId,name\nok1,A\n,bad\nok2,B\n");
    let mut c = t.command(&[
        "customer",
        "import",
        "c.csv",
        "--skip-invalid",
        "--rejects",
        "/dev/stdout",
    ]);
    let child = c
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut child = child;
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(74), "{e}");
    assert!(e.contains("nothing was imported"), "{e}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "0");
    if std::path::Path::new("/dev/full").exists() {
        let o = t
            .command(&["customer", "create", "c1"])
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let e = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(74), "{e}");
        assert!(e.contains("changes were committed"), "{e}");
        assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "1");
    }
}

/// A home or database path that runs through a file says so (it read "File exists", or "the
/// environment does not exist — create it").
#[test]
fn a_path_through_a_file_is_named() {
    let t = TestEnv::with_starter();
    t.write("afile", "x");
    let e = t.fails(&["--home", "afile", "customer", "list"], 78);
    assert!(e.contains("afile is a file"), "{e}");
    let e = t.fails(&["--db", "home/development.db/", "customer", "list"], 78);
    assert!(e.contains("drop the trailing /"), "{e}");
}

/// A file not ours (or from a newer binary) is left as it is, its write-ahead log included
/// (it was folded into the file while the message said "left untouched").
#[test]
fn a_foreign_database_and_its_log_are_left_as_they_are() {
    let t = TestEnv::new();
    let db = t.path().join("f.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch("PRAGMA journal_mode=WAL").unwrap();
        c.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .unwrap();
        c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let wal = t.path().join("f.db-wal");
    let (file, log) = (std::fs::read(&db).unwrap(), std::fs::read(&wal).unwrap());
    assert!(!log.is_empty());
    let e = t.fails(&["--db", "f.db", "customer", "list"], 78);
    assert!(e.contains("not a stigg-cli database"), "{e}");
    assert_eq!(std::fs::read(&db).unwrap(), file, "the file was changed");
    assert_eq!(std::fs::read(&wal).unwrap(), log, "the log was folded in");
}

/// A command whose change is made but whose answer cannot be printed says so, whichever
/// command (environment verbs included); a negative amount with a currency gets the tool's own
/// refusal, not the option parser's.
#[test]
fn every_committed_change_says_so_and_negative_amounts_are_ours() {
    let t = TestEnv::with_starter();
    if std::path::Path::new("/dev/full").exists() {
        let o = t
            .command(&["env", "create", "q"])
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let e = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(74), "{e}");
        assert!(e.contains("changes were committed"), "{e}");
    }
    t.ok(&["customer", "create", "a"]);
    let e = t.fails(
        &[
            "credit",
            "grant",
            "a",
            "--currency",
            "ai-credits",
            "--amount",
            "5",
            "--cost",
            "-5:USD",
        ],
        2,
    );
    assert!(e.contains("must not be negative"), "{e}");
}

/// Rejects written to a named pipe reach its reader; a pipe no one reads is refused at once
/// (the open waited forever, inside the import's transaction, holding the write lock).
#[test]
fn rejects_to_a_named_pipe_reach_its_reader_or_fail_at_once() {
    let t = TestEnv::with_starter();
    let fifo = t.path().join("fifo");
    if !std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        return;
    }
    t.write("s.csv", "customerId,name\nok1,A\nbad!,B\n");
    let args = [
        "customer",
        "import",
        "s.csv",
        "--skip-invalid",
        "--rejects",
        "fifo",
    ];
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    // (The reader opens the pipe first, as a shell's `cat fifo &` does.)
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.ok(&args);
    let got = reader.join().unwrap();
    assert!(got.starts_with("customerId,name,reason\nbad!,B,"), "{got}");
    let started = std::time::Instant::now();
    let e = t.fails(&args, 74);
    assert!(e.contains("named pipe no process reads"), "{e}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// A database file whose mode grants no write is read-only for every user — root too, who may
/// write through mode bits (a write committed, and the mode was changed).
#[cfg(unix)]
#[test]
fn a_file_marked_read_only_is_read_only_for_everyone() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "c1"]);
    let db = t.path().join("home/development.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let e = t.fails(&["customer", "create", "c2"], 78);
    assert!(e.contains("read-only"), "{e}");
    assert!(t.ok(&["customer", "list"]).contains("c1"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    // (Owner-only, as every database: group and other bits go; no write bit comes.)
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o400);
    // A writable file in a directory whose mode grants no write is read-only too.
    let dir = t.path().join("ro");
    std::fs::create_dir(&dir).unwrap();
    let x = dir.join("x.db");
    std::fs::copy(&db, &x).unwrap();
    std::fs::set_permissions(&x, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = std::fs::read(&x).unwrap();
    let xs = x.to_str().unwrap();
    let e = t.fails(&["--db", xs, "customer", "create", "c3"], 78);
    assert!(e.contains("read-only"), "{e}");
    assert!(t.ok(&["--db", xs, "customer", "list"]).contains("c1"));
    assert_eq!(std::fs::read(&x).unwrap(), before);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// A writer killed mid-export leaves its temporary file (`.NAME.PID.tmp`, customers' names and
/// emails); the next write of the same file removes it — not another running process's.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_writers_temporary_file_is_swept_by_the_next_write() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme"]);
    // A process number no process has (above Linux's largest), and this test's own (running).
    let stale = t.path().join(".out.csv.4194305.tmp");
    let live = t
        .path()
        .join(format!(".out.csv.{}.tmp", std::process::id()));
    let other = t.path().join(".other.csv.4194305.tmp");
    for p in [&stale, &live, &other] {
        std::fs::write(p, "partial").unwrap();
    }
    t.ok(&["customer", "export", "-o", "out.csv"]);
    assert!(!stale.exists());
    assert!(live.exists());
    assert!(other.exists());
    assert!(
        std::fs::read_to_string(t.path().join("out.csv"))
            .unwrap()
            .contains("acme")
    );
}

/// A read of one customer's state — a check, a balance, its usage — answers from a snapshot
/// when nothing of that customer's is due, even while transitions of others are due and a
/// long write (an import) holds the lock: it waited for the lock (and exited 75 past 5 s).
/// One whose customer has something due still waits, and answers with it processed.
#[test]
fn a_customer_with_nothing_due_is_answered_while_a_write_holds_the_lock() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "a"]);
    t.ok(&["customer", "create", "b"]);
    // b's trial (14 days, cancelled at its end) is due by the 20th; nothing of a's is.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "b",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let later = "2026-01-20T00:00:00Z";
    let reads: [&[&str]; 4] = [
        &["entitlement", "check", "a", "projects", "--json"],
        &["entitlement", "list", "a", "--json"],
        &["credit", "balance", "a", "--json"],
        &["usage", "show", "a", "--json"],
    ];
    let answer = |args: &[&str]| {
        let o = t.run(&[&["--now", later][..], args].concat());
        (o.code, o.stdout)
    };
    let free: Vec<_> = reads.iter().map(|r| answer(r)).collect();
    let db = t.path().join("home/development.db");
    let h = hold_write_lock(&db, 3000);
    for (r, want) in reads.iter().zip(&free) {
        let started = std::time::Instant::now();
        let got = answer(r);
        let took = started.elapsed();
        assert_eq!(&got, want, "{r:?}");
        assert!(
            took < std::time::Duration::from_millis(2000),
            "{r:?} {took:?}"
        );
    }
    // b's check waits for the lock, then evaluates the trial's end: pro's sso is gone.
    let started = std::time::Instant::now();
    let (code, _) = answer(&["entitlement", "check", "b", "sso"]);
    let took = started.elapsed();
    h.join().unwrap();
    assert_eq!(code, 1);
    assert!(took >= std::time::Duration::from_millis(1000), "{took:?}");
}

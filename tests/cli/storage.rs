//! Files and secrets: permissions, randomness, read-only mounts, atomic exports.

use crate::helpers::TestEnv;

#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
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
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(&ro)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    }
    let f = t.catalog("saas-starter.yaml");
    let setup = t.run(&["--db", "ro/env.db", "catalog", "apply", &f]);
    t.run(&["--db", "ro/env.db", "customer", "create", "acme", "--plan", "free"]);
    let remounted = std::process::Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(&ro)
        .status()
        .is_ok_and(|s| s.success());
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
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&tiny)
        .status()
        .is_ok_and(|s| s.success());
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

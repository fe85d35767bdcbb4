use std::path::{Path, PathBuf};
use std::process::Command;

pub const NOW: &str = "2026-01-01T00:00:00Z";

/// A temporary working directory with `home/` as STIGG_HOME; commands run inside it, with a
/// cleared environment, a fixed `now` and a fixed id seed, so output is byte-for-byte stable.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub now: Option<String>,
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl TestEnv {
    pub fn new() -> Self {
        TestEnv {
            dir: tempfile::tempdir().expect("tempdir"),
            now: Some(NOW.to_string()),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_stigg-cli"));
        c.args(args)
            .current_dir(self.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("STIGG_HOME", "home")
            .env("STIGG_ID_SEED", "42")
            .env("NO_COLOR", "1");
        if let Some(n) = &self.now {
            c.env("STIGG_NOW", n);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        let o = self.command(args).output().expect("run stigg-cli");
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    /// Runs and asserts success; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.code, 0,
            "{args:?} failed\nstdout:\n{}\nstderr:\n{}",
            o.stdout, o.stderr
        );
        o.stdout
    }

    /// Runs and asserts the exit code; returns stdout (answers carried by the exit code).
    #[track_caller]
    pub fn exits(&self, args: &[&str], code: i32) -> String {
        let o = self.run(args);
        assert_eq!(
            o.code, code,
            "{args:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            o.stdout, o.stderr
        );
        o.stdout
    }

    /// Runs and asserts the exit code; returns stderr.
    #[track_caller]
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let o = self.run(args);
        assert_eq!(
            o.code, code,
            "{args:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            o.stdout, o.stderr
        );
        assert!(!o.stderr.contains("panicked"), "panic: {}", o.stderr);
        o.stderr
    }

    pub fn write(&self, name: &str, content: &str) -> PathBuf {
        let p = self.path().join(name);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&p, content).unwrap();
        p
    }

    /// Copies a catalog from the repository's `catalogs/` into the working directory.
    pub fn catalog(&self, name: &str) -> String {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("catalogs")
            .join(name);
        let text = std::fs::read_to_string(src).unwrap();
        self.write(name, &text);
        name.to_string()
    }

    /// A database with the starter catalog applied.
    pub fn with_starter() -> Self {
        let t = TestEnv::new();
        let f = t.catalog("saas-starter.yaml");
        t.ok(&["catalog", "apply", &f]);
        t
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        let out = self.ok(&a);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{out}"))
    }

    /// The stored payloads (the entity's fields, without the envelope) of the events of type
    /// `ty` (every type when empty) about `entity` (any when empty), oldest first, as
    /// `events list` reads them: batched ones included.
    pub fn events(&self, ty: &str, entity: &str) -> Vec<serde_json::Value> {
        let mut a = vec!["events", "list"];
        if !ty.is_empty() {
            a.extend(["--type", ty]);
        }
        if !entity.is_empty() {
            a.extend(["--entity", entity]);
        }
        let list = self.json(&a);
        list.as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let mut p = e["payload"].clone();
                let o = p.as_object_mut().unwrap();
                for k in ["type", "messageId", "timestamp", "environment"] {
                    o.remove(k);
                }
                p
            })
            .collect()
    }

    /// How many events are stored, batched ones included.
    pub fn event_count(&self) -> u64 {
        self.sql(
            "SELECT (SELECT COUNT(*) FROM events)
                  + coalesce((SELECT sum(last_seq - first_seq + 1) FROM event_batches), 0)",
        )
        .parse()
        .unwrap()
    }

    pub fn sql(&self, query: &str) -> String {
        self.sql_env("development", query)
    }

    /// A query against another environment of the home.
    pub fn sql_env(&self, env: &str, query: &str) -> String {
        let conn = rusqlite::Connection::open(self.path().join(format!("home/{env}.db"))).unwrap();
        let mut stmt = conn.prepare(query).unwrap();
        let cols = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut cells = Vec::new();
                for i in 0..cols {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(match v {
                        rusqlite::types::Value::Null => "NULL".to_string(),
                        rusqlite::types::Value::Integer(i) => i.to_string(),
                        rusqlite::types::Value::Text(t) => t,
                        other => format!("{other:?}"),
                    });
                }
                Ok(cells.join("|"))
            })
            .unwrap();
        rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("\n")
    }
}

//! The ledger's runs (schema 11): alike entries written one after another stored as one row of
//! `credit_ledger_runs`, read back here as the rows of `credit_ledger` they stand for. Reads
//! filter the runs by pool and type in SQL and expand only those in Rust (the
//! `credit_ledger_all` view expands every run through `json_each`: fine for the sqlite3 shell,
//! far too slow for a customer's ledger in a million entries).

use rusqlite::Connection;

use crate::error::{Error, Result};

/// A stored entry as read, before its codes are named: what a row of `credit_ledger` (joined
/// to its pool and grant) holds.
#[derive(Debug, Clone)]
pub struct RawEntry {
    pub seq: i64,
    pub at: i64,
    pub customer: String,
    pub currency: String,
    pub resource: String,
    /// The grant's id, or `#` and its number when no grant has it.
    pub grant: String,
    pub entry_type: i64,
    pub amount: String,
    pub balance_after: String,
    pub feature: Option<String>,
    pub record: Option<i64>,
    pub idempotency_key: Option<String>,
    pub actor: i64,
}

/// Whether the file has the runs table: a read-only file of a schema before 11 has none (see
/// `schema::READS_FROM`); a file of schema 11 on without it is damaged.
pub fn has_runs(conn: &Connection) -> Result<bool> {
    let (has, version) = conn
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM sqlite_schema WHERE name = 'credit_ledger_runs'),
                    (SELECT user_version FROM pragma_user_version)",
        )?
        .query_row([], |r| Ok((r.get::<_, bool>(0)?, r.get::<_, i64>(1)?)))?;
    if !has && version >= 11 {
        return Err(Error::damaged(
            "its tables do not match its schema version (the credit_ledger_runs table is missing)",
        ));
    }
    Ok(has)
}

/// One element of a run's `entries`: `[at − the run's at, grant_seq, amount, balance_after,
/// record]`.
type Element = (i64, i64, String, String, Option<i64>);

/// The entries of the run numbered `first..=last`, refused as damage unless they are what
/// the writer writes (one element per number).
pub fn parse_run(first: i64, last: i64, entries: &str) -> Result<Vec<Element>> {
    let damaged = || {
        Error::damaged(format!(
            "the ledger run from entry '{}' is not a list of its entries",
            crate::ids::derived_id("led", first.max(0) as u64)
        ))
    };
    let list: Vec<Element> = serde_json::from_str(entries).map_err(|_| damaged())?;
    if last < first || (last - first + 1) as u128 != list.len() as u128 {
        return Err(damaged());
    }
    Ok(list)
}

/// A run's columns besides its entries.
pub struct RunHead {
    pub first: i64,
    pub last: i64,
    /// Its first entry's instant (µs): the others' are offsets from it.
    pub at: i64,
    pub customer: String,
    pub currency: String,
    pub resource: String,
    pub entry_type: i64,
    pub feature: Option<String>,
    pub actor: i64,
}

/// Grant ids by number, looked up once each (a pool has few grants; a run names them by
/// number).
#[derive(Default)]
pub struct GrantNames(std::collections::HashMap<i64, String>);

impl GrantNames {
    pub fn name(&mut self, conn: &Connection, seq: i64) -> Result<String> {
        if let Some(n) = self.0.get(&seq) {
            return Ok(n.clone());
        }
        use rusqlite::OptionalExtension as _;
        let id: Option<String> = conn
            .prepare_cached("SELECT id FROM credit_grants WHERE seq = ?1")?
            .query_row([seq], |r| r.get(0))
            .optional()?;
        let name = id.unwrap_or_else(|| format!("#{seq}"));
        self.0.insert(seq, name.clone());
        Ok(name)
    }
}

/// The entries of a run as rows, those at `from..to` (µs) only.
pub fn expand(
    conn: &Connection,
    names: &mut GrantNames,
    head: &RunHead,
    entries: &str,
    (from, to): (Option<i64>, Option<i64>),
) -> Result<Vec<RawEntry>> {
    let list = parse_run(head.first, head.last, entries)?;
    let mut out = Vec::with_capacity(list.len());
    for (i, (offset, grant, amount, after, record)) in list.into_iter().enumerate() {
        let at = head.at.checked_add(offset).ok_or_else(|| {
            Error::damaged(format!(
                "the ledger entry '{}' has no instant",
                crate::ids::derived_id("led", (head.first + i as i64).max(0) as u64)
            ))
        })?;
        if from.is_some_and(|f| at < f) || to.is_some_and(|t| at >= t) {
            continue;
        }
        out.push(RawEntry {
            seq: head.first + i as i64,
            at,
            customer: head.customer.clone(),
            currency: head.currency.clone(),
            resource: head.resource.clone(),
            grant: names.name(conn, grant)?,
            entry_type: head.entry_type,
            amount,
            balance_after: after,
            feature: head.feature.clone(),
            record,
            idempotency_key: None,
            actor: head.actor,
        });
    }
    Ok(out)
}

/// The runs whose entries may name usage record `record` (its number is the last field of
/// an element, `,<record>]`, found in the text before anything is parsed): each with its
/// pool's currency, of `feature`'s runs (and those of no feature: an automatic recharge it set
/// off) only when given.
pub fn runs_of_record(
    conn: &Connection,
    record: i64,
    feature: Option<&str>,
) -> Result<Vec<(RunHead, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT r.first_seq, r.last_seq, r.at, p.customer_id, p.currency_id, p.resource_id,
             r.type, r.feature_id, r.actor, r.entries
         FROM credit_ledger_runs r JOIN credit_pools p ON p.id = r.pool
         WHERE instr(r.entries, ?1) > 0
           AND (?2 IS NULL OR r.feature_id = ?2 OR r.feature_id IS NULL)
         ORDER BY r.first_seq",
    )?;
    let rows = st.query_map(rusqlite::params![format!(",{record}]"), feature], |r| {
        Ok((head_of(r)?, r.get::<_, String>(9)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A run's head from a row whose first 9 columns are those of [`runs_of_record`]'s query.
pub fn head_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<RunHead> {
    Ok(RunHead {
        first: r.get(0)?,
        last: r.get(1)?,
        at: r.get(2)?,
        customer: r.get(3)?,
        currency: r.get(4)?,
        resource: r.get(5)?,
        entry_type: r.get(6)?,
        feature: r.get(7)?,
        actor: r.get(8)?,
    })
}

/// How many entries the runs of pools that do not exist hold (every entry belongs to one).
pub fn entries_of_no_pool(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(last_seq - first_seq + 1), 0) FROM credit_ledger_runs
             WHERE pool NOT IN (SELECT id FROM credit_pools)",
        )?
        .query_row([], |r| r.get(0))?)
}

/// The first entry number stored twice — a row inside a run, or runs overlapping (the
/// insert triggers refuse both; a file written around them is caught here).
pub fn number_stored_twice(conn: &Connection) -> Result<Option<i64>> {
    use rusqlite::OptionalExtension as _;
    Ok(conn
        .prepare_cached(
            "SELECT seq FROM (
                 SELECT l.seq FROM credit_ledger l
                 WHERE (SELECT r.last_seq FROM credit_ledger_runs r WHERE r.first_seq <= l.seq
                        ORDER BY r.first_seq DESC LIMIT 1) >= l.seq
                 UNION ALL
                 SELECT first_seq FROM (
                     SELECT first_seq,
                            max(last_seq) OVER (ORDER BY first_seq
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
                     FROM credit_ledger_runs)
                 WHERE reach >= first_seq)
             ORDER BY seq LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_runs_entries_are_numbered_on_and_timed_from_its_first() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE credit_grants (seq INTEGER PRIMARY KEY, id TEXT NOT NULL);
             INSERT INTO credit_grants VALUES (2, 'grant_a');",
        )
        .unwrap();
        let head = RunHead {
            first: 40,
            last: 42,
            at: 1_000,
            customer: "m".into(),
            currency: "c".into(),
            resource: String::new(),
            entry_type: 3,
            feature: None,
            actor: 2,
        };
        let body = r#"[[0,2,"-1","9",null],[250,2,"-2","7",null],[500,3,"-3","4",-8]]"#;
        let mut names = GrantNames::default();
        let all = expand(&conn, &mut names, &head, body, (None, None)).unwrap();
        let got: Vec<(i64, i64, &str, Option<i64>)> = all
            .iter()
            .map(|e| (e.seq, e.at, e.grant.as_str(), e.record))
            .collect();
        assert_eq!(
            got,
            [
                (40, 1_000, "grant_a", None),
                (41, 1_250, "grant_a", None),
                (42, 1_500, "#3", Some(-8)),
            ]
        );
        // Filtered by instant: [from, to).
        let some = expand(&conn, &mut names, &head, body, (Some(1_250), Some(1_500))).unwrap();
        assert_eq!(some.iter().map(|e| e.seq).collect::<Vec<_>>(), [41]);
        // An offset past what an instant holds is damage, not a wrapped instant.
        let far = r#"[[9223372036854775807,2,"-1","9",null]]"#;
        let one = RunHead { last: 40, ..head };
        assert!(expand(&conn, &mut names, &one, far, (None, None)).is_err());
    }

    #[test]
    fn a_run_holds_one_element_per_number_of_the_writers_shape() {
        let ok = r#"[[1,2,"-1","5",-7],[3,2,"-1.5","3.5",null]]"#;
        let list = parse_run(10, 11, ok).unwrap();
        assert_eq!(list[1], (3, 2, "-1.5".into(), "3.5".into(), None));
        for (first, last, bad) in [
            (10, 12, ok),
            (10, 10, ok),
            (11, 10, ok),
            (1, 1, r#"[[1,2,"-1"]]"#),
            (1, 1, r#"[[1,2,-1,"5",null]]"#),
            (1, 1, r#"[[1,2,"-1","5",null]"#),
            (1, 1, r#"{"a":1}"#),
            (1, 1, ""),
        ] {
            let e = parse_run(first, last, bad).unwrap_err();
            assert!(e.message.contains("not a list of its entries"), "{bad}");
        }
    }
}

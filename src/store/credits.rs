//! Credit grants (current state), the append-only ledger and idempotency keys of credit requests.

use rusqlite::{Connection, OptionalExtension, params};
use rust_decimal::Decimal;

use super::Tx;
use super::usage::{from_micros, micros};
use crate::clock::Instant;
use crate::domain::credits::{Entry, EntryType, Grant, GrantStatus, GrantType, Pool};
use crate::error::{Error, Result};

/// A pool: customer, currency, resource ("" = customer level).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PoolKey {
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: String,
}

/// What a grant is besides its pool state: where it came from and what it cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantInfo {
    pub pool: PoolKey,
    pub cost_amount: Decimal,
    pub cost_currency: Option<String>,
    pub source: String,
    pub subscription_id: Option<String>,
    pub name: Option<String>,
    pub comment: Option<String>,
}

impl GrantInfo {
    /// A pool's overdraft grant: nothing paid, made by consumption.
    pub fn overdraft(pool: &PoolKey) -> Self {
        GrantInfo {
            pool: pool.clone(),
            cost_amount: Decimal::ZERO,
            cost_currency: None,
            source: "overdraft".into(),
            subscription_id: None,
            name: None,
            comment: None,
        }
    }
}

fn decimal(v: &str) -> Result<Decimal> {
    super::usage::stored_decimal(v, "credit amount")
}

/// A grant's state columns, read by [`state_at`] (in this order, from column 0).
const STATE_COLUMNS: &str = "id, seq, grant_type, status, amount, consumed, expired, voided,
    granted, priority, effective_at, expires_at, created_at";
/// What a grant is besides its state, read by [`info_at`] (in this order).
const INFO_COLUMNS: &str = "customer_id, currency_id, resource_id, cost_amount, cost_currency,
    source, name, comment, subscription_id";

/// A row's text column `i` (grant columns are TEXT in a STRICT table).
fn text_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<&'r str> {
    Ok(r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?)
}

/// A grant's state from [`STATE_COLUMNS`] at the start of a row.
fn state_at(r: &rusqlite::Row<'_>) -> Result<Grant> {
    let id: String = r.get(0)?;
    let damaged = |what: &str, v: &str| Error::damaged(format!("grant '{id}' has {what} '{v}'"));
    let (ty, status) = (text_at(r, 2)?, text_at(r, 3)?);
    Ok(Grant {
        grant_type: GrantType::parse(ty).ok_or_else(|| damaged("type", ty))?,
        status: GrantStatus::parse(status).ok_or_else(|| damaged("status", status))?,
        amount: decimal(text_at(r, 4)?)?,
        consumed: decimal(text_at(r, 5)?)?,
        expired: decimal(text_at(r, 6)?)?,
        voided: decimal(text_at(r, 7)?)?,
        granted: r.get(8)?,
        priority: r.get(9)?,
        effective_at: from_micros(r.get(10)?)?,
        expires_at: r.get::<_, Option<i64>>(11)?.map(from_micros).transpose()?,
        created_at: from_micros(r.get(12)?)?,
        seq: r.get(1)?,
        grant_id: id,
    })
}

/// What a grant is besides its state, from [`INFO_COLUMNS`] starting at column `at`.
fn info_at(r: &rusqlite::Row<'_>, at: usize) -> Result<GrantInfo> {
    Ok(GrantInfo {
        pool: PoolKey {
            customer_id: r.get(at)?,
            currency_id: r.get(at + 1)?,
            resource_id: r.get(at + 2)?,
        },
        cost_amount: decimal(text_at(r, at + 3)?)?,
        cost_currency: r.get(at + 4)?,
        source: r.get(at + 5)?,
        name: r.get(at + 6)?,
        comment: r.get(at + 7)?,
        subscription_id: r.get(at + 8)?,
    })
}

/// The number of [`STATE_COLUMNS`].
const STATE_COUNT: usize = 13;

fn grants_where(
    conn: &Connection,
    filter: &'static str,
    p: impl rusqlite::Params,
) -> Result<Vec<(Grant, GrantInfo)>> {
    // The statement's text made once per filter (a pool is loaded once per grant an import
    // makes: not formatted again each time).
    thread_local! {
        static SQL: std::cell::RefCell<Vec<(&'static str, std::rc::Rc<str>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let sql = SQL.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((_, s)) = m.iter().find(|(f, _)| *f == filter) {
            return s.clone();
        }
        let s: std::rc::Rc<str> = format!(
            "SELECT {STATE_COLUMNS}, {INFO_COLUMNS} FROM credit_grants WHERE {filter} ORDER BY seq"
        )
        .into();
        m.push((filter, s.clone()));
        s
    });
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(p)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push((state_at(r)?, info_at(r, STATE_COUNT)?));
    }
    Ok(out)
}

/// What a stored grant is besides its state, by its number (a bulk burn reads it back only for
/// the grants an event names).
pub fn info_by_seq(conn: &Connection, seq: i64) -> Result<Option<GrantInfo>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {INFO_COLUMNS} FROM credit_grants WHERE seq = ?1"
    ))?;
    let mut rows = stmt.query([seq])?;
    rows.next()?.map(|r| info_at(r, 0)).transpose()
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<(Grant, GrantInfo)>> {
    Ok(grants_where(conn, "id = ?1", [id])?.into_iter().next())
}

/// A pool's grants that can still change or count: SCHEDULED, ACTIVE, DEPLETED (not EXPIRED or
/// VOIDED). Written as two comparisons, not an `IN` list: SQLite builds a temporary table for
/// an `IN` list of more than two values on every run of the statement (once per pool loaded);
/// the pool index still finds the pool, and filters the status from its entries.
const LIVE: &str = "customer_id = ?1 AND currency_id = ?2 AND resource_id = ?3
    AND status <> 'EXPIRED' AND status <> 'VOIDED'";
/// Every grant of a pool, whatever its status.
const POOL: &str = "customer_id = ?1 AND currency_id = ?2 AND resource_id = ?3";

/// A pool with the grants that can still change or count: scheduled, active, used up (they
/// count in the granted amount in force) and the open overdraft. `all` loads every grant ever
/// (for `credit verify`).
pub fn load_pool(conn: &Connection, key: &PoolKey, all: bool) -> Result<(Pool, Vec<GrantInfo>)> {
    let filter = if all { POOL } else { LIVE };
    let rows = grants_where(
        conn,
        filter,
        params![key.customer_id, key.currency_id, key.resource_id],
    )?;
    let (grants, infos) = rows.into_iter().unzip();
    Ok((Pool { grants }, infos))
}

/// [`load_pool`]'s grants without what they are besides their state (a bulk burn holds
/// thousands of pools, and reads an info back only for an event).
pub fn load_states(conn: &Connection, key: &PoolKey) -> Result<Pool> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {STATE_COLUMNS} FROM credit_grants
         WHERE {LIVE}"
    ))?;
    let mut rows = stmt.query(params![key.customer_id, key.currency_id, key.resource_id])?;
    let mut grants = Vec::new();
    while let Some(r) = rows.next()? {
        grants.push(state_at(r)?);
    }
    // In creation order, as `load_pool` gives them (sorted here: no sorter per query).
    grants.sort_unstable_by_key(|g| g.seq);
    Ok(Pool { grants })
}

/// The next time-driven step of `g`: taking effect while SCHEDULED, expiring while ACTIVE (in
/// the stored unit: `credit verify` compares it with the stored one).
pub fn due_at(g: &Grant) -> Option<i64> {
    due_instant(g).as_ref().map(micros)
}

/// A grant's next time-driven step: taking effect while scheduled, expiring while active.
fn due_instant(g: &Grant) -> Option<Instant> {
    match g.status {
        GrantStatus::Scheduled => Some(g.effective_at),
        GrantStatus::Active if g.grant_type != GrantType::Overdraft => g.expires_at,
        _ => None,
    }
}

pub fn insert(tx: &Tx<'_>, g: &Grant, info: &GrantInfo) -> Result<()> {
    tx.note_due(due_instant(g));
    tx.sql
        .prepare_cached(
            "INSERT INTO credit_grants(id, seq, customer_id, currency_id, resource_id, grant_type,
                 status, amount, consumed, expired, voided, cost_amount, cost_currency, priority,
                 effective_at, expires_at, due_at, source, name, comment, created_at,
                 subscription_id, granted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23)",
        )?
        .execute(params![
            g.grant_id,
            g.seq,
            info.pool.customer_id,
            info.pool.currency_id,
            info.pool.resource_id,
            g.grant_type.wire(),
            g.status.wire(),
            g.amount.to_string(),
            g.consumed.to_string(),
            g.expired.to_string(),
            g.voided.to_string(),
            info.cost_amount.to_string(),
            info.cost_currency,
            g.priority,
            micros(&g.effective_at),
            g.expires_at.as_ref().map(micros),
            due_at(g),
            info.source,
            info.name,
            info.comment,
            micros(&g.created_at),
            info.subscription_id,
            g.granted,
        ])?;
    Ok(())
}

/// Saves what pool operations change: status and amounts (and so the next due step).
/// A grant that is not stored is an internal error: its change would be lost.
pub fn save_state(tx: &Tx<'_>, g: &Grant) -> Result<()> {
    tx.note_due(due_instant(g));
    let n = tx
        .sql
        .prepare_cached(
            "UPDATE credit_grants SET status = ?2, consumed = ?3, expired = ?4, voided = ?5,
                 due_at = ?6, granted = ?7 WHERE seq = ?1",
        )?
        .execute(params![
            g.seq,
            g.status.wire(),
            g.consumed.to_string(),
            g.expired.to_string(),
            g.voided.to_string(),
            due_at(g),
            g.granted,
        ])?;
    if n != 1 {
        return Err(Error::internal(format!(
            "grant '{}' (number {}) is not stored",
            g.grant_id, g.seq
        )));
    }
    Ok(())
}

/// The small code a ledger row stores for its type (1 = GRANTED … 7 = TRANSFER_TARGET).
fn type_code(t: EntryType) -> i64 {
    EntryType::ALL
        .iter()
        .position(|x| *x == t)
        .map_or(0, |i| i as i64 + 1)
}

fn actor_code(a: crate::events::EventActor) -> i64 {
    crate::events::EventActor::ALL
        .iter()
        .position(|x| *x == a)
        .map_or(0, |i| i as i64 + 1)
}

fn code_name<T: Copy>(all: &[T], code: i64, name: impl Fn(T) -> &'static str) -> Result<String> {
    usize::try_from(code - 1)
        .ok()
        .and_then(|i| all.get(i))
        .map(|t| name(*t).to_string())
        .ok_or_else(|| Error::damaged(format!("a ledger row has code {code}")))
}

/// A pool's number, when it has one (it gets one with its first ledger entry).
pub fn pool_id(conn: &Connection, key: &PoolKey) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM credit_pools
             WHERE customer_id = ?1 AND currency_id = ?2 AND resource_id = ?3",
        )?
        .query_row(
            params![key.customer_id, key.currency_id, key.resource_id],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn ensure_pool(tx: &Tx<'_>, key: &PoolKey) -> Result<i64> {
    if let Some(id) = pool_id(&tx.sql, key)? {
        return Ok(id);
    }
    insert_pool(tx, key, Decimal::ZERO)
}

/// A pool not stored yet, with its balance; its number.
fn insert_pool(tx: &Tx<'_>, key: &PoolKey, balance: Decimal) -> Result<i64> {
    tx.sql
        .prepare_cached(
            "INSERT INTO credit_pools(customer_id, currency_id, resource_id, balance)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            key.customer_id,
            key.currency_id,
            key.resource_id,
            balance.to_string()
        ])?;
    Ok(tx.sql.last_insert_rowid())
}

/// A pool's number and recorded balance (what its last ledger entry says; `credit verify`
/// checks they agree), when it is stored. One look-up through the pool's unique key.
pub fn pool_row(conn: &Connection, key: &PoolKey) -> Result<Option<(i64, Decimal)>> {
    let row: Option<(i64, String)> = conn
        .prepare_cached(
            "SELECT id, balance FROM credit_pools
             WHERE customer_id = ?1 AND currency_id = ?2 AND resource_id = ?3",
        )?
        .query_row(
            params![key.customer_id, key.currency_id, key.resource_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(id, b)| Ok((id, decimal(&b)?))).transpose()
}

/// The last entry's balance of a pool (0 for a pool without entries).
pub fn balance(conn: &Connection, key: &PoolKey) -> Result<Decimal> {
    Ok(pool_row(conn, key)?.map(|(_, b)| b).unwrap_or_default())
}

/// What ties entries to the request that made them.
#[derive(Debug, Clone, Default)]
pub struct EntryContext {
    /// Shared, not copied: a bulk import attaches it to every entry.
    pub feature_id: Option<std::sync::Arc<str>>,
    /// The usage record that burned: > 0 a reported-usage row, < 0 a raw event's (negated).
    pub record: Option<i64>,
    pub idempotency_key: Option<String>,
}

impl EntryContext {
    /// The context borrowed, as a ledger line carries it.
    pub fn tie(&self) -> Tie<'_> {
        Tie {
            feature: self.feature_id.as_deref(),
            record: self.record,
            key: self.idempotency_key.as_deref(),
        }
    }
}

/// What ties a ledger line to its request, borrowed: the feature, the usage record, the
/// idempotency key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tie<'a> {
    pub feature: Option<&'a str>,
    pub record: Option<i64>,
    pub key: Option<&'a str>,
}

/// A usage record as the ledger prints it: `usage:<id>` or `event:<id>`.
pub fn record_name(record: i64) -> String {
    if record < 0 {
        format!("event:{}", record.unsigned_abs())
    } else {
        format!("usage:{record}")
    }
}

/// Appends entries to a pool's ledger, each with the balance after it; returns the balance
/// after the last. `seq_of` names the grants the entries touch by creation number (the pool in
/// memory knows them); a grant it does not know is looked up.
pub fn append(
    tx: &mut Tx<'_>,
    key: &PoolKey,
    entries: &[Entry],
    ctx: &EntryContext,
    seq_of: impl Fn(&str) -> Option<i64>,
) -> Result<Decimal> {
    // The pool's number and balance in one look-up (the pool is made on its first entry,
    // with the balance its entries leave: no second write of the row).
    let (pool, bal, made) = match pool_row(&tx.sql, key)? {
        Some((pool, bal)) => (pool, bal, None),
        None if entries.is_empty() => return Ok(Decimal::ZERO),
        None => {
            let after = entries
                .iter()
                .try_fold(Decimal::ZERO, |b, e| balance_after(b, e.amount))?;
            (insert_pool(tx, key, after)?, Decimal::ZERO, Some(after))
        }
    };
    if entries.is_empty() {
        return Ok(bal);
    }
    let mut seqs: Vec<i64> = Vec::with_capacity(entries.len());
    for e in entries {
        let s = match seq_of(&e.grant_id) {
            Some(s) => Some(s),
            None => tx
                .sql
                .prepare_cached("SELECT seq FROM credit_grants WHERE id = ?1")?
                .query_row([&e.grant_id], |r| r.get(0))
                .optional()?,
        };
        seqs.push(s.ok_or_else(|| {
            Error::internal(format!("a ledger entry names grant '{}'", e.grant_id))
        })?);
    }
    let lines = entries.iter().zip(seqs).map(|(e, grant_seq)| {
        Ok(Line {
            grant_seq,
            entry_type: e.entry_type,
            amount: e.amount,
            at: e.at,
            ctx: ctx.tie(),
        })
    });
    let after = append_rows(tx, pool, bal, lines)?;
    match made {
        Some(stored) if stored == after => {}
        Some(_) => {
            return Err(Error::internal(
                "a new pool's balance disagrees with its entries".to_string(),
            ));
        }
        None => save_balance(tx, pool, after)?,
    }
    Ok(after)
}

/// A ledger entry to append: the grant it touches by creation number, and what ties it to the
/// request that made it.
pub struct Line<'a> {
    pub grant_seq: i64,
    pub entry_type: EntryType,
    pub amount: Decimal,
    pub at: Instant,
    pub ctx: Tie<'a>,
}

/// Appends entries to pool number `pool` whose balance is `bal`; returns the balance after the
/// last.
pub fn append_rows<'a>(
    tx: &mut Tx<'_>,
    pool: i64,
    mut bal: Decimal,
    lines: impl IntoIterator<Item = Result<Line<'a>>>,
) -> Result<Decimal> {
    let with_balance = lines.into_iter().map(|l| {
        let l = l?;
        bal = balance_after(bal, l.amount)?;
        Ok((pool, bal, l))
    });
    append_lines(tx, with_balance)?;
    Ok(bal)
}

/// A balance after an entry of `amount`: exact, or refused.
pub fn balance_after(bal: Decimal, amount: Decimal) -> Result<Decimal> {
    crate::domain::decimal::exact_add(bal, amount).ok_or_else(|| {
        Error::rejected(
            "AmountTooLarge",
            "the balance would be out of range or need more digits than a decimal holds",
        )
    })
}

/// Rows per multi-row INSERT of [`append_lines`]: a bulk import appends a million entries, and
/// one statement of many rows costs SQLite less per row than as many one-row statements.
const LEDGER_BATCH: usize = 32;
const LEDGER_COLUMNS: usize = 11;

/// An INSERT of `rows` ledger rows. `OR FAIL`: a failing row fails the whole command (its
/// transaction is rolled back), so the rows before it in the statement need no statement
/// journal to be taken back.
fn ledger_insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT OR FAIL INTO credit_ledger(pool, seq, at, grant_seq, type, amount, balance_after,
             feature_id, record, idempotency_key, actor) VALUES ",
    );
    for r in 0..rows {
        if r > 0 {
            sql.push(',');
        }
        sql.push('(');
        for c in 0..LEDGER_COLUMNS {
            if c > 0 {
                sql.push(',');
            }
            sql.push('?');
        }
        sql.push(')');
    }
    sql
}

/// Entries of one pool, type, feature and actor without an idempotency key, written one
/// after another, are stored as a run (one row of `credit_ledger_runs`) from this many on; a
/// lone one is a row of `credit_ledger`. (A bulk import writes a customer's entries of a few
/// thousand records side by side: a handful each.)
const RUN_MIN: usize = 2;
/// The most entries a run holds.
const RUN_MAX: usize = 256;

/// A ledger row about to be written: its integers (pool, seq, at, grant number, type), its
/// amount and balance as text, and what ties it to its request.
struct Row<'a> {
    ints: [i64; 5],
    amount: String,
    after: String,
    ctx: Tie<'a>,
}

/// Appends entries, each to pool number `.0` with the balance after it `.1`, in the order
/// given (the ledger is kept in write order, each entry numbered on from the last): a run of
/// consecutive entries alike ([`RUN_MIN`] on) as one row of `credit_ledger_runs`, the others as
/// rows of `credit_ledger`, [`LEDGER_BATCH`] per statement.
pub fn append_lines<'a>(
    tx: &mut Tx<'_>,
    lines: impl IntoIterator<Item = Result<(i64, Decimal, Line<'a>)>>,
) -> Result<()> {
    let actor = actor_code(tx.actor);
    let mut rows: Vec<Row<'a>> = Vec::with_capacity(LEDGER_BATCH);
    // The run being gathered (entries alike, consecutive).
    let mut run: Vec<Row<'a>> = Vec::with_capacity(RUN_MAX);
    // Text buffers, reused.
    let mut spare: Vec<String> = Vec::new();
    let mut body = String::new();
    for line in lines {
        let (pool, bal, l) = line?;
        let seq = tx.ids.next_seq(&tx.sql)? as i64;
        let (mut amount, mut after) = (
            spare.pop().unwrap_or_default(),
            spare.pop().unwrap_or_default(),
        );
        crate::domain::decimal::push_text(&mut amount, l.amount);
        crate::domain::decimal::push_text(&mut after, bal);
        let row = Row {
            ints: [
                pool,
                seq,
                micros(&l.at),
                l.grant_seq,
                type_code(l.entry_type),
            ],
            amount,
            after,
            ctx: l.ctx,
        };
        let runs = row.ctx.key.is_none();
        let joins = runs
            && run.len() < RUN_MAX
            && run.first().is_none_or(|f| {
                f.ints[0] == row.ints[0]
                    && f.ints[4] == row.ints[4]
                    && f.ctx.feature == row.ctx.feature
            });
        if !joins {
            end_run(tx, &mut run, &mut rows, &mut spare, &mut body, actor)?;
        }
        if runs {
            run.push(row);
        } else {
            push_row(tx, &mut rows, &mut spare, row, actor)?;
        }
    }
    end_run(tx, &mut run, &mut rows, &mut spare, &mut body, actor)?;
    insert_rows(tx, &mut rows, &mut spare, actor)
}

/// Writes the run gathered: one row of `credit_ledger_runs` when it is long enough, else its
/// entries as rows.
fn end_run<'a>(
    tx: &Tx<'_>,
    run: &mut Vec<Row<'a>>,
    rows: &mut Vec<Row<'a>>,
    spare: &mut Vec<String>,
    body: &mut String,
    actor: i64,
) -> Result<()> {
    if run.len() < RUN_MIN {
        for row in run.drain(..) {
            push_row(tx, rows, spare, row, actor)?;
        }
        return Ok(());
    }
    let (first, last) = (run[0].ints, run[run.len() - 1].ints);
    body.clear();
    body.push('[');
    for (i, r) in run.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        let [_, _, at, grant, _] = r.ints;
        body.push('[');
        crate::domain::decimal::push_int(body, at - first[2]);
        body.push(',');
        crate::domain::decimal::push_int(body, grant);
        // (Decimal text needs no escaping.)
        body.push_str(",\"");
        body.push_str(&r.amount);
        body.push_str("\",\"");
        body.push_str(&r.after);
        body.push_str("\",");
        match r.ctx.record {
            Some(rec) => crate::domain::decimal::push_int(body, rec),
            None => body.push_str("null"),
        }
        body.push(']');
    }
    body.push(']');
    let mut st = tx.sql.prepare_cached(
        "INSERT OR FAIL INTO credit_ledger_runs(first_seq, last_seq, pool, at, type, feature_id,
             actor, entries) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    st.raw_bind_parameter(1, first[1])?;
    st.raw_bind_parameter(2, last[1])?;
    st.raw_bind_parameter(3, first[0])?;
    st.raw_bind_parameter(4, first[2])?;
    st.raw_bind_parameter(5, first[4])?;
    st.raw_bind_parameter(6, run[0].ctx.feature)?;
    st.raw_bind_parameter(7, actor)?;
    st.raw_bind_parameter(8, body.as_str())?;
    st.raw_execute()?;
    recycle(run, spare);
    Ok(())
}

/// Adds a row to the batch, writing the batch when it is full.
fn push_row<'a>(
    tx: &Tx<'_>,
    rows: &mut Vec<Row<'a>>,
    spare: &mut Vec<String>,
    row: Row<'a>,
    actor: i64,
) -> Result<()> {
    rows.push(row);
    if rows.len() == LEDGER_BATCH {
        insert_rows(tx, rows, spare, actor)?;
    }
    Ok(())
}

/// Inserts the rows of the batch as rows of `credit_ledger`: a full batch in one statement, a
/// partial one row by row.
fn insert_rows(
    tx: &Tx<'_>,
    rows: &mut Vec<Row<'_>>,
    spare: &mut Vec<String>,
    actor: i64,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let batch = rows.len() == LEDGER_BATCH;
    static SQL: std::sync::OnceLock<[String; 2]> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| [ledger_insert_sql(1), ledger_insert_sql(LEDGER_BATCH)]);
    let mut stmt = tx.sql.prepare_cached(&sql[usize::from(batch)])?;
    for chunk in rows.chunks(if batch { LEDGER_BATCH } else { 1 }) {
        for (r, row) in chunk.iter().enumerate() {
            let at = r * LEDGER_COLUMNS;
            let [pool, seq, micros, grant, ty] = row.ints;
            stmt.raw_bind_parameter(at + 1, pool)?;
            stmt.raw_bind_parameter(at + 2, seq)?;
            stmt.raw_bind_parameter(at + 3, micros)?;
            stmt.raw_bind_parameter(at + 4, grant)?;
            stmt.raw_bind_parameter(at + 5, ty)?;
            stmt.raw_bind_parameter(at + 6, row.amount.as_str())?;
            stmt.raw_bind_parameter(at + 7, row.after.as_str())?;
            stmt.raw_bind_parameter(at + 8, row.ctx.feature)?;
            stmt.raw_bind_parameter(at + 9, row.ctx.record)?;
            stmt.raw_bind_parameter(at + 10, row.ctx.key)?;
            stmt.raw_bind_parameter(at + 11, actor)?;
        }
        stmt.raw_execute()?;
    }
    recycle(rows, spare);
    Ok(())
}

/// Empties `rows`, keeping their text buffers for the next ones.
fn recycle(rows: &mut Vec<Row<'_>>, spare: &mut Vec<String>) {
    for mut row in rows.drain(..) {
        row.amount.clear();
        row.after.clear();
        spare.push(row.amount);
        spare.push(row.after);
    }
}

/// Records a pool's balance after entries were appended to it (the burner writes it once, at
/// the end of a command; [`append_each`] after each call).
pub fn save_balance(tx: &Tx<'_>, pool: i64, bal: Decimal) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE credit_pools SET balance = ?2 WHERE id = ?1")?
        .execute(params![pool, bal.to_string()])?;
    Ok(())
}

/// One ledger entry as stored.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LedgerRow {
    pub entry_id: String,
    pub at: String,
    /// The entry's pool (spec 50-credits names it `pool`); the same ids are flat below too.
    pub pool: LedgerPool,
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: Option<String>,
    pub grant_id: String,
    #[serde(rename = "type")]
    pub entry_type: String,
    pub amount: Decimal,
    pub balance_after: Decimal,
    pub feature_id: Option<String>,
    pub usage_record_id: Option<String>,
    pub idempotency_key: Option<String>,
    pub actor: String,
}

#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LedgerPool {
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: Option<String>,
}

#[derive(Debug, Default)]
pub struct LedgerFilter {
    pub customer_id: Option<String>,
    pub currency_id: Option<String>,
    pub resource_id: Option<String>,
    pub entry_type: Option<String>,
    pub from: Option<Instant>,
    pub to: Option<Instant>,
}

/// Ledger entries in the order they were written.
pub fn ledger(conn: &Connection, f: &LedgerFilter) -> Result<Vec<LedgerRow>> {
    super::held(|visit| ledger_in_order(conn, f, visit))
}

/// [`ledger`], one entry at a time (a listing holds none but the one it prints).
pub fn ledger_in_order(
    conn: &Connection,
    f: &LedgerFilter,
    each: impl FnMut(LedgerRow) -> Result<()>,
) -> Result<()> {
    ledger_each(conn, f, LedgerOrder::Seq, each)
}

/// Every ledger entry, pool by pool (in the order of [`pools`]), each pool's in the order
/// written: `each` gets a pool and its entries, one pool at a time.
pub fn entries_by_pool(
    conn: &Connection,
    mut each: impl FnMut(PoolKey, Vec<(LedgerRow, Entry)>) -> Result<()>,
) -> Result<()> {
    let mut current: Option<(PoolKey, Vec<(LedgerRow, Entry)>)> = None;
    ledger_each(conn, &LedgerFilter::default(), LedgerOrder::Pool, |r| {
        let key = PoolKey {
            customer_id: r.customer_id.clone(),
            currency_id: r.currency_id.clone(),
            resource_id: r.resource_id.clone().unwrap_or_default(),
        };
        let e = replayable(&r)?;
        match &mut current {
            Some((k, rows)) if *k == key => rows.push((r, e)),
            _ => {
                if let Some((k, rows)) = current.take() {
                    each(k, rows)?;
                }
                current = Some((key, vec![(r, e)]));
            }
        }
        Ok(())
    })?;
    if let Some((k, rows)) = current {
        each(k, rows)?;
    }
    Ok(())
}

/// A stored entry as the domain replays it.
fn replayable(r: &LedgerRow) -> Result<Entry> {
    let entry_type = EntryType::parse(&r.entry_type).ok_or_else(|| {
        Error::damaged(format!(
            "ledger entry '{}' has type '{}'",
            r.entry_id, r.entry_type
        ))
    })?;
    Ok(Entry {
        grant_id: r.grant_id.clone(),
        entry_type,
        amount: r.amount,
        at: crate::clock::parse_instant(&r.at).map_err(Error::damaged)?,
    })
}

/// The order a ledger read gives its entries in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LedgerOrder {
    /// As written.
    Seq,
    /// Pool by pool (customer, currency, resource), each pool's as written.
    Pool,
}

fn ledger_each(
    conn: &Connection,
    f: &LedgerFilter,
    order: LedgerOrder,
    mut each: impl FnMut(LedgerRow) -> Result<()>,
) -> Result<()> {
    use super::ledger_runs::{self as runs, RawEntry};
    // Only the filters given are in the statements. The ledger is kept in write order with no
    // pool index (appends stay cheap): a customer's entries are found by one pass over its rows
    // and one over its runs (whose entries are parsed only for the pools asked for), the two
    // merged in order.
    let mut conds = Vec::new();
    let mut run_conds = Vec::new();
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    let mut add = |cond: &str, v: Option<rusqlite::types::Value>, in_runs: bool| {
        if let Some(v) = v {
            args.push(v);
            let c = cond.replace('?', &format!("?{}", args.len()));
            if in_runs {
                run_conds.push(c.replace("l.", "r."));
            }
            conds.push(c);
        }
    };
    let text = |v: &Option<String>| v.clone().map(rusqlite::types::Value::Text);
    let int = |v: &Option<Instant>| {
        v.as_ref()
            .map(|t| rusqlite::types::Value::Integer(micros(t)))
    };
    add("p.customer_id = ?", text(&f.customer_id), true);
    add("p.currency_id = ?", text(&f.currency_id), true);
    add("p.resource_id = ?", text(&f.resource_id), true);
    add(
        "l.type = ?",
        f.entry_type
            .as_deref()
            .and_then(EntryType::parse)
            .map(|t| rusqlite::types::Value::Integer(type_code(t))),
        true,
    );
    // (A run's entries are filtered by time as they are expanded.)
    add("l.at >= ?", int(&f.from), false);
    add("l.at < ?", int(&f.to), false);
    let window = (f.from.as_ref().map(micros), f.to.as_ref().map(micros));
    let filter = |conds: &[String]| {
        if conds.is_empty() {
            String::from("1")
        } else {
            conds.join(" AND ")
        }
    };
    let by = |t: &str| match order {
        LedgerOrder::Seq => t.to_string(),
        LedgerOrder::Pool => format!("p.customer_id, p.currency_id, p.resource_id, {t}"),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.seq, l.at, p.customer_id, p.currency_id, p.resource_id,
             COALESCE(g.id, '#' || l.grant_seq), l.type, l.amount,
             l.balance_after, l.feature_id, l.record, l.idempotency_key, l.actor
         FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
         LEFT JOIN credit_grants g ON g.seq = l.grant_seq
         WHERE {} ORDER BY {}",
        filter(&conds),
        by("l.seq")
    ))?;
    let mut rows = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(RawEntry {
                seq: r.get(0)?,
                at: r.get(1)?,
                customer: r.get(2)?,
                currency: r.get(3)?,
                resource: r.get(4)?,
                grant: r.get(5)?,
                entry_type: r.get(6)?,
                amount: r.get(7)?,
                balance_after: r.get(8)?,
                feature: r.get(9)?,
                record: r.get(10)?,
                idempotency_key: r.get(11)?,
                actor: r.get(12)?,
            })
        })?
        .peekable();
    // The runs' statement names the arguments of the pool and type filters, numbered as the
    // rows' statement numbers them.
    let mut run_stmt = match runs::has_runs(conn)? {
        true => Some(conn.prepare_cached(&format!(
            "SELECT r.first_seq, r.last_seq, r.at, p.customer_id, p.currency_id, p.resource_id,
                 r.type, r.feature_id, r.actor, r.entries
             FROM credit_ledger_runs r JOIN credit_pools p ON p.id = r.pool
             WHERE {} ORDER BY {}",
            filter(&run_conds),
            by("r.first_seq")
        ))?),
        false => None,
    };
    let mut run_rows = match &mut run_stmt {
        Some(st) => {
            // (`?N` parameters: the count is the largest N named; those below it not named
            // take a value unused.)
            for (i, v) in args.iter().enumerate().take(st.parameter_count()) {
                st.raw_bind_parameter(i + 1, v)?;
            }
            Some(st.raw_query())
        }
        None => None,
    };
    let mut names = runs::GrantNames::default();
    let mut pending: std::collections::VecDeque<RawEntry> = std::collections::VecDeque::new();
    // Whether `a` comes before `b` in the order read (compared in place: a million entries).
    let before = |a: &RawEntry, b: &RawEntry| match order {
        LedgerOrder::Seq => a.seq < b.seq,
        LedgerOrder::Pool => {
            (
                a.customer.as_str(),
                a.currency.as_str(),
                a.resource.as_str(),
                a.seq,
            ) < (
                b.customer.as_str(),
                b.currency.as_str(),
                b.resource.as_str(),
                b.seq,
            )
        }
    };
    loop {
        // The next run's entries, when none is pending.
        while pending.is_empty()
            && let Some(rr) = run_rows.as_mut()
            && let Some(r) = rr.next()?
        {
            let head = runs::head_of(r)?;
            let entries: String = r.get(9)?;
            pending.extend(runs::expand(conn, &mut names, &head, &entries, window)?);
        }
        let take_run = match (pending.front(), rows.peek()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(a), Some(Ok(b))) => before(a, b),
            (Some(_), Some(Err(_))) => false,
        };
        let e = if take_run {
            pending.pop_front().expect("a pending entry")
        } else {
            rows.next().expect("a row")?
        };
        each(named(e)?)?;
    }
    Ok(())
}

/// A stored entry with its codes named, as a ledger read gives it.
fn named(e: super::ledger_runs::RawEntry) -> Result<LedgerRow> {
    Ok(LedgerRow {
        entry_id: crate::ids::derived_id("led", e.seq as u64),
        pool: LedgerPool {
            customer_id: e.customer.clone(),
            currency_id: e.currency.clone(),
            resource_id: Some(e.resource.clone()).filter(|r| !r.is_empty()),
        },
        at: crate::clock::fmt(&from_micros(e.at)?),
        customer_id: e.customer,
        currency_id: e.currency,
        resource_id: Some(e.resource).filter(|r| !r.is_empty()),
        grant_id: e.grant,
        entry_type: code_name(EntryType::ALL, e.entry_type, EntryType::wire)?,
        // (Shown without the scale of the amounts summed: `-5`, not `-5.000000000000`.)
        amount: decimal(&e.amount)?.normalize(),
        balance_after: decimal(&e.balance_after)?.normalize(),
        feature_id: e.feature,
        usage_record_id: e.record.map(record_name),
        idempotency_key: e.idempotency_key,
        actor: code_name(
            crate::events::EventActor::ALL,
            e.actor,
            crate::events::EventActor::wire,
        )?,
    })
}

/// Each pool's number and the balance recorded on it.
pub fn recorded_balances(conn: &Connection) -> Result<std::collections::BTreeMap<PoolKey, String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, currency_id, resource_id, balance FROM credit_pools",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            PoolKey {
                customer_id: r.get(0)?,
                currency_id: r.get(1)?,
                resource_id: r.get(2)?,
            },
            r.get::<_, String>(3)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every pool that has a grant, in order.
pub fn pools(conn: &Connection, customer: Option<&str>) -> Result<Vec<PoolKey>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT customer_id, currency_id, resource_id FROM credit_grants
         WHERE (?1 IS NULL OR customer_id = ?1) ORDER BY 1, 2, 3",
    )?;
    let rows = stmt.query_map([customer], |r| {
        Ok(PoolKey {
            customer_id: r.get(0)?,
            currency_id: r.get(1)?,
            resource_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every grant of a customer (optionally of one currency), in creation order.
pub fn for_customer(
    conn: &Connection,
    customer: &str,
    currency: Option<&str>,
) -> Result<Vec<(Grant, GrantInfo)>> {
    grants_where(
        conn,
        "customer_id = ?1 AND (?2 IS NULL OR currency_id = ?2)",
        params![customer, currency],
    )
}

/// The earliest pending time-driven step ≤ `until`.
pub fn next_due(conn: &Connection, until: Instant) -> Result<Option<Instant>> {
    let v: Option<i64> = conn
        .prepare_cached("SELECT MIN(due_at) FROM credit_grants WHERE due_at IS NOT NULL")?
        .query_row([], |r| r.get(0))?;
    match v {
        Some(v) if v <= micros(&until) => Ok(Some(from_micros(v)?)),
        _ => Ok(None),
    }
}

/// Whether one of `customer`'s grants takes effect or expires by `until`.
pub fn due_for(conn: &Connection, until: Instant, customer: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM credit_grants WHERE customer_id = ?1
               AND due_at IS NOT NULL AND due_at <= ?2 LIMIT 1",
        )?
        .query_row(params![customer, micros(&until)], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The grants whose next step is due exactly at `at`. A grant whose state says another step
/// (its `due_at` edited by hand: an expiry five months early, dated before the grant) is
/// damage, never acted on.
pub fn due(conn: &Connection, at: Instant) -> Result<Vec<(Grant, GrantInfo)>> {
    let due = grants_where(conn, "due_at = ?1", [micros(&at)])?;
    if let Some((g, _)) = due.iter().find(|(g, _)| due_instant(g) != Some(at)) {
        return Err(Error::damaged(format!(
            "credit grant '{}' is stored as due at {} but its state ({}) says {}",
            g.grant_id,
            crate::clock::fmt(&at),
            g.status.wire(),
            due_instant(g).map_or("no step".to_string(), |t| crate::clock::fmt(&t))
        )));
    }
    Ok(due)
}

/// Every grant's stored next step (`due_at`, microseconds), by grant id: `credit verify`
/// compares it with what the grant's state says (a step lost would leave credits live past
/// their expiry).
pub fn stored_dues(conn: &Connection) -> Result<std::collections::HashMap<String, Option<i64>>> {
    let mut stmt = conn.prepare("SELECT id, due_at FROM credit_grants")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A stored request by its idempotency key: (request, result).
pub fn request(conn: &Connection, customer: &str, key: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT request, result FROM credit_requests
             WHERE customer_id = ?1 AND idempotency_key = ?2",
        )?
        .query_row([customer, key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

pub fn save_request(
    tx: &Tx<'_>,
    customer: &str,
    key: &str,
    request: &str,
    result: &str,
) -> Result<()> {
    tx.sql
        .prepare_cached(
            "INSERT INTO credit_requests(customer_id, idempotency_key, request, result)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute([customer, key, request, result])?;
    Ok(())
}

/// The highest grant creation order given out so far.
pub fn last_seq(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(seq), 0) FROM credit_grants")?
        .query_row([], |r| r.get(0))?)
}

/// The recurring grants a subscription made in one currency, in creation order.
pub fn recurring(
    conn: &Connection,
    subscription: &str,
    currency: Option<&str>,
) -> Result<Vec<(Grant, GrantInfo)>> {
    // One statement per case: with the currency the index gives the grants in order.
    match currency {
        Some(c) => grants_where(
            conn,
            "subscription_id = ?1 AND currency_id = ?2",
            params![subscription, c],
        ),
        None => grants_where(conn, "subscription_id = ?1", params![subscription]),
    }
}

/// Sets (or, with `None`, removes) when a subscription's next credit period starts (a column
/// of the subscription: see schema 12). A subscription not stored is an internal error.
pub fn set_renewal(tx: &Tx<'_>, subscription: &str, due: Option<Instant>) -> Result<()> {
    tx.note_due(due);
    let due = due.as_ref().map(micros);
    // (Written only when it changes: a reconcile restating it writes nothing.)
    let n = tx
        .sql
        .prepare_cached(
            "UPDATE subscriptions SET credit_due = ?2 WHERE id = ?1 AND credit_due IS NOT ?2",
        )?
        .execute(params![subscription, due])?;
    // A renewal set on a subscription not stored (yet) would be lost: never silently.
    if n == 0 && due.is_some() {
        let stored: bool = tx
            .sql
            .prepare_cached("SELECT EXISTS(SELECT 1 FROM subscriptions WHERE id = ?1)")?
            .query_row([subscription], |r| r.get(0))?;
        if !stored {
            return Err(Error::internal(format!(
                "a credit renewal names subscription '{subscription}', which is not stored"
            )));
        }
    }
    Ok(())
}

/// The statement `current` (renewals in the subscriptions, schema 12 on) — or, on a read-only
/// file of an older schema read as it is (see `schema::READS_FROM`), which has no such column,
/// `older` (its `credit_renewals`). The version is looked at only when `current` cannot be
/// prepared: every command's catch-up look runs these, and pays nothing for the older files.
fn renewal_statement<'c>(
    conn: &'c Connection,
    current: &str,
    older: &str,
) -> Result<rusqlite::CachedStatement<'c>> {
    match conn.prepare_cached(current) {
        Ok(stmt) => Ok(stmt),
        Err(e) => {
            let version: i64 = conn
                .prepare_cached("SELECT user_version FROM pragma_user_version")?
                .query_row([], |r| r.get(0))?;
            if version >= 12 {
                return Err(e.into());
            }
            Ok(conn.prepare_cached(older)?)
        }
    }
}

pub fn next_renewal(conn: &Connection, until: Instant) -> Result<Option<Instant>> {
    let v: Option<i64> = renewal_statement(
        conn,
        "SELECT MIN(credit_due) FROM subscriptions WHERE credit_due IS NOT NULL",
        "SELECT MIN(due_at) FROM credit_renewals",
    )?
    .query_row([], |r| r.get(0))?;
    match v {
        Some(v) if v <= micros(&until) => Ok(Some(from_micros(v)?)),
        _ => Ok(None),
    }
}

/// Whether one of `customer`'s recurring credits renews by `until` (through the customer's
/// subscriptions).
pub fn renewal_due_for(conn: &Connection, until: Instant, customer: &str) -> Result<bool> {
    Ok(renewal_statement(
        conn,
        "SELECT 1 FROM subscriptions WHERE customer_id = ?1 AND credit_due <= ?2 LIMIT 1",
        "SELECT 1 FROM subscriptions s JOIN credit_renewals r ON r.subscription_id = s.id
           WHERE s.customer_id = ?1 AND r.due_at <= ?2 LIMIT 1",
    )?
    .query_row(params![customer, micros(&until)], |_| Ok(()))
    .optional()?
    .is_some())
}

/// The (customer, resource) scopes with a renewal due exactly at `at` ('' = no resource).
pub fn renewals_due(conn: &Connection, at: Instant) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT customer_id, COALESCE(resource_id, '') FROM subscriptions
         WHERE credit_due = ?1 ORDER BY 1, 2",
    )?;
    let rows = stmt.query_map([micros(&at)], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Nothing stays due at `at` or before: each renewal a step reconciled moved on or went.
pub fn clear_renewals(tx: &Tx<'_>, at: Instant) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE subscriptions SET credit_due = NULL WHERE credit_due <= ?1")?
        .execute([micros(&at)])?;
    Ok(())
}

/// Every grant (of one customer, of one currency), in creation order.
pub fn all(
    conn: &Connection,
    customer: Option<&str>,
    currency: Option<&str>,
) -> Result<Vec<(Grant, GrantInfo)>> {
    // One customer's through its index ([`for_customer`]); `(?1 IS NULL OR …)` could use none.
    match customer {
        Some(c) => for_customer(conn, c, currency),
        None => grants_where(conn, "(?1 IS NULL OR currency_id = ?1)", params![currency]),
    }
}

/// What usage record `record` burned (usage records positive, raw events negative): credits
/// consumed, the pool's currency, and its balance after the record's last entry. None when it
/// burned nothing. `feature`: only what it burned for that feature (an event burns for each
/// feature it counts toward). (A scan of the ledger: only a duplicate report asks.)
pub fn burned_by_record(
    conn: &Connection,
    record: i64,
    feature: Option<&str>,
) -> Result<Option<(Decimal, String, Decimal)>> {
    // (seq, type, amount, balance after, currency) of each entry, rows and runs alike.
    let mut found: Vec<(i64, i64, String, String, String)> = Vec::new();
    let mut st = conn.prepare_cached(
        "SELECT l.seq, l.type, l.amount, l.balance_after, p.currency_id
         FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
         WHERE l.record = ?1 AND (?2 IS NULL OR l.feature_id = ?2 OR l.feature_id IS NULL)",
    )?;
    let rows = st.query_map(params![record, feature], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })?;
    for r in rows {
        found.push(r?);
    }
    if super::ledger_runs::has_runs(conn)? {
        for (head, entries) in super::ledger_runs::runs_of_record(conn, record, feature)? {
            let list = super::ledger_runs::parse_run(head.first, head.last, &entries)?;
            for (i, (_, _, amount, after, rec)) in list.into_iter().enumerate() {
                if rec == Some(record) {
                    let seq = head.first + i as i64;
                    found.push((seq, head.entry_type, amount, after, head.currency.clone()));
                }
            }
        }
    }
    found.sort_by_key(|e| e.0);
    let mut out: Option<(Decimal, String, Decimal)> = None;
    for (_, ty, amount, after, currency) in found {
        let o = out.get_or_insert((Decimal::ZERO, currency, Decimal::ZERO));
        if ty == 2 {
            o.0 -= decimal(&amount)?;
        }
        o.2 = decimal(&after)?;
    }
    Ok(out)
}

/// Sets a grant's comment (the note a revocation leaves on the recurring grants it voided).
pub fn set_comment(tx: &Tx<'_>, grant_id: &str, comment: &str) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE credit_grants SET comment = ?2 WHERE id = ?1")?
        .execute(params![grant_id, comment])?;
    Ok(())
}

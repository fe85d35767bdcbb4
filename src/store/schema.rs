//! Forward-only schema migrations, numbered by `PRAGMA user_version`. Never edit or reorder a
//! migration that has shipped; append a new one.

/// `PRAGMA application_id` of every stigg-cli database ("STGC").
pub const APPLICATION_ID: i32 = 0x5354_4743;

pub const MIGRATIONS: &[&str] = &[
    // 1: environment metadata, catalog, event log.
    r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE features (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE currencies (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE coupons (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE products (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Plans and add-ons share one id namespace.
CREATE TABLE packages (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('PLAN', 'ADDON')),
    product_id  TEXT NOT NULL REFERENCES products(id),
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE package_versions (
    package_id     TEXT NOT NULL REFERENCES packages(id),
    version        INTEGER NOT NULL CHECK (version >= 1),
    status         TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    body           TEXT NOT NULL,
    -- the parent plan version this version inherits from, pinned at publication
    parent_version INTEGER,
    -- --migrate of the publication: NEW_CUSTOMERS | ALL_CUSTOMERS
    migration      TEXT,
    created_at     TEXT NOT NULL,
    published_at   TEXT,
    PRIMARY KEY (package_id, version)
) STRICT;
CREATE UNIQUE INDEX package_one_draft ON package_versions(package_id) WHERE status = 'DRAFT';
-- Published versions are immutable.
CREATE TRIGGER package_versions_immutable BEFORE UPDATE ON package_versions
    WHEN OLD.status = 'PUBLISHED'
    BEGIN SELECT RAISE(ABORT, 'published package versions are immutable'); END;
CREATE TRIGGER package_versions_keep_published BEFORE DELETE ON package_versions
    WHEN OLD.status = 'PUBLISHED'
    BEGIN SELECT RAISE(ABORT, 'published package versions cannot be deleted'); END;

CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    actor       TEXT NOT NULL,
    payload     TEXT NOT NULL
) STRICT;
CREATE INDEX events_by_type ON events(type, seq);
CREATE INDEX events_by_entity ON events(entity_id, seq);
CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_d BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
"#,
    // 2: customers, subscriptions, promotional entitlements.
    r#"
CREATE TABLE customers (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_at TEXT
) STRICT;

CREATE TABLE customer_resources (
    customer_id TEXT NOT NULL REFERENCES customers(id),
    resource_id TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (customer_id, resource_id)
) STRICT;

CREATE TABLE subscriptions (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    resource_id  TEXT,
    product_id   TEXT NOT NULL REFERENCES products(id),
    plan_id      TEXT NOT NULL REFERENCES packages(id),
    plan_version INTEGER NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    -- earliest pending time-driven transition (the catch-up step's index)
    next_due     TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    FOREIGN KEY (plan_id, plan_version) REFERENCES package_versions(package_id, version)
) STRICT;
CREATE INDEX subscriptions_by_customer ON subscriptions(customer_id, status);
CREATE INDEX subscriptions_due ON subscriptions(next_due) WHERE next_due IS NOT NULL;
CREATE INDEX subscriptions_by_plan ON subscriptions(plan_id, status);

-- One trial per customer and product, ever.
CREATE TABLE trial_history (
    customer_id     TEXT NOT NULL REFERENCES customers(id),
    product_id      TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    PRIMARY KEY (customer_id, product_id)
) STRICT;

CREATE TABLE promotions (
    customer_id TEXT NOT NULL REFERENCES customers(id),
    feature_id  TEXT NOT NULL REFERENCES features(id),
    body        TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    expires_at  TEXT,
    ended_at    TEXT,
    end_reason  TEXT,
    PRIMARY KEY (customer_id, feature_id)
) STRICT;
CREATE INDEX promotions_due ON promotions(expires_at) WHERE ended_at IS NULL AND expires_at IS NOT NULL;
"#,
    // 3: reported usage (append-only records) and the per-window aggregates a check reads.
    r#"
CREATE TABLE usage_reports (
    id              INTEGER PRIMARY KEY,
    customer_id     TEXT NOT NULL,
    -- '' = customer level
    resource_id     TEXT NOT NULL,
    feature_id      TEXT NOT NULL,
    -- microseconds since the epoch (UTC)
    at              INTEGER NOT NULL,
    value           TEXT NOT NULL,
    behavior        TEXT NOT NULL CHECK (behavior IN ('DELTA', 'SET')),
    dimensions      TEXT,
    idempotency_key TEXT,
    recorded_at     INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX usage_reports_key
    ON usage_reports(customer_id, resource_id, feature_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX usage_reports_time ON usage_reports(customer_id, resource_id, feature_id, at);
CREATE TRIGGER usage_reports_append_only_u BEFORE UPDATE ON usage_reports
    BEGIN SELECT RAISE(ABORT, 'usage records are append-only'); END;
CREATE TRIGGER usage_reports_append_only_d BEFORE DELETE ON usage_reports
    BEGIN SELECT RAISE(ABORT, 'usage records are append-only'); END;

-- The value of one window (or of a level / a cumulative count: window_start is then the start
-- it counts from, window_end NULL), maintained on every write so a check reads one row.
CREATE TABLE usage_windows (
    customer_id  TEXT NOT NULL,
    resource_id  TEXT NOT NULL,
    feature_id   TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    window_end   INTEGER,
    value        TEXT NOT NULL,
    -- entitlement.usage_exceeded was logged for this window
    exceeded     INTEGER NOT NULL DEFAULT 0,
    -- raw-event meters: what every aggregation needs, folded one event at a time
    event_count  INTEGER NOT NULL DEFAULT 0,
    sum          TEXT NOT NULL DEFAULT '0',
    min          TEXT,
    max          TEXT,
    distinct_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_id, resource_id, feature_id, window_start)
) STRICT, WITHOUT ROWID;

-- Raw usage events (features with an eventMeter): append-only, de-duplicated on (customer,
-- resource, event name, key). The unique index holds a 64-bit FNV-1a hash of those four, not
-- the text: a quarter of the size, so a bulk import keeps it in memory and inserts with one
-- statement. A taken hash is confirmed against the stored text; a true collision (another
-- identity) moves on to the next free hash value (open addressing), so nothing is ever lost.
CREATE TABLE raw_events (
    id              INTEGER PRIMARY KEY,
    key_hash        INTEGER NOT NULL,
    customer_id     TEXT NOT NULL,
    resource_id     TEXT NOT NULL,
    event_name      TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    at              INTEGER NOT NULL,
    dimensions      TEXT,
    recorded_at     INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX raw_events_key ON raw_events(key_hash);
CREATE TRIGGER raw_events_append_only_u BEFORE UPDATE ON raw_events
    BEGIN SELECT RAISE(ABORT, 'raw events are append-only'); END;
CREATE TRIGGER raw_events_append_only_d BEFORE DELETE ON raw_events
    BEGIN SELECT RAISE(ABORT, 'raw events are append-only'); END;

-- The distinct values a UNIQUE meter has seen in a window.
CREATE TABLE usage_distinct (
    customer_id  TEXT NOT NULL,
    resource_id  TEXT NOT NULL,
    feature_id   TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (customer_id, resource_id, feature_id, window_start, value)
) STRICT, WITHOUT ROWID;
"#,
    // 4: a window is its start *and* end: after a change of reset settings a new window may
    // start where an old one did (a day and a week from the same Monday) and must not share its
    // row. `window_end` is the largest integer for a window without an end (a level, a
    // cumulative count).
    r#"
CREATE TABLE usage_windows_v4 (
    customer_id  TEXT NOT NULL,
    resource_id  TEXT NOT NULL,
    feature_id   TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    window_end   INTEGER NOT NULL,
    value        TEXT NOT NULL,
    exceeded     INTEGER NOT NULL DEFAULT 0,
    event_count  INTEGER NOT NULL DEFAULT 0,
    sum          TEXT NOT NULL DEFAULT '0',
    min          TEXT,
    max          TEXT,
    distinct_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_id, resource_id, feature_id, window_start, window_end)
) STRICT, WITHOUT ROWID;
CREATE TABLE usage_distinct_v4 (
    customer_id  TEXT NOT NULL,
    resource_id  TEXT NOT NULL,
    feature_id   TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    window_end   INTEGER NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (customer_id, resource_id, feature_id, window_start, window_end, value)
) STRICT, WITHOUT ROWID;
INSERT INTO usage_distinct_v4
    SELECT d.customer_id, d.resource_id, d.feature_id, d.window_start,
           COALESCE(w.window_end, 9223372036854775807), d.value
    FROM usage_distinct d LEFT JOIN usage_windows w
      ON w.customer_id = d.customer_id AND w.resource_id = d.resource_id
     AND w.feature_id = d.feature_id AND w.window_start = d.window_start;
INSERT INTO usage_windows_v4
    SELECT customer_id, resource_id, feature_id, window_start,
           COALESCE(window_end, 9223372036854775807), value, exceeded, event_count, sum, min, max,
           distinct_count
    FROM usage_windows;
DROP TABLE usage_windows;
DROP TABLE usage_distinct;
ALTER TABLE usage_windows_v4 RENAME TO usage_windows;
ALTER TABLE usage_distinct_v4 RENAME TO usage_distinct;
"#,
    // 5: a window opened inside its calendar period by a subscription's start (a calendar
    // month, an every-<weekday> week) counts from that start and is keyed by it; windows
    // stored before are rebuilt from the records by the next command.
    r#"
INSERT OR REPLACE INTO meta(key, value)
    SELECT 'usage_rebuild', '1' WHERE EXISTS (SELECT 1 FROM usage_windows);
"#,
    // 6: credits — grants (their current state), the append-only ledger (the truth the
    // states replay from), and the idempotency keys of grant and consume requests.
    r#"
CREATE TABLE credit_grants (
    id            TEXT PRIMARY KEY,
    -- creation order (the last burn-order tie-break)
    seq           INTEGER NOT NULL,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    currency_id   TEXT NOT NULL REFERENCES currencies(id),
    -- '' = the customer-level pool
    resource_id   TEXT NOT NULL,
    grant_type    TEXT NOT NULL CHECK (grant_type IN ('PAID', 'PROMOTIONAL', 'RECURRING', 'OVERDRAFT')),
    status        TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'ACTIVE', 'DEPLETED', 'EXPIRED', 'VOIDED')),
    amount        TEXT NOT NULL,
    consumed      TEXT NOT NULL,
    expired       TEXT NOT NULL,
    voided        TEXT NOT NULL,
    -- 1 once its CREDITS_GRANTED entry is written (it took effect)
    granted       INTEGER NOT NULL,
    cost_amount   TEXT NOT NULL,
    cost_currency TEXT,
    priority      INTEGER NOT NULL,
    -- microseconds since the epoch (UTC)
    effective_at  INTEGER NOT NULL,
    expires_at    INTEGER,
    -- the next time-driven step: effective_at while SCHEDULED, expires_at while ACTIVE
    due_at        INTEGER,
    source        TEXT NOT NULL,
    -- recurring grants: the subscription whose credit entitlement made them
    subscription_id TEXT,
    name          TEXT,
    comment       TEXT,
    created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX credit_grants_pool ON credit_grants(customer_id, currency_id, resource_id, status);
CREATE INDEX credit_grants_due ON credit_grants(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX credit_grants_recurring ON credit_grants(subscription_id, currency_id)
    WHERE subscription_id IS NOT NULL;

-- Subscriptions with credit entitlements: when their next cadence period starts.
CREATE TABLE credit_renewals (
    subscription_id TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL,
    resource_id     TEXT NOT NULL,
    due_at          INTEGER NOT NULL
) STRICT;
CREATE INDEX credit_renewals_due ON credit_renewals(due_at);

-- A pool: one (customer, currency, resource); the ledger names it by number.
CREATE TABLE credit_pools (
    id          INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL,
    currency_id TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    UNIQUE (customer_id, currency_id, resource_id)
) STRICT;
CREATE UNIQUE INDEX credit_grants_seq ON credit_grants(seq);

-- Lean rows (a bulk import writes one per record that burns credits), clustered by pool (a
-- pool's entries are read together; an import appends pool by pool): the entry id is `cle_` +
-- `seq` (its tail derived from it), the grant is named by its creation number, the type and
-- actor by small codes (the view below names them), the usage record by its row (> 0:
-- usage_reports.id, < 0: −raw_events.id). The pool and grant are not declared foreign keys
-- (two index look-ups per row): the code writes them with their grant in the same transaction,
-- and `credit verify` reports an entry whose grant or pool is missing.
CREATE TABLE credit_ledger (
    pool            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    grant_seq       INTEGER NOT NULL,
    -- 1 GRANTED, 2 CONSUMED, 3 EXPIRED, 4 VOIDED, 5 UPDATED, 6 TRANSFER_SOURCE, 7 TRANSFER_TARGET
    type            INTEGER NOT NULL CHECK (type BETWEEN 1 AND 7),
    amount          TEXT NOT NULL,
    balance_after   TEXT NOT NULL,
    feature_id      TEXT,
    record          INTEGER,
    idempotency_key TEXT,
    -- 1 USER, 2 SCHEDULER, 3 IMPORT, 4 MIGRATION
    actor           INTEGER NOT NULL,
    PRIMARY KEY (pool, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER credit_ledger_append_only_u BEFORE UPDATE ON credit_ledger
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE TRIGGER credit_ledger_append_only_d BEFORE DELETE ON credit_ledger
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
-- The ledger with its names, for reading with the sqlite3 shell.
CREATE VIEW credit_entries AS
    SELECT l.seq, l.at, p.customer_id, p.currency_id, p.resource_id, g.id AS grant_id,
           CASE l.type WHEN 1 THEN 'CREDITS_GRANTED' WHEN 2 THEN 'CREDITS_CONSUMED'
               WHEN 3 THEN 'CREDITS_EXPIRED' WHEN 4 THEN 'CREDITS_VOIDED'
               WHEN 5 THEN 'CREDITS_UPDATED' WHEN 6 THEN 'CREDITS_CONSUMPTION_TRANSFER_SOURCE'
               ELSE 'CREDITS_CONSUMPTION_TRANSFER_TARGET' END AS type,
           l.amount, l.balance_after, l.feature_id, l.record, l.idempotency_key,
           CASE l.actor WHEN 1 THEN 'USER' WHEN 2 THEN 'SCHEDULER' WHEN 3 THEN 'IMPORT'
               ELSE 'MIGRATION' END AS actor
    FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
    LEFT JOIN credit_grants g ON g.seq = l.grant_seq;

-- Automatic recharge of a customer's customer-level pool of a currency (JSON settings).
CREATE TABLE credit_auto_recharge (
    customer_id TEXT NOT NULL REFERENCES customers(id),
    currency_id TEXT NOT NULL REFERENCES currencies(id),
    body        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (customer_id, currency_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE credit_requests (
    customer_id     TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- what was asked (canonical JSON) and what was answered
    request         TEXT NOT NULL,
    result          TEXT NOT NULL,
    PRIMARY KEY (customer_id, idempotency_key)
) STRICT, WITHOUT ROWID;
"#,
    // 7: the ledger in the order it is written (an append is always at the end of the table: a
    // bulk import no longer inserts into thousands of pools' runs), the pool's balance kept on
    // the pool (what the last entry says), the idempotency keys of `credit consume` indexed.
    r#"
CREATE TABLE credit_ledger_v7 (
    seq             INTEGER PRIMARY KEY,
    pool            INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    grant_seq       INTEGER NOT NULL,
    -- 1 GRANTED, 2 CONSUMED, 3 EXPIRED, 4 VOIDED, 5 UPDATED, 6 TRANSFER_SOURCE, 7 TRANSFER_TARGET
    type            INTEGER NOT NULL CHECK (type BETWEEN 1 AND 7),
    amount          TEXT NOT NULL,
    balance_after   TEXT NOT NULL,
    feature_id      TEXT,
    record          INTEGER,
    idempotency_key TEXT,
    -- 1 USER, 2 SCHEDULER, 3 IMPORT, 4 MIGRATION
    actor           INTEGER NOT NULL
) STRICT;
INSERT INTO credit_ledger_v7(seq, pool, at, grant_seq, type, amount, balance_after, feature_id,
        record, idempotency_key, actor)
    SELECT seq, pool, at, grant_seq, type, amount, balance_after, feature_id, record,
        idempotency_key, actor
    FROM credit_ledger ORDER BY seq;
ALTER TABLE credit_pools ADD COLUMN balance TEXT NOT NULL DEFAULT '0';
UPDATE credit_pools SET balance = COALESCE(
    (SELECT balance_after FROM credit_ledger WHERE pool = credit_pools.id ORDER BY seq DESC LIMIT 1),
    '0');
DROP VIEW credit_entries;
DROP TRIGGER credit_ledger_append_only_u;
DROP TRIGGER credit_ledger_append_only_d;
DROP TABLE credit_ledger;
ALTER TABLE credit_ledger_v7 RENAME TO credit_ledger;
CREATE INDEX credit_ledger_keys ON credit_ledger(idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE TRIGGER credit_ledger_append_only_u BEFORE UPDATE ON credit_ledger
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE TRIGGER credit_ledger_append_only_d BEFORE DELETE ON credit_ledger
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE VIEW credit_entries AS
    SELECT l.seq, l.at, p.customer_id, p.currency_id, p.resource_id, g.id AS grant_id,
           CASE l.type WHEN 1 THEN 'CREDITS_GRANTED' WHEN 2 THEN 'CREDITS_CONSUMED'
               WHEN 3 THEN 'CREDITS_EXPIRED' WHEN 4 THEN 'CREDITS_VOIDED'
               WHEN 5 THEN 'CREDITS_UPDATED' WHEN 6 THEN 'CREDITS_CONSUMPTION_TRANSFER_SOURCE'
               ELSE 'CREDITS_CONSUMPTION_TRANSFER_TARGET' END AS type,
           l.amount, l.balance_after, l.feature_id, l.record, l.idempotency_key,
           CASE l.actor WHEN 1 THEN 'USER' WHEN 2 THEN 'SCHEDULER' WHEN 3 THEN 'IMPORT'
               ELSE 'MIGRATION' END AS actor
    FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
    LEFT JOIN credit_grants g ON g.seq = l.grant_seq;
"#,
    // 8: grants keyed by their number (it was a second unique index: a grant written is one
    // b-tree fewer, and a read by number one look-up), their type and status checked by plain
    // comparisons (SQLite builds a temporary table for every `x IN (...)` of more than two
    // values, once per row inserted or status changed), and the recurring grants of a
    // subscription indexed in number order per currency (read without a sort).
    r#"
CREATE TABLE credit_grants_v8 (
    -- creation order (the last burn-order tie-break); the ledger names grants by it
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    currency_id   TEXT NOT NULL REFERENCES currencies(id),
    -- '' = the customer-level pool
    resource_id   TEXT NOT NULL,
    grant_type    TEXT NOT NULL CHECK (grant_type = 'PAID' OR grant_type = 'PROMOTIONAL'
                      OR grant_type = 'RECURRING' OR grant_type = 'OVERDRAFT'),
    status        TEXT NOT NULL CHECK (status = 'SCHEDULED' OR status = 'ACTIVE'
                      OR status = 'DEPLETED' OR status = 'EXPIRED' OR status = 'VOIDED'),
    amount        TEXT NOT NULL,
    consumed      TEXT NOT NULL,
    expired       TEXT NOT NULL,
    voided        TEXT NOT NULL,
    -- 1 once its CREDITS_GRANTED entry is written (it took effect)
    granted       INTEGER NOT NULL,
    cost_amount   TEXT NOT NULL,
    cost_currency TEXT,
    priority      INTEGER NOT NULL,
    -- microseconds since the epoch (UTC)
    effective_at  INTEGER NOT NULL,
    expires_at    INTEGER,
    -- the next time-driven step: effective_at while SCHEDULED, expires_at while ACTIVE
    due_at        INTEGER,
    source        TEXT NOT NULL,
    -- recurring grants: the subscription whose credit entitlement made them
    subscription_id TEXT,
    name          TEXT,
    comment       TEXT,
    created_at    INTEGER NOT NULL
) STRICT;
INSERT INTO credit_grants_v8(seq, id, customer_id, currency_id, resource_id, grant_type, status,
        amount, consumed, expired, voided, granted, cost_amount, cost_currency, priority,
        effective_at, expires_at, due_at, source, subscription_id, name, comment, created_at)
    SELECT seq, id, customer_id, currency_id, resource_id, grant_type, status, amount, consumed,
        expired, voided, granted, cost_amount, cost_currency, priority, effective_at, expires_at,
        due_at, source, subscription_id, name, comment, created_at
    FROM credit_grants ORDER BY seq;
DROP VIEW credit_entries;
DROP TABLE credit_grants;
ALTER TABLE credit_grants_v8 RENAME TO credit_grants;
CREATE INDEX credit_grants_pool ON credit_grants(customer_id, currency_id, resource_id, status);
CREATE INDEX credit_grants_due ON credit_grants(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX credit_grants_recurring ON credit_grants(subscription_id, currency_id, seq)
    WHERE subscription_id IS NOT NULL;
CREATE VIEW credit_entries AS
    SELECT l.seq, l.at, p.customer_id, p.currency_id, p.resource_id, g.id AS grant_id,
           CASE l.type WHEN 1 THEN 'CREDITS_GRANTED' WHEN 2 THEN 'CREDITS_CONSUMED'
               WHEN 3 THEN 'CREDITS_EXPIRED' WHEN 4 THEN 'CREDITS_VOIDED'
               WHEN 5 THEN 'CREDITS_UPDATED' WHEN 6 THEN 'CREDITS_CONSUMPTION_TRANSFER_SOURCE'
               ELSE 'CREDITS_CONSUMPTION_TRANSFER_TARGET' END AS type,
           l.amount, l.balance_after, l.feature_id, l.record, l.idempotency_key,
           CASE l.actor WHEN 1 THEN 'USER' WHEN 2 THEN 'SCHEDULER' WHEN 3 THEN 'IMPORT'
               ELSE 'MIGRATION' END AS actor
    FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
    LEFT JOIN credit_grants g ON g.seq = l.grant_seq;
"#,
    // 9: the per-row events of bulk imports stored in batches — one row per up to 512
    // consecutive events, their seqs `first_seq..=last_seq` — instead of a row and three index
    // entries each (most of what an import of customers wrote). The event log is both tables
    // in seq order (`store::events` reads them merged; `events export` writes it as JSON
    // lines). A body is a JSON array with a line per event,
    // `[eventId, type, occurredAt, entityType, entityId, actor, payload]` (null for a type,
    // time, entity type or actor equal to the batch's own columns, its first event's),
    // LZ4-compressed (block format; `size` is the JSON's length): a sixth to a tenth of the bytes.
    r#"
CREATE TABLE event_batches (
    first_seq      INTEGER PRIMARY KEY,
    last_seq       INTEGER NOT NULL,
    first_event_id TEXT NOT NULL,
    last_event_id  TEXT NOT NULL,
    type           TEXT NOT NULL,
    occurred_at    TEXT NOT NULL,
    entity_type    TEXT NOT NULL,
    actor          TEXT NOT NULL,
    size           INTEGER NOT NULL,
    body           BLOB NOT NULL,
    CHECK (last_seq >= first_seq)
) STRICT;
CREATE INDEX event_batches_by_id ON event_batches(first_event_id);
CREATE TRIGGER event_batches_append_only_u BEFORE UPDATE ON event_batches
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER event_batches_append_only_d BEFORE DELETE ON event_batches
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
"#,
    // 10: a subscription's body leaves out the fields its row's columns hold (id, customer,
    // resource, product, plan and version, status, stamps): a third of its bytes. Bodies
    // written before keep them and read as they are; nothing is rewritten. (The version tells
    // an older binary that it cannot read these bodies.)
    r#"
SELECT 1;
"#,
    // 11: (also: inserts that would take an entry's or an event's number already stored are
    // refused — `INSERT OR REPLACE` rewrote them.) A bulk write's ledger entries stored in runs — one row per up to 256 consecutive
    // entries of one pool, type, feature and actor without an idempotency key (what a usage
    // import burning credits writes, a million at a time), their seqs `first_seq..=last_seq` —
    // instead of a row each. The ledger is both tables (`credit_ledger_all` reads them as one,
    // and so does `credit_entries`); the runs are append-only too and, like the rows, kept in
    // write order with no pool index (an append stays one b-tree insert). `entries` is a JSON array
    // with an element per entry in seq order, `[at − the run's at, grant_seq, amount,
    // balance_after, record]` (amounts as exact decimal strings; the run's `at` is its first
    // entry's, so an import's entries, all written at one instant, carry 0), so the sqlite3
    // shell reads them through the views.
    r#"
CREATE TABLE credit_ledger_runs (
    first_seq  INTEGER PRIMARY KEY,
    last_seq   INTEGER NOT NULL,
    pool       INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    type       INTEGER NOT NULL CHECK (type BETWEEN 1 AND 7),
    feature_id TEXT,
    actor      INTEGER NOT NULL,
    entries    TEXT NOT NULL,
    CHECK (last_seq >= first_seq)
) STRICT;
CREATE TRIGGER credit_ledger_runs_append_only_u BEFORE UPDATE ON credit_ledger_runs
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE TRIGGER credit_ledger_runs_append_only_d BEFORE DELETE ON credit_ledger_runs
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
-- An entry's number is its own: an insert that would take a number already stored — a row's
-- or a run's (`INSERT OR REPLACE` would rewrite what it replaces, and no DELETE trigger fires
-- for that) — is refused. (Each check is a look-up or two at the end of a b-tree.)
CREATE TRIGGER credit_ledger_numbers BEFORE INSERT ON credit_ledger
    WHEN EXISTS (SELECT 1 FROM credit_ledger WHERE seq = NEW.seq)
      OR (SELECT last_seq FROM credit_ledger_runs WHERE first_seq <= NEW.seq
          ORDER BY first_seq DESC LIMIT 1) >= NEW.seq
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only: that entry number is taken'); END;
CREATE TRIGGER credit_ledger_runs_numbers BEFORE INSERT ON credit_ledger_runs
    WHEN EXISTS (SELECT 1 FROM credit_ledger WHERE seq BETWEEN NEW.first_seq AND NEW.last_seq)
      OR (SELECT last_seq FROM credit_ledger_runs WHERE first_seq <= NEW.last_seq
          ORDER BY first_seq DESC LIMIT 1) >= NEW.first_seq
    BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only: those entry numbers are taken'); END;
-- So is an event's number and id (the event log is append-only as the ledger is).
CREATE TRIGGER events_numbers BEFORE INSERT ON events
    WHEN EXISTS (SELECT 1 FROM events WHERE seq = NEW.seq OR event_id = NEW.event_id)
      OR (SELECT last_seq FROM event_batches WHERE first_seq <= NEW.seq
          ORDER BY first_seq DESC LIMIT 1) >= NEW.seq
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only: that event number is taken'); END;
CREATE TRIGGER event_batches_numbers BEFORE INSERT ON event_batches
    WHEN EXISTS (SELECT 1 FROM events WHERE seq BETWEEN NEW.first_seq AND NEW.last_seq)
      OR (SELECT last_seq FROM event_batches WHERE first_seq <= NEW.last_seq
          ORDER BY first_seq DESC LIMIT 1) >= NEW.first_seq
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only: those event numbers are taken'); END;
-- A version keeps its key (an UPDATE OR REPLACE moving a draft onto a published version's
-- key would delete that version without a DELETE trigger).
CREATE TRIGGER package_versions_keep_own_key BEFORE UPDATE OF package_id, version ON package_versions
    WHEN NEW.package_id IS NOT OLD.package_id OR NEW.version IS NOT OLD.version
    BEGIN SELECT RAISE(ABORT, 'a package version keeps its key'); END;
-- And a published package version is not replaced by an insert of its key.
CREATE TRIGGER package_versions_keep_key BEFORE INSERT ON package_versions
    WHEN EXISTS (SELECT 1 FROM package_versions
                 WHERE package_id = NEW.package_id AND version = NEW.version
                   AND status = 'PUBLISHED')
    BEGIN SELECT RAISE(ABORT, 'published package versions are immutable'); END;
CREATE VIEW credit_ledger_all AS
    SELECT seq, pool, at, grant_seq, type, amount, balance_after, feature_id, record,
           idempotency_key, actor
    FROM credit_ledger
    UNION ALL
    SELECT r.first_seq + j.key, r.pool, r.at + json_extract(j.value, '$[0]'),
           json_extract(j.value, '$[1]'), r.type, json_extract(j.value, '$[2]'),
           json_extract(j.value, '$[3]'), r.feature_id, json_extract(j.value, '$[4]'), NULL,
           r.actor
    FROM credit_ledger_runs r, json_each(r.entries) j;
DROP VIEW credit_entries;
CREATE VIEW credit_entries AS
    SELECT l.seq, l.at, p.customer_id, p.currency_id, p.resource_id, g.id AS grant_id,
           CASE l.type WHEN 1 THEN 'CREDITS_GRANTED' WHEN 2 THEN 'CREDITS_CONSUMED'
               WHEN 3 THEN 'CREDITS_EXPIRED' WHEN 4 THEN 'CREDITS_VOIDED'
               WHEN 5 THEN 'CREDITS_UPDATED' WHEN 6 THEN 'CREDITS_CONSUMPTION_TRANSFER_SOURCE'
               ELSE 'CREDITS_CONSUMPTION_TRANSFER_TARGET' END AS type,
           l.amount, l.balance_after, l.feature_id, l.record, l.idempotency_key,
           CASE l.actor WHEN 1 THEN 'USER' WHEN 2 THEN 'SCHEDULER' WHEN 3 THEN 'IMPORT'
               ELSE 'MIGRATION' END AS actor
    FROM credit_ledger_all l JOIN credit_pools p ON p.id = l.pool
    LEFT JOIN credit_grants g ON g.seq = l.grant_seq;
"#,
    // 12: when a subscription's next credit period starts is a column of the subscription,
    // not a row of its own (`credit_renewals`: a table, its key index and its due index — three
    // b-tree inserts per subscription a bulk import made, one third of what its credits
    // stored). A subscription that renews no credits keeps it NULL; the partial index holds
    // only those that do.
    r#"
ALTER TABLE subscriptions ADD COLUMN credit_due INTEGER;
UPDATE subscriptions SET credit_due =
    (SELECT r.due_at FROM credit_renewals r WHERE r.subscription_id = subscriptions.id)
    WHERE EXISTS (SELECT 1 FROM credit_renewals r WHERE r.subscription_id = subscriptions.id);
DROP TABLE credit_renewals;
CREATE INDEX subscriptions_credit_due ON subscriptions(credit_due) WHERE credit_due IS NOT NULL;
"#,
];

/// The oldest schema version whose tables this binary reads as they are: a read-only file of
/// that version or newer (which cannot be upgraded) is read without upgrading. Raise it to a
/// migration's version whenever that migration changes what reads rely on (a table, column or
/// meaning that reads of older files would get wrong). 10 only changed what new subscription
/// bodies hold (older ones read as they are); 9 only added the event batches (an
/// older file has none; reads look for the table); 8 only re-keyed grants and rewrote their checks (same columns, same
/// meaning); 7 changed the ledger's layout. 11 only added the ledger's runs (an older file has
/// none; reads look for the table). 12 moved the credit renewals into the subscriptions (reads
/// of an older file look in its `credit_renewals`).
pub const READS_FROM: i32 = 7;

pub fn current_version() -> i32 {
    MIGRATIONS.len() as i32
}

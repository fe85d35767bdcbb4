//! Generated record ids: `<prefix>_<sequence><random>`. The sequence is per environment (kept in
//! `meta`), so ids sort by creation and event ids are monotonic; the random tail keeps ids from
//! different environments apart. With `STIGG_ID_SEED` the tail is derived from the seed, so
//! snapshot tests see the same ids on every run. The only module that draws randomness.

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Sequences fit 10 base-32 digits.
const MAX_SEQ: u64 = 1 << 50;

pub struct IdGen {
    seed: Option<u64>,
    /// Without `seed`: the one drawn from the OS for this generator's ids.
    drawn: Option<u64>,
    next: Option<u64>,
    dirty: bool,
}

impl IdGen {
    pub fn new(seed: Option<u64>) -> Self {
        IdGen {
            seed,
            drawn: None,
            next: None,
            dirty: false,
        }
    }

    pub fn next_id(&mut self, sql: &Connection, prefix: &str) -> Result<String> {
        let (seq, tail) = self.next_parts(sql)?;
        Ok(format_id(prefix, seq, tail))
    }

    /// The next id as its parts (sequence number, tail), for rows that store them as integers
    /// and print [`format_id`].
    pub fn next_parts(&mut self, sql: &Connection) -> Result<(u64, u64)> {
        let seq = self.next_seq(sql)?;
        // Without a seed, one is drawn from the OS once per generator (a process's command):
        // the tails are as unpredictable from run to run, without a draw per id.
        let seed = match self.seed {
            Some(seed) => seed,
            None => *self.drawn.get_or_insert_with(os_random),
        };
        let tail = splitmix64(seed ^ seq.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        Ok((seq, tail & ((1 << 30) - 1)))
    }

    /// The next sequence number alone, for rows whose id tail is derived from it
    /// ([`derived_id`]): no randomness drawn.
    pub fn next_seq(&mut self, sql: &Connection) -> Result<u64> {
        let seq = match self.next {
            Some(n) => n,
            None => {
                let stored: Option<String> = sql
                    .prepare_cached("SELECT value FROM meta WHERE key = 'id_seq'")?
                    .query_row([], |r| r.get::<_, String>(0))
                    .optional()?;
                // The sequence must be past every id already given out (events carry the
                // latest): a missing or lowered one would hand out ids that sort before them.
                let last_event = crate::store::events::last_id(sql)?;
                let floor = last_event.as_deref().and_then(decode_seq).unwrap_or(0);
                let seq = match stored {
                    None if floor > 0 => {
                        return Err(crate::error::Error::damaged("the id sequence is missing"));
                    }
                    None => 1,
                    // Ids are `seq` in 10 base-32 digits (50 bits): anything else would make
                    // ids restart or wrap, breaking their order.
                    Some(v) => v
                        .parse::<u64>()
                        .ok()
                        .filter(|n| *n >= 1 && *n < MAX_SEQ)
                        .ok_or_else(|| {
                            crate::error::Error::damaged(format!("the id sequence is '{v}'"))
                        })?,
                };
                if seq <= floor {
                    return Err(crate::error::Error::damaged(format!(
                        "the id sequence ({seq}) is behind ids already given out"
                    )));
                }
                seq
            }
        };
        if seq >= MAX_SEQ {
            return Err(crate::error::Error::damaged("the id sequence is exhausted"));
        }
        self.next = Some(seq + 1);
        self.dirty = true;
        Ok(seq)
    }

    /// Where the sequence stands, to go back to when what was numbered is rolled back (a
    /// rejected import row): ids stay without gaps.
    pub fn mark(&self) -> Option<u64> {
        self.next
    }

    pub fn reset_to(&mut self, mark: Option<u64>) {
        self.next = mark;
    }

    pub fn persist(&self, sql: &Connection) -> Result<()> {
        if let (true, Some(n)) = (self.dirty, self.next) {
            sql.prepare_cached(
                "INSERT INTO meta(key, value) VALUES ('id_seq', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )?
            .execute([n.to_string()])?;
        }
        Ok(())
    }
}

/// The id of a row stored by its sequence number alone (credit ledger entries): the tail is
/// derived from the sequence, so the row needs no column for it.
pub fn derived_id(prefix: &str, seq: u64) -> String {
    format_id(prefix, seq, splitmix64(seq ^ 0x6c65_6467_6572_0000))
}

/// An id from its parts: `prefix_` + the sequence in 10 base-32 digits + the tail in 6.
pub fn format_id(prefix: &str, seq: u64, tail: u64) -> String {
    let mut out = String::with_capacity(prefix.len() + 17);
    out.push_str(prefix);
    out.push('_');
    push_encoded(&mut out, seq, 10);
    push_encoded(&mut out, tail, 6);
    out
}

/// The sequence number of an id (`prefix_` + 10 base-32 digits + tail).
fn decode_seq(id: &str) -> Option<u64> {
    let (_, rest) = id.split_once('_')?;
    let digits = rest.get(..10)?;
    digits.bytes().try_fold(0u64, |acc, b| {
        let d = ALPHABET.iter().position(|x| *x == b)? as u64;
        Some(acc * 32 + d)
    })
}

/// `n`'s last `width` base-32 digits, most significant first.
fn push_encoded(out: &mut String, n: u64, width: usize) {
    for i in (0..width).rev() {
        out.push(char::from(ALPHABET[((n >> (5 * i)) & 31) as usize]));
    }
}

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Randomness from the standard library's per-process hash keys (seeded by the OS).
pub fn os_random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(std::process::id() as u64);
    h.finish()
}

/// A secret (signing and webhook secrets) as hex: always from the operating system's
/// randomness (`/dev/urandom`), never from `STIGG_ID_SEED`, so no two environments share one and
/// none can be derived from a seed.
pub fn secret_hex(bytes: usize) -> String {
    use std::io::Read;
    let mut buf = vec![0u8; bytes];
    let from_os = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if from_os.is_err() {
        // No /dev/urandom (not a Unix system): the standard library's OS-seeded hash keys.
        for chunk in buf.chunks_mut(8) {
            let v = os_random().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn encoding_sorts_like_numbers() {
        let encode = |n| {
            let mut s = String::new();
            super::push_encoded(&mut s, n, 10);
            s
        };
        let (a, b, c) = (encode(9), encode(10), encode(1 << 20));
        assert!(a < b && b < c, "{a} {b} {c}");
        assert_eq!(a.len(), 10);
        assert_eq!(super::decode_seq(&format!("evt_{b}abcdef")), Some(10));
        // Every id sorts as its sequence number, whatever its tail.
        let ids: Vec<String> = [0u64, 1, 31, 32, 1 << 30, (1 << 50) - 1]
            .iter()
            .map(|n| super::format_id("evt", *n, n.wrapping_mul(7919) & ((1 << 30) - 1)))
            .collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
        assert!(
            ids[2].starts_with("evt_000000000z") && ids[2].len() == 20,
            "{}",
            ids[2]
        );
        for (n, id) in [0u64, 1, 31, 32, 1 << 30, (1 << 50) - 1].iter().zip(&ids) {
            assert_eq!(super::decode_seq(id), Some(*n));
        }
    }

    #[test]
    fn secrets_are_random_and_of_the_asked_length() {
        let (a, b) = (super::secret_hex(32), super::secret_hex(32));
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
    }

    /// Unseeded, each generator draws its own seed: the same sequence numbers get other tails
    /// in another command (no two environments share ids), and one command's tails vary.
    #[test]
    fn unseeded_tails_differ_between_generators_and_within_one() {
        let sql = rusqlite::Connection::open_in_memory().unwrap();
        sql.execute_batch(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
             CREATE TABLE events (seq INTEGER PRIMARY KEY, event_id TEXT);
             CREATE TABLE event_batches (first_seq INTEGER PRIMARY KEY, last_seq INTEGER,
                                         last_event_id TEXT);",
        )
        .unwrap();
        let tails = |g: &mut super::IdGen| -> Vec<u64> {
            (0..50).map(|_| g.next_parts(&sql).unwrap().1).collect()
        };
        let (mut a, mut b) = (super::IdGen::new(None), super::IdGen::new(None));
        let (ta, tb) = (tails(&mut a), tails(&mut b));
        assert_ne!(ta, tb);
        let distinct: std::collections::BTreeSet<_> = ta.iter().collect();
        assert!(distinct.len() > 45, "{ta:?}");
        // Seeded, they are the same every time.
        let (mut c, mut d) = (super::IdGen::new(Some(7)), super::IdGen::new(Some(7)));
        assert_eq!(tails(&mut c), tails(&mut d));
    }
}

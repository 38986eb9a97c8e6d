//! The candles' hashing key, kept outside the database: with the key beside the hashes, anyone
//! holding a copy of the database could hash every plausible user id and tell who lit a candle
//! (both of two lighters were found in 1.6 s). The key comes from `JANUARY20_CANDLE_KEY`, else from
//! a file only the bot's user may read, made on first start: `<database file>.candle-key` beside an
//! SQLite file, `january20-bot.candle-key` in the working folder for PostgreSQL. A database that
//! still holds a key of its own (before this change) gives it to the file and forgets it, so the
//! candles already lit keep counting once.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Database, Result, Store, StoreError, each};

/// The variable that gives the key (replicas on one PostgreSQL database must share it).
pub const KEY_VAR: &str = "JANUARY20_CANDLE_KEY";

/// The shortest key accepted from the environment: 128 bits as hex.
const MIN_KEY_CHARS: usize = 32;

/// Where the key is, and the key once read.
#[derive(Debug)]
pub struct CandleKey {
    file: PathBuf,
    key: tokio::sync::OnceCell<String>,
}

impl CandleKey {
    pub(super) fn for_database(db: &Database) -> CandleKey {
        let file = match db {
            Database::Sqlite(path) => PathBuf::from(format!("{}.candle-key", path.display())),
            Database::Postgres(_) => PathBuf::from("january20-bot.candle-key"),
        };
        CandleKey { file, key: tokio::sync::OnceCell::new() }
    }
}

impl Store {
    /// Reads or makes the candle key now (at start), so that a key that cannot be kept is said
    /// at once, in one line, rather than at the first candle.
    pub async fn prepare_candle_key(&self) -> Result<()> {
        self.candle_secret().await.map(|_| ())
    }

    /// The key: from the environment, else the file, else moved out of an old database, else new.
    pub(super) async fn candle_secret(&self) -> Result<String> {
        let place = &self.candle_key;
        place
            .key
            .get_or_try_init(|| async {
                if let Some(key) = std::env::var(KEY_VAR).ok().map(|k| k.trim().to_string()).filter(|k| !k.is_empty()) {
                    return from_environment(key);
                }
                if let Some(key) = read_key(&place.file)? {
                    return Ok(key);
                }
                let old: Option<String> =
                    each!(self, |pool| sqlx::query_scalar("SELECT secret FROM candle_key WHERE id = 1")
                        .fetch_optional(pool)
                        .await?);
                let key = write_key(&place.file, old.unwrap_or_else(fresh_key))?;
                each!(self, |pool| sqlx::query("DELETE FROM candle_key").execute(pool).await?.rows_affected());
                Ok(key)
            })
            .await
            .cloned()
    }
}

fn from_environment(key: String) -> Result<String> {
    if key.len() < MIN_KEY_CHARS {
        return Err(StoreError::Unusable(format!(
            "{KEY_VAR} is too short: give at least {MIN_KEY_CHARS} characters (e.g. openssl rand -hex 32)"
        )));
    }
    Ok(key)
}

fn unusable(file: &Path, error: std::io::Error) -> StoreError {
    StoreError::Unusable(format!(
        "cannot keep the candle key in {}: {error}; make its folder writable by the bot's user, or set {KEY_VAR}",
        file.display()
    ))
}

fn read_key(file: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(file) {
        Ok(text) if text.trim().len() >= MIN_KEY_CHARS => Ok(Some(text.trim().to_string())),
        Ok(_) => Err(StoreError::Unusable(format!(
            "{} does not hold a candle key: restore it from a backup, or remove it to start counting afresh",
            file.display()
        ))),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(unusable(file, e)),
    }
}

/// Writes `key` to a new file readable by the bot's user alone; if another process made the file
/// first, its key is the one.
fn write_key(file: &Path, key: String) -> Result<String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(file) {
        Ok(mut handle) => {
            handle.write_all(format!("{key}\n").as_bytes()).and_then(|()| handle.sync_all()).map_err(|e| {
                let _ = std::fs::remove_file(file);
                unusable(file, e)
            })?;
            Ok(key)
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            read_key(file)?.ok_or_else(|| unusable(file, std::io::Error::from(ErrorKind::NotFound)))
        }
        Err(e) => Err(unusable(file, e)),
    }
}

/// 32 random bytes as hex. Without an operating-system random source, the clock: still a key no
/// one outside holds, and candles stay countable.
fn fresh_key() -> String {
    let mut bytes = [0u8; 32];
    if getrandom::getrandom(&mut bytes).is_err() {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        bytes = Sha256::digest(nanos.as_nanos().to_le_bytes()).into();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

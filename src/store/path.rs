//! Before SQLite opens a database file: is the place usable? SQLite itself says only "unable to
//! open database file"; an operator needs to know which folder, what is wrong, and what to do.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Read};
use std::path::Path;

/// The first bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Symbolic links followed at most, as the system does.
const MAX_LINKS: u32 = 8;

/// Checks that `path` can hold the bot's database, leaving the disk as it was; the error is one
/// line an operator can act on. A symbolic link is checked where it leads (SQLite would create the
/// file there), a dangling one included.
pub fn check(path: &Path) -> Result<(), String> {
    match link_target(path, 0)? {
        Some(target) => {
            check(&target).map_err(|e| format!("{} is a link to {}: {e}", path.display(), target.display()))
        }
        None => check_file(path),
    }
}

/// Where a symbolic link at `path` finally leads, or `None` if `path` is not one.
fn link_target(path: &Path, depth: u32) -> Result<Option<std::path::PathBuf>, String> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(None);
    }
    if depth >= MAX_LINKS {
        return Err(format!(
            "{}: too many symbolic links; give the database file's own path with --db",
            path.display()
        ));
    }
    let target = std::fs::read_link(path).map_err(|e| format!("cannot read the link {}: {e}", path.display()))?;
    let target = match path.parent() {
        Some(parent) if target.is_relative() => parent.join(target),
        _ => target,
    };
    Ok(Some(link_target(&target, depth + 1)?.unwrap_or(target)))
}

/// For commands that only read: `path` must already be an SQLite database (nothing is created).
pub fn check_existing(path: &Path) -> Result<(), String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        ErrorKind::NotFound => format!("{shown}: no such database (give the bot's with --db)"),
        other => format!("cannot read {shown}: {other}; give the bot's database with --db"),
    })?;
    if !meta.is_file() {
        return Err(format!("{shown} is not a database file: give the bot's database with --db"));
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    if meta.len() == 0 || read.is_err() || &header != SQLITE_HEADER {
        return Err(format!(
            "{shown} is not the bot's database (empty, or not SQLite): give the bot's database with --db"
        ));
    }
    Ok(())
}

fn check_file(path: &Path) -> Result<(), String> {
    let shown = path.display();
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let folder = parent.display();
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            return Err(format!(
                "{shown} is a folder, not a database file: give a file path with --db, such as {shown}/january20-bot.db"
            ));
        }
        Ok(meta) if !meta.is_file() => {
            return Err(format!(
                "{shown} is not a regular file (a device, a pipe or a socket): give the path of a database file with --db, such as ./january20-bot.db"
            ));
        }
        Ok(meta) => {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(path)
                .map_err(|e| explain(e.kind(), &shown.to_string(), &folder.to_string()))?;
            let mut header = [0u8; 16];
            if meta.len() > 0 && (file.read_exact(&mut header).is_err() || &header != SQLITE_HEADER) {
                return Err(format!(
                    "{shown} is not an SQLite database (was another file given as --db?): move it away or choose another path"
                ));
            }
            // SQLite writes its journal (-wal, -shm) beside the file: the folder must take new files.
            return probe(&parent, &folder.to_string(), &shown.to_string());
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(explain(e.kind(), &shown.to_string(), &folder.to_string())),
    }
    match std::fs::metadata(&parent) {
        Ok(meta) if meta.is_dir() => probe(&parent, &folder.to_string(), &shown.to_string()),
        Ok(_) => Err(format!("cannot create {shown}: {folder} is a file, not a folder; choose another path with --db")),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(format!(
            "cannot create {shown}: the folder {folder} does not exist; create it (mkdir -p {folder}) or choose another path with --db"
        )),
        Err(e) => Err(explain(e.kind(), &shown.to_string(), &folder.to_string())),
    }
}

/// Tries to create (and at once removes) a file in the folder, which is what SQLite will need.
fn probe(parent: &Path, folder: &str, shown: &str) -> Result<(), String> {
    let probe = parent.join(format!(".january20-bot-probe-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(explain(e.kind(), shown, folder)),
    }
}

/// What an SQLite error while opening means for an operator: a full disk or a failing write said
/// as such, with the path and what to do; anything else as SQLite says it, with the path.
pub fn explain_sql(error: super::StoreError, path: &Path) -> super::StoreError {
    let super::StoreError::Sql(sqlx::Error::Database(db)) = &error else {
        return match error {
            super::StoreError::Sql(e) => {
                super::StoreError::Open { path: path.display().to_string(), message: e.to_string() }
            }
            other => other,
        };
    };
    // Extended result codes keep the primary code in the low byte (778 is an I/O error on write).
    let primary = db.code().and_then(|c| c.parse::<i64>().ok()).map(|c| c & 0xff);
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => ".".to_string(),
    };
    let shown = path.display();
    super::StoreError::Unusable(match primary {
        Some(13 | 10) => format!(
            "cannot write {shown}: the disk is full or cannot be written ({}); free space on {folder} (df -h {folder}) or choose another path with --db",
            db.message()
        ),
        Some(8) => format!(
            "cannot write {shown}: it is read-only; make it writable by the bot's user or choose another path with --db"
        ),
        _ => format!("cannot use {shown}: {}; check it or choose another path with --db", db.message()),
    })
}

fn explain(kind: ErrorKind, shown: &str, folder: &str) -> String {
    match kind {
        ErrorKind::PermissionDenied => format!(
            "cannot write {shown}: no permission to write in {folder}; give the bot's user write access to the folder (chown/chmod) or choose another path with --db"
        ),
        ErrorKind::ReadOnlyFilesystem => format!(
            "cannot write {shown}: {folder} is on a read-only file system; choose a path on a writable one with --db"
        ),
        ErrorKind::NotFound => format!(
            "cannot create {shown}: the folder {folder} does not exist; create it (mkdir -p {folder}) or choose another path with --db"
        ),
        other => format!("cannot use {shown}: {other}; check {folder} or choose another path with --db"),
    }
}

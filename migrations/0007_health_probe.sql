-- What /healthz writes to prove the database can still write (a full disk or a read-only file
-- answers reads, so reading alone said "ok"): one row, its time updated at each check.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at INTEGER NOT NULL
);

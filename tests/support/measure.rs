//! What the benchmarks share: percentiles, a process's memory, and the release binary's path.

use std::path::PathBuf;
use std::time::Duration;

/// The `p` quantile (0–1) of sorted durations.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

/// A `/proc/PID/status` field in KiB (`VmRSS`, `VmHWM`), 0 when unreadable.
pub fn kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// `target/<profile>/january20-bot`, beside the running example.
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let bin = exe.parent().unwrap().parent().unwrap().join("january20-bot");
    assert!(bin.exists(), "build the binary first: cargo build --release");
    bin
}

//! The C allocator set up for a bot that runs for days: its arenas limited before any thread starts.

/// glibc gives a thread that finds the arenas busy one of its own, up to eight for each core, and
/// keeps what each has held. The tokio workers, the blocking pool and SQLite's connection threads
/// each grew one during a broadcast: after 10,000 reminder sends to 100,000 subscribers the bot
/// held 60 MiB against a goal of 64, and with two arenas 50, at the same throughput (BENCHMARKS.md).
const ARENAS: i32 = 2;

/// Limits the allocator's arenas; to be called first in `main`, while there is one thread.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets one of the allocator's parameters, and no other thread is
    // allocating yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, ARENAS);
    }
}

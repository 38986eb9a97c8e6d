//! One shutdown signal for the whole bot, as in tokio's mini-redis: `serve` keeps the `Trigger`,
//! and every loop it starts (the HTTP listener, the dispatcher with its poller or webhook, the
//! sender, the scheduler, the heartbeat, the purge) holds a `Shutdown`, stops taking new work when
//! it is given, and finishes what it holds. The heartbeat alone waits for a second signal, given
//! when the sender has finished: a replica leaves only once nothing of its own is in flight.

use tokio::sync::watch;

/// Gives the signal.
#[derive(Debug)]
pub struct Trigger(watch::Sender<bool>);

/// Tells a loop to stop; clone one for each.
#[derive(Clone, Debug)]
pub struct Shutdown(watch::Receiver<bool>);

pub fn channel() -> (Trigger, Shutdown) {
    let (tx, rx) = watch::channel(false);
    (Trigger(tx), Shutdown(rx))
}

impl Trigger {
    pub fn trigger(&self) {
        self.0.send_replace(true);
    }
}

/// Gives the signal when dropped: for a signal that says a task has ended, however it ended.
pub struct OnDrop(pub Trigger);

impl Drop for OnDrop {
    fn drop(&mut self) {
        self.0.trigger();
    }
}

impl Shutdown {
    pub fn is_set(&self) -> bool {
        *self.0.borrow()
    }

    /// Resolves once the signal is given.
    pub async fn wait(&mut self) {
        while !*self.0.borrow_and_update() {
            if self.0.changed().await.is_err() {
                // The trigger is gone; nobody can stop us any more, so wait forever.
                std::future::pending::<()>().await;
            }
        }
    }

    /// `wait` as a future that owns its signal, for what takes a stop future.
    pub async fn given(mut self) {
        self.wait().await
    }
}

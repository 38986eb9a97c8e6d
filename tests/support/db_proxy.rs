//! A TCP proxy on 127.0.0.1 between the bot and the test's PostgreSQL, which the test can cut:
//! every open connection dropped at once and every new one closed as soon as accepted, as a
//! server that stops or a network that fails would do, until it is restored. Faster and more
//! exact than stopping the cluster, which other tests share.

use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Where the proxy forwards to: PostgreSQL's unix socket or its TCP address.
#[derive(Debug, Clone)]
enum Upstream {
    Unix(std::path::PathBuf),
    Tcp(String),
}

pub struct DbProxy {
    /// The bot's URL: the test's, through the proxy.
    url: url::Url,
    down: Arc<watch::Sender<bool>>,
    task: tokio::task::JoinHandle<()>,
}

impl DbProxy {
    /// A proxy to the database of `url` (a `postgres://` URL, its server on a unix socket named
    /// by `host=` or on TCP).
    pub async fn start(url: &str) -> DbProxy {
        let mut url = url::Url::parse(url).expect("a PostgreSQL URL");
        let port = url.port().unwrap_or(5432);
        let socket_dir = url.query_pairs().find(|(k, _)| k == "host").map(|(_, v)| v.into_owned());
        let upstream = match socket_dir {
            Some(dir) if dir.starts_with('/') => Upstream::Unix(format!("{dir}/.s.PGSQL.{port}").into()),
            _ => Upstream::Tcp(format!("{}:{port}", url.host_str().unwrap_or("localhost"))),
        };
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let pairs: Vec<(String, String)> =
            url.query_pairs().filter(|(k, _)| k != "host").map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
        url.set_host(Some("127.0.0.1")).unwrap();
        url.set_port(Some(listener.local_addr().unwrap().port())).unwrap();
        let (down, _) = watch::channel(false);
        let down = Arc::new(down);
        let task = tokio::spawn(accept(listener, upstream, down.clone()));
        DbProxy { url, down, task }
    }

    pub fn url(&self) -> &str {
        self.url.as_str()
    }

    /// The database unreachable from now on: open connections dropped, new ones closed.
    pub fn cut(&self) {
        self.down.send_replace(true);
    }

    pub fn restore(&self) {
        self.down.send_replace(false);
    }
}

impl Drop for DbProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn accept(listener: TcpListener, upstream: Upstream, down: Arc<watch::Sender<bool>>) {
    loop {
        let Ok((client, _)) = listener.accept().await else { continue };
        if *down.borrow() {
            drop(client);
            continue;
        }
        let (upstream, down) = (upstream.clone(), down.subscribe());
        tokio::spawn(async move {
            match upstream {
                Upstream::Unix(path) => {
                    if let Ok(server) = tokio::net::UnixStream::connect(path).await {
                        pipe(client, server, down).await;
                    }
                }
                Upstream::Tcp(addr) => {
                    if let Ok(server) = tokio::net::TcpStream::connect(addr).await {
                        pipe(client, server, down).await;
                    }
                }
            }
        });
    }
}

/// Copies both ways until either side closes or the proxy is cut (then both are dropped).
async fn pipe(
    mut client: impl AsyncRead + AsyncWrite + Unpin,
    mut server: impl AsyncRead + AsyncWrite + Unpin,
    mut down: watch::Receiver<bool>,
) {
    tokio::select! {
        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
        _ = down.wait_for(|&d| d) => {}
    }
}

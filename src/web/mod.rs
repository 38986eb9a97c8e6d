//! The memorial page, a Telegram Mini App served on the bot's HTTP listener: `GET /app` (the page,
//! `page`), `POST /app/candle` (the candle, `candle`, trusting only launch data that passes
//! `init_data`), the page's own files (`assets`), all under a limit per address (`limit`). It is
//! an adapter like src/telegram/: what it shows and does comes from the application layer.

pub mod assets;
pub mod candle;
pub mod clock;
pub mod init_data;
pub mod limit;
pub mod memorial;
pub mod page;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::app::App;
use crate::i18n::Lang;

/// How long a count of this year's candles is shown before it is read again (lighting one on the
/// page updates it at once).
const COUNT_FRESH: Duration = Duration::from_secs(1);

/// The page's state: the application, the launch-data key, and what is kept between requests.
pub struct Web {
    app: App,
    verifier: init_data::Verifier,
    /// The bot's username, for the link shared into a chat.
    bot: String,
    memorial: memorial::Memorial,
    version: String,
    /// The last page of each language.
    pages: Mutex<HashMap<Lang, Rendered>>,
    /// This year's candles, and when they were counted.
    count: Mutex<Option<(i64, Instant)>>,
}

/// A page as rendered: the minute and the count it shows, and its HTML.
#[derive(Debug, Clone)]
struct Rendered {
    minute: i64,
    candles: i64,
    html: Arc<String>,
}

impl std::fmt::Debug for Web {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Web").field("bot", &self.bot).finish_non_exhaustive()
    }
}

impl Web {
    /// The page for `app`, trusting launch data signed for `bot_token`. Fails only on data/app.toml
    /// problems, which `check` and the tests catch first.
    pub fn new(app: App, bot_token: &str, bot_username: &str) -> anyhow::Result<Arc<Web>> {
        let memorial = memorial::Memorial::embedded(app.brain()).map_err(|p| anyhow::anyhow!(p.join("; ")))?;
        Ok(Arc::new(Web {
            verifier: init_data::Verifier::new(bot_token),
            bot: bot_username.to_string(),
            memorial,
            version: assets::version(),
            pages: Mutex::default(),
            count: Mutex::default(),
            app,
        }))
    }

    /// Keeps a count just read or changed, so that the next page shows it.
    fn remember_candles(&self, count: i64) {
        if let Ok(mut kept) = self.count.lock() {
            *kept = Some((count, Instant::now()));
        }
    }

    /// This year's candles: counted at most once a second, whatever the traffic.
    async fn candles(&self) -> i64 {
        if let Some((count, at)) = self.count.lock().ok().and_then(|c| *c)
            && at.elapsed() < COUNT_FRESH
        {
            return count;
        }
        match self.app.candles_this_year().await {
            Ok(count) => {
                self.remember_candles(count);
                count
            }
            Err(error) => {
                tracing::warn!(%error, "could not count the candles for the page");
                self.count.lock().ok().and_then(|c| *c).map_or(0, |(count, _)| count)
            }
        }
    }

    /// The page in `lang`: rendered once a minute per count, since nothing else on it changes.
    async fn page(&self, lang: Lang) -> Arc<String> {
        let candles = self.candles().await;
        let now = self.app.now();
        let minute = now.timestamp().div_euclid(60);
        if let Some(kept) = self.pages.lock().ok().and_then(|p| p.get(&lang).cloned())
            && (kept.minute, kept.candles) == (minute, candles)
        {
            return kept.html;
        }
        let input = page::PageInput {
            brain: self.app.brain(),
            memorial: &self.memorial,
            lang,
            now,
            candles,
            bot: Some(self.bot.as_str()),
            version: &self.version,
        };
        let html = Arc::new(page::render(&input));
        if let Ok(mut pages) = self.pages.lock() {
            pages.insert(lang, Rendered { minute, candles, html: html.clone() });
        }
        html
    }
}

/// The routes of the page, under the limit per address.
pub fn router(web: Arc<Web>) -> Router {
    router_with(web, limit::Rate::default())
}

/// The same with another limit (the tests' and the benchmark's).
pub fn router_with(web: Arc<Web>, rate: limit::Rate) -> Router {
    let limiter = limit::Limiter::new(rate);
    Router::new()
        .route("/app", get(show))
        .route("/app/candle", post(candle::light))
        .route("/app/card.png", get(assets::card))
        .route("/app/app.css", get(assets::style))
        .route("/app/app.js", get(assets::script))
        .route_layer(axum::middleware::from_fn_with_state(limiter, limit::limit))
        .with_state(web)
}

#[derive(Debug, Deserialize)]
struct PageQuery {
    lang: Option<String>,
    /// What a `t.me/<bot>?startapp=<lang>` link passes on.
    #[serde(rename = "tgWebAppStartParam")]
    start_param: Option<String>,
}

async fn show(State(web): State<Arc<Web>>, Query(query): Query<PageQuery>, headers: HeaderMap) -> Response {
    let lang = choose_lang(&query, &headers);
    let html = web.page(lang).await;
    let response = (*html).clone().into_response();
    // The countdown and the count change: a browser asks again each time.
    assets::secured(response, "text/html; charset=utf-8", "no-cache")
}

/// `?lang=`, else the start parameter of a t.me link, else the browser's first language, else the
/// bot's default.
fn choose_lang(query: &PageQuery, headers: &HeaderMap) -> Lang {
    let asked = [&query.lang, &query.start_param].into_iter().flatten().find_map(|code| Lang::from_code(code));
    let browser = || {
        let accept = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        Lang::negotiate(accept.split([',', ';']).next())
    };
    asked.or_else(browser).unwrap_or(Lang::choose(None, None, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_asked_then_passed_then_the_browsers() {
        let q = |lang: Option<&str>, start: Option<&str>| PageQuery {
            lang: lang.map(str::to_string),
            start_param: start.map(str::to_string),
        };
        let mut headers = HeaderMap::new();
        assert_eq!(choose_lang(&q(None, None), &headers), Lang::En);
        headers.insert(header::ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9,en;q=0.8".parse().unwrap());
        assert_eq!(choose_lang(&q(None, None), &headers), Lang::Ru);
        assert_eq!(choose_lang(&q(None, Some("az")), &headers), Lang::Az);
        assert_eq!(choose_lang(&q(Some("en"), Some("az")), &headers), Lang::En);
        assert_eq!(choose_lang(&q(Some("xx"), None), &headers), Lang::Ru, "an unknown code is no choice");
    }
}

//! The page's own files (style, script, the card as PNG) and the headers every answer of the page
//! carries: a content security policy that allows nothing from another host.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::Web;
use super::candle::LangQuery;
use crate::card::Cards;
use crate::i18n::Lang;

pub const STYLE: &str = include_str!("../../assets/app/app.css");
pub const SCRIPT: &str = include_str!("../../assets/app/app.js");

/// Only the bot's own listener: no CDN, no outside font, script, image or connection. Telegram Web
/// may show the page in its frame; no one else may.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'self' https://web.telegram.org";

/// A short hash of the style and script, to make their URLs change when they do.
pub fn version() -> String {
    let digest = Sha256::digest(format!("{STYLE}\n{SCRIPT}"));
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The headers of every answer of the page.
pub fn secured(mut response: Response, content_type: &'static str, cache: &'static str) -> Response {
    let headers = response.headers_mut();
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::CONTENT_TYPE, content_type);
    set(header::CACHE_CONTROL, cache);
    set(header::CONTENT_SECURITY_POLICY, CSP);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    response
}

/// A day: the URLs carry the version, so a changed file is fetched anew anyway.
const LONG: &str = "public, max-age=86400";

pub async fn style() -> Response {
    secured(STYLE.into_response(), "text/css; charset=utf-8", LONG)
}

pub async fn script() -> Response {
    secured(SCRIPT.into_response(), "text/javascript; charset=utf-8", LONG)
}

/// The card of today in the language asked (drawn once a day, shared with /card).
pub async fn card(State(web): State<Arc<Web>>, Query(query): Query<LangQuery>) -> Response {
    let lang = query.lang.as_deref().and_then(Lang::from_code).unwrap_or(Lang::choose(None, None, None));
    let key = Cards::key(lang, web.app.now());
    let cards = web.app.cards().clone();
    // Drawing takes tens of milliseconds the first time a day: not on the runtime's threads.
    match tokio::task::spawn_blocking(move || cards.png(key)).await {
        Ok(Ok(png)) => secured(png.as_ref().clone().into_response(), "image/png", "public, max-age=600"),
        Ok(Err(error)) => {
            tracing::error!(%error, "the card could not be drawn for the page");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

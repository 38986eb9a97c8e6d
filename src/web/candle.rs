//! `POST /app/candle`: lights the candle of the person Telegram vouches for (`Authorization: tma
//! <initData>`), through the same path as /candle, and answers `{"lit": …, "count": …, "text": …}`.
//! Launch data that does not pass gets 401 and changes nothing; no user id is logged.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Web;
use crate::i18n::Lang;
use crate::store::Lit;

#[derive(Debug, Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

pub async fn light(State(web): State<Arc<Web>>, Query(query): Query<LangQuery>, headers: HeaderMap) -> Response {
    let init_data = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("tma "))
        .map(str::trim);
    let Some(init_data) = init_data else { return unauthorized() };
    let launch = match web.verifier.verify(init_data, web.app.now()) {
        Ok(launch) => launch,
        Err(reason) => {
            tracing::debug!(%reason, "a candle from the page refused");
            return unauthorized();
        }
    };
    let lang = query
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .or_else(|| Lang::negotiate(launch.language_code.as_deref()))
        .unwrap_or(Lang::choose(None, None, None));
    match web.app.light_candle_for(launch.user_id).await {
        Ok(lit) => {
            let (new, count) = match lit {
                Lit::New { count } => (true, count),
                Lit::Already { count } => (false, count),
            };
            web.remember_candles(count);
            let text = web.app.candle_words(lit, lang);
            Json(serde_json::json!({ "lit": new, "count": count, "text": text })).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "lighting a candle from the page failed");
            let text = web.app.brain().text(lang, "error-generic");
            (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "error": "unavailable", "text": text })))
                .into_response()
        }
    }
}

fn unauthorized() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "tma")],
        Json(serde_json::json!({ "error": "unauthorized" })),
    )
        .into_response()
}

//! Inline mode: `@bot words` in any chat answered with topic answers to share.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::types::{
    InlineQuery, InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText, ParseMode,
};

use super::format::{Shown, html, keyboard};
use super::handlers::{Adapter, HandlerResult};
use crate::i18n::Lang;

/// How long Telegram may keep inline results for everyone: the countdown changes every minute.
const INLINE_CACHE_SECONDS: u32 = 60;

/// `@bot words` in any chat: topic answers to share (the same for everyone, so not personal).
pub async fn on_inline_query(bot: Bot, query: InlineQuery, adapter: Arc<Adapter>) -> HandlerResult {
    let lang = Lang::negotiate(query.from.language_code.as_deref());
    let articles = adapter.app.inline(&query.query, lang).await;
    let results: Vec<InlineQueryResult> = articles
        .into_iter()
        .filter_map(|article| {
            let html = html(&article.text);
            // A shared message cannot be split: one over the limit is left out (none is today;
            // `check` holds the answers well under it).
            if html.encode_utf16().count() > crate::app::MAX_MESSAGE_UNITS {
                tracing::warn!(id = %article.id, "inline result over Telegram's limit left out");
                return None;
            }
            let content = InputMessageContent::Text(InputMessageContentText::new(html).parse_mode(ParseMode::Html));
            let mut result =
                InlineQueryResultArticle::new(article.id, article.title, content).description(article.description);
            // Shared into any chat: no web_app buttons there.
            let shown = Shown::Elsewhere { bot: &adapter.replies.username };
            if let Some(keyboard) = keyboard(&article.buttons, shown) {
                result = result.reply_markup(keyboard);
            }
            Some(InlineQueryResult::Article(result))
        })
        .collect();
    let request =
        bot.answer_inline_query(query.id.clone(), results).cache_time(INLINE_CACHE_SECONDS).is_personal(false);
    if let Err(error) = super::api::call(&bot, request.payload_ref()).await {
        tracing::warn!(%error, "could not answer an inline query");
    }
    Ok(())
}

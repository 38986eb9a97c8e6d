//! The command menus and the bot's descriptions, registered with Telegram in every language
//! (`setMyCommands` per `language_code` and scope), and the menu button of the memorial page.

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use crate::answer::Brain;
use crate::app::commands::Command;
use crate::i18n::Lang;

fn menu(brain: &Brain, lang: Lang, which: impl Fn(Command) -> bool) -> Vec<BotCommand> {
    Command::ALL
        .into_iter()
        .filter(|&c| which(c))
        .map(|c| BotCommand::new(c.name(), brain.text(lang, &c.description_id())))
        .collect()
}

/// Registers the command menus and descriptions in every language. Failures are logged, not
/// fatal: the bot answers commands whether or not Telegram shows the menu.
pub async fn register(bot: &Bot, brain: &Brain, owners: &[u64]) {
    let everyone = |c: Command| !c.owner_only();
    let in_groups = |c: Command| !c.owner_only() && !c.admin_only_in_groups();
    for lang in Lang::ALL {
        let code = lang.code().to_string();
        let requests = [
            (BotCommandScope::Default, menu(brain, lang, everyone)),
            (BotCommandScope::AllPrivateChats, menu(brain, lang, everyone)),
            (BotCommandScope::AllGroupChats, menu(brain, lang, in_groups)),
            (BotCommandScope::AllChatAdministrators, menu(brain, lang, everyone)),
        ];
        for (scope, commands) in requests {
            if let Err(error) = bot.set_my_commands(commands).scope(scope).language_code(code.clone()).await {
                tracing::warn!(%error, lang = %code, "could not register commands");
            }
        }
        if let Err(error) =
            bot.set_my_description().description(brain.text(lang, "bot-description")).language_code(code.clone()).await
        {
            tracing::warn!(%error, lang = %code, "could not set the description");
        }
        if let Err(error) = bot
            .set_my_short_description()
            .short_description(brain.text(lang, "bot-short-description"))
            .language_code(code.clone())
            .await
        {
            tracing::warn!(%error, lang = %code, "could not set the short description");
        }
    }
    // Without a language code: the English menu for every other language.
    let _ = bot.set_my_commands(menu(brain, Lang::En, everyone)).await;
    let _ = bot.set_my_commands(menu(brain, Lang::En, in_groups)).scope(BotCommandScope::AllGroupChats).await;
    // Owners see their commands in their private chat with the bot.
    for &owner in owners {
        let chat = Recipient::Id(ChatId(owner as i64));
        if let Err(error) =
            bot.set_my_commands(menu(brain, Lang::En, |_| true)).scope(BotCommandScope::Chat { chat_id: chat }).await
        {
            tracing::warn!(%error, owner, "could not register owner commands");
        }
    }
}

/// The command menus and, with `--app-url`, the menu button of the memorial page, registered in
/// the background: the bot answers whether or not Telegram shows them.
pub fn register_in_background(bot: &Bot, brain: std::sync::Arc<Brain>, owners: Vec<u64>, page: Option<url::Url>) {
    let bot = bot.clone();
    tokio::spawn(async move {
        register(&bot, &brain, &owners).await;
        if let Some(page) = page {
            set_page_button(&bot, &brain, &page).await;
        }
    });
}

/// With `--app-url`: the menu button of every private chat opens the memorial page. Telegram keeps
/// one default button for all languages (no `language_code` here), so its label is the English
/// one, as for the menus of other languages; the page itself opens in the reader's language.
pub async fn set_page_button(bot: &Bot, brain: &Brain, page: &url::Url) {
    let button = teloxide::types::MenuButton::WebApp {
        text: brain.text(Lang::En, "app-menu-button"),
        web_app: teloxide::types::WebAppInfo { url: page.clone() },
    };
    if let Err(error) = bot.set_chat_menu_button().menu_button(button).await {
        tracing::warn!(%error, "could not set the menu button to the memorial page");
    }
}

//! Telegram's launch data (`initData`), validated exactly as Telegram documents for Mini Apps: the
//! fields but `hash`, sorted, as `key=value` lines, signed with HMAC-SHA256 under a key that is
//! itself HMAC-SHA256("WebAppData", bot token); the signature compared in constant time; and
//! `auth_date` no older than a day. Only the person's id is read from what passes.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// How old launch data may be: Telegram's clients keep a Mini App open for hours, never days.
pub const MAX_AGE: chrono::Duration = chrono::Duration::hours(24);

/// Clocks differ a little: launch data signed up to this far "in the future" still counts.
const SKEW: chrono::Duration = chrono::Duration::minutes(5);

/// Longer launch data is not Telegram's (a real one is well under 2 KB).
const MAX_LEN: usize = 8 * 1024;

/// Why launch data was refused. Each answers 401 alike; the kind is for tests and the debug log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InitDataError {
    #[error("launch data too long")]
    TooLong,
    #[error("a field appears twice or the data is not a query string")]
    Malformed,
    #[error("no hash, or a hash that is not 64 hex digits")]
    NoHash,
    #[error("the signature does not match")]
    BadSignature,
    #[error("no auth_date, or not a Unix time")]
    NoAuthDate,
    #[error("auth_date is older than a day, or in the future")]
    Stale,
    #[error("no user with a numeric id")]
    NoUser,
}

/// The key launch data is checked with, derived once from the bot token (the token itself is not
/// kept here).
#[derive(Clone)]
pub struct Verifier {
    secret: [u8; 32],
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Verifier(..)")
    }
}

/// What valid launch data says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub user_id: u64,
    pub auth_date: DateTime<Utc>,
    /// The person's client language (`user.language_code`), if given.
    pub language_code: Option<String>,
}

impl Verifier {
    pub fn new(bot_token: &str) -> Self {
        let mut mac = HmacSha256::new_from_slice(b"WebAppData").expect("HMAC takes a key of any length");
        mac.update(bot_token.as_bytes());
        Verifier { secret: mac.finalize().into_bytes().into() }
    }

    /// Checks `init_data` (the query string Telegram gives the page) at `now`.
    pub fn verify(&self, init_data: &str, now: DateTime<Utc>) -> Result<Launch, InitDataError> {
        if init_data.len() > MAX_LEN {
            return Err(InitDataError::TooLong);
        }
        let mut fields: Vec<(String, String)> =
            url::form_urlencoded::parse(init_data.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        fields.sort();
        if fields.windows(2).any(|pair| pair[0].0 == pair[1].0) {
            return Err(InitDataError::Malformed);
        }
        let at = fields.iter().position(|(k, _)| k == "hash").ok_or(InitDataError::NoHash)?;
        let (_, hash) = fields.remove(at);
        let hash = decode_hex(&hash).ok_or(InitDataError::NoHash)?;
        let check: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut mac = HmacSha256::new_from_slice(&self.secret).expect("HMAC takes a key of any length");
        mac.update(check.join("\n").as_bytes());
        // `verify_slice` compares in constant time.
        mac.verify_slice(&hash).map_err(|_| InitDataError::BadSignature)?;

        let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let auth_date = field("auth_date")
            .and_then(|s| s.parse::<i64>().ok())
            .and_then(|secs| DateTime::from_timestamp(secs, 0))
            .ok_or(InitDataError::NoAuthDate)?;
        if now - auth_date > MAX_AGE || auth_date - now > SKEW {
            return Err(InitDataError::Stale);
        }
        let user: serde_json::Value =
            field("user").and_then(|u| serde_json::from_str(u).ok()).ok_or(InitDataError::NoUser)?;
        let user_id = user.get("id").and_then(serde_json::Value::as_u64).ok_or(InitDataError::NoUser)?;
        let language_code = user.get("language_code").and_then(|c| c.as_str()).map(str::to_string);
        Ok(Launch { user_id, auth_date, language_code })
    }

    /// Signs `fields` as Telegram would (for tests and the benchmark, which play Telegram's
    /// part): the query string with its `hash`.
    #[cfg(any(test, feature = "testing"))]
    pub fn sign(&self, fields: &[(&str, &str)]) -> String {
        let mut sorted: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
        sorted.sort();
        let mut mac = HmacSha256::new_from_slice(&self.secret).expect("HMAC takes a key of any length");
        mac.update(sorted.join("\n").as_bytes());
        let hash: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in fields {
            query.append_pair(k, v);
        }
        query.append_pair("hash", &hash);
        query.finish()
    }
}

/// 64 hex digits as 32 bytes.
fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Telegram Mini Apps platform documentation (docs.telegram-mini-apps.com,
    /// "Init Data › Validating"): launch data a bot token signed in September 2022. Telegram's
    /// own page gives the algorithm but no example with a token; this one is the community's
    /// published reference vector, checked against Telegram's algorithm here.
    const TOKEN: &str = "5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8";
    const EXAMPLE: &str = "query_id=AAHdF6IQAAAAAN0XohDhrOrc\
        &user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D\
        &auth_date=1662771648\
        &hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2";

    fn signed_at() -> DateTime<Utc> {
        DateTime::from_timestamp(1_662_771_648, 0).unwrap()
    }

    #[test]
    fn telegrams_published_example_is_valid() {
        let launch = Verifier::new(TOKEN).verify(EXAMPLE, signed_at() + chrono::Duration::hours(1)).unwrap();
        assert_eq!(launch.user_id, 279_058_397);
        assert_eq!(launch.language_code.as_deref(), Some("ru"));
        assert_eq!(launch.auth_date, signed_at());
    }

    #[test]
    fn anything_else_is_refused() {
        let v = Verifier::new(TOKEN);
        let now = signed_at() + chrono::Duration::hours(1);
        // Another bot's token, a changed field, a changed hash.
        assert_eq!(Verifier::new("1:other").verify(EXAMPLE, now), Err(InitDataError::BadSignature));
        let changed = EXAMPLE.replace("279058397", "279058398");
        assert_eq!(v.verify(&changed, now), Err(InitDataError::BadSignature));
        let rehashed = EXAMPLE.replace("hash=c501", "hash=c502");
        assert_eq!(v.verify(&rehashed, now), Err(InitDataError::BadSignature));
        // Stale by a second past a day; signed in the future.
        assert_eq!(v.verify(EXAMPLE, signed_at() + MAX_AGE + chrono::Duration::seconds(1)), Err(InitDataError::Stale));
        assert!(v.verify(EXAMPLE, signed_at() + MAX_AGE).is_ok());
        assert_eq!(v.verify(EXAMPLE, signed_at() - chrono::Duration::hours(1)), Err(InitDataError::Stale));
        // No hash, a short one, a field twice, nothing at all, far too much.
        assert_eq!(v.verify("auth_date=1662771648", now), Err(InitDataError::NoHash));
        assert_eq!(v.verify(&EXAMPLE.replace("e2b2", ""), now), Err(InitDataError::NoHash));
        assert_eq!(v.verify(&format!("{EXAMPLE}&auth_date=1"), now), Err(InitDataError::Malformed));
        assert_eq!(v.verify("", now), Err(InitDataError::NoHash));
        assert_eq!(v.verify(&"a".repeat(MAX_LEN + 1), now), Err(InitDataError::TooLong));
    }

    #[test]
    fn signed_data_passes_and_needs_a_user() {
        let v = Verifier::new("42:test-token");
        let now = signed_at();
        let auth = now.timestamp().to_string();
        let good = v.sign(&[("auth_date", &auth), ("user", r#"{"id":7,"language_code":"az"}"#)]);
        assert_eq!(v.verify(&good, now).unwrap().user_id, 7);
        let anonymous = v.sign(&[("auth_date", &auth)]);
        assert_eq!(v.verify(&anonymous, now), Err(InitDataError::NoUser));
        let undated = v.sign(&[("user", r#"{"id":7}"#)]);
        assert_eq!(v.verify(&undated, now), Err(InitDataError::NoAuthDate));
    }
}

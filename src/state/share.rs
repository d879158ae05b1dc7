//! Share links: the whole scenario in the URL fragment (`#s=<base64url of the JSON>`).
//!
//! The fragment never reaches a server, so a link shares numbers without anything being
//! sent anywhere. A link is untrusted input: it is size-limited, decoded defensively, and
//! its strings go through the scenario reader's limits.

use super::base64url;
use crate::domain::scenario::{self, Scenario};

/// A fragment longer than this is not one we wrote (two funnels of 30 stages fit easily).
pub const MAX_FRAGMENT: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    TooLong,
    /// Not base64url, or not UTF-8 inside.
    Malformed,
    /// Decoded, but not a scenario we can read.
    Invalid(String),
}

impl ShareError {
    pub fn english(&self) -> String {
        match self {
            ShareError::TooLong => "The shared link is too long to be one of ours.".into(),
            ShareError::Malformed => {
                "The shared link is damaged (perhaps cut off when it was copied).".into()
            }
            ShareError::Invalid(why) => format!("The shared link cannot be opened: {why}."),
        }
    }
}

/// The fragment (without `#`) that carries `scenario`.
pub fn encode_fragment(scenario: &Scenario) -> String {
    format!(
        "s={}",
        base64url::encode(scenario::to_json(scenario).as_bytes())
    )
}

/// Reads a fragment (with or without the leading `#`). `Ok(None)` when it carries no
/// scenario (an empty fragment, or other parameters such as `embed`).
pub fn decode_fragment(fragment: &str) -> Result<Option<Scenario>, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong);
    }
    let Some(payload) = fragment.split('&').find_map(|part| part.strip_prefix("s=")) else {
        return Ok(None);
    };
    let bytes = base64url::decode(payload).ok_or(ShareError::Malformed)?;
    let json = String::from_utf8(bytes).map_err(|_| ShareError::Malformed)?;
    scenario::from_json(&json)
        .map(Some)
        .map_err(|e| ShareError::Invalid(e.english()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_the_example() {
        let s = Scenario {
            name: "Zażółć gęślą jaźń – воронка".into(),
            ..Scenario::default()
        };
        let fragment = encode_fragment(&s);
        assert!(fragment.starts_with("s="));
        assert_eq!(decode_fragment(&format!("#{fragment}")).unwrap(), Some(s));
    }

    #[test]
    fn no_scenario_in_other_fragments() {
        assert_eq!(decode_fragment(""), Ok(None));
        assert_eq!(decode_fragment("#embed"), Ok(None));
    }

    #[test]
    fn malformed_links_are_errors() {
        assert_eq!(decode_fragment("#s=%%%"), Err(ShareError::Malformed));
        assert_eq!(decode_fragment("#s=a"), Err(ShareError::Malformed));
        // Valid base64url of "not json".
        let not_json = base64url::encode(b"not json");
        assert!(matches!(
            decode_fragment(&format!("s={not_json}")),
            Err(ShareError::Invalid(_))
        ));
        let huge = "A".repeat(MAX_FRAGMENT + 1);
        assert_eq!(
            decode_fragment(&format!("s={huge}")),
            Err(ShareError::TooLong)
        );
    }
}

//! Hostile input to the state layer: whatever a share link, an import or localStorage
//! holds, decoding never panics; and every valid state round-trips exactly.
#![cfg(not(target_arch = "wasm32"))]

use funnel::domain::model::{Billing, StageInput};
use funnel::domain::scenario::{Scenario, MAX_NUMBER_TEXT, MAX_TEXT};
use funnel::domain::validate::MAX_STAGES;
use funnel::state::base64url;
use funnel::state::saved::{self, Prefs, SavedState};
use funnel::state::share::{decode_fragment, encode_fragment};
use proptest::prelude::*;

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max).prop_map(|c| c.into_iter().collect())
}

/// Scenarios within the format's limits, with arbitrary text everywhere a user types.
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        text(MAX_TEXT),
        text(MAX_TEXT),
        proptest::collection::vec((text(MAX_TEXT), text(MAX_NUMBER_TEXT)), 1..=MAX_STAGES),
        text(MAX_NUMBER_TEXT),
        any::<bool>(),
    )
        .prop_map(|(name, side_name, stages, price, monthly)| {
            let mut s = Scenario {
                name,
                ..Scenario::default()
            };
            s.service.name = side_name;
            s.digital.stages = stages
                .into_iter()
                .map(|(name, volume)| StageInput {
                    name,
                    volume,
                    ..StageInput::default()
                })
                .collect();
            let last = s.digital.stages.len() - 1;
            s.digital.roles.lead = 0;
            s.digital.roles.opportunity = last / 2;
            s.digital.roles.customer = last;
            s.service.offer.price = price;
            s.service.offer.billing = if monthly {
                Billing::Monthly
            } else {
                Billing::OneTime
            };
            s
        })
}

proptest! {
    #[test]
    fn share_links_round_trip_exactly(s in scenario()) {
        let fragment = encode_fragment(&s);
        prop_assert_eq!(decode_fragment(&fragment), Ok(Some(s)));
    }

    #[test]
    fn saved_state_round_trips_exactly(current in scenario(), named in proptest::collection::vec(scenario(), 0..4), lang in proptest::option::of(text(5))) {
        let state = SavedState { current, scenarios: named, prefs: Prefs { lang, currency: None, theme: Some("dark".into()) } };
        prop_assert_eq!(saved::decode(&saved::encode(&state)), Ok(state));
    }

    #[test]
    fn any_fragment_text_never_panics(text in ".{0,400}") {
        let _ = decode_fragment(&text);
        let _ = decode_fragment(&format!("#s={text}"));
    }

    #[test]
    fn any_bytes_behind_a_share_link_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = decode_fragment(&format!("s={}", base64url::encode(&bytes)));
    }

    #[test]
    fn any_saved_text_never_panics(text in ".{0,400}") {
        let _ = saved::decode(&text);
    }

    #[test]
    fn damaged_saved_state_is_an_error_or_a_state_never_a_panic(cut in 0usize..2000, junk in ".{0,8}") {
        // Real damage: a valid save truncated or with junk spliced in.
        let good = saved::encode(&SavedState::default());
        let cut = cut.min(good.len());
        let cut = (0..=cut).rev().find(|&i| good.is_char_boundary(i)).unwrap_or(0);
        let damaged = format!("{}{}{}", &good[..cut], junk, &good[cut..]);
        let _ = saved::decode(&damaged);
        let _ = saved::decode(&good[..cut]);
    }
}

#[test]
fn base64url_round_trips_any_bytes() {
    // Every byte value and every length modulo 3.
    for len in 0..300usize {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 % 256) as u8).collect();
        assert_eq!(base64url::decode(&base64url::encode(&bytes)), Some(bytes));
    }
}

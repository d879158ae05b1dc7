//! Hostile input to the state layer: whatever a share link, an import or localStorage
//! holds, decoding never panics; and every valid state round-trips exactly.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{saved_state, scenario};

use funnel::state::base64url;
use funnel::state::saved::{self, SavedState};
use funnel::state::share::{decode_fragment, encode_fragment};
use proptest::prelude::*;

proptest! {
    #[test]
    fn share_links_round_trip_exactly(s in scenario()) {
        let fragment = encode_fragment(&s);
        prop_assert_eq!(decode_fragment(&fragment), Ok(Some(s)));
    }

    #[test]
    fn saved_state_round_trips_exactly(state in saved_state()) {
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

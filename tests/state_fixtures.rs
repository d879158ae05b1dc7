//! Data people have saved must still open. The files in `tests/fixtures/` were written by
//! the build before serde (its hand-written JSON writer, commit e756d3d) from
//! `common::hostile_scenario()`; each is read back with today's code and must give the
//! same scenario, field for field.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use funnel::domain::scenario;
use funnel::state::{saved, share};

#[test]
fn an_exported_file_from_the_old_build_opens_unchanged() {
    let text = include_str!("fixtures/v1-export.funnel.json");
    assert_eq!(scenario::from_json(text), Ok(common::hostile_scenario()));
}

#[test]
fn a_share_link_from_the_old_build_opens_unchanged() {
    let link = include_str!("fixtures/v1-share-link.txt").trim_end();
    assert_eq!(
        share::decode_fragment(link),
        Ok(Some(common::hostile_scenario()))
    );
}

#[test]
fn a_saved_state_from_the_old_build_opens_unchanged() {
    let raw = include_str!("fixtures/v1-saved-state.json");
    assert_eq!(saved::decode(raw), Ok(common::hostile_saved_state()));
}

#[test]
fn todays_writer_writes_the_old_builds_bytes() {
    // The v1 format is unchanged byte for byte: older builds still read what we write.
    let s = common::hostile_scenario();
    assert_eq!(
        scenario::to_json(&s),
        include_str!("fixtures/v1-export.funnel.json")
    );
    assert_eq!(
        format!("#{}", share::encode_fragment(&s)),
        include_str!("fixtures/v1-share-link.txt").trim_end()
    );
    assert_eq!(
        saved::encode(&common::hostile_saved_state()),
        include_str!("fixtures/v1-saved-state.json")
    );
}

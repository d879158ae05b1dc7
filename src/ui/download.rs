//! Files the app hands to the user: a Blob and a temporary link, so nothing is uploaded.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `contents` as a file download. Returns false when the browser refused.
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    text_blob(contents, mime).is_some_and(|blob| download_blob(filename, &blob))
}

/// `contents` as a Blob of type `mime`.
pub fn text_blob(contents: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()
}

pub fn download_blob(filename: &str, blob: &web_sys::Blob) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let document = leptos::prelude::document();
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// A file name from user text: letters, digits and dashes only.
///
/// Letters and digits are Unicode's, as `char::is_alphanumeric` defines them (the
/// Alphabetic property and the Number categories), but the browser's regular expression
/// tests them: the Rust test would put Unicode's alphabetic tables into the wasm for
/// this one use.
pub fn file_stem(name: &str) -> String {
    let pattern = js_sys::RegExp::new(r"[^\p{Alphabetic}\p{N}]", "gu");
    let dashed: String = js_sys::JsString::from(name)
        .replace_by_pattern(&pattern, "-")
        .into();
    let stem: String = dashed
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "funnel".into()
    } else {
        stem.chars().take(60).collect()
    }
}

//! Numbers, money and percentages in the reader's locale, through the browser's
//! `Intl.NumberFormat` (no locale data in our wasm: the browser already has it).
//!
//! Formatters are costly to build and used for every cell, so each (locale, currency,
//! style, digits) combination is built once and cached for the page's lifetime.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::i18n::{with_unit, Lang};
use crate::domain::kpi::{Kpi, Unit};

/// The locale and currency numbers are shown in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NumberStyle {
    pub locale: String,
    pub currency: String,
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle {
            locale: "en-US".into(),
            currency: "USD".into(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Style {
    Decimal,
    Percent,
    Currency,
}

/// A cache key: the number style, the kind of number and the fraction digits.
type CacheKey = (NumberStyle, Style, u8);

thread_local! {
    // A list rather than a HashMap: a page builds a dozen formatters at most, so a linear
    // search costs nothing, while a HashMap of this key type adds its own copy of the
    // hashing and table code to the wasm. `None` remembers a style the browser refused.
    static CACHE: RefCell<Vec<(CacheKey, Option<Function>)>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
extern "C" {
    /// `new Intl.NumberFormat(locales, options)`, with its exception as an `Err`: js-sys's
    /// binding lets a `RangeError` (an unknown currency) unwind through the wasm.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = NumberFormat)]
    fn new_number_format(locales: &Array, options: &Object) -> Result<Intl::NumberFormat, JsValue>;
}

fn formatter(ns: &NumberStyle, style: Style, digits: u8) -> Option<Function> {
    let cached = CACHE.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|((n, s, d), _)| n == ns && *s == style && *d == digits)
            .map(|(_, f)| f.clone())
    });
    if let Some(f) = cached {
        return f;
    }
    // Built with no borrow held, so a browser exception cannot leave the cache borrowed.
    let options = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &v);
    };
    let style_name = match style {
        Style::Decimal => "decimal",
        Style::Percent => "percent",
        Style::Currency => "currency",
    };
    set("style", style_name.into());
    if style == Style::Currency {
        set("currency", ns.currency.as_str().into());
    }
    set("minimumFractionDigits", 0.into());
    set("maximumFractionDigits", digits.into());
    let locales = Array::of1(&JsValue::from_str(&ns.locale));
    let f = new_number_format(&locales, &options)
        .ok()
        .map(|f| f.format());
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .push(((ns.clone(), style, digits), f.clone()))
    });
    f
}

/// A refused style shows the plain number rather than nothing.
fn call(f: &Option<Function>, value: f64) -> String {
    f.as_ref()
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok())
        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
        .map(String::from)
        .unwrap_or_else(|| value.to_string())
}

/// Fraction digits that keep a number readable: cents only on small amounts.
pub fn digits_for(value: f64) -> u8 {
    let a = value.abs();
    if a >= 1000.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    }
}

pub fn number(ns: &NumberStyle, value: f64) -> String {
    call(&formatter(ns, Style::Decimal, digits_for(value)), value)
}

pub fn count(ns: &NumberStyle, value: f64) -> String {
    let digits = if value.fract().abs() < 1e-9 { 0 } else { 1 };
    call(&formatter(ns, Style::Decimal, digits), value)
}

pub fn money(ns: &NumberStyle, value: f64) -> String {
    let digits = if value.abs() >= 100.0 { 0 } else { 2 };
    call(&formatter(ns, Style::Currency, digits), value)
}

/// A share (0.123) as a percentage ("12.3%"); small shares keep two decimals.
pub fn percent(ns: &NumberStyle, share: f64) -> String {
    let digits = if share.abs() < 0.01 { 2 } else { 1 };
    call(&formatter(ns, Style::Percent, digits), share)
}

/// A KPI value with its unit in the reader's language, or `None` when not available.
pub fn kpi(ns: &NumberStyle, lang: Lang, value: Kpi, unit: Unit) -> Option<String> {
    let v = value.value()?;
    Some(match unit {
        Unit::Percent => percent(ns, v),
        Unit::Money => money(ns, v),
        Unit::Count => count(ns, v),
        Unit::Ratio | Unit::Months => with_unit(lang, unit, v, &number(ns, v)),
        Unit::Days => with_unit(lang, unit, v.round(), &count(ns, v.round())),
        Unit::MoneyPerDay => with_unit(lang, unit, v, &money(ns, v)),
    })
}

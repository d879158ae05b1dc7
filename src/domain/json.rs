//! A small JSON reader and writer, enough for the saved-state and share-link formats.
//!
//! It replaces serde and serde_json, which cost the wasm tens of kilobytes for the few
//! flat records we store. Pure: no browser APIs. The parser is strict (RFC 8259), bounds
//! nesting at `MAX_DEPTH` so hostile input cannot exhaust the stack, and never panics;
//! its errors give a short English message and the byte offset.
//!
//! Numbers keep what the formats need: a non-negative integer without fraction or exponent
//! that fits in `u64` is `Int` (exact, as indices and versions need), any other number is
//! `Num`. The writer is compact and keeps non-ASCII text as UTF-8, byte for byte as
//! serde_json wrote it, so data saved by earlier builds reads and writes the same.

use std::fmt::Write as _;

/// Deepest nesting of arrays and objects the parser accepts.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their members in document order, duplicates included;
/// lookups take the last, as serde_json did.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A non-negative whole number written without fraction or exponent, within `u64`.
    Int(u64),
    /// Any other number; always finite.
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object (the last one if repeated); `None` for non-objects.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => get(members, key),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Int(n) => Some(*n),
            _ => None,
        }
    }
}

/// The member `key` of an object's members (the last one if repeated).
pub fn get<'a>(members: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Why a text is not JSON: what was wrong, and where (a byte offset into the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: &'static str,
    pub offset: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

impl std::error::Error for ParseError {}

/// Parses one JSON document (surrounding whitespace allowed, nothing else).
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.skip_ws();
    if p.at < p.bytes.len() {
        return Err(p.err("trailing characters after the value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, message: &'static str) -> ParseError {
        ParseError {
            message,
            offset: self.at,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.peek() == Some(byte);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.err("unexpected end of input")),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(open @ (b'[' | b'{')) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.err("nesting too deep"));
                }
                self.at += 1;
                let value = if open == b'[' {
                    self.array()
                } else {
                    self.object()
                }?;
                self.depth -= 1;
                Ok(value)
            }
            Some(_) => Err(self.err("expected a value")),
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, ParseError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.err("invalid literal"))
        }
    }

    /// After `[`.
    fn array(&mut self) -> Result<Json, ParseError> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']') {
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            if self.eat(b']') {
                return Ok(Json::Arr(items));
            }
            if !self.eat(b',') {
                return Err(self.err("expected ',' or ']'"));
            }
        }
    }

    /// After `{`.
    fn object(&mut self) -> Result<Json, ParseError> {
        let mut members = Vec::new();
        self.skip_ws();
        if self.eat(b'}') {
            return Ok(Json::Obj(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.err("expected a string key"));
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(b':') {
                return Err(self.err("expected ':'"));
            }
            members.push((key, self.value()?));
            self.skip_ws();
            if self.eat(b'}') {
                return Ok(Json::Obj(members));
            }
            if !self.eat(b',') {
                return Err(self.err("expected ',' or '}'"));
            }
        }
    }

    /// At the opening quote.
    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Both ends sit next to an ASCII byte (or at the end), so on char boundaries.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.err("control character in string")),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self) -> Result<char, ParseError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let high = self.hex4()?;
                let code = match high {
                    0xD800..=0xDBFF => {
                        if !(self.eat(b'\\') && self.eat(b'u')) {
                            return Err(self.err("unpaired surrogate in \\u escape"));
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.err("unpaired surrogate in \\u escape"));
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => {
                        return Err(self.err("unpaired surrogate in \\u escape"));
                    }
                    other => other,
                };
                return char::from_u32(code).ok_or_else(|| self.err("invalid \\u escape"));
            }
            _ => return Err(self.err("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.err("invalid \\u escape"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    /// At `-` or a digit.
    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.at;
        let negative = self.eat(b'-');
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err("invalid number")),
        }
        let mut whole = true;
        if self.eat(b'.') {
            whole = false;
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            whole = false;
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        let text = &self.text[start..self.at];
        if whole && !negative {
            if let Ok(n) = text.parse::<u64>() {
                return Ok(Json::Int(n));
            }
        }
        match super::float::parse_f64(text) {
            Some(n) if n.is_finite() => Ok(Json::Num(n)),
            _ => Err(ParseError {
                message: "number out of range",
                offset: start,
            }),
        }
    }
}

/// A value that can be written as JSON.
pub trait JsonWrite {
    /// Appends the compact JSON of `self` to `out`.
    fn write_json(&self, out: &mut String);
}

/// A value that can be read from JSON. The error says what was wrong, prefixed with the
/// path to it (`digital: stages: 2: name: expected a string`).
pub trait JsonRead: Sized {
    fn read_json(value: &Json) -> Result<Self, String>;
}

/// The compact JSON text of `value`.
pub fn to_string<T: JsonWrite + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// Writes `s` as a JSON string: quotes, backslashes and control characters escaped the
/// way serde_json escapes them; everything else (non-ASCII included) as it is.
pub fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if short.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        } else {
            out.push_str(short);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Writes an object with `fields` in order: how every record type writes itself.
pub fn write_obj(out: &mut String, fields: &[(&str, &dyn JsonWrite)]) {
    out.push('{');
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, key);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
}

/// The members of an object, or an error for any other value.
pub fn members(value: &Json) -> Result<&[(String, Json)], String> {
    match value {
        Json::Obj(members) => Ok(members),
        _ => Err("expected an object".to_string()),
    }
}

/// Reads the member `key`, or gives `default` when it is absent (as `#[serde(default)]`
/// did). A member that is present but of the wrong type is an error, `null` included.
pub fn field<T: JsonRead>(members: &[(String, Json)], key: &str, default: T) -> Result<T, String> {
    match get(members, key) {
        None => Ok(default),
        Some(value) => T::read_json(value).map_err(|e| format!("{key}: {e}")),
    }
}

/// Like [`field`], but overwrites `slot` (which holds the default) in place. Readers of
/// structs start from `Self::default()` and read each member into it: an error then has
/// one value to drop, where building the struct from `field` calls must drop every
/// member read so far and every default not yet used, code repeated at each `?`.
pub fn read_into<T: JsonRead>(
    members: &[(String, Json)],
    key: &str,
    slot: &mut T,
) -> Result<(), String> {
    if let Some(value) = get(members, key) {
        *slot = T::read_json(value).map_err(|e| format!("{key}: {e}"))?;
    }
    Ok(())
}

/// Reads a string naming one of `names`' variants.
pub fn read_name<T: Copy>(value: &Json, names: &[(&str, T)]) -> Result<T, String> {
    let s = match value {
        Json::Str(s) => s,
        _ => return Err("expected a string".to_string()),
    };
    names
        .iter()
        .find(|(name, _)| name == s)
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("unknown variant \"{s}\""))
}

impl JsonWrite for Json {
    fn write_json(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => b.write_json(out),
            Json::Int(n) => n.write_json(out),
            // Debug keeps a `.0` or an exponent, so the number reads back as `Num`.
            Json::Num(n) if n.is_finite() => {
                let _ = write!(out, "{n:?}");
            }
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => write_str(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, key);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

impl JsonWrite for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl JsonWrite for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl JsonWrite for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl JsonWrite for u64 {
    fn write_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl JsonWrite for u32 {
    fn write_json(&self, out: &mut String) {
        u64::from(*self).write_json(out);
    }
}

impl JsonWrite for usize {
    fn write_json(&self, out: &mut String) {
        // usize is at most 64 bits on every target Rust supports.
        (*self as u64).write_json(out);
    }
}

impl<T: JsonWrite> JsonWrite for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: JsonWrite> JsonWrite for Vec<T> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl JsonRead for String {
    fn read_json(value: &Json) -> Result<Self, String> {
        match value {
            Json::Str(s) => Ok(s.clone()),
            _ => Err("expected a string".to_string()),
        }
    }
}

impl JsonRead for bool {
    fn read_json(value: &Json) -> Result<Self, String> {
        match value {
            Json::Bool(b) => Ok(*b),
            _ => Err("expected true or false".to_string()),
        }
    }
}

impl JsonRead for usize {
    fn read_json(value: &Json) -> Result<Self, String> {
        value
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| "expected a whole number".to_string())
    }
}

impl<T: JsonRead> JsonRead for Option<T> {
    fn read_json(value: &Json) -> Result<Self, String> {
        match value {
            Json::Null => Ok(None),
            other => T::read_json(other).map(Some),
        }
    }
}

impl<T: JsonRead> JsonRead for Vec<T> {
    fn read_json(value: &Json) -> Result<Self, String> {
        match value {
            Json::Arr(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::read_json(item).map_err(|e| format!("{i}: {e}")))
                .collect(),
            _ => Err("expected a list".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_small_document() {
        let v = parse(r#" {"a":[1,-2,3.5,"x\u00e9\n",true,false,null],"b":{}} "#).unwrap();
        assert_eq!(
            v,
            Json::Obj(vec![
                (
                    "a".into(),
                    Json::Arr(vec![
                        Json::Int(1),
                        Json::Num(-2.0),
                        Json::Num(3.5),
                        Json::Str("xé\n".into()),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                    ])
                ),
                ("b".into(), Json::Obj(vec![])),
            ])
        );
    }

    #[test]
    fn errors_carry_the_offset() {
        let e = parse("[1,]").unwrap_err();
        assert_eq!(e.offset, 3);
        assert_eq!(e.to_string(), "expected a value at byte 3");
    }
}

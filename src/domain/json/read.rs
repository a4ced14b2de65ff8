//! Reading JSON text into a [`Value`].

use super::{Value, float};

/// The deepest nesting of arrays and objects [`parse`] accepts, as
/// serde_json did. Parsing recurses once per level, so this bounds the stack.
pub const MAX_DEPTH: usize = 128;

/// Where a text stops being JSON: the 1-based line, and the 1-based column
/// in characters, of the offending character, or of the place just past the
/// end when the text ends too early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
}

/// Reads one JSON value, with optional whitespace around it.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut parser = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    parser
        .document()
        .map_err(|Stop(at)| position(text.as_bytes(), at))
}

/// A failure at this byte offset.
struct Stop(usize);

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next character; always at a character boundary
    /// outside string contents.
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn document(&mut self) -> Result<Value, Stop> {
        let value = self.value()?;
        self.skip_whitespace();
        match self.peek() {
            None => Ok(value),
            Some(_) => self.fail(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn fail<T>(&self) -> Result<T, Stop> {
        Err(Stop(self.pos))
    }

    /// Steps over `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8) -> Result<(), Stop> {
        if self.eat(byte) { Ok(()) } else { self.fail() }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<Value, Stop> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.container(true),
            Some(b'[') => self.container(false),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.fail(),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, Stop> {
        for &byte in word.as_bytes() {
            self.expect(byte)?;
        }
        Ok(value)
    }

    /// Steps into an array or object at its opening bracket.
    fn enter(&mut self) -> Result<(), Stop> {
        if self.depth == MAX_DEPTH {
            return self.fail();
        }
        self.depth += 1;
        self.pos += 1;
        self.skip_whitespace();
        Ok(())
    }

    /// After an element: `true` at the closing bracket, `false` at a comma.
    fn next_or_close(&mut self, close: u8) -> Result<bool, Stop> {
        self.skip_whitespace();
        if self.eat(close) {
            self.depth -= 1;
            Ok(true)
        } else {
            self.expect(b',').map(|()| false)
        }
    }

    /// An array or an object, from its opening bracket: one loop for both,
    /// as their syntax differs only in the keys, which keeps the parser
    /// small in the wasm bundle.
    fn container(&mut self, object: bool) -> Result<Value, Stop> {
        self.enter()?;
        let close = if object { b'}' } else { b']' };
        let mut items = Vec::new();
        let mut members = Vec::new();
        if self.eat(close) {
            self.depth -= 1;
        } else {
            loop {
                if object {
                    self.skip_whitespace();
                    if self.peek() != Some(b'"') {
                        return self.fail();
                    }
                    let key = self.string()?;
                    self.skip_whitespace();
                    self.expect(b':')?;
                    members.push((key, self.value()?));
                } else {
                    items.push(self.value()?);
                }
                if self.next_or_close(close)? {
                    break;
                }
            }
        }
        Ok(if object {
            Value::Object(members)
        } else {
            Value::Array(items)
        })
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, Stop> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // The run up to the next quote, backslash or control character
            // ends at an ASCII byte, so it is whole characters.
            let rest = self.text.as_bytes().get(self.pos..).unwrap_or_default();
            let run = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            out.push_str(self.text.get(self.pos..self.pos + run).unwrap_or_default());
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                _ => return self.fail(),
            }
        }
    }

    /// The character an escape stands for, from the byte after `\`.
    fn escape(&mut self) -> Result<char, Stop> {
        let ch = match self.peek() {
            Some(b'u') => return self.unicode_escape(),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            _ => return self.fail(),
        };
        self.pos += 1;
        Ok(ch)
    }

    /// `\uXXXX`, from the `u`; a character outside the Basic Multilingual
    /// Plane takes two, a high then a low surrogate. A lone surrogate is not
    /// a character, so it is an error.
    fn unicode_escape(&mut self) -> Result<char, Stop> {
        let high = self.hex4()?;
        let code = if (0xd800..0xdc00).contains(&high) {
            self.expect(b'\\')?;
            let low = self.hex4()?;
            if !(0xdc00..0xe000).contains(&low) {
                return Err(Stop(self.pos - 1));
            }
            0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
        } else {
            high
        };
        char::from_u32(code).ok_or(Stop(self.pos - 1))
    }

    /// `u` and four hex digits.
    fn hex4(&mut self) -> Result<u32, Stop> {
        self.expect(b'u')?;
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            let Some(digit) = digit else {
                return self.fail();
            };
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// Steps over digits, returning how many and their value if it fits.
    fn digits(&mut self) -> (usize, Option<u64>) {
        let start = self.pos;
        let mut value = Some(0u64);
        while let Some(byte @ b'0'..=b'9') = self.peek() {
            let digit = u64::from(byte - b'0');
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add(digit));
            self.pos += 1;
        }
        (self.pos - start, value)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Value, Stop> {
        let start = self.pos;
        let negative = self.eat(b'-');
        let (count, whole) = match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                (1, Some(0))
            }
            _ => self.digits(),
        };
        if count == 0 {
            return self.fail();
        }
        let mut plain = !negative;
        if self.eat(b'.') {
            plain = false;
            if self.digits().0 == 0 {
                return self.fail();
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            plain = false;
            self.pos += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits().0 == 0 {
                return self.fail();
            }
        }
        if let (true, Some(n)) = (plain, whole) {
            return Ok(Value::Uint(n));
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        match float::parse(text) {
            Some(v) => Ok(Value::Float(v)),
            // Beyond f64's range; JSON sets no limit, but no reader can hold it.
            None => Err(Stop(self.pos - 1)),
        }
    }
}

/// The line and column of byte offset `at`, counting characters, not bytes.
fn position(bytes: &[u8], at: usize) -> JsonError {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    JsonError {
        line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
        // Every byte but UTF-8 continuation bytes (0b10xx_xxxx) starts a character.
        column: 1 + before[line_start..]
            .iter()
            .filter(|&&b| b & 0xc0 != 0x80)
            .count(),
    }
}

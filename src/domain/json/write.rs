//! Writing JSON text, in serde_json's layout.

use super::{Value, float};

/// Writes JSON into a string, one piece at a time:
///
/// ```
/// # use score_readiness::domain::json::Writer;
/// let mut w = Writer::pretty();
/// w.open('{');
/// w.key("level");
/// w.uint(3);
/// w.key("tags");
/// w.open('[');
/// w.close(']');
/// w.close('}');
/// assert_eq!(w.finish(), "{\n  \"level\": 3,\n  \"tags\": []\n}");
/// ```
///
/// Pretty output is serde_json's `to_string_pretty`: two-space indents,
/// `"key": value`, one member or element per line, `{}` and `[]` when empty,
/// no final newline. Compact output has no whitespace at all.
#[derive(Debug)]
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost open array or object.
    empty: bool,
}

impl Writer {
    pub fn pretty() -> Writer {
        Writer::new(true)
    }

    pub fn compact() -> Writer {
        Writer::new(false)
    }

    fn new(pretty: bool) -> Writer {
        Writer {
            out: String::new(),
            pretty,
            depth: 0,
            empty: true,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// Opens an object (`{`) or array (`[`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes what [`Writer::open`] opened: `}` or `]`.
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.newline();
        }
        self.empty = false;
        self.out.push(bracket);
    }

    /// Starts the next element of an array; write the element next.
    pub fn item(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.newline();
    }

    /// Starts the next member of an object; write its value next.
    pub fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
    }

    /// A string, escaping `"`, `\` and control characters only (`\n` and
    /// the like where JSON has a short form, `\u00XX` otherwise).
    pub fn string(&mut self, text: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, byte) in text.bytes().enumerate() {
            let short = match byte {
                b'"' => '"',
                b'\\' => '\\',
                b'\n' => 'n',
                b'\r' => 'r',
                b'\t' => 't',
                0x08 => 'b',
                0x0c => 'f',
                0..=0x1f => 'u',
                _ => continue,
            };
            // `i` is at an ASCII byte, so both slices are whole characters.
            self.out.push_str(text.get(start..i).unwrap_or_default());
            self.out.push('\\');
            self.out.push(short);
            if short == 'u' {
                self.out.push_str("00");
                self.out.push(hex_digit(byte >> 4));
                self.out.push(hex_digit(byte & 0xf));
            }
            start = i + 1;
        }
        self.out.push_str(text.get(start..).unwrap_or_default());
        self.out.push('"');
    }

    /// A whole number, in plain digits.
    pub fn uint(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut len = 0;
        loop {
            digits[len] = b'0' + (n % 10) as u8;
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &digit in digits[..len].iter().rev() {
            self.out.push(char::from(digit));
        }
    }

    /// A number with the fewest digits that read back as exactly `value`,
    /// always with a `.` or an exponent so it never reads as a whole
    /// number: `4.0`, `12.75`, `0.00001`, `1e+16`, `1.5e-7`. Plain digits
    /// from 1e-5 to below 1e16, an exponent outside, exactly as
    /// serde_json 1.0.154 (which formats with zmij) wrote it. JSON has no
    /// infinity or NaN; they are written as `null`.
    pub fn float(&mut self, value: f64) {
        if !value.is_finite() {
            return self.null();
        }
        if value.is_sign_negative() {
            self.out.push('-');
        }
        let value = value.abs();
        if self.short_float(value) {
            return;
        }
        let (digits, len, exp) = float::shortest(value);
        let digits = &digits[..len];
        let n = len as i32;
        if (-5..=15).contains(&exp) {
            if exp >= n - 1 {
                // 1234e7 → 12340000000.0
                self.ascii(digits);
                for _ in n - 1..exp {
                    self.out.push('0');
                }
                self.out.push_str(".0");
            } else if exp >= 0 {
                // 1.234e2 → 123.4
                let (whole, fraction) = digits.split_at(exp as usize + 1);
                self.ascii(whole);
                self.out.push('.');
                self.ascii(fraction);
            } else {
                // 1.234e-3 → 0.001234
                self.out.push_str("0.");
                for _ in exp + 1..0 {
                    self.out.push('0');
                }
                self.ascii(digits);
            }
        } else {
            // 1.234e30 → 1.234e+30, and 1e30 → 1e+30
            let (first, rest) = digits.split_at(1);
            self.ascii(first);
            if !rest.is_empty() {
                self.out.push('.');
                self.ascii(rest);
            }
            self.out.push_str(if exp < 0 { "e-" } else { "e+" });
            self.uint(u64::from(exp.unsigned_abs()));
        }
    }

    /// Writes a whole number, or one with at most three decimals, below
    /// 2^40 (most figures) without float formatting. Below 2^40 a float is
    /// finer than 0.001, so one with k ≤ 3 decimals has exactly one such
    /// form, found by rounding `value × 10^k`; the division below, rounded
    /// as reading is, confirms it reads back. `false` when there is none.
    fn short_float(&mut self, value: f64) -> bool {
        if value >= (1u64 << 40) as f64 {
            return false;
        }
        let mut scale = 1u64;
        for decimals in 0..=3 {
            let m = (value * scale as f64 + 0.5) as u64;
            if m as f64 / scale as f64 == value {
                self.uint(m / scale);
                self.out.push('.');
                if decimals == 0 {
                    self.out.push('0');
                }
                let mut fraction = m % scale;
                for _ in 0..decimals {
                    scale /= 10;
                    self.out.push(char::from(b'0' + (fraction / scale) as u8));
                    fraction %= scale;
                }
                return true;
            }
            scale *= 10;
        }
        false
    }

    fn ascii(&mut self, digits: &[u8]) {
        for &digit in digits {
            self.out.push(char::from(digit));
        }
    }

    /// A whole value, arrays and objects included.
    pub fn value(&mut self, value: &Value) {
        match value {
            Value::Null => self.null(),
            Value::Bool(b) => self.bool(*b),
            Value::Uint(n) => self.uint(*n),
            Value::Float(v) => self.float(*v),
            Value::String(s) => self.string(s),
            Value::Array(items) => {
                self.open('[');
                for item in items {
                    self.item();
                    self.value(item);
                }
                self.close(']');
            }
            Value::Object(members) => {
                self.open('{');
                for (key, value) in members {
                    self.key(key);
                    self.value(value);
                }
                self.close('}');
            }
        }
    }
}

fn hex_digit(n: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(n & 0xf)])
}

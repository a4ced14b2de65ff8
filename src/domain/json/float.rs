//! Exact conversion between `f64` and decimal text, without core's float
//! parsing and formatting: with their tables those cost the wasm bundle
//! about 30 KB, more than all of serde_json. Common numbers take an `f64`
//! fast path; the rest is settled by comparing big integers exactly, which
//! needs no tables, only a few hundred bytes of code.
//!
//! Reading rounds to the nearest `f64`, ties to even, as `str::parse` does.
//! Writing gives the fewest significant digits that read back as the same
//! `f64` and, of those, the nearest, ties to even: the digits serde_json
//! (zmij) and every shortest round-trip printer agree on.

use std::cmp::Ordering;

/// Significant digits kept when reading. A midpoint between two `f64`s has
/// at most 767, so later digits only matter by being non-zero.
const MAX_DIGITS: i32 = 800;

/// A non-negative integer of any size, least significant 32 bits first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn new(n: u64) -> Big {
        Big(vec![n as u32, (n >> 32) as u32])
    }

    /// `self × factor + add`.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(factor) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(9);
            self.mul_add(10u32.pow(step), 0);
            n -= step;
        }
    }

    fn mul_pow2(&mut self, n: u32) {
        if !n.is_multiple_of(32) {
            self.mul_add(1 << (n % 32), 0);
        }
        let mut shifted = vec![0; (n / 32) as usize];
        shifted.extend_from_slice(&self.0);
        self.0 = shifted;
    }

    fn cmp(&self, other: &Big) -> Ordering {
        fn significant(limbs: &[u32]) -> &[u32] {
            let len = limbs.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
            limbs.get(..len).unwrap_or_default()
        }
        let (a, b) = (significant(&self.0), significant(&other.0));
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

/// Compares `d × 10^e10` with `m × 2^e2`, exactly.
fn compare(d: &Big, e10: i32, m: u64, e2: i32) -> Ordering {
    let mut left = d.clone();
    let mut right = Big::new(m);
    if e10 >= 0 {
        left.mul_pow10(e10.unsigned_abs());
    } else {
        right.mul_pow10(e10.unsigned_abs());
    }
    if e2 >= 0 {
        right.mul_pow2(e2.unsigned_abs());
    } else {
        left.mul_pow2(e2.unsigned_abs());
    }
    left.cmp(&right)
}

fn compare_u64(d: u64, e10: i32, m: u64, e2: i32) -> Ordering {
    compare(&Big::new(d), e10, m, e2)
}

/// `v = m × 2^k` for a finite `v ≥ 0`.
fn split(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let exponent = (bits >> 52) as i32 & 0x7ff;
    let fraction = bits & ((1 << 52) - 1);
    match exponent {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, exponent - 1075),
    }
}

/// The midpoint between `v = m × 2^k > 0` and the next `f64` down, as
/// `(m', k')` for `m' × 2^k'`. Above a power of two the gap below is half
/// the gap above.
fn lower_midpoint(m: u64, k: i32) -> (u64, i32) {
    if m == 1 << 52 && k > -1074 {
        (4 * m - 1, k - 2)
    } else {
        (2 * m - 1, k - 1)
    }
}

fn pow10(n: i32) -> f64 {
    let mut p = 1.0;
    for _ in 0..n {
        p *= 10.0;
    }
    p
}

/// `v × 10^e`, within a few units in the last place.
fn scale10(mut v: f64, mut e: i32) -> f64 {
    while e > 22 {
        v *= 1e22;
        e -= 22;
    }
    while e < -22 {
        v /= 1e22;
        e += 22;
    }
    if e >= 0 { v * pow10(e) } else { v / pow10(-e) }
}

/// The `f64` nearest to a JSON number (already checked against JSON's
/// grammar), ties to even; `None` when it is too large for an `f64`.
pub(super) fn parse(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = text.split_once(['e', 'E']).unwrap_or((text, ""));
    let mut exp: i32 = 0;
    for byte in exponent.bytes() {
        if byte.is_ascii_digit() {
            // Far beyond any f64, and small enough not to overflow below.
            exp = (exp * 10 + i32::from(byte - b'0')).min(1_000_000);
        }
    }
    if exponent.starts_with('-') {
        exp = -exp;
    }
    // The value is `digits × 10^(exp + shift)`, `digits` being the first
    // MAX_DIGITS significant digits, and `sticky` whether any later one is
    // not zero.
    let mut first19 = 0u64;
    let (mut kept, mut shift, mut sticky, mut after_point) = (0, 0, false, false);
    for byte in mantissa.bytes() {
        if byte == b'.' {
            after_point = true;
            continue;
        }
        let digit = byte.wrapping_sub(b'0');
        if kept == 0 && digit == 0 {
            shift -= i32::from(after_point);
        } else if kept < MAX_DIGITS {
            if kept < 19 {
                first19 = first19 * 10 + u64::from(digit);
            }
            kept += 1;
            shift -= i32::from(after_point);
        } else {
            sticky |= digit != 0;
            shift += i32::from(!after_point);
        }
    }
    let e = exp + shift;
    let value = if kept == 0 || kept + e < -324 {
        // Zero, or below half the smallest f64 (4.9e-324).
        0.0
    } else if kept + e > 310 {
        return None;
    } else if kept <= 15 && (-22..=22).contains(&e) {
        // Both exact as f64, so one correctly rounded operation (Clinger).
        let d = first19 as f64;
        if e >= 0 { d * pow10(e) } else { d / pow10(-e) }
    } else {
        // Exact work, on the digits kept above.
        let mut digits = Big::new(0);
        let mut taken = 0;
        for byte in mantissa.bytes().filter(u8::is_ascii_digit) {
            if taken == kept {
                break;
            }
            let digit = byte - b'0';
            taken += i32::from(taken > 0 || digit > 0);
            digits.mul_add(10, u32::from(digit));
        }
        let estimate = scale10(first19 as f64, e + kept - kept.min(19));
        nearest(&digits, e, sticky, estimate)?
    };
    Some(if negative { -value } else { value })
}

/// The `f64` nearest to `digits × 10^e` (a little more if `sticky`), found
/// from an estimate by stepping to a neighbour while the value lies beyond
/// the midpoint to it.
fn nearest(digits: &Big, e: i32, sticky: bool, estimate: f64) -> Option<f64> {
    let beyond = |m: u64, k: i32| match compare(digits, e, m, k) {
        Ordering::Equal if sticky => Ordering::Greater,
        order => order,
    };
    let mut z = estimate.min(f64::MAX);
    loop {
        let (m, k) = split(z);
        // On a midpoint, the neighbour with an even significand wins.
        match beyond(2 * m + 1, k - 1) {
            Ordering::Greater => {}
            Ordering::Equal if m % 2 == 1 => {}
            _ if m == 0 => return Some(z),
            _ => {
                let (lm, lk) = lower_midpoint(m, k);
                match beyond(lm, lk) {
                    Ordering::Less => {}
                    Ordering::Equal if m % 2 == 1 => {}
                    _ => return Some(z),
                }
                z = f64::from_bits(z.to_bits() - 1);
                continue;
            }
        }
        if z == f64::MAX {
            return None;
        }
        z = f64::from_bits(z.to_bits() + 1);
    }
}

/// The shortest decimal that reads back as `v` (finite, > 0) and, of
/// those, the nearest to `v`, ties to even: `(digits, count, exponent of
/// the first digit)`, e.g. 1234.5 gives 12345, 5, 3.
pub(super) fn shortest(v: f64) -> ([u8; 17], usize, i32) {
    let (m, k) = split(v);
    // The first digit's exponent: an estimate from the binary exponent
    // (78913 / 2^18 ≈ log10 2), then corrected exactly.
    let bits = 64 - m.leading_zeros() as i32;
    let mut e10 = ((k + bits - 1) * 78913) >> 18;
    while compare_u64(1, e10, m, k) == Ordering::Greater {
        e10 -= 1;
    }
    while compare_u64(1, e10 + 1, m, k) != Ordering::Greater {
        e10 += 1;
    }
    // More digits never hurt, so search for the fewest; 17 always do.
    let (mut low, mut high) = (1, 17);
    let mut found = candidate(v, m, k, e10 - 16).unwrap_or_default();
    let mut found_exp = e10 - 16;
    while low < high {
        let p = (low + high) / 2;
        match candidate(v, m, k, e10 - p + 1) {
            Some(c) => {
                (found, found_exp, high) = (c, e10 - p + 1, p);
            }
            None => low = p + 1,
        }
    }
    // `found × 10^found_exp`, as digits without trailing zeros.
    while found > 0 && found.is_multiple_of(10) {
        found /= 10;
        found_exp += 1;
    }
    let mut out = [b'0'; 17];
    let mut len = 0;
    while found > 0 && len < out.len() {
        out[len] = b'0' + (found % 10) as u8;
        found /= 10;
        len += 1;
    }
    out[..len].reverse();
    (out, len.max(1), found_exp + len as i32 - 1)
}

/// The integer `c` nearest to `v / 10^s` (ties to even) if `c × 10^s` reads
/// back as `v = m × 2^k`, else its other neighbour if that does.
fn candidate(v: f64, m: u64, k: i32, s: i32) -> Option<u64> {
    // An estimate, then exact steps: 2c ± 1 against 2v.
    let mut c = (scale10(v, -s) + 0.5) as u64;
    loop {
        match compare_u64(2 * c + 1, s, m, k + 1) {
            Ordering::Less => c += 1,
            Ordering::Equal if c % 2 == 1 => c += 1,
            _ if c == 0 => break,
            _ => match compare_u64(2 * c - 1, s, m, k + 1) {
                Ordering::Greater => c -= 1,
                Ordering::Equal if c % 2 == 1 => c -= 1,
                _ => break,
            },
        }
    }
    // What reads back as `v` lies between the midpoints to its neighbours,
    // the midpoints included when `m` is even (ties go to even).
    let (lm, lk) = lower_midpoint(m, k);
    let reads_back = |c: u64| {
        let fits = |order: Ordering, inside: Ordering| {
            order == inside || (order == Ordering::Equal && m.is_multiple_of(2))
        };
        fits(compare_u64(c, s, 2 * m + 1, k - 1), Ordering::Less)
            && fits(compare_u64(c, s, lm, lk), Ordering::Greater)
    };
    if reads_back(c) {
        return Some(c);
    }
    let other = match compare_u64(c, s, m, k) {
        Ordering::Less => c + 1,
        _ => c.checked_sub(1)?,
    };
    reads_back(other).then_some(other)
}

/// A count or score in digits, kept on the stack: unlike a `String` it
/// needs no allocation to free, and no formatting machinery to write. Used
/// by the sentences and by the report's markup.
pub struct Number {
    digits: [u8; 5],
    start: usize,
}

impl Number {
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[self.start..]).unwrap_or_default()
    }
}

/// One copy for every caller.
#[inline(never)]
pub fn number(mut n: u16) -> Number {
    let mut digits = [b'0'; 5];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    Number { digits, start }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn every_u16_is_written_as_to_string_would() {
        for n in [0, 7, 10, 99, 100, 4096, u16::MAX] {
            assert_eq!(number(n).as_str(), n.to_string());
        }
    }
}

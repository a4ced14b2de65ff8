//! Base64url without padding (RFC 4648 §5): the alphabet survives URLs,
//! fragments and chat apps without escaping. Hand-written to stay out of
//! the bundle budget's way.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // A chunk of k bytes needs k + 1 characters.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Character index (not byte index) and the character.
    BadCharacter(usize, char),
    /// A length no encoder produces, or non-zero bits after the last byte.
    Malformed,
}

pub fn decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut count = 0;
    for (index, ch) in text.chars().enumerate() {
        let value = sextet(ch).ok_or(DecodeError::BadCharacter(index, ch))?;
        acc = (acc << 6 | u32::from(value)) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
        count += 1;
    }
    // One leftover character holds only 6 bits: never a whole byte.
    if count % 4 == 1 || acc & ((1 << bits) - 1) != 0 {
        return Err(DecodeError::Malformed);
    }
    Ok(out)
}

fn sextet(ch: char) -> Option<u8> {
    match ch {
        'A'..='Z' => Some(ch as u8 - b'A'),
        'a'..='z' => Some(ch as u8 - b'a' + 26),
        '0'..='9' => Some(ch as u8 - b'0' + 52),
        '-' => Some(62),
        '_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn matches_the_rfc_4648_test_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in vectors {
            assert_eq!(encode(plain.as_bytes()), coded);
            assert_eq!(decode(coded), Ok(plain.as_bytes().to_vec()));
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn rejects_foreign_characters_impossible_lengths_and_stray_bits() {
        assert_eq!(decode("Zm9v+g"), Err(DecodeError::BadCharacter(4, '+')));
        assert_eq!(decode("Zm9vé"), Err(DecodeError::BadCharacter(4, 'é')));
        assert_eq!(decode("Zm9=="), Err(DecodeError::BadCharacter(3, '=')));
        assert_eq!(decode("Zm9vY"), Err(DecodeError::Malformed));
        assert_eq!(decode("Zh"), Err(DecodeError::Malformed));
    }

    proptest! {
        #[test]
        fn decoding_inverts_encoding(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(decode(&encode(&bytes)), Ok(bytes));
        }
    }
}

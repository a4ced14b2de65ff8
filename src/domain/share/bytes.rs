//! Reading and writing the share code's binary payload: bytes, LEB128
//! varints and length-prefixed UTF-8, with every read bounds-checked.

use super::ShareError;

#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push(value as u8 | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    pub fn text(&mut self, text: &str) {
        self.varint(text.len() as u64);
        self.bytes.extend_from_slice(text.as_bytes());
    }

    /// Values of `width` bits each, least significant bits first.
    pub fn packed(&mut self, width: u32, values: &[u8]) {
        let (mut acc, mut bits) = (0u32, 0u32);
        for &v in values {
            acc |= u32::from(v) << bits;
            bits += width;
            while bits >= 8 {
                self.bytes.push(acc as u8);
                acc >>= 8;
                bits -= 8;
            }
        }
        if bits > 0 {
            self.bytes.push(acc as u8);
        }
    }
}

pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], ShareError> {
        if n > self.bytes.len() {
            return Err(ShareError::Truncated);
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    pub fn varint(&mut self, field: &'static str) -> Result<u64, ShareError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            let part = u64::from(byte & 0x7F);
            // The tenth byte may only carry the top bit of a u64.
            if shift == 63 && part > 1 {
                return Err(ShareError::InvalidValue(field));
            }
            value |= part << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShareError::InvalidValue(field))
    }

    pub fn text(&mut self, field: &'static str) -> Result<String, ShareError> {
        let len = usize::try_from(self.varint(field)?).map_err(|_| ShareError::Truncated)?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| ShareError::InvalidValue(field))
    }

    /// `count` values of `width` bits; bits after the last value must be 0
    /// so that each record has exactly one code.
    pub fn packed(
        &mut self,
        field: &'static str,
        width: u32,
        count: usize,
    ) -> Result<Vec<u8>, ShareError> {
        let total_bits = count
            .checked_mul(width as usize)
            .ok_or(ShareError::Truncated)?;
        let bytes = self.take(total_bits.div_ceil(8))?;
        let mask = (1u32 << width) - 1;
        let (mut values, mut acc, mut bits) = (Vec::with_capacity(count), 0u32, 0u32);
        let mut source = bytes.iter();
        while values.len() < count {
            if bits < width {
                let next = source.next().ok_or(ShareError::Truncated)?;
                acc |= u32::from(*next) << bits;
                bits += 8;
            }
            values.push((acc & mask) as u8);
            acc >>= width;
            bits -= width;
        }
        if acc != 0 {
            return Err(ShareError::InvalidValue(field));
        }
        Ok(values)
    }

    pub fn f32(&mut self) -> Result<f32, ShareError> {
        let b = self.take(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

pub fn write_f32(writer: &mut Writer, value: f32) {
    writer.bytes.extend_from_slice(&value.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_at_their_boundaries() {
        for v in [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut w = Writer::default();
            w.varint(v);
            let mut r = Reader::new(&w.bytes);
            assert_eq!(r.varint("v"), Ok(v));
            assert!(r.is_empty());
        }
    }

    #[test]
    fn overlong_or_cut_varints_are_rejected() {
        assert_eq!(
            Reader::new(&[0x80; 11]).varint("v"),
            Err(ShareError::InvalidValue("v"))
        );
        assert_eq!(
            Reader::new(&[0xFF, 0xFF]).varint("v"),
            Err(ShareError::Truncated)
        );
        let mut too_big = vec![0xFF; 9];
        too_big.push(0x02);
        assert_eq!(
            Reader::new(&too_big).varint("v"),
            Err(ShareError::InvalidValue("v"))
        );
    }

    #[test]
    fn packed_values_round_trip_and_stray_bits_are_rejected() {
        let values: Vec<u8> = (0..38).map(|i| (i * 5 % 8) as u8).collect();
        let mut w = Writer::default();
        w.packed(3, &values);
        assert_eq!(w.bytes.len(), 15);
        assert_eq!(Reader::new(&w.bytes).packed("a", 3, 38), Ok(values));
        let mut bytes = w.bytes.clone();
        *bytes.last_mut().unwrap() |= 0x80;
        assert_eq!(
            Reader::new(&bytes).packed("a", 3, 38),
            Err(ShareError::InvalidValue("a"))
        );
        assert_eq!(
            Reader::new(&w.bytes[..14]).packed("a", 3, 38),
            Err(ShareError::Truncated)
        );
    }

    #[test]
    fn text_must_be_utf8_and_complete() {
        let mut w = Writer::default();
        w.text("Côte d'Ivoire");
        assert_eq!(
            Reader::new(&w.bytes).text("t").as_deref(),
            Ok("Côte d'Ivoire")
        );
        assert_eq!(
            Reader::new(&w.bytes[..5]).text("t"),
            Err(ShareError::Truncated)
        );
        assert_eq!(
            Reader::new(&[2, 0xC3, 0x28]).text("t"),
            Err(ShareError::InvalidValue("t"))
        );
    }
}

//! Words of a line for the line model: runs of letters and digits, lower-cased and hashed, each
//! CJK character a word of its own. Found once a line ([`super::overlap`] keeps them) and read
//! by the word features and the shared-vocabulary fact.

use crate::text::is_cjk;

/// Words per line that get word features: enough for any menu entry, prompt or caption, while
/// prose (which the layout facts already recognise) costs no more past it.
pub const MAX_WORDS: usize = 48;

/// A word of a line: its lower-cased hash and where it stands in the line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub(super) hash: u64,
    pub(super) start: u32,
    pub(super) end: u32,
}

impl Word {
    pub(super) fn text(self, line: &str) -> &str {
        &line[self.start as usize..self.end as usize]
    }
}

/// Folds one lower-cased unit (a byte of an ASCII word, or a character) into a word's hash.
#[inline]
pub(super) fn fold(hash: u64, unit: u64) -> u64 {
    (hash.rotate_left(9) ^ unit).wrapping_mul(0x0100_0000_01b3)
}

/// How [`words`] treats a byte: [`OTHER`] (ASCII, not part of a word), [`ALNUM`] (an ASCII
/// letter or digit) or [`NON_ASCII`] (part of a multi-byte character).
static BYTE_CLASS: [u8; 256] = {
    let mut class = [NON_ASCII; 256];
    let mut byte = 0;
    while byte < 0x80 {
        class[byte] = if (byte as u8).is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        byte += 1;
    }
    class
};
const OTHER: u8 = 0;
const ALNUM: u8 = 1;
const NON_ASCII: u8 = 2;

/// The words of `text`, at most `limit` of them, into `out`.
///
/// Performance: this runs on every line. ASCII words, nearly all of them, are hashed eight
/// bytes at a time: their lower-cased bytes packed into a `u64`, one multiplication a chunk.
pub(super) fn words(text: &str, limit: usize, out: &mut Vec<Word>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() && out.len() < limit {
        match BYTE_CLASS[usize::from(bytes[at])] {
            OTHER => at += 1,
            ALNUM => {
                let start = at;
                // Eight bytes at a time: where the word ends, and its hash, chunk by chunk.
                let mut hash = 0u64;
                loop {
                    let chunk = load8(bytes, at);
                    let n = ascii_alphanumeric_prefix(chunk);
                    if n == 0 {
                        break;
                    }
                    hash = fold(hash, lowercase_packed(chunk & (u64::MAX >> (64 - 8 * n))));
                    at += n as usize;
                    if n < 8 {
                        break;
                    }
                }
                if at < bytes.len() && bytes[at] >= 0x80 && starts_alphanumeric(&text[at..]) {
                    // A word that goes on in non-ASCII letters: hash it char by char.
                    at = unicode_word(text, start, out);
                    continue;
                }
                out.push(Word {
                    hash,
                    start: start as u32,
                    end: at as u32,
                });
            }
            _ => {
                let c = text[at..].chars().next().expect("a char starts here");
                if is_cjk(c) {
                    out.push(Word {
                        hash: fold(0x5a, u64::from(c as u32)),
                        start: at as u32,
                        end: (at + c.len_utf8()) as u32,
                    });
                    at += c.len_utf8();
                } else if is_alphanumeric(c) {
                    at = unicode_word(text, at, out);
                } else {
                    at += c.len_utf8();
                }
            }
        }
    }
}

/// The eight bytes of `bytes` from `at`, little-endian, zero past its end.
#[inline]
fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
        None => {
            let rest = &bytes[at.min(bytes.len())..];
            let mut buffer = [0u8; 8];
            buffer[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buffer)
        }
    }
}

/// How many of the bytes packed little-endian in `chunk`, from the first, are ASCII letters or
/// digits (0 to 8).
#[inline]
fn ascii_alphanumeric_prefix(chunk: u64) -> u32 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // Each byte's low seven bits, so that no sum below carries into the next byte; a byte's
    // high bit of a sum then says whether it is at least a bound.
    let low = chunk & (0x7f * ONES);
    let digit = (low + 0x50 * ONES) & !(low + 0x46 * ONES);
    let folded = low | (0x20 * ONES);
    let letter = (folded + 0x1f * ONES) & !(folded + 0x05 * ONES);
    let alphanumeric = (digit | letter) & !chunk & HIGH;
    (!alphanumeric & HIGH).trailing_zeros() / 8
}

/// Up to eight ASCII bytes, lower-cased, packed little-endian into a `u64` (zero-padded).
#[cfg(test)]
fn pack_lowercase(chunk: &[u8]) -> u64 {
    let mut buffer = [0u8; 8];
    buffer[..chunk.len()].copy_from_slice(chunk);
    lowercase_packed(u64::from_le_bytes(buffer))
}

/// Lower-cases the ASCII bytes packed in a `u64`.
#[inline]
fn lowercase_packed(packed: u64) -> u64 {
    // The high bit of each byte in `A..=Z` (all bytes are ASCII, so no carry crosses a byte),
    // moved down to 0x20: the case bit.
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least_a = packed + 0x3f * ONES;
    let above_z = packed + 0x25 * ONES;
    let upper = at_least_a & !above_z & (0x80 * ONES);
    packed | (upper >> 2)
}

fn starts_alphanumeric(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| is_alphanumeric(c) && !is_cjk(c))
}

/// [`char::is_alphanumeric`], without a table lookup for the general punctuation (curly
/// quotes, dashes, ellipses, bullets), the commonest characters past ASCII in Latin text.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206f}') && c.is_alphanumeric()
}

/// Hashes the word starting at `start` char by char (lower-cased) and returns where it ends.
fn unicode_word(text: &str, start: usize, out: &mut Vec<Word>) -> usize {
    let mut hash = 0u64;
    let mut end = start;
    for (offset, c) in text[start..].char_indices() {
        if !is_alphanumeric(c) || is_cjk(c) {
            break;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        hash = fold(hash, u64::from(lower as u32) | 1 << 40);
        end = start + offset + c.len_utf8();
    }
    out.push(Word {
        hash,
        start: start as u32,
        end: end as u32,
    });
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(String, u64)> {
        let mut found = Vec::new();
        words(line, MAX_WORDS, &mut found);
        found
            .iter()
            .map(|w| (w.text(line).to_string(), w.hash))
            .collect()
    }

    #[test]
    fn words_are_lower_cased_runs_of_letters_and_digits() {
        let found = texts("Sign-up for the NEWSLETTER: 5 days, Straße café");
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "Sign",
                "up",
                "for",
                "the",
                "NEWSLETTER",
                "5",
                "days",
                "Straße",
                "café"
            ]
        );
        assert_eq!(texts("newsletter")[0].1, found[4].1, "case is ignored");
        assert_ne!(texts("STRASSE")[0].1, found[7].1);
        assert_eq!(texts("straße")[0].1, found[7].1);
        assert_eq!(texts("cafÉ")[0].1, found[8].1);
    }

    #[test]
    fn packing_lower_cases_ascii_letters_only() {
        let all: Vec<u8> = (0u8..128).collect();
        for chunk in all.chunks(8) {
            let expected: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            let mut buffer = [0u8; 8];
            buffer[..chunk.len()].copy_from_slice(&expected);
            assert_eq!(
                pack_lowercase(chunk),
                u64::from_le_bytes(buffer),
                "{chunk:?}"
            );
        }
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_prefix_stops_at_the_first_other_byte() {
        for byte in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = *b"aZ09zA9a";
                chunk[at] = byte;
                let expected = if byte.is_ascii_alphanumeric() { 8 } else { at };
                let found = ascii_alphanumeric_prefix(u64::from_le_bytes(chunk));
                assert_eq!(found as usize, expected, "{byte:#x} at {at}");
            }
        }
    }

    /// An ASCII word's hash is its lower-cased bytes folded eight at a time, whatever its length
    /// and wherever it ends.
    #[test]
    fn ascii_words_hash_by_chunks_of_eight() {
        let word = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        for len in 1..=word.len() {
            let expected = word.as_bytes()[..len]
                .chunks(8)
                .fold(0, |hash, chunk| fold(hash, pack_lowercase(chunk)));
            for line in [&word[..len], &format!("{} x", &word[..len])] {
                assert_eq!(texts(line)[0], (word[..len].to_string(), expected));
            }
        }
    }

    #[test]
    fn cjk_characters_are_words_and_long_words_hash_apart() {
        let found = texts("北京欢迎 you");
        assert_eq!(found.len(), 5);
        assert_ne!(texts("abcdefgh")[0].1, texts("abcdefghi")[0].1);
        assert_ne!(texts("abcdefghij")[0].1, texts("abcdefghik")[0].1);
        assert_eq!(texts(&"word ".repeat(100)).len(), MAX_WORDS);
    }
}

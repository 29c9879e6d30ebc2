//! Reading inputs: files or standard input, decompressed when their first bytes say so (see
//! [`crate::compress`]) and decoded as UTF-8 with errors that say where.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context as _, Result};

use crate::compress;
use crate::messages;
use crate::output::Compression;

/// Reads `path` (`-` is standard input) as text; also says how it was compressed.
pub fn read_text(path: &Path, lossy: bool) -> Result<(String, Compression)> {
    let (bytes, compression) = if path == Path::new("-") {
        read_all(std::io::stdin(), 0).context(messages::CANNOT_READ_STANDARD_INPUT)?
    } else {
        if path.is_dir() {
            bail!(messages::FOLDER_WITHOUT_OUT_DIR);
        }
        let file = std::fs::File::open(path).map_err(describe_io_error)?;
        let size = file.metadata().map_or(0, |m| m.len() as usize);
        read_all(file, size).map_err(describe_io_error)?
    };
    Ok((decode(bytes, lossy)?, compression))
}

/// Reads all of `raw`, decompressed; `size` is the expected size of plain input, so that a
/// large file is read into one allocation.
fn read_all(
    raw: impl Read + Send + 'static,
    size: usize,
) -> std::io::Result<(Vec<u8>, Compression)> {
    let mut decoded = compress::decode(raw)?;
    let mut bytes = Vec::new();
    if decoded.compression == Compression::None {
        bytes.reserve_exact(size);
    }
    decoded.reader.read_to_end(&mut bytes)?;
    Ok((bytes, decoded.compression))
}

fn describe_io_error(error: std::io::Error) -> anyhow::Error {
    match error.kind() {
        std::io::ErrorKind::NotFound => anyhow::anyhow!(messages::NO_SUCH_FILE),
        std::io::ErrorKind::PermissionDenied => anyhow::anyhow!(messages::PERMISSION_DENIED),
        _ => anyhow::Error::new(error),
    }
}

/// Decodes UTF-8, refusing UTF-16 (with a hint) and, unless `lossy`, invalid bytes.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        bail!(messages::UTF16_WITH_BOM);
    }
    if let Some(encoding) = bomless_utf16(&bytes) {
        bail!(messages::utf16_without_bom(encoding));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) if lossy => Ok(String::from_utf8_lossy(error.as_bytes()).into_owned()),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            bail!(messages::invalid_utf8(offset))
        }
    }
}

/// Detects UTF-16 without a byte-order mark: text in Latin script has a NUL in every other
/// byte. Looks at the first 4 KiB; the NULs must sit almost only at one parity. UTF-8 text with
/// a stray NUL (kept as text) is not mistaken for it.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static str> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let looks = |nuls: usize, other: usize| nuls * 2 >= pairs && other * 8 <= nuls;
    if looks(odd, even) {
        Some("UTF-16LE")
    } else if looks(even, odd) {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// Opens `path` (`-` is standard input) for streaming, decompressed when its first bytes say so.
pub fn open_reader(path: &Path) -> Result<compress::Decoded> {
    if path == Path::new("-") {
        return compress::decode(std::io::stdin()).context(messages::CANNOT_READ_STANDARD_INPUT);
    }
    if path.is_dir() {
        bail!(messages::IS_A_FOLDER);
    }
    let file = std::fs::File::open(path).map_err(describe_io_error)?;
    compress::decode(file).map_err(describe_io_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let error = decode(b"ok \xff no".to_vec(), false).unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid UTF-8 at byte 3 (use --lossy to replace invalid bytes)"
        );
        assert_eq!(decode(b"ok \xff".to_vec(), true).unwrap(), "ok \u{fffd}");
    }

    #[test]
    fn bomless_utf16_is_refused_but_nul_bytes_in_utf8_are_text() {
        let utf16le: Vec<u8> = "Plain text.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let utf16be: Vec<u8> = "Plain text.\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let error = decode(utf16le, true).unwrap_err().to_string();
        assert!(
            error.contains("UTF-16LE without a byte-order mark"),
            "{error}"
        );
        let error = decode(utf16be, false).unwrap_err().to_string();
        assert!(error.contains("iconv -f UTF-16BE"), "{error}");
        let with_nuls = b"a\0b\0 text with two NUL bytes\n".to_vec();
        assert_eq!(
            decode(with_nuls.clone(), false).unwrap().as_bytes(),
            with_nuls
        );
        assert!(decode(b"\0\0\0\0\0\0\0\0".to_vec(), false).is_ok());
    }

    #[test]
    fn utf16_is_refused_with_a_hint() {
        let error = decode(vec![0xFF, 0xFE, b'a', 0], true).unwrap_err();
        assert!(error.to_string().contains("UTF-16"));
    }
}

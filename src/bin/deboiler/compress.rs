//! gzip and zstd around the cleaner. An input is recognised by its first bytes, whatever its
//! name (a `.txt` that holds gzip, gzip on standard input), and decoded as one stream:
//! concatenated gzip members and zstd frames read as one text. An output is compressed as the
//! caller says: by the output's name for `-o`, as the input was for `--in-place` and
//! `--out-dir`, so a compressed file is never rewritten as plain text or the other way round.
//!
//! Content wins over names because valid UTF-8 cannot start with either magic number (0x8B and
//! 0xB5 are continuation bytes), so no text file is ever mistaken for a compressed one.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::messages;
use crate::output::{self, AtomicFile, Compression, Encoder};

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// The format whose magic number starts `head`.
fn detect(head: &[u8]) -> Compression {
    if head.starts_with(GZIP_MAGIC) {
        Compression::Gzip
    } else if head.starts_with(ZSTD_MAGIC) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// The name an --out-dir output gets: the planned `target`, which keeps the input's name.
/// Standard input has no name to keep, so when it was compressed its `stdin.txt` or
/// `stdin.jsonl` gets the format's extension (`.gz`, `.zst`).
pub fn out_dir_name(target: &Path, input: &Path, compression: Compression) -> PathBuf {
    let extension = match compression {
        Compression::None => return target.to_path_buf(),
        Compression::Gzip => ".gz",
        Compression::Zstd => ".zst",
    };
    if input != Path::new("-") {
        return target.to_path_buf();
    }
    let mut name = target.as_os_str().to_owned();
    name.push(extension);
    PathBuf::from(name)
}

/// Reads the first bytes of `reader`, only as many as it takes to tell the format: it stops at
/// the first byte that rules out both magic numbers, so a pipe that has sent one short line is
/// not waited on for more (`tail -f log.jsonl | deboiler --jsonl`).
fn sniff(reader: &mut dyn Read) -> io::Result<(Compression, Vec<u8>)> {
    let undecided = |head: &[u8]| {
        [GZIP_MAGIC, ZSTD_MAGIC]
            .iter()
            .any(|magic| magic.len() > head.len() && magic.starts_with(head))
    };
    let mut head = [0u8; 4];
    let mut len = 0;
    while undecided(&head[..len]) {
        match reader.read(&mut head[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok((detect(&head[..len]), head[..len].to_vec()))
}

/// An input, decompressed when its first bytes say so.
pub struct Decoded {
    pub reader: Box<dyn BufRead + Send>,
    /// How the input was compressed, so that `--in-place` and `--out-dir` write it back alike.
    pub compression: Compression,
}

const BUFFER: usize = 1 << 16;

/// Wraps `raw` in a decoder chosen by its first bytes.
pub fn decode<R: Read + Send + 'static>(mut raw: R) -> io::Result<Decoded> {
    let (compression, head) = sniff(&mut raw)?;
    let raw = io::Cursor::new(head).chain(raw);
    let reader: Box<dyn BufRead + Send> = match compression {
        Compression::None => Box::new(BufReader::with_capacity(BUFFER, raw)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            BUFFER,
            Checked {
                inner: flate2::read::MultiGzDecoder::new(BufReader::with_capacity(BUFFER, raw)),
                format: "gzip",
            },
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            BUFFER,
            Checked {
                inner: zstd::stream::read::Decoder::new(raw)?,
                format: "zstd",
            },
        )),
    };
    Ok(Decoded {
        reader,
        compression,
    })
}

/// A decoder whose errors say that the compressed data is at fault, not the text in it: a
/// truncated download should not read as "invalid UTF-8" or "invalid JSON".
struct Checked<R> {
    inner: R,
    format: &'static str,
}

impl<R: Read> Read for Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|error| {
            if error.kind() == io::ErrorKind::Interrupted {
                return error;
            }
            let truncated = error.kind() == io::ErrorKind::UnexpectedEof;
            io::Error::new(
                error.kind(),
                messages::damaged_data(truncated, self.format, &error),
            )
        })
    }
}

/// An output file written atomically (see [`AtomicFile`]) through an encoder. Dropped without
/// [`commit`](EncodedFile::commit), it leaves the target untouched.
pub struct EncodedFile {
    file: AtomicFile,
    encoder: Encoder<File>,
}

impl EncodedFile {
    pub fn create(target: &Path, compression: Compression) -> Result<Self> {
        let mut file = AtomicFile::create(target)?;
        let handle = file.file().try_clone()?;
        let encoder = Encoder::new(handle, compression)?;
        Ok(EncodedFile { file, encoder })
    }

    /// Writes the compressed stream's trailer, flushes to disk and renames over the target.
    pub fn commit(self) -> Result<()> {
        self.encoder.finish()?;
        self.file.commit()
    }
}

impl Write for EncodedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.encoder.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.encoder.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.encoder.flush()
    }
}

/// Writes to `target` atomically, compressed as asked, what `write` writes into the buffered
/// writer it is given, and returns what `write` returned.
pub fn write_atomic_with<T>(
    target: &Path,
    compression: Compression,
    write: impl FnOnce(&mut dyn Write) -> io::Result<T>,
) -> Result<T> {
    if compression == Compression::None {
        return output::write_atomic_with(target, write);
    }
    let mut file = EncodedFile::create(target, compression)?;
    // The encoder compresses what it is given at each call: short lines go through a buffer.
    let mut out = BufWriter::with_capacity(BUFFER, &mut file);
    let written = write(&mut out)
        .and_then(|written| {
            out.into_inner()
                .map_err(|e| e.into_error())
                .map(|_| written)
        })
        .context(messages::CANNOT_WRITE_TEMPORARY_FILE)?;
    file.commit()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: Vec<u8>) -> (Compression, io::Result<Vec<u8>>) {
        let mut decoded = decode(io::Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        let result = decoded.reader.read_to_end(&mut out).map(|_| out);
        (decoded.compression, result)
    }

    fn gzip(text: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(text).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn formats_are_told_by_content_and_short_inputs_are_plain() {
        let zstd = zstd::encode_all(&b"zstd text\n"[..], 3).unwrap();
        let (format, text) = decoded(zstd);
        assert_eq!(
            (format, text.unwrap()),
            (Compression::Zstd, b"zstd text\n".to_vec())
        );
        let (format, text) = decoded(gzip(b"gzip text\n"));
        assert_eq!(
            (format, text.unwrap()),
            (Compression::Gzip, b"gzip text\n".to_vec())
        );
        for plain in [&b""[..], b"\x1f", b"(\xb5", b"{}\n", b"plain text\n"] {
            let (format, text) = decoded(plain.to_vec());
            assert_eq!((format, text.unwrap()), (Compression::None, plain.to_vec()));
        }
    }

    #[test]
    fn concatenated_members_and_frames_are_one_stream() {
        let mut both = gzip(b"one\n");
        both.extend(gzip(b"two\n"));
        assert_eq!(decoded(both).1.unwrap(), b"one\ntwo\n");
        let mut both = zstd::encode_all(&b"one\n"[..], 3).unwrap();
        both.extend(zstd::encode_all(&b"two\n"[..], 3).unwrap());
        assert_eq!(decoded(both).1.unwrap(), b"one\ntwo\n");
    }

    #[test]
    fn truncated_and_corrupt_data_are_errors_that_say_so() {
        let whole = gzip("a longer line of text to compress\n".repeat(50).as_bytes());
        let error = decoded(whole[..whole.len() / 2].to_vec()).1.unwrap_err();
        assert!(
            error.to_string().starts_with("truncated gzip data"),
            "{error}"
        );
        let mut corrupt = whole.clone();
        corrupt[12..20].fill(0xff);
        let error = decoded(corrupt).1.unwrap_err();
        assert!(
            error.to_string().starts_with("corrupt gzip data"),
            "{error}"
        );
        let zstd = zstd::encode_all("some text\n".repeat(50).as_bytes(), 3).unwrap();
        let error = decoded(zstd[..zstd.len() - 3].to_vec()).1.unwrap_err();
        assert!(
            error.to_string().starts_with("truncated zstd data"),
            "{error}"
        );
    }

    /// Reads one byte at a time, then reports an error: reading past what sniffing needs fails.
    struct OneLine(&'static [u8]);

    impl Read for OneLine {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.0.split_first() {
                Some((&first, rest)) if !buf.is_empty() => {
                    buf[0] = first;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Err(io::Error::other("would block")),
            }
        }
    }

    #[test]
    fn sniffing_stops_as_soon_as_no_magic_number_fits() {
        let (format, head) = sniff(&mut OneLine(b"{")).unwrap();
        assert_eq!((format, head), (Compression::None, b"{".to_vec()));
        let (format, head) = sniff(&mut OneLine(b"\x1f!")).unwrap();
        assert_eq!((format, head), (Compression::None, b"\x1f!".to_vec()));
    }
}

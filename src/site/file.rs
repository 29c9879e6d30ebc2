//! The saved site profile's file format: compact, versioned and checksummed, so that a
//! profile counted once can be reused and a damaged or foreign file is refused with the byte
//! where it goes wrong.

use std::fmt;
use std::io::{self, BufRead, Read, Write};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::profile::{Counts, SiteProfile, LINE_HASH_SEED};

/// The first bytes of a saved profile.
const MAGIC: &[u8; 8] = b"DBSITES\n";
/// The format written by [`SiteProfile::save`].
pub const FORMAT_VERSION: u32 = 1;
/// The last bytes of a saved profile, after its checksum.
const END: &[u8; 4] = b"END\n";

/// Why a saved profile could not be read.
#[derive(Debug)]
pub struct SiteProfileError {
    /// Byte offset in the file where the problem was found.
    pub offset: u64,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for SiteProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a valid site profile: {} (at byte {})",
            self.message, self.offset
        )
    }
}

impl std::error::Error for SiteProfileError {}

impl SiteProfile {
    /// Writes the profile in the compact, versioned format (version 1),
    /// all integers little-endian; the bytes depend only on the counts, never on the order the
    /// documents came in:
    ///
    /// - the magic bytes `DBSITES\n`, the version (u32), the line hash's seed (u64), the sampling
    ///   level (u8) and the number of groups (u64);
    /// - per group, in byte order of the names: the name's length (u32) and UTF-8 bytes, the
    ///   page count (u32), the number of entries (u64), then per entry in increasing key order the
    ///   key's difference from the previous key (from 0 for the first) and the count, each a
    ///   LEB128 varint;
    /// - the CRC-32 (IEEE) of everything before it (u32), and `END\n`.
    pub fn save(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut out = Checksummed::new(io::BufWriter::with_capacity(1 << 16, out));
        out.put(MAGIC)?;
        out.put(&FORMAT_VERSION.to_le_bytes())?;
        out.put(&LINE_HASH_SEED.to_le_bytes())?;
        out.put(&[self.level as u8])?;
        out.put(&(self.groups.len() as u64).to_le_bytes())?;
        let mut order: Vec<&(Arc<str>, Counts)> = self.groups.iter().collect();
        order.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut entries: Vec<(u64, u32)> = Vec::new();
        let mut varint = Vec::with_capacity(1 << 12);
        for (name, counts) in order {
            out.put(&(name.len() as u32).to_le_bytes())?;
            out.put(name.as_bytes())?;
            out.put(&counts.pages.to_le_bytes())?;
            out.put(&(counts.lines.len() as u64).to_le_bytes())?;
            entries.clear();
            entries.extend(counts.lines.iter().map(|(&key, &count)| (key, count)));
            entries.sort_unstable();
            let mut previous = 0;
            for &(key, count) in &entries {
                push_varint(&mut varint, key - previous);
                push_varint(&mut varint, u64::from(count));
                previous = key;
                if varint.len() >= 1 << 12 {
                    out.put(&varint)?;
                    varint.clear();
                }
            }
            out.put(&varint)?;
            varint.clear();
        }
        let crc = out.crc.finalize();
        let mut inner = out.inner;
        inner.write_all(&crc.to_le_bytes())?;
        inner.write_all(END)?;
        inner.flush()
    }

    /// Reads a profile written by [`save`](Self::save), checking its structure and checksum. The
    /// result has the default cap (set another with [`with_max_lines`](Self::with_max_lines));
    /// its sampling level is the saved one, or higher if its entries exceed the cap.
    pub fn load(input: &mut dyn Read) -> Result<Self, LoadError> {
        let mut reader = Reader {
            inner: io::BufReader::with_capacity(1 << 16, input),
            crc: crc32fast::Hasher::new(),
            offset: 0,
        };
        let magic = reader.bytes::<8>()?;
        if &magic != MAGIC {
            return Err(reader.invalid(0, "it does not start with the site profile's magic bytes"));
        }
        let version = u32::from_le_bytes(reader.bytes()?);
        if version != FORMAT_VERSION {
            return Err(reader.invalid(
                8,
                format!(
                    "format version {version}, but this deboiler reads version {FORMAT_VERSION}"
                ),
            ));
        }
        let seed = u64::from_le_bytes(reader.bytes()?);
        if seed != LINE_HASH_SEED {
            return Err(reader.invalid(12, "its lines were hashed with another seed"));
        }
        let level = u32::from(reader.bytes::<1>()?[0]);
        if level > 63 {
            return Err(reader.invalid(20, format!("sampling level {level} is above 63")));
        }
        let mut profile = SiteProfile {
            level,
            ..SiteProfile::default()
        };
        let limit = profile.limit();
        let group_count = u64::from_le_bytes(reader.bytes()?);
        let mut previous_name: Option<Arc<str>> = None;
        for _ in 0..group_count {
            let at = reader.offset;
            let length = u32::from_le_bytes(reader.bytes()?) as usize;
            let name = reader.vec(length)?;
            let name: Arc<str> = match String::from_utf8(name) {
                Ok(name) => Arc::from(name),
                Err(_) => return Err(reader.invalid(at, "a group name is not UTF-8")),
            };
            if previous_name.as_ref().is_some_and(|p| *p >= name) {
                return Err(reader.invalid(at, format!("group `{name}` is out of order")));
            }
            let pages = u32::from_le_bytes(reader.bytes()?);
            let entries = u64::from_le_bytes(reader.bytes()?);
            let mut lines = FxHashMap::default();
            let mut key = 0u64;
            for index in 0..entries {
                let at = reader.offset;
                let delta = reader.varint()?;
                if index > 0 && delta == 0 {
                    return Err(reader.invalid(at, "a key repeats"));
                }
                key = match key.checked_add(delta) {
                    Some(next) if next <= limit => next,
                    _ => {
                        return Err(reader.invalid(at, "a key is above the sampling level's limit"))
                    }
                };
                let at = reader.offset;
                let count = reader.varint()?;
                if count == 0 || count > u64::from(pages) {
                    return Err(
                        reader.invalid(at, format!("a line counted on {count} of {pages} pages"))
                    );
                }
                lines.insert(key, count as u32);
            }
            profile.entries += lines.len();
            profile.index.insert(name.clone(), profile.groups.len());
            profile.groups.push((name.clone(), Counts { pages, lines }));
            previous_name = Some(name);
        }
        let expected = reader.crc.clone().finalize();
        let at = reader.offset;
        let found = u32::from_le_bytes(reader.bytes()?);
        if found != expected {
            return Err(reader.invalid(at, "checksum mismatch (the file is damaged)"));
        }
        let end = reader.bytes::<4>()?;
        if &end != END {
            return Err(reader.invalid(at + 4, "it does not end with END"));
        }
        let mut rest = [0u8; 1];
        match reader.inner.read(&mut rest) {
            Ok(0) => {}
            Ok(_) => return Err(reader.invalid(at + 8, "bytes after the end")),
            Err(error) => return Err(LoadError::Io(error)),
        }
        profile.enforce_cap();
        Ok(profile)
    }
}

/// Why [`SiteProfile::load`] failed: the file could not be read, or is not a valid profile.
#[derive(Debug)]
pub enum LoadError {
    /// Reading failed.
    Io(io::Error),
    /// The bytes are not a valid profile.
    Invalid(SiteProfileError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io(error) => write!(f, "cannot read the site profile: {error}"),
            LoadError::Invalid(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for LoadError {}

fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A writer that keeps the CRC-32 of what went through it.
struct Checksummed<W: Write> {
    inner: W,
    crc: crc32fast::Hasher,
}

impl<W: Write> Checksummed<W> {
    fn new(inner: W) -> Self {
        Checksummed {
            inner,
            crc: crc32fast::Hasher::new(),
        }
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.crc.update(bytes);
        self.inner.write_all(bytes)
    }
}

/// Reads a saved profile, keeping the CRC-32 and the offset of what it read.
struct Reader<R: BufRead> {
    inner: R,
    crc: crc32fast::Hasher,
    offset: u64,
}

impl<R: BufRead> Reader<R> {
    fn invalid(&self, offset: u64, message: impl Into<String>) -> LoadError {
        LoadError::Invalid(SiteProfileError {
            offset,
            message: message.into(),
        })
    }

    fn fill(&mut self, buffer: &mut [u8]) -> Result<(), LoadError> {
        match self.inner.read_exact(buffer) {
            Ok(()) => {
                self.crc.update(buffer);
                self.offset += buffer.len() as u64;
                Ok(())
            }
            Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => {
                Err(self.invalid(self.offset, "the file ends too early (truncated?)"))
            }
            Err(error) => Err(LoadError::Io(error)),
        }
    }

    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], LoadError> {
        let mut buffer = [0u8; N];
        self.fill(&mut buffer)?;
        Ok(buffer)
    }

    fn vec(&mut self, length: usize) -> Result<Vec<u8>, LoadError> {
        if length > 1 << 20 {
            return Err(self.invalid(self.offset, format!("a {length}-byte group name")));
        }
        let mut buffer = vec![0u8; length];
        self.fill(&mut buffer)?;
        Ok(buffer)
    }

    fn varint(&mut self) -> Result<u64, LoadError> {
        let start = self.offset;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.bytes::<1>()?[0];
            let bits = u64::from(byte & 0x7F);
            if shift == 63 && bits > 1 {
                break;
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.invalid(start, "a number is too long"))
    }
}

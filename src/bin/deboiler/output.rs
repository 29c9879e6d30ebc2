//! Writing outputs: atomic file writes, optional gzip or zstd.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use tempfile::NamedTempFile;

use crate::messages;

/// A file written through a temporary file in the same folder and renamed over the target on
/// [`AtomicFile::commit`]. Dropped without commit, it leaves the target untouched and removes the
/// temporary file. An existing target keeps its permissions; a new one gets 0666 less the umask.
///
/// A target that exists but is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is
/// written directly: renaming over it would replace the device or pipe with a plain file.
pub struct AtomicFile {
    sink: Sink,
    target: PathBuf,
}

enum Sink {
    Temp(NamedTempFile),
    Special(File),
}

impl AtomicFile {
    pub fn create(target: &Path) -> Result<Self> {
        let existing = std::fs::metadata(target).ok();
        if existing
            .as_ref()
            .is_some_and(|m| !m.is_file() && !m.is_dir())
        {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(target)
                .with_context(|| messages::cannot_open(target))?;
            return Ok(AtomicFile {
                sink: Sink::Special(file),
                target: target.to_path_buf(),
            });
        }
        let folder = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        if !folder.is_dir() {
            if folder.exists() {
                bail!(messages::not_a_folder(folder));
            }
            bail!(messages::no_output_folder(folder));
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(".deboiler-").suffix(".tmp");
        // A new file gets what a shell's `>` gives it, 0666 less the umask (the kernel applies
        // the umask at creation); tempfile's own default, 0600, would hide the output from
        // every other user. An existing target's mode is copied below instead.
        #[cfg(unix)]
        if existing.is_none() {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let temp = builder
            .tempfile_in(folder)
            .with_context(|| messages::cannot_create_temporary_file(folder))?;
        if let Some(metadata) = existing {
            temp.as_file()
                .set_permissions(metadata.permissions())
                .context(messages::CANNOT_COPY_PERMISSIONS)?;
        }
        Ok(AtomicFile {
            sink: Sink::Temp(temp),
            target: target.to_path_buf(),
        })
    }

    pub fn file(&mut self) -> &mut File {
        match &mut self.sink {
            Sink::Temp(temp) => temp.as_file_mut(),
            Sink::Special(file) => file,
        }
    }

    /// Flushes to disk and renames over the target.
    pub fn commit(self) -> Result<()> {
        let Sink::Temp(temp) = self.sink else {
            return Ok(());
        };
        temp.as_file()
            .sync_all()
            .context(messages::CANNOT_WRITE_TEMPORARY_FILE)?;
        temp.persist(&self.target)
            .map_err(|error| error.error)
            .context(messages::CANNOT_REPLACE_FILE)?;
        Ok(())
    }
}

/// Writes `contents` to `path` atomically (see [`AtomicFile`]).
#[cfg(test)]
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    write_atomic_with(path, |out| out.write_all(contents))
}

/// Writes to `path` atomically (see [`AtomicFile`]) what `write` writes into the buffered
/// writer it is given, and returns what `write` returned.
pub fn write_atomic_with<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
) -> Result<T> {
    let mut file = AtomicFile::create(path)?;
    let mut out = BufWriter::with_capacity(1 << 16, file.file());
    let written = write(&mut out)
        .and_then(|written| out.flush().map(|()| written))
        .context(messages::CANNOT_WRITE_TEMPORARY_FILE)?;
    drop(out);
    file.commit()?;
    Ok(written)
}

/// How a file is compressed, by its extension: `.gz` is gzip, `.zst` is zstd.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn of(path: &Path) -> Self {
        match path.extension().and_then(|ext| ext.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst") => Compression::Zstd,
            _ => Compression::None,
        }
    }
}

/// A buffered writer over `inner`, compressing as asked. Call [`finish`](Encoder::finish) to
/// write the compressed stream's trailer.
pub enum Encoder<W: Write> {
    Plain(BufWriter<W>),
    Gzip(flate2::write::GzEncoder<BufWriter<W>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<W>>),
}

/// zstd's default level: about gzip's fast level in speed, with a better ratio.
const ZSTD_LEVEL: i32 = 3;

impl<W: Write> Encoder<W> {
    pub fn new(inner: W, compression: Compression) -> std::io::Result<Self> {
        let buffered = BufWriter::with_capacity(1 << 16, inner);
        Ok(match compression {
            Compression::None => Encoder::Plain(buffered),
            Compression::Gzip => Encoder::Gzip(flate2::write::GzEncoder::new(
                buffered,
                flate2::Compression::fast(),
            )),
            Compression::Zstd => {
                Encoder::Zstd(zstd::stream::write::Encoder::new(buffered, ZSTD_LEVEL)?)
            }
        })
    }

    pub fn finish(self) -> std::io::Result<()> {
        let mut buffered = match self {
            Encoder::Plain(buffered) => buffered,
            Encoder::Gzip(encoder) => encoder.finish()?,
            Encoder::Zstd(encoder) => encoder.finish()?,
        };
        buffered.flush()
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Encoder::Plain(w) => w,
            Encoder::Gzip(w) => w,
            Encoder::Zstd(w) => w,
        }
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.writer().write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.writer().flush()
    }
}

/// A writer whose errors name it ("standard output", a path) and which remembers that one
/// failed: a failed output ends the run, as every later write would fail too, where an
/// unreadable input does not. The error keeps its kind, so a closed pipe is still recognised.
pub struct Named<W> {
    inner: W,
    name: String,
    failed: bool,
}

impl<W: Write> Named<W> {
    pub fn new(inner: W, name: impl Into<String>) -> Self {
        Named {
            inner,
            name: name.into(),
            failed: false,
        }
    }

    pub fn failed(&self) -> bool {
        self.failed
    }

    pub fn into_inner(self) -> W {
        self.inner
    }

    fn check<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        result.map_err(|error| {
            self.failed = true;
            std::io::Error::new(error.kind(), messages::write_failed(&self.name, &error))
        })
    }
}

impl<W: Write> Write for Named<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let result = self.inner.write(buf);
        self.check(result)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let result = self.inner.write_all(buf);
        self.check(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.inner.flush();
        self.check(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn uncommitted_atomic_file_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        let mut file = AtomicFile::create(&path).unwrap();
        file.file().write_all(b"half").unwrap();
        drop(file);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// Through a link in a temporary folder, so that a regression replaces the link, never the
    /// machine's `/dev/null`.
    #[cfg(unix)]
    #[test]
    fn special_files_are_written_in_place_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("out.txt");
        std::os::unix::fs::symlink("/dev/null", &link).unwrap();
        let mut file = AtomicFile::create(&link).unwrap();
        file.file().write_all(b"cleaned text").unwrap();
        file.commit().unwrap();
        let metadata = std::fs::symlink_metadata(&link).unwrap();
        assert!(metadata.file_type().is_symlink(), "the link was replaced");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = write_atomic(&dir.path().join("nope/a.txt"), b"x").unwrap_err();
        assert!(error.to_string().contains("does not exist"));
    }

    /// Encodes through `compression` into a shared buffer and returns the bytes.
    fn encoded(compression: Compression, text: &[u8]) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut encoder = Encoder::new(&mut bytes, compression).unwrap();
        encoder.write_all(text).unwrap();
        encoder.finish().unwrap();
        bytes
    }

    #[test]
    fn gzip_encoder_round_trips() {
        let bytes = encoded(Compression::Gzip, b"hello\n");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
            .unwrap();
        assert_eq!(text, "hello\n");
    }

    #[test]
    fn zstd_encoder_round_trips() {
        let bytes = encoded(Compression::Zstd, b"hello\n");
        assert_eq!(zstd::decode_all(&bytes[..]).unwrap(), b"hello\n");
    }

    #[test]
    fn compression_follows_the_extension() {
        assert_eq!(Compression::of(Path::new("a.jsonl.gz")), Compression::Gzip);
        assert_eq!(Compression::of(Path::new("a.jsonl.zst")), Compression::Zstd);
        assert_eq!(Compression::of(Path::new("a.jsonl")), Compression::None);
    }
}

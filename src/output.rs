//! Writing outputs: standard output that tolerates a closed pipe, and atomic file writes.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context as _, Result};

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. The target is either the old file or the new one, never half.
/// An existing file keeps its permissions.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if folder.is_file() || !folder.exists() {
        bail!("output folder {} does not exist", folder.display());
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".deboiler-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("cannot create a temporary file in {}", folder.display()))?;
    temp.write_all(contents)
        .and_then(|()| temp.as_file().sync_all())
        .context("cannot write the temporary file")?;
    if let Ok(metadata) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .context("cannot copy the file's permissions")?;
    }
    temp.persist(path)
        .map_err(|error| error.error)
        .context("cannot replace the file")?;
    Ok(())
}

/// Whether an error is a closed pipe on output, which ends the run quietly.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
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
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = write_atomic(&dir.path().join("nope/a.txt"), b"x").unwrap_err();
        assert!(error.to_string().contains("does not exist"));
    }
}

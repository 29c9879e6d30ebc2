//! Output paths, checked before anything is written: no two inputs may be written to one output
//! file (the second would silently replace the first), and no output file may be an input (only
//! `--in-place` rewrites inputs). Text mode and `--jsonl` both plan their outputs first and ask
//! [`check`]; a clash refuses the whole run, since by then some outputs might already be written
//! over others.

use std::collections::HashMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};

/// A problem with the command line as a whole, found before any work starts: exit code 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Checks `outputs` (each input with the file it would be written to) against each other and
/// against every input (`inputs`, `-` being standard input). Returns every clash, one per line.
pub fn check<'a>(
    outputs: &[(&'a Path, &'a Path)],
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<(), UsageError> {
    let mut input_at: HashMap<PathBuf, &Path> = HashMap::new();
    for input in inputs {
        // A missing input is reported when it is read; it cannot be overwritten.
        if input != Path::new("-") {
            if let Ok(identity) = input.canonicalize() {
                input_at.entry(identity).or_insert(input);
            }
        }
    }
    let mut messages = Vec::new();
    let mut first_writer: HashMap<PathBuf, &Path> = HashMap::new();
    for &(input, output) in outputs {
        let identity = identity(output);
        if let Some(&overwritten) = input_at.get(&identity) {
            messages.push(if same_file(overwritten, input) {
                format!(
                    "{}: the output path is the input itself (choose another --out-dir, or use --in-place)",
                    input.display()
                )
            } else {
                format!(
                    "{} would be written to {}, which is the input {}",
                    input.display(),
                    output.display(),
                    overwritten.display()
                )
            });
        }
        match first_writer.get(&identity) {
            Some(&earlier) if same_file(earlier, input) => {
                messages.push(format!("{} is given twice", input.display()));
            }
            Some(&earlier) => messages.push(format!(
                "{} and {} would both be written to {}",
                earlier.display(),
                input.display(),
                output.display()
            )),
            None => {
                first_writer.insert(identity, input);
            }
        }
    }
    if messages.is_empty() {
        return Ok(());
    }
    messages.push("nothing was written: every input needs an output path of its own".into());
    Err(UsageError(messages.join("\n")))
}

/// Checks that `output` (the one file of `-o`) is not one of the `inputs`.
pub fn check_single<'a>(
    output: &'a Path,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<(), UsageError> {
    let identity = identity(output);
    for input in inputs {
        if input != Path::new("-") && input.canonicalize().is_ok_and(|i| i == identity) {
            return Err(UsageError(format!(
                "-o {} is also an input; write to another file, or use --in-place",
                output.display()
            )));
        }
    }
    Ok(())
}

/// Whether two paths name one existing file (or are spelled the same).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// The file a path would name once written: the real path of an existing file, else the real
/// path of its folder joined with its name, else the path made absolute with `.` dropped (its
/// folder is yet to be created, so nothing there can be an input).
fn identity(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    if let (Some(parent), Some(name)) = (path.parent(), path.file_name()) {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(real) = parent.canonicalize() {
            return real.join(name);
        }
    }
    let absolute = std::env::current_dir().unwrap_or_default().join(path);
    absolute
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_yet_to_be_created_clash_by_spelling() {
        let a = Path::new("a/x.txt");
        let b = Path::new("b/x.txt");
        let out = Path::new("no-such-folder/./x.txt");
        let out2 = Path::new("no-such-folder/x.txt");
        let error = check(&[(a, out), (b, out2)], []).unwrap_err().to_string();
        assert!(
            error.starts_with("a/x.txt and b/x.txt would both be written to no-such-folder/x.txt"),
            "{error}"
        );
    }

    #[test]
    fn distinct_outputs_pass() {
        let pairs = [
            (Path::new("a/x.txt"), Path::new("out/a/x.txt")),
            (Path::new("b/x.txt"), Path::new("out/b/x.txt")),
        ];
        assert!(check(&pairs, [Path::new("a/x.txt"), Path::new("b/x.txt")]).is_ok());
    }
}

//! The plan of a run, made before anything is read or written: the arguments expanded into
//! jobs ([`plan`]: a folder under `--out-dir` becomes its matching files, in a deterministic
//! order), each with where its text goes, and their output paths checked. No two inputs may be
//! written to one output file (the second would silently replace the first), and no output file
//! may be an input (only `--in-place` rewrites inputs). Text mode and `--jsonl` both plan their
//! outputs first and ask [`check`]; a clash refuses the whole run, since by then some outputs
//! might already be written over others.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::args::Args;
use crate::messages::{self, UsageError};

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
    let mut problems = Vec::new();
    let mut first_writer: HashMap<PathBuf, &Path> = HashMap::new();
    for &(input, output) in outputs {
        let identity = identity(output);
        if let Some(&overwritten) = input_at.get(&identity) {
            problems.push(if same_file(overwritten, input) {
                messages::output_is_the_input(input)
            } else {
                messages::output_is_another_input(input, output, overwritten)
            });
        }
        match first_writer.get(&identity) {
            Some(&earlier) if same_file(earlier, input) => {
                problems.push(messages::given_twice(input));
            }
            Some(&earlier) => {
                problems.push(messages::one_output_for_two_inputs(earlier, input, output))
            }
            None => {
                first_writer.insert(identity, input);
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(messages::NOTHING_WRITTEN.into());
    Err(UsageError(problems.join("\n")))
}

/// Checks that `output` (the one file of `-o`) is not one of the `inputs`.
pub fn check_single<'a>(
    output: &'a Path,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<(), UsageError> {
    let identity = identity(output);
    for input in inputs {
        if input != Path::new("-") && input.canonicalize().is_ok_and(|i| i == identity) {
            return Err(UsageError(messages::single_output_is_an_input(output)));
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

/// Where one input's cleaned text goes (text and JSONL mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    /// `-o FILE`: every input's text, in order, into one file.
    Combined,
    InPlace,
    File(PathBuf),
}

#[derive(Debug)]
pub struct Job {
    pub input: PathBuf,
    pub destination: Destination,
    /// An error found while planning (e.g. a folder without --out-dir).
    pub error: Option<String>,
}

/// Refuses, before anything is written, two jobs writing one file or a job writing over an input.
pub fn check_outputs(jobs: &[Job], args: &Args) -> Result<()> {
    let inputs = jobs
        .iter()
        .filter(|job| job.error.is_none())
        .map(|job| job.input.as_path());
    let outputs: Vec<(&Path, &Path)> = jobs
        .iter()
        .filter_map(|job| match (&job.destination, &job.error) {
            (Destination::File(target), None) => Some((job.input.as_path(), target.as_path())),
            _ => None,
        })
        .collect();
    check(&outputs, inputs.clone())?;
    if let Some(output) = &args.output {
        check_single(output, inputs)?;
    }
    Ok(())
}

/// Which files a folder contributes when no --glob is given: the mode's files, plain or
/// compressed.
const TEXT_GLOBS: [&str; 3] = ["*.txt", "*.txt.gz", "*.txt.zst"];
const JSONL_GLOBS: [&str; 3] = ["*.jsonl", "*.jsonl.gz", "*.jsonl.zst"];

/// Expands the arguments into jobs in a deterministic order: folders (with --out-dir) become
/// their matching files, sorted by path.
pub fn plan(args: &Args) -> Result<Vec<Job>> {
    let inputs = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let patterns: Vec<&str> = match (args.glob.is_empty(), args.jsonl) {
        (false, _) => args.glob.iter().map(String::as_str).collect(),
        (true, false) => TEXT_GLOBS.to_vec(),
        (true, true) => JSONL_GLOBS.to_vec(),
    };
    let globs = glob_set(&patterns)?;
    let mut jobs = Vec::new();
    for input in inputs {
        let base = if args.in_place {
            Destination::InPlace
        } else if args.output.is_some() {
            Destination::Combined
        } else {
            Destination::Stdout
        };
        match &args.out_dir {
            Some(out_dir) if input.is_dir() => {
                // An output folder inside the input is not walked; one that is the input itself
                // is, so that its files are refused as outputs over their inputs.
                let skip = out_dir
                    .canonicalize()
                    .ok()
                    .filter(|skip| input.canonicalize().ok().as_ref() != Some(skip));
                let mut files = Vec::new();
                walk(&input, skip.as_deref(), &mut files);
                let jobs_before = jobs.len();
                for (file, error) in files {
                    let relative = file.strip_prefix(&input).unwrap_or(&file).to_path_buf();
                    if error.is_none() && !globs.is_match(&relative) {
                        continue;
                    }
                    jobs.push(Job {
                        destination: Destination::File(out_dir.join(&relative)),
                        input: file,
                        error,
                    });
                }
                if jobs.len() == jobs_before {
                    messages::warning(messages::no_file_matches(&input, &patterns));
                }
            }
            Some(out_dir) => {
                let name = if input == Path::new("-") {
                    Path::new(if args.jsonl {
                        "stdin.jsonl"
                    } else {
                        "stdin.txt"
                    })
                } else {
                    input.file_name().map(Path::new).unwrap_or(&input)
                };
                jobs.push(Job {
                    destination: Destination::File(out_dir.join(name)),
                    input,
                    error: None,
                });
            }
            None => {
                let error = input
                    .is_dir()
                    .then(|| messages::FOLDER_WITHOUT_OUT_DIR.to_string());
                jobs.push(Job {
                    destination: base,
                    input,
                    error,
                });
            }
        }
    }
    Ok(jobs)
}

fn glob_set(patterns: &[impl AsRef<str>]) -> Result<GlobSet> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let pattern = pattern.as_ref();
        builder.add(Glob::new(pattern).with_context(|| messages::invalid_glob(pattern))?);
    }
    Ok(builder.build()?)
}

/// Collects the files under `dir`, sorted, without following symbolic links to folders and
/// skipping `skip` (the output folder when it sits inside the input). Unreadable folders are
/// returned as errors so they are reported, not silently missed.
fn walk(dir: &Path, skip: Option<&Path>, files: &mut Vec<(PathBuf, Option<String>)>) {
    if skip.is_some_and(|skip| dir.canonicalize().is_ok_and(|d| d == skip)) {
        return;
    }
    let mut entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok()).collect::<Vec<_>>(),
        Err(error) => {
            files.push((
                dir.to_path_buf(),
                Some(messages::cannot_read_folder(&error)),
            ));
            return;
        }
    };
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => walk(&path, skip, files),
            Ok(kind) if kind.is_file() => files.push((path, None)),
            Ok(kind) if kind.is_symlink() && path.is_file() => files.push((path, None)),
            _ => {}
        }
    }
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

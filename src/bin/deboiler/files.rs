//! Text mode: files, folders and standard input, cleaned in parallel and reported in order.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use crate::args::{Args, Format};
use crate::compress::{self, EncodedFile};
use crate::input;
use crate::output::{Compression, Named};
use crate::progress::{Progress, Totals};
use crate::site_pass;
use crate::Status;
use deboiler::__internals::{diff, report};
use deboiler::Cleaner;
use deboiler::OutputLines;

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

/// What one job produced, printed in input order by the caller.
#[derive(Default)]
struct Done {
    report: Option<String>,
    /// The input and which of its lines the output holds, from which the caller writes the
    /// cleaned text (`text`) and the diff (`diff`) as it goes: the text is never held whole.
    kept: Option<(String, OutputLines)>,
    text: bool,
    diff: bool,
    error: Option<String>,
    totals: Totals,
}

pub fn run(args: &Args, cleaner: &Cleaner, stdout: &mut dyn Write, color: bool) -> Result<Status> {
    let jobs = plan(args)?;
    check_outputs(&jobs, args)?;
    let site = site_pass::prepare(args, cleaner, &jobs)?;
    let cleaner = &site.cleaner;
    let writes_files = args.in_place || args.out_dir.is_some();
    let progress = Progress::new(args.quiet || !writes_files, "files");
    let mut combined = match &args.output {
        Some(path) => match EncodedFile::create(path, Compression::of(path)) {
            Ok(file) => Some(file),
            Err(error) => {
                eprintln!("deboiler: {}: {error:#}", path.display());
                return Ok(Status {
                    ok: false,
                    changed: false,
                });
            }
        },
        None => None,
    };
    let mut stdout = Named::new(stdout, "standard output");
    let chunk_size = (rayon::current_num_threads() * 8).max(16);
    let mut totals = Totals::default();
    let mut all_ok = true;
    for chunk in jobs.chunks(chunk_size) {
        let results: Vec<Done> = chunk
            .par_iter()
            .map(|job| clean_job(job, args, cleaner))
            .collect();
        for (job, mut done) in chunk.iter().zip(results) {
            if let Some(error) = &done.error {
                eprintln!("deboiler: {error}");
                all_ok = false;
            }
            if done.totals.changed > 0 && args.check && !args.quiet {
                eprintln!(
                    "deboiler: {}: would change",
                    crate::display_name(&job.input)
                );
            }
            if let Some(report) = &done.report {
                stdout.write_all(report.as_bytes())?;
            }
            if let Some((raw, kept)) = &done.kept {
                if done.diff {
                    let name = crate::display_name(&job.input);
                    let mut out = BufWriter::with_capacity(1 << 16, &mut stdout);
                    diff::write_unified(&mut out, &name, raw, kept, color)?;
                    out.flush()?;
                }
                if done.text {
                    let written = match (&job.destination, combined.as_mut()) {
                        (Destination::Combined, Some(file)) => write_text(raw, kept, file)
                            .with_context(|| {
                                let path = args.output.as_deref().unwrap_or(Path::new("-"));
                                path.display().to_string()
                            })?,
                        _ => write_text(raw, kept, &mut stdout)?,
                    };
                    done.totals.bytes_out = written as u64;
                }
            }
            totals.add(done.totals);
        }
        progress.update(chunk.len() as u64, &totals);
    }
    stdout.flush()?;
    if let (Some(file), Some(path)) = (combined, &args.output) {
        if let Err(error) = file.commit() {
            eprintln!("deboiler: {}: {error:#}", path.display());
            all_ok = false;
        }
    }
    if writes_files {
        progress.finish(&totals);
    }
    Ok(Status {
        ok: all_ok,
        changed: totals.changed > 0,
    })
}

fn clean_job(job: &Job, args: &Args, cleaner: &Cleaner) -> Done {
    let name = crate::display_name(&job.input);
    if let Some(error) = &job.error {
        return Done {
            error: Some(format!("{name}: {error}")),
            ..Done::default()
        };
    }
    let (raw, compression) = match input::read_text(&job.input, args.lossy) {
        Ok(read) => read,
        Err(error) => {
            return Done {
                error: Some(format!("{name}: {error:#}")),
                ..Done::default()
            }
        }
    };
    let mut done = Done {
        totals: Totals {
            documents: 1,
            bytes_in: raw.len() as u64,
            ..Totals::default()
        },
        ..Done::default()
    };
    // Only the explain report needs the removals; otherwise the document is dropped here and
    // the text is written from the input, so a large input is never held twice.
    let group = site_pass::enabled(args)
        .then(|| site_pass::folder_group(&job.input))
        .flatten();
    let kept = if args.explain {
        let cleaned = cleaner.clean_in_group(&raw, group.as_deref());
        done.report = Some(match args.format.unwrap_or(Format::Text) {
            Format::Text => report::explain_text(&name, &cleaned),
            Format::Json => report::explain_json(&name, &cleaned),
        });
        OutputLines::of(&cleaned)
    } else {
        cleaner.output_lines_in_group(&raw, group.as_deref())
    };
    let changed = diff::changes(&raw, &kept);
    done.totals.changed = u64::from(changed);
    let written = match &job.destination {
        // Written by the caller, in input order; it counts the bytes.
        Destination::Stdout => {
            done.text = done.report.is_none() && !args.diff && !args.check;
            Ok(0)
        }
        Destination::Combined => {
            done.text = true;
            Ok(0)
        }
        Destination::InPlace if !changed => Ok(raw.len()),
        Destination::InPlace => rewrite_in_place(&job.input, &raw, &kept, compression),
        Destination::File(target) => write_out(target, &job.input, &raw, &kept, compression),
    };
    if let Ok(bytes) = &written {
        done.totals.bytes_out = *bytes as u64;
    }
    if let Err(error) = written {
        let target = match &job.destination {
            Destination::File(target) => target.display().to_string(),
            _ => name,
        };
        done.error = Some(format!("{target}: {error:#}"));
        done.totals.errors += 1;
    }
    done.diff = args.diff && changed;
    if done.text || done.diff {
        done.kept = Some((raw, kept));
    }
    done
}

/// Rewrites `path` with the cleaned text, in the format it was read in (`compression`, found
/// from its content); returns the text's length.
fn rewrite_in_place(
    path: &Path,
    raw: &str,
    kept: &OutputLines,
    compression: Compression,
) -> Result<usize> {
    let metadata = std::fs::metadata(path).context("cannot read the file's metadata")?;
    if metadata.permissions().readonly() {
        bail!("file is read-only; not rewriting it");
    }
    compress::write_atomic_with(path, compression, |out| kept.write_text(raw, out))
}

/// Writes the cleaned text under --out-dir in the input's format, under the input's name (see
/// [`compress::out_dir_name`]): a compressed input stays compressed whatever its name says.
/// Returns the text's length.
fn write_out(
    target: &Path,
    input: &Path,
    raw: &str,
    kept: &OutputLines,
    compression: Compression,
) -> Result<usize> {
    let target = compress::out_dir_name(target, input, compression);
    prepare_out_dir_target(&target, input)?;
    compress::write_atomic_with(&target, compression, |out| kept.write_text(raw, out))
}

/// Writes the cleaned text of `raw` into `out` through a buffer, and returns its length. The
/// buffer is emptied into `out` but `out` is not flushed: a compressed `-o` file would end a
/// compressed block at every input.
fn write_text(raw: &str, kept: &OutputLines, out: &mut dyn Write) -> std::io::Result<usize> {
    let mut buffered = BufWriter::with_capacity(1 << 16, out);
    let written = kept.write_text(raw, &mut buffered)?;
    buffered.into_inner().map_err(|error| error.into_error())?;
    Ok(written)
}

/// Checks that an --out-dir target is not the input, and creates its folder.
pub fn prepare_out_dir_target(target: &Path, input: &Path) -> Result<()> {
    refuse_overwriting_input(target, input)?;
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create folder {}", folder.display()))?;
    }
    Ok(())
}

/// Refuses an output path that is the input file itself (--out-dir pointing at the input's
/// folder, say): only --in-place may rewrite an input.
pub fn refuse_overwriting_input(target: &Path, input: &Path) -> Result<()> {
    if let (Ok(target), Ok(input)) = (target.canonicalize(), input.canonicalize()) {
        if target == input {
            bail!("output would overwrite the input; choose another --out-dir or use --in-place");
        }
    }
    Ok(())
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
    crate::plan::check(&outputs, inputs.clone())?;
    if let Some(output) = &args.output {
        crate::plan::check_single(output, inputs)?;
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
                    // Not progress but a likely mistake (a wrong --glob), so even with --quiet.
                    let globs: Vec<String> = patterns.iter().map(|g| format!("`{g}`")).collect();
                    eprintln!(
                        "deboiler: warning: {}: no file in it matches --glob {}",
                        input.display(),
                        globs.join(" or ")
                    );
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
                let error = input.is_dir().then(|| {
                    "is a directory (use --out-dir OUT to clean the files in a folder)".to_string()
                });
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
        builder.add(Glob::new(pattern).with_context(|| format!("invalid --glob `{pattern}`"))?);
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
                Some(format!("cannot read folder: {error}")),
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

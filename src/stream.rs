//! `--jsonl`: streams JSON Lines through the cleaner in batches, in parallel, in input order.
//!
//! Memory stays bounded: one batch of lines (at most [`BATCH_BYTES_PER_WORKER`] per worker
//! plus one line) is being read while the previous one is cleaned on all workers and then
//! written in order.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::cli::{Args, OnError};
use crate::input;
use crate::output::{self, AtomicFile, Compression, Encoder};
use crate::progress::{Progress, Totals};
use crate::Status;
use deboiler::jsonl::{CleanedLine, LineCleaner, LineError};
use deboiler::Cleaner;

/// About twenty page dumps per worker: enough that a batch ends with little waiting for its
/// slowest document, and small next to the workers' regex caches (2 MB batches cost 7 MB of
/// peak RSS at `-j1` and 10 MB at `-j2` more than these, at the same speed).
const BATCH_BYTES_PER_WORKER: usize = 256 << 10;
const BATCH_LINES: usize = 8192;

struct Batch {
    /// Line number of the first line, 1-based.
    first_line: usize,
    lines: Vec<Vec<u8>>,
}

fn read_batch(reader: &mut dyn BufRead, first_line: usize) -> std::io::Result<Batch> {
    let batch_bytes = BATCH_BYTES_PER_WORKER * rayon::current_num_threads();
    let mut lines = Vec::new();
    let mut bytes = 0;
    while bytes < batch_bytes && lines.len() < BATCH_LINES {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        bytes += line.len();
        lines.push(line);
    }
    Ok(Batch { first_line, lines })
}

enum Outcome {
    Cleaned(CleanedLine),
    Blank,
    Failed(LineError),
}

fn clean_one(line_cleaner: &LineCleaner, raw: &[u8], number: usize) -> Outcome {
    let Ok(text) = std::str::from_utf8(raw) else {
        let offset = std::str::from_utf8(raw).unwrap_err().valid_up_to();
        return Outcome::Failed(LineError::InvalidJson(format!(
            "invalid UTF-8 at byte {offset} of the line"
        )));
    };
    if text.trim().is_empty() {
        return Outcome::Blank;
    }
    match line_cleaner.clean_line(text, number) {
        Ok(cleaned) => Outcome::Cleaned(cleaned),
        Err(error) => Outcome::Failed(error),
    }
}

/// Cleans one JSONL input into `out`. Returns the totals; per-line errors are reported on stderr.
fn clean_stream(
    name: &str,
    reader: &mut (dyn BufRead + Send),
    out: &mut dyn Write,
    line_cleaner: &LineCleaner,
    on_error: OnError,
    progress: &Progress,
    run_totals: &mut Totals,
) -> Result<Totals> {
    let mut totals = Totals::default();
    let mut batch = read_batch(reader, 1).with_context(|| format!("{name}: cannot read"))?;
    while !batch.lines.is_empty() {
        let next_first = batch.first_line + batch.lines.len();
        let (next, outcomes) = rayon::join(
            || read_batch(reader, next_first),
            || {
                batch
                    .lines
                    .par_iter()
                    .enumerate()
                    .map(|(offset, raw)| clean_one(line_cleaner, raw, batch.first_line + offset))
                    .collect::<Vec<_>>()
            },
        );
        let mut batch_totals = Totals::default();
        for (offset, (outcome, raw)) in outcomes.into_iter().zip(&batch.lines).enumerate() {
            match outcome {
                Outcome::Cleaned(cleaned) => {
                    out.write_all(&cleaned.line)?;
                    out.write_all(b"\n")?;
                    batch_totals.documents += 1;
                    batch_totals.bytes_in += cleaned.bytes_in as u64;
                    batch_totals.bytes_out += cleaned.bytes_out as u64;
                    batch_totals.changed += u64::from(cleaned.changed);
                }
                Outcome::Blank => out.write_all(raw)?,
                Outcome::Failed(error) => {
                    let number = batch.first_line + offset;
                    let action = match on_error {
                        OnError::Pass => "passed through unchanged",
                        OnError::Skip => "skipped",
                    };
                    eprintln!("deboiler: {name}:{number}: {error} ({action})");
                    batch_totals.errors += 1;
                    if on_error == OnError::Pass {
                        out.write_all(raw)?;
                        if !raw.ends_with(b"\n") {
                            out.write_all(b"\n")?;
                        }
                    } else {
                        batch_totals.skipped += 1;
                    }
                }
            }
        }
        totals.add(batch_totals);
        run_totals.add(batch_totals);
        progress.update(batch_totals.documents, run_totals);
        batch = next.with_context(|| format!("{name}: cannot read"))?;
    }
    Ok(totals)
}

/// Where one input's output goes.
enum Target {
    Stdout,
    Shared,
    InPlace,
    File(PathBuf),
}

pub fn run(args: &Args, cleaner: &Cleaner, stdout: &mut dyn Write) -> Result<Status> {
    let line_cleaner = LineCleaner {
        cleaner,
        field: args.field.split('.').map(String::from).collect(),
        report_field: args.report_field.clone(),
        explain: args.explain,
    };
    let inputs = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let progress = Progress::new(args.quiet, "documents");
    let mut totals = Totals::default();
    let mut all_ok = true;

    let (shared, mut shared_encoder) = match &args.output {
        Some(path) => match open_encoded(path) {
            Ok((file, encoder)) => (Some((file, path.clone())), Some(encoder)),
            Err(error) => {
                eprintln!("deboiler: {}: {error:#}", path.display());
                return Ok(Status {
                    ok: false,
                    changed: false,
                });
            }
        },
        None => (None, None),
    };

    for path in &inputs {
        let name = crate::display_name(path);
        let target = if args.in_place {
            Target::InPlace
        } else if let Some(dir) = &args.out_dir {
            Target::File(dir.join(path.file_name().unwrap_or(path.as_os_str())))
        } else if shared_encoder.is_some() {
            Target::Shared
        } else {
            Target::Stdout
        };
        let mut reader = match input::open_reader(path) {
            Ok(reader) => reader,
            Err(error) => {
                eprintln!("deboiler: {name}: {error:#}");
                all_ok = false;
                continue;
            }
        };
        let mut run = |out: &mut dyn Write, totals: &mut Totals| {
            clean_stream(
                &name,
                &mut *reader,
                out,
                &line_cleaner,
                args.on_error,
                &progress,
                totals,
            )
        };
        let result = match target {
            // `--check` writes nothing (it conflicts with every output flag).
            Target::Stdout if args.check => run(&mut std::io::sink(), &mut totals),
            Target::Stdout => run(stdout, &mut totals),
            Target::Shared => run(shared_encoder.as_mut().expect("shared output"), &mut totals),
            Target::InPlace => write_file(path, None, |out| run(out, &mut totals)),
            Target::File(target) => write_file(&target, Some(path), |out| run(out, &mut totals)),
        };
        match result {
            Ok(file_totals) => {
                all_ok &= file_totals.errors == 0;
                if args.check && !args.quiet && file_totals.changed > 0 {
                    eprintln!(
                        "deboiler: {name}: {} of {} documents would change",
                        file_totals.changed, file_totals.documents
                    );
                }
            }
            Err(error) if output::is_broken_pipe(&error) => return Err(error),
            Err(error) => {
                eprintln!("deboiler: {error:#}");
                all_ok = false;
            }
        }
    }
    stdout.flush()?;
    if let (Some(encoder), Some((file, path))) = (shared_encoder, shared) {
        let finished = encoder
            .finish()
            .map_err(anyhow::Error::from)
            .and_then(|()| file.commit());
        if let Err(error) = finished {
            eprintln!("deboiler: {}: {error:#}", path.display());
            all_ok = false;
        }
    }
    progress.finish(&totals);
    Ok(Status {
        ok: all_ok,
        changed: totals.changed > 0,
    })
}

/// Streams into `target` atomically; `input` is checked not to be the target (None: in place).
fn write_file(
    target: &Path,
    input: Option<&Path>,
    run: impl FnOnce(&mut dyn Write) -> Result<Totals>,
) -> Result<Totals> {
    if let Some(input) = input {
        crate::files::refuse_overwriting_input(target, input)?;
    }
    let (file, mut encoder) = open_encoded(target).with_context(|| target.display().to_string())?;
    let totals = run(&mut encoder)?;
    encoder.finish()?;
    file.commit()
        .with_context(|| target.display().to_string())?;
    Ok(totals)
}

/// An atomic output file and an encoder (compressing by extension) writing into it.
fn open_encoded(target: &Path) -> Result<(AtomicFile, Encoder<std::fs::File>)> {
    let mut file = AtomicFile::create(target)?;
    let handle = file.file().try_clone()?;
    let encoder = Encoder::new(handle, Compression::of(target))?;
    Ok((file, encoder))
}

//! `--jsonl`: streams JSON Lines through the cleaner in batches, in parallel, in input order.
//!
//! Memory stays bounded: one batch of lines (at most [`BATCH_BYTES_PER_WORKER`] per worker
//! plus one line) is being read while the previous one is cleaned on all workers and then
//! written in order.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::cli::{Args, OnError};
use crate::compress::{self, EncodedFile};
use crate::files::{self, Destination};
use crate::input;
use crate::output::{self, Compression};
use crate::progress::{Progress, Totals};
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
    Failed(LineError),
}

fn clean_one(line_cleaner: &LineCleaner, raw: &[u8], number: usize) -> Outcome {
    let Ok(text) = std::str::from_utf8(raw) else {
        let offset = std::str::from_utf8(raw).unwrap_err().valid_up_to();
        return Outcome::Failed(LineError::InvalidJson(format!(
            "invalid UTF-8 at byte {offset} of the line"
        )));
    };
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
                }
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

pub fn run(args: &Args, cleaner: &Cleaner, stdout: &mut dyn Write) -> Result<bool> {
    let line_cleaner = LineCleaner {
        cleaner,
        field: args.field.split('.').map(String::from).collect(),
        report_field: args.report_field.clone(),
        explain: args.explain,
    };
    // The same plan as text mode: folders under --out-dir become their matching files.
    let jobs = files::plan(args)?;
    let progress = Progress::new(args.quiet, "documents");
    let mut totals = Totals::default();
    let mut all_ok = true;

    let mut shared = match &args.output {
        Some(path) => match EncodedFile::create(path, Compression::of(path)) {
            Ok(file) => Some((file, path.clone())),
            Err(error) => {
                eprintln!("deboiler: {}: {error:#}", path.display());
                return Ok(false);
            }
        },
        None => None,
    };

    for job in &jobs {
        let path = &job.input;
        let name = crate::display_name(path);
        if let Some(error) = &job.error {
            eprintln!("deboiler: {name}: {error}");
            all_ok = false;
            continue;
        }
        let (mut reader, compression) = match input::open_reader(path) {
            Ok(decoded) => (decoded.reader, decoded.compression),
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
        let result = match &job.destination {
            Destination::Stdout => run(stdout, &mut totals),
            Destination::Combined => {
                run(&mut shared.as_mut().expect("shared output").0, &mut totals)
            }
            // Written back in the format the input was read in, whatever its name.
            Destination::InPlace => {
                write_file(path, None, compression, |out| run(out, &mut totals))
            }
            Destination::File(target) => {
                let target = compress::out_dir_name(target, path, compression);
                write_file(&target, Some(path), compression, |out| {
                    run(out, &mut totals)
                })
            }
        };
        match result {
            Ok(file_totals) => all_ok &= file_totals.errors == 0,
            Err(error) if output::is_broken_pipe(&error) => return Err(error),
            Err(error) => {
                eprintln!("deboiler: {error:#}");
                all_ok = false;
            }
        }
    }
    stdout.flush()?;
    if let Some((file, path)) = shared {
        if let Err(error) = file.commit() {
            eprintln!("deboiler: {}: {error:#}", path.display());
            all_ok = false;
        }
    }
    progress.finish(&totals);
    Ok(all_ok)
}

/// Streams into `target` atomically, compressed as asked; `input` is checked not to be the
/// target, and the target's folder is created (None: in place).
fn write_file(
    target: &Path,
    input: Option<&Path>,
    compression: Compression,
    run: impl FnOnce(&mut dyn Write) -> Result<Totals>,
) -> Result<Totals> {
    if let Some(input) = input {
        files::prepare_out_dir_target(target, input)
            .with_context(|| target.display().to_string())?;
    }
    let mut file =
        EncodedFile::create(target, compression).with_context(|| target.display().to_string())?;
    let totals = run(&mut file)?;
    file.commit()
        .with_context(|| target.display().to_string())?;
    Ok(totals)
}

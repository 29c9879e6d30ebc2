//! `--jsonl`: streams JSON Lines through the cleaner in batches, in parallel, in input order.
//!
//! Memory stays bounded: one batch of lines (at most [`BATCH_BYTES_PER_WORKER`] per worker
//! plus one line) is being read while the previous one is cleaned on all workers and then
//! written in order (see [`crate::feed`] for the read-ahead).
//!
//! A batch is cut early when the input pauses for [`IDLE_FLUSH`], and its output flushed, so a
//! slow producer (`tail -f log.jsonl | deboiler --jsonl`) sees each document soon after it is
//! written; a busy input fills whole batches as before.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::args::{Args, OnError};
use crate::compress::{self, EncodedFile};
use crate::feed::{Feed, Next};
use crate::files;
use crate::input;
use crate::messages::{self, display_name, Status};
use crate::output::{Compression, Named};
use crate::plan::{self, Destination};
use crate::progress::{Progress, Totals};
use crate::site_pass;
use deboiler::Cleaner;
use deboiler::{CleanedLine, LineCleaner, LineError};

/// About twenty page dumps per worker: enough that a batch ends with little waiting for its
/// slowest document, and small next to the workers' regex caches (2 MB batches cost 7 MB of
/// peak RSS at `-j1` and 10 MB at `-j2` more than these, at the same speed).
const BATCH_BYTES_PER_WORKER: usize = 256 << 10;
const BATCH_LINES: usize = 8192;

/// How long the input may pause before the lines read so far are cleaned and written: short
/// next to a person watching, long next to the gaps between reads of a file or a busy pipe.
const IDLE_FLUSH: Duration = Duration::from_millis(100);

struct Batch {
    /// Line number of the first line, 1-based.
    first_line: usize,
    lines: Vec<Vec<u8>>,
    bytes: usize,
    /// Why the batch ended.
    cut: Cut,
}

enum Cut {
    Full,
    /// The input paused: write the batch out now.
    Idle,
    End,
    Failed(std::io::Error),
}

fn read_batch(feed: &mut Feed, first_line: usize, batch_bytes: usize) -> Batch {
    let mut batch = Batch {
        first_line,
        lines: Vec::new(),
        bytes: 0,
        cut: Cut::Full,
    };
    while batch.bytes < batch_bytes && batch.lines.len() < BATCH_LINES {
        // The first line is waited for as long as it takes; after it, a pause cuts the batch.
        let idle = (!batch.lines.is_empty()).then_some(IDLE_FLUSH);
        match feed.next(idle) {
            Ok(Next::Line(line)) => {
                batch.bytes += line.len();
                batch.lines.push(line);
            }
            Ok(Next::Idle) => {
                batch.cut = Cut::Idle;
                break;
            }
            Ok(Next::End) => {
                batch.cut = Cut::End;
                break;
            }
            Err(error) => {
                batch.cut = Cut::Failed(error);
                break;
            }
        }
    }
    batch
}

enum Outcome {
    Cleaned(CleanedLine),
    Failed(LineError),
}

fn clean_one(line_cleaner: &LineCleaner, raw: &[u8], number: usize) -> Outcome {
    let Ok(text) = std::str::from_utf8(raw) else {
        let offset = std::str::from_utf8(raw).unwrap_err().valid_up_to();
        return Outcome::Failed(LineError::InvalidJson(messages::invalid_utf8_in_line(
            offset,
        )));
    };
    match line_cleaner.clean_line(text, number) {
        Ok(cleaned) => Outcome::Cleaned(cleaned),
        Err(error) => Outcome::Failed(error),
    }
}

/// Cleans one JSONL input into `out`. Returns the totals; per-line errors are reported on stderr.
/// A read error (damaged compressed data, say) ends the input after the lines before it are
/// written.
fn clean_stream(
    name: &str,
    reader: Box<dyn std::io::BufRead + Send>,
    out: &mut dyn Write,
    line_cleaner: &LineCleaner,
    on_error: OnError,
    progress: &Progress,
    run_totals: &mut Totals,
) -> Result<Totals> {
    let batch_bytes = BATCH_BYTES_PER_WORKER * rayon::current_num_threads();
    // One batch being cleaned and the next one read.
    let mut feed = Feed::spawn(reader, 2 * batch_bytes);
    let mut totals = Totals::default();
    let mut first_line = 1;
    loop {
        let batch = read_batch(&mut feed, first_line, batch_bytes);
        first_line += batch.lines.len();
        let outcomes = batch
            .lines
            .par_iter()
            .enumerate()
            .map(|(offset, raw)| clean_one(line_cleaner, raw, batch.first_line + offset))
            .collect::<Vec<_>>();
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
                Outcome::Failed(error) => {
                    let number = batch.first_line + offset;
                    messages::error(messages::line_error(name, number, error, on_error));
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
        feed.release(batch.bytes);
        match batch.cut {
            Cut::Full => {}
            Cut::Idle => out.flush()?,
            Cut::End => return Ok(totals),
            Cut::Failed(error) => {
                return Err(error).with_context(|| messages::at(name, messages::CANNOT_READ));
            }
        }
    }
}

pub fn run(args: &Args, cleaner: &Cleaner, stdout: &mut dyn Write) -> Result<Status> {
    // The same plan as text mode: folders under --out-dir become their matching files, and no
    // two inputs may write one file.
    let jobs = plan::plan(args)?;
    plan::check_outputs(&jobs, args)?;
    let site = site_pass::prepare(args, cleaner, &jobs)?;
    let line_cleaner = LineCleaner {
        cleaner: &site.cleaner,
        field: args.field.split('.').map(String::from).collect(),
        report_field: args.report_field.clone(),
        explain: args.explain,
        group_by: site_pass::enabled(args).then(|| site_pass::group_by(args)),
    };
    let progress = Progress::new(args.quiet, "documents");
    let mut totals = Totals::default();

    let mut shared = match &args.output {
        Some(path) => match EncodedFile::create(path, Compression::of(path)) {
            Ok(file) => Some((Named::new(file, path.display().to_string()), path.clone())),
            Err(error) => {
                messages::error_at(path.display(), &error);
                return Ok(Status { changed: false });
            }
        },
        None => None,
    };

    let mut stdout = Named::new(stdout, messages::STANDARD_OUTPUT);
    for job in &jobs {
        let path = &job.input;
        let name = display_name(path);
        if let Some(error) = &job.error {
            messages::error(messages::at(&name, error));
            continue;
        }
        let (reader, compression) = match input::open_reader(site.source(path)) {
            Ok(decoded) => (decoded.reader, decoded.compression),
            Err(error) => {
                messages::error_at(&name, &error);
                continue;
            }
        };
        let run = |out: &mut dyn Write, totals: &mut Totals| {
            clean_stream(
                &name,
                reader,
                out,
                &line_cleaner,
                args.on_error,
                &progress,
                totals,
            )
        };
        let result = match &job.destination {
            // `--check` writes nothing (it conflicts with every output flag).
            Destination::Stdout if args.check => run(&mut std::io::sink(), &mut totals),
            Destination::Stdout => run(&mut stdout, &mut totals),
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
            // Its failed lines were reported as they were read.
            Ok(file_totals) => {
                if args.check && !args.quiet && file_totals.changed > 0 {
                    messages::note(messages::documents_would_change(
                        &name,
                        file_totals.changed,
                        file_totals.documents,
                    ));
                }
            }
            Err(error) if messages::is_broken_pipe(&error) => return Err(error),
            // Every later input would fail on it too: one message, and the run ends.
            Err(error)
                if stdout.failed() || shared.as_ref().is_some_and(|(file, _)| file.failed()) =>
            {
                return Err(error)
            }
            Err(error) => messages::error_chain(&error),
        }
    }
    stdout.flush()?;
    if let Some((file, path)) = shared {
        if let Err(error) = file.into_inner().commit() {
            messages::error_at(path.display(), &error);
        }
    }
    progress.finish(&totals);
    Ok(Status {
        changed: totals.changed > 0,
    })
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
    let file =
        EncodedFile::create(target, compression).with_context(|| target.display().to_string())?;
    let mut file = Named::new(file, target.display().to_string());
    let totals = run(&mut file)?;
    let file = file.into_inner();
    file.commit()
        .with_context(|| target.display().to_string())?;
    Ok(totals)
}

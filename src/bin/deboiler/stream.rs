//! `--jsonl`: streams JSON Lines through the cleaner, in parallel, in input order.
//!
//! A reader thread ([`crate::feed`]) hands over the lines; each is cleaned as a job of its own on
//! the worker pool as soon as it comes, and the results are written in input order as they
//! complete. There is no batch to wait for: a worker that finishes a document takes the next
//! one while a long document is still being cleaned, and the writing overlaps the cleaning.
//!
//! Memory stays bounded: the lines read and not yet written (those queued, being cleaned, or
//! cleaned and waiting for an earlier one) hold at most [`WINDOW_BYTES_PER_WORKER`] per worker
//! plus one line; the reader waits when they reach it.
//!
//! When nothing is left to clean or write and the input pauses for [`IDLE_FLUSH`], the output
//! is flushed, so a slow producer (`tail -f log.jsonl | deboiler --jsonl`) sees each document
//! soon after it is written.

use std::collections::VecDeque;
use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context as _, Result};

use crate::args::{Args, OnError};
use crate::compress::{self, EncodedFile};
use crate::feed::{Feed, Read};
use crate::files;
use crate::input;
use crate::messages::{self, display_name, Status};
use crate::output::{Compression, Named};
use crate::plan::{self, Destination};
use crate::progress::{Progress, Totals};
use crate::site_pass;
use deboiler::Cleaner;
use deboiler::{CleanedLine, LineCleaner, LineError};

/// The lines in flight per worker: about forty page dumps, so that the workers keep busy past
/// a long document at the head of the line (it holds the writing back, not the cleaning), and
/// small next to the workers' regex caches.
const WINDOW_BYTES_PER_WORKER: usize = 512 << 10;

/// How long the input may pause, with everything read already written, before the output is
/// flushed: short next to a person watching, long next to the gaps between reads of a file or
/// a busy pipe.
const IDLE_FLUSH: Duration = Duration::from_millis(100);

/// The progress bar is moved every this many documents (and at the end).
const PROGRESS_EVERY: u64 = 64;

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

/// What the `--jsonl` loop waits for: the reader's next lines (or end), or a cleaned chunk.
enum Event {
    Read(Read),
    /// Chunk `chunk` and what cleaning each of its lines gave; the lines come back too, to be
    /// passed through when they failed.
    Done {
        chunk: usize,
        first_line: usize,
        outcomes: std::thread::Result<Vec<Outcome>>,
        lines: Vec<Vec<u8>>,
    },
}

impl From<Read> for Event {
    fn from(read: Read) -> Self {
        Event::Read(read)
    }
}

/// A chunk of lines cleaned: the index of its first line (0-based, in this input), each line
/// and its outcome.
struct Cleaned {
    first_line: usize,
    outcomes: Vec<Outcome>,
    lines: Vec<Vec<u8>>,
}

/// The chunks in flight, in input order: `None` until cleaned.
struct InOrder {
    /// Index of the first chunk held.
    first: usize,
    held: VecDeque<Option<Cleaned>>,
    /// Index of the first line of the next chunk.
    next_line: usize,
}

impl InOrder {
    /// Books the next chunk, of `lines` lines; returns its index and the index of its first line.
    fn push(&mut self, lines: usize) -> (usize, usize) {
        self.held.push_back(None);
        let first_line = self.next_line;
        self.next_line += lines;
        (self.first + self.held.len() - 1, first_line)
    }

    fn fill(&mut self, chunk: usize, cleaned: Cleaned) {
        self.held[chunk - self.first] = Some(cleaned);
    }

    /// The first chunk, once it is cleaned.
    fn pop_ready(&mut self) -> Option<Cleaned> {
        let cleaned = self.held.front_mut()?.take()?;
        self.held.pop_front();
        self.first += 1;
        Some(cleaned)
    }
}

/// Writes one document's result; returns its totals.
fn write_outcome(
    name: &str,
    number: usize,
    outcome: Outcome,
    raw: &[u8],
    on_error: OnError,
    out: &mut dyn Write,
) -> Result<Totals> {
    let mut totals = Totals::default();
    match outcome {
        Outcome::Cleaned(cleaned) => {
            out.write_all(&cleaned.line)?;
            out.write_all(b"\n")?;
            totals.documents += 1;
            totals.bytes_in += cleaned.bytes_in as u64;
            totals.bytes_out += cleaned.bytes_out as u64;
            totals.changed += u64::from(cleaned.changed);
        }
        Outcome::Failed(error) => {
            messages::error(messages::line_error(name, number, error, on_error));
            totals.errors += 1;
            if on_error == OnError::Pass {
                out.write_all(raw)?;
                if !raw.ends_with(b"\n") {
                    out.write_all(b"\n")?;
                }
            } else {
                totals.skipped += 1;
            }
        }
    }
    Ok(totals)
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
    let (events_sender, events) = mpsc::channel();
    let window = WINDOW_BYTES_PER_WORKER * rayon::current_num_threads();
    let feed = Feed::spawn(reader, window, events_sender.clone());
    // Set when the loop gives up (a failed output): the documents still queued are not cleaned.
    let stop = AtomicBool::new(false);
    let result = rayon::in_place_scope_fifo(|scope| {
        let mut totals = Totals::default();
        let mut unreported = Totals::default();
        let mut in_order = InOrder {
            first: 0,
            held: VecDeque::new(),
            next_line: 0,
        };
        let mut end = None;
        loop {
            if end.is_some() && in_order.held.is_empty() {
                break;
            }
            let event = if end.is_none() && in_order.held.is_empty() {
                // Everything read is written: if the input pauses, show what was written.
                match events.recv_timeout(IDLE_FLUSH) {
                    Ok(event) => event,
                    Err(_) => {
                        out.flush()?;
                        events.recv().expect("the loop holds a sender")
                    }
                }
            } else {
                events.recv().expect("the loop holds a sender")
            };
            match event {
                Event::Read(Read::Lines(lines)) => {
                    let (chunk, first_line) = in_order.push(lines.len());
                    let done = events_sender.clone();
                    let stop = &stop;
                    scope.spawn_fifo(move |_| {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        // A panic is raised again by the loop, in order, rather than leaving
                        // it waiting for this chunk.
                        let outcomes = std::panic::catch_unwind(AssertUnwindSafe(|| {
                            let numbers = first_line + 1..;
                            lines
                                .iter()
                                .zip(numbers)
                                .map(|(line, number)| clean_one(line_cleaner, line, number))
                                .collect()
                        }));
                        // The loop is gone only when it gave up.
                        let _ = done.send(Event::Done {
                            chunk,
                            first_line,
                            outcomes,
                            lines,
                        });
                    });
                }
                Event::Read(Read::End) => end = Some(None),
                Event::Read(Read::Failed(error)) => end = Some(Some(error)),
                Event::Done {
                    chunk,
                    first_line,
                    outcomes,
                    lines,
                } => {
                    let outcomes = outcomes.unwrap_or_else(|panic| {
                        stop.store(true, Ordering::Relaxed);
                        std::panic::resume_unwind(panic)
                    });
                    in_order.fill(
                        chunk,
                        Cleaned {
                            first_line,
                            outcomes,
                            lines,
                        },
                    );
                    while let Some(cleaned) = in_order.pop_ready() {
                        let numbers = cleaned.first_line + 1..;
                        let results = cleaned.outcomes.into_iter().zip(&cleaned.lines);
                        for ((outcome, line), number) in results.zip(numbers) {
                            let written = write_outcome(name, number, outcome, line, on_error, out);
                            let written =
                                written.inspect_err(|_| stop.store(true, Ordering::Relaxed))?;
                            totals.add(written);
                            unreported.add(written);
                        }
                        let bytes = cleaned.lines.iter().map(Vec::len).sum();
                        feed.release(cleaned.lines.len(), bytes);
                        if unreported.documents + unreported.errors >= PROGRESS_EVERY {
                            run_totals.add(unreported);
                            progress.update(unreported.documents, run_totals);
                            unreported = Totals::default();
                        }
                    }
                }
            }
        }
        run_totals.add(unreported);
        progress.update(unreported.documents, run_totals);
        match end {
            Some(Some(error)) => {
                Err(error).with_context(|| messages::at(name, messages::CANNOT_READ))
            }
            _ => Ok(totals),
        }
    });
    drop(feed);
    result
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

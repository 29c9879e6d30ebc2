//! Text mode: files, folders and standard input, cleaned in parallel and reported in order.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use rayon::prelude::*;

use crate::args::{Args, Format};
use crate::compress::{self, EncodedFile};
use crate::input;
use crate::messages::{self, display_name, Status};
use crate::output::{Compression, Named};
use crate::plan::{self, Destination, Job};
use crate::progress::{Progress, Totals};
use crate::site_pass;
use deboiler::__internals::{diff, report};
use deboiler::Cleaner;
use deboiler::OutputLines;

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
    let jobs = plan::plan(args)?;
    plan::check_outputs(&jobs, args)?;
    let site = site_pass::prepare(args, cleaner, &jobs)?;
    let cleaner = &site.cleaner;
    let writes_files = args.in_place || args.out_dir.is_some();
    let progress = Progress::new(args.quiet || !writes_files, "files");
    let mut combined = match &args.output {
        Some(path) => match EncodedFile::create(path, Compression::of(path)) {
            Ok(file) => Some(file),
            Err(error) => {
                messages::error_at(path.display(), &error);
                return Ok(Status { changed: false });
            }
        },
        None => None,
    };
    let mut stdout = Named::new(stdout, messages::STANDARD_OUTPUT);
    let chunk_size = (rayon::current_num_threads() * 8).max(16);
    let mut totals = Totals::default();
    for chunk in jobs.chunks(chunk_size) {
        let results: Vec<Done> = chunk
            .par_iter()
            .map(|job| clean_job(job, args, cleaner))
            .collect();
        for (job, mut done) in chunk.iter().zip(results) {
            if let Some(error) = &done.error {
                messages::error(error);
            }
            if done.totals.changed > 0 && args.check && !args.quiet {
                messages::note(messages::would_change(&display_name(&job.input)));
            }
            if let Some(report) = &done.report {
                stdout.write_all(report.as_bytes())?;
            }
            if let Some((raw, kept)) = &done.kept {
                if done.diff {
                    let name = display_name(&job.input);
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
            messages::error_at(path.display(), &error);
        }
    }
    if writes_files {
        progress.finish(&totals);
    }
    Ok(Status {
        changed: totals.changed > 0,
    })
}

fn clean_job(job: &Job, args: &Args, cleaner: &Cleaner) -> Done {
    let name = display_name(&job.input);
    if let Some(error) = &job.error {
        return Done {
            error: Some(messages::at(name, error)),
            ..Done::default()
        };
    }
    let (raw, compression) = match input::read_text(&job.input, args.lossy) {
        Ok(read) => read,
        Err(error) => {
            return Done {
                error: Some(messages::at(name, format_args!("{error:#}"))),
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
        done.error = Some(messages::at(target, format_args!("{error:#}")));
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
    let metadata = std::fs::metadata(path).context(messages::CANNOT_READ_METADATA)?;
    if metadata.permissions().readonly() {
        bail!(messages::READ_ONLY);
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
        std::fs::create_dir_all(folder).with_context(|| messages::cannot_create_folder(folder))?;
    }
    Ok(())
}

/// Refuses an output path that is the input file itself (--out-dir pointing at the input's
/// folder, say): only --in-place may rewrite an input.
pub fn refuse_overwriting_input(target: &Path, input: &Path) -> Result<()> {
    if let (Ok(target), Ok(input)) = (target.canonicalize(), input.canonicalize()) {
        if target == input {
            bail!(messages::OUTPUT_OVER_INPUT);
        }
    }
    Ok(())
}

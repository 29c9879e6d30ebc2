//! Site mode on the command line (`--site-boilerplate`, `--site-profile`): the site profile is
//! made before the cleaning pass, from a saved file, a counting pass over the inputs, or both
//! added together, and the cleaner of the run gets it.
//!
//! The counting pass reads every input once more than a plain run. Standard input cannot be
//! read twice, so it is copied to a temporary file while it is counted, and the cleaning pass
//! reads that copy: a pipeline (`zcat crawl.jsonl.gz | deboiler --jsonl --site-boilerplate`)
//! works as a file would, at the cost of the input's size on the temporary folder's disk (as
//! read: a compressed input stays compressed). A saved profile alone (`--site-profile` without
//! `--site-boilerplate`) needs no counting pass and streams standard input as usual.
//!
//! Groups: with `--jsonl`, the host of each document's URL or a field's value ([`GroupBy`]); in
//! text mode, the folder a file is in, as given on the command line. Standard input in text
//! mode is one document without a folder, so it has no group.

use std::fs::File;
use std::io::{self, BufRead, Read, Write};
use std::path::Path;

use anyhow::{Context as _, Result};
use rayon::prelude::*;
use tempfile::NamedTempFile;

use crate::args::Args;
use crate::compress;
use crate::input;
use crate::messages::{self, display_name};
use crate::output::Compression;
use crate::plan::Job;
use crate::progress::{Progress, Totals};
use deboiler::__internals::site::document_keys;
use deboiler::Cleaner;
use deboiler::SiteProfile;
use deboiler::{GroupBy, LineCleaner};

/// Documents counted between two merges into the profile: the keys of one batch are computed in
/// parallel, then added in input order.
const BATCH_DOCUMENTS: usize = 4096;
/// Bytes of JSONL read per counting batch.
const BATCH_BYTES: usize = 16 << 20;

/// The cleaner of a run in site mode, and the copy of standard input it reads.
pub struct Site {
    pub cleaner: Cleaner,
    /// Standard input as read during the counting pass.
    spool: Option<NamedTempFile>,
}

impl Site {
    /// Where to read `input` from in the cleaning pass: the copy, for standard input.
    pub fn source<'p>(&'p self, input: &'p Path) -> &'p Path {
        match &self.spool {
            Some(spool) if input == Path::new("-") => spool.path(),
            _ => input,
        }
    }
}

/// Whether the run is in site mode.
pub fn enabled(args: &Args) -> bool {
    args.site_boilerplate || args.site_profile.is_some()
}

/// How `--jsonl` documents are grouped (`url` unless `--group-by` says otherwise).
pub fn group_by(args: &Args) -> GroupBy {
    GroupBy::parse(args.group_by.as_deref().unwrap_or("url"))
}

/// The group of a file in text mode: the folder it is in, as given (`.` for the current one);
/// none for standard input.
pub fn folder_group(input: &Path) -> Option<String> {
    if input == Path::new("-") {
        return None;
    }
    Some(match input.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.display().to_string(),
        _ => ".".to_string(),
    })
}

/// Makes the run's site profile (see the module documentation) and the cleaner that uses it.
/// Without site mode, the cleaner as it is.
pub fn prepare(args: &Args, cleaner: &Cleaner, jobs: &[Job]) -> Result<Site> {
    if !enabled(args) {
        return Ok(Site {
            cleaner: cleaner.clone(),
            spool: None,
        });
    }
    let mut profile = match &args.site_profile {
        Some(path) => load(path)?,
        None => SiteProfile::new(),
    }
    .with_max_lines(args.site_max_lines);
    let mut spool = None;
    if args.site_boilerplate {
        let progress = Progress::new(args.quiet, "documents counted");
        let mut totals = Totals::default();
        if args.jsonl {
            for job in jobs.iter().filter(|job| job.error.is_none()) {
                // Standard input given twice is read once, as in a plain run.
                if job.input == Path::new("-") && spool.is_some() {
                    continue;
                }
                if let Some(copy) =
                    count_jsonl(args, &job.input, &mut profile, &progress, &mut totals)?
                {
                    spool = Some(copy);
                }
            }
        } else {
            count_files(args, jobs, &mut profile, &progress, &mut totals);
        }
        progress.clear();
        if let Some(path) = &args.save_site_profile {
            compress::write_atomic_with(path, Compression::of(path), |out| profile.save(out))
                .with_context(|| messages::cannot_save_site_profile(path))?;
        }
    }
    if !args.quiet {
        report(&profile, args);
    }
    Ok(Site {
        cleaner: cleaner.clone().with_site_profile(profile),
        spool,
    })
}

fn load(path: &Path) -> Result<SiteProfile> {
    let name = path.display();
    let mut decoded = input::open_reader(path).with_context(|| name.to_string())?;
    SiteProfile::load(&mut decoded.reader).with_context(|| name.to_string())
}

/// Counts the documents of one JSONL input. Standard input is copied to a temporary file as it
/// is read, which is returned. A file that cannot be read is left to the cleaning pass, which
/// reports it; standard input, whose copy would be cut short, fails the run (nothing is
/// written).
fn count_jsonl(
    args: &Args,
    path: &Path,
    profile: &mut SiteProfile,
    progress: &Progress,
    totals: &mut Totals,
) -> Result<Option<NamedTempFile>> {
    let line_cleaner = LineCleaner {
        cleaner: &Cleaner::default(),
        field: args.field.split('.').map(String::from).collect(),
        report_field: None,
        explain: false,
        group_by: Some(group_by(args)),
    };
    if path != Path::new("-") {
        if let Ok(decoded) = input::open_reader(path) {
            let _ = count_lines(decoded.reader, &line_cleaner, profile, progress, totals);
        }
        return Ok(None);
    }
    let spool = tempfile::Builder::new()
        .prefix("deboiler-stdin-")
        .suffix(".spool")
        .tempfile()
        .context(messages::CANNOT_SPOOL_STANDARD_INPUT)?;
    let tee = Tee {
        inner: io::stdin(),
        copy: spool.as_file().try_clone()?,
    };
    compress::decode(tee)
        .and_then(|decoded| count_lines(decoded.reader, &line_cleaner, profile, progress, totals))
        .context(display_name(path))?;
    Ok(Some(spool))
}

/// Counts the JSONL documents `reader` yields, a batch at a time.
fn count_lines(
    mut reader: Box<dyn BufRead + Send>,
    line_cleaner: &LineCleaner,
    profile: &mut SiteProfile,
    progress: &Progress,
    totals: &mut Totals,
) -> io::Result<()> {
    loop {
        let mut lines = Vec::new();
        let mut bytes = 0;
        while lines.len() < BATCH_DOCUMENTS && bytes < BATCH_BYTES {
            let mut line = Vec::new();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            bytes += line.len();
            lines.push(line);
        }
        if lines.is_empty() {
            return Ok(());
        }
        let keys: Vec<Option<(String, Vec<u64>)>> = lines
            .par_iter()
            .map(|line| line_cleaner.site_keys_of_bytes(line))
            .collect();
        for (group, keys) in keys.iter().flatten() {
            profile.add_keys(group, keys);
        }
        let batch = Totals {
            documents: lines.len() as u64,
            bytes_in: bytes as u64,
            ..Totals::default()
        };
        totals.add(batch);
        progress.update(batch.documents, totals);
    }
}

/// Counts the files of text mode, each in its folder's group. A file that cannot be read is
/// left to the cleaning pass, which reports it.
fn count_files(
    args: &Args,
    jobs: &[Job],
    profile: &mut SiteProfile,
    progress: &Progress,
    totals: &mut Totals,
) {
    let files: Vec<(&Path, String)> = jobs
        .iter()
        .filter(|job| job.error.is_none())
        .filter_map(|job| Some((job.input.as_path(), folder_group(&job.input)?)))
        .collect();
    let chunk_size = (rayon::current_num_threads() * 8).max(16);
    for chunk in files.chunks(chunk_size) {
        let keys: Vec<Option<(usize, Vec<u64>)>> = chunk
            .par_iter()
            .map(|(path, _)| {
                let (text, _) = input::read_text(path, args.lossy).ok()?;
                Some((text.len(), document_keys(&text)))
            })
            .collect();
        let mut batch = Totals::default();
        for ((_, group), keys) in chunk.iter().zip(keys) {
            if let Some((bytes, keys)) = keys {
                profile.add_keys(group, &keys);
                batch.documents += 1;
                batch.bytes_in += bytes as u64;
            }
        }
        totals.add(batch);
        progress.update(batch.documents, totals);
    }
}

/// One line on stderr about the profile, and a warning when the memory cap sampled it.
fn report(profile: &SiteProfile, args: &Args) {
    let groups = profile.groups();
    let shared = groups.iter().filter(|group| group.pages() >= 2).count();
    messages::note(messages::site_profile(
        profile.pages(),
        groups.len(),
        shared,
        profile.entries(),
    ));
    let level = profile.sampling_level();
    if level > 0 {
        messages::warning(messages::site_profile_sampled(args.site_max_lines, level));
    }
}

/// Reads from `inner` and copies what it reads into `copy` (unbuffered: the decoder above
/// reads in large blocks).
struct Tee<R: Read> {
    inner: R,
    copy: File,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.copy.write_all(&buf[..read]).map_err(|error| {
            io::Error::new(error.kind(), messages::cannot_copy_standard_input(&error))
        })?;
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_in_its_folder_and_standard_input_in_none() {
        assert_eq!(
            folder_group(Path::new("scraped/news/a.txt")).as_deref(),
            Some("scraped/news")
        );
        assert_eq!(folder_group(Path::new("a.txt")).as_deref(), Some("."));
        assert_eq!(folder_group(Path::new("-")), None);
    }
}

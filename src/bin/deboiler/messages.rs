//! What the command says on standard error, and the exit code that follows from it.
//!
//! Every message starts with `deboiler: `. An error about one input (a file, a JSONL line, an
//! output) is printed by [`error`], which also marks the run failed, so that no reported
//! failure can be missed by the exit code; [`exit_code`] turns the run's result into the code:
//!
//! - 0: success;
//! - 1: an input failed (the others were still processed);
//! - 2: a usage error ([`UsageError`], or an argument combination refused at start);
//! - with `--check`: 0 when nothing would change, 1 when something would, 2 on any error;
//! - a closed output pipe ends the run quietly: 0 (1 with `--check`, whose only output is the
//!   diff of an input that changes).
//!
//! The wording of every message lives here too, grouped by what it is about, so that one
//! failure reads the same wherever it is found. The library's errors (an unknown filter id, a
//! bad JSONL line, a damaged site profile) carry their own wording, which a library user sees
//! as well; they are printed through here.

use std::fmt::{self, Display};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::args::OnError;

/// Whether an error was reported (see [`error`]).
static FAILED: AtomicBool = AtomicBool::new(false);

/// Reports an error (an input that failed, an output that could not be written) and marks the
/// run failed.
pub fn error(message: impl Display) {
    FAILED.store(true, Ordering::Relaxed);
    say(message);
}

/// Reports something that may be a mistake but fails nothing.
pub fn warning(message: impl Display) {
    say(format_args!("warning: {message}"));
}

/// Reports what the run did (the summary, the site profile, what `--check` found).
pub fn note(message: impl Display) {
    say(message);
}

/// Reports a usage error; the run ends with 2.
pub fn usage(message: impl Display) -> ExitCode {
    say(message);
    ExitCode::from(2)
}

fn say(message: impl Display) {
    eprintln!("deboiler: {message}");
}

/// A problem with the command line as a whole, found before any work starts: exit code 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// How a run went, besides the errors it reported.
pub struct Status {
    /// Cleaning changes at least one input (what `--check` reports).
    pub changed: bool,
}

/// The exit code of a run (see the module documentation); an error that ended the run is
/// reported here.
pub fn exit_code(result: anyhow::Result<Status>, check: bool) -> ExitCode {
    // `--check` works as `ruff format --check` does: errors are 2, so that 1 means only "would
    // change".
    let failed = if check { 2 } else { 1 };
    match result {
        Ok(_) if FAILED.load(Ordering::Relaxed) => ExitCode::from(failed),
        Ok(Status { changed: true }) if check => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => ExitCode::from(u8::from(check)),
        Err(error) if error.is::<UsageError>() => {
            // One problem a line, each a message of its own.
            for line in error.to_string().lines() {
                say(line);
            }
            ExitCode::from(2)
        }
        Err(error) => {
            error_chain(&error);
            ExitCode::from(failed)
        }
    }
}

/// Whether an error is a closed pipe on output, which ends the run quietly.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Reports an error with its causes (`cannot write the temporary file: No space left…`).
pub fn error_chain(error: &anyhow::Error) {
    self::error(format_args!("{error:#}"));
}

/// Reports an error about `place` (an input, an output) with its causes.
pub fn error_at(place: impl Display, error: &anyhow::Error) {
    self::error(at(place, format_args!("{error:#}")));
}

/// A message about `place` (an input, an output): `notes.txt: no such file`.
pub fn at(place: impl Display, message: impl Display) -> String {
    format!("{place}: {message}")
}

/// How an input is named in messages and reports: standard input is `<stdin>`.
pub fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// `1 document`, `2 documents`, `12,345 documents`.
pub fn count(n: u64, noun: &str) -> String {
    let plural = if n == 1 { "" } else { "s" };
    format!("{} {noun}{plural}", thousands(n))
}

/// Digits in groups of three: `8,626`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// How standard output is named when writing to it fails.
pub const STANDARD_OUTPUT: &str = "standard output";

// The command line as a whole (exit code 2).

pub const NO_INPUT_ON_A_TERMINAL: &str = "no FILE given and standard input is a terminal
Usage: deboiler [OPTIONS] [FILE]...   (pipe text in, give files, or `-` to type)
Try 'deboiler --help' for more.";
pub const IN_PLACE_NEEDS_FILES: &str = "--in-place needs FILE arguments, not standard input";
pub const NO_JOBS: &str = "--jobs must be at least 1";
pub const TEXT_FORMAT_WITH_JSONL: &str =
    "--format text is not available with --jsonl: its --explain writes one JSON object per document";
pub const GROUP_BY_WITHOUT_SITE_MODE: &str =
    "--group-by needs --site-boilerplate or --site-profile";
pub const SITE_MODE_ON_STANDARD_INPUT: &str = "site mode in text mode needs FILE or folder arguments: standard input is one document, with no other pages of its site to compare it with";
pub const SITE_FILTER_DISABLED: &str = "the site-boilerplate filter is disabled (--only or --disable), so site mode would remove nothing";

/// `--rule filter/rule` naming no rule of a known filter.
pub fn unknown_rule(id: &str, known: &[String]) -> String {
    format!("unknown rule id `{id}` (known: {})", known.join(", "))
}

/// A dotted path (`--field`, `--group-by`) with an empty segment.
pub fn empty_path_segment(flag: &str, path: &str) -> String {
    format!("{flag} `{path}` has an empty path segment")
}

pub fn report_field_replaces_field(key: &str, field: &str) -> String {
    format!("--report-field `{key}` would replace the cleaned field `{field}`; choose another key")
}

// Output paths, checked before anything is written (exit code 2).

pub fn output_is_the_input(input: &Path) -> String {
    format!(
        "{}: the output path is the input itself (choose another --out-dir, or use --in-place)",
        input.display()
    )
}

pub fn output_is_another_input(input: &Path, output: &Path, overwritten: &Path) -> String {
    format!(
        "{} would be written to {}, which is the input {}",
        input.display(),
        output.display(),
        overwritten.display()
    )
}

pub fn given_twice(input: &Path) -> String {
    format!("{} is given twice", input.display())
}

pub fn one_output_for_two_inputs(earlier: &Path, input: &Path, output: &Path) -> String {
    format!(
        "{} and {} would both be written to {}",
        earlier.display(),
        input.display(),
        output.display()
    )
}

pub const NOTHING_WRITTEN: &str =
    "nothing was written: every input needs an output path of its own";

pub fn single_output_is_an_input(output: &Path) -> String {
    format!(
        "-o {} is also an input; write to another file, or use --in-place",
        output.display()
    )
}

// Reading inputs.

pub const NO_SUCH_FILE: &str = "no such file";
pub const PERMISSION_DENIED: &str = "permission denied";
pub const CANNOT_READ_STANDARD_INPUT: &str = "cannot read standard input";
/// A folder given without `--out-dir`.
pub const FOLDER_WITHOUT_OUT_DIR: &str =
    "is a directory (use --out-dir OUT to clean the files in a folder)";
/// A folder where a file is read (a saved site profile).
pub const IS_A_FOLDER: &str = "is a directory";
pub const CANNOT_READ: &str = "cannot read";

pub fn cannot_read_folder(error: &std::io::Error) -> String {
    format!("cannot read folder: {error}")
}

pub const UTF16_WITH_BOM: &str =
    "looks like UTF-16 (byte-order mark found); convert it first, e.g. `iconv -f UTF-16 -t UTF-8`";

pub fn utf16_without_bom(encoding: &str) -> String {
    format!("looks like {encoding} without a byte-order mark (every other byte is NUL); convert it first, e.g. `iconv -f {encoding} -t UTF-8`")
}

/// Invalid UTF-8 in a text input.
pub fn invalid_utf8(offset: usize) -> String {
    format!("invalid UTF-8 at byte {offset} (use --lossy to replace invalid bytes)")
}

/// Invalid UTF-8 in a JSONL line (which `--on-error` passes through or skips).
pub fn invalid_utf8_in_line(offset: usize) -> String {
    format!("invalid UTF-8 at byte {offset} of the line")
}

/// Compressed data that cannot be decoded: `truncated` (it ends early) or `corrupt`.
pub fn damaged_data(truncated: bool, format: &str, error: &std::io::Error) -> String {
    let what = if truncated { "truncated" } else { "corrupt" };
    format!("{what} {format} data: {error}")
}

pub fn invalid_glob(pattern: &str) -> String {
    format!("invalid --glob `{pattern}`")
}

/// A folder none of whose files the globs match: not progress but a likely mistake (a wrong
/// `--glob`), so a warning even with `--quiet`.
pub fn no_file_matches(folder: &Path, patterns: &[&str]) -> String {
    let globs: Vec<String> = patterns.iter().map(|g| format!("`{g}`")).collect();
    format!(
        "{}: no file in it matches --glob {}",
        folder.display(),
        globs.join(" or ")
    )
}

/// One JSONL line that could not be cleaned, and what became of it.
pub fn line_error(name: &str, number: usize, error: impl Display, on_error: OnError) -> String {
    let action = match on_error {
        OnError::Pass => "passed through unchanged",
        OnError::Skip => "skipped",
    };
    format!("{name}:{number}: {error} ({action})")
}

// Writing outputs.

pub const CANNOT_READ_METADATA: &str = "cannot read the file's metadata";
pub const READ_ONLY: &str = "file is read-only; not rewriting it";
pub const OUTPUT_OVER_INPUT: &str =
    "output would overwrite the input; choose another --out-dir or use --in-place";
pub const CANNOT_COPY_PERMISSIONS: &str = "cannot copy the file's permissions";
pub const CANNOT_WRITE_TEMPORARY_FILE: &str = "cannot write the temporary file";
pub const CANNOT_REPLACE_FILE: &str = "cannot replace the file";

pub fn cannot_create_folder(folder: &Path) -> String {
    format!("cannot create folder {}", folder.display())
}

pub fn cannot_open(path: &Path) -> String {
    format!("cannot open {}", path.display())
}

pub fn not_a_folder(folder: &Path) -> String {
    format!("{} is not a folder", folder.display())
}

pub fn no_output_folder(folder: &Path) -> String {
    format!("output folder {} does not exist", folder.display())
}

pub fn cannot_create_temporary_file(folder: &Path) -> String {
    format!("cannot create a temporary file in {}", folder.display())
}

/// A failed write to a named output (`standard output`, a path).
pub fn write_failed(output: &str, error: &std::io::Error) -> String {
    format!("{output}: {error}")
}

// `--check`.

pub fn would_change(name: &str) -> String {
    format!("{name}: would change")
}

pub fn documents_would_change(name: &str, changed: u64, documents: u64) -> String {
    format!("{name}: {changed} of {documents} documents would change")
}

// Site mode.

/// The counted profile, in one line.
pub fn site_profile(pages: u64, sites: usize, shared: usize, entries: usize) -> String {
    format!(
        "site profile: {} of {} ({} with 2 or more pages), {}",
        count(pages, "document"),
        count(sites as u64, "site"),
        shared,
        count(entries as u64, "distinct line")
    )
}

/// The profile reached its cap and samples the lines (see `SiteProfile`'s documentation).
pub fn site_profile_sampled(max_lines: usize, level: u32) -> String {
    format!(
        "the site profile reached --site-max-lines {}: only 1 in {} distinct lines is counted (chosen by hash, whatever the input order); raise it to find more repeated lines",
        max_lines,
        1u64 << level.min(63)
    )
}

pub fn cannot_save_site_profile(path: &Path) -> String {
    format!("{}: cannot save the site profile", path.display())
}

pub const CANNOT_SPOOL_STANDARD_INPUT: &str =
    "cannot create a temporary file to hold standard input for the second pass";

pub fn cannot_copy_standard_input(error: &std::io::Error) -> String {
    format!("cannot copy standard input to a temporary file: {error}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The only test that reports an error: the flag it sets is the process's.
    #[test]
    fn exit_codes_follow_the_run_and_the_errors_it_reported() {
        let code = |result: anyhow::Result<Status>, check| exit_code(result, check);
        let unchanged = || Ok(Status { changed: false });
        let changed = || Ok(Status { changed: true });
        let pipe = || Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe).into());
        let clash = || Err(UsageError("a and b would both be written to c".into()).into());
        assert_eq!(code(unchanged(), false), ExitCode::SUCCESS);
        assert_eq!(code(changed(), false), ExitCode::SUCCESS);
        assert_eq!(code(changed(), true), ExitCode::from(1));
        assert_eq!(code(pipe(), false), ExitCode::SUCCESS);
        assert_eq!(code(pipe(), true), ExitCode::from(1));
        assert_eq!(code(clash(), false), ExitCode::from(2));
        assert_eq!(
            code(Err(anyhow::anyhow!("disk full")), false),
            ExitCode::from(1)
        );
        assert_eq!(
            code(Err(anyhow::anyhow!("disk full")), true),
            ExitCode::from(2)
        );
        error("notes.txt: no such file");
        assert_eq!(code(unchanged(), false), ExitCode::from(1));
        assert_eq!(code(changed(), true), ExitCode::from(2));
        assert_eq!(code(pipe(), false), ExitCode::SUCCESS);
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count(1, "document"), "1 document");
        assert_eq!(count(0, "document"), "0 documents");
        assert_eq!(count(1_234_567, "error"), "1,234,567 errors");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }
}

//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// Strip boilerplate and noise from scraped article text.
///
/// Cleans each FILE (standard input when none is given, or for `-`) and writes the article text
/// to standard output. Exit codes: 0 success, 1 when any input failed (the others are still
/// processed), 2 usage error.
#[derive(Debug, Parser)]
#[command(name = "deboiler", version, about, long_about)]
pub struct Args {
    /// Files to clean; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Write the cleaned text to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE", conflicts_with_all = ["in_place", "out_dir"])]
    pub output: Option<PathBuf>,

    /// Rewrite each FILE with its cleaned text (temp file in the same folder, then rename).
    #[arg(short = 'i', long, conflicts_with = "out_dir")]
    pub in_place: bool,

    /// Write each cleaned FILE under this folder, keeping its name.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// Print a unified diff of the input against the cleaned text (`patch` applies it).
    #[arg(long, conflicts_with = "explain")]
    pub diff: bool,

    /// Write nothing (only the diff with --diff) and exit 0 when cleaning would change no input,
    /// 1 when it would change one (a file, or a JSONL document's field), 2 on any error.
    #[arg(long, help_heading = "Output", conflicts_with_all = ["output", "in_place", "out_dir", "explain", "report_field"])]
    pub check: bool,

    /// Print every removed line with the filter that removed it and why.
    #[arg(long)]
    pub explain: bool,

    /// Format of the --explain report.
    #[arg(long, value_enum, default_value_t = Format::Text, requires = "explain")]
    pub format: Format,

    /// List the filters: order, id and summary.
    #[arg(long)]
    pub list_filters: bool,

    /// Turn off a filter by id (repeatable).
    #[arg(long, value_name = "ID")]
    pub disable: Vec<String>,

    /// Run only these filters (repeatable).
    #[arg(long, value_name = "ID", conflicts_with = "disable")]
    pub only: Vec<String>,

    /// Document profile: `page` (full-page dump: the block classifier and the main-content
    /// region run too), `article` (extracted text: phrase rules only), or `auto` (decided per
    /// document by the share of short lines).
    #[arg(long, value_name = "PROFILE", default_value = "auto", value_parser = ["auto", "article", "page"])]
    pub profile: String,

    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
    #[arg(long)]
    pub lossy: bool,

    /// Colour for --diff: auto (a terminal without NO_COLOR), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Read JSON Lines: clean one string field of each object, keep every other field.
    /// `.gz` files are read and written gzip-compressed, `.zst` files zstd-compressed.
    #[arg(long, conflicts_with = "diff")]
    pub jsonl: bool,

    /// The field to clean in --jsonl mode, a dotted path such as `meta.body`.
    #[arg(long, value_name = "PATH", default_value = "text", requires = "jsonl")]
    pub field: String,

    /// In --jsonl mode, add per-document removal counts by filter id under this key.
    #[arg(long, value_name = "KEY", requires = "jsonl")]
    pub report_field: Option<String>,

    /// In --jsonl mode, what to do with a line that is not valid JSON or lacks the field:
    /// pass it through unchanged, or skip it. Either way it is reported on stderr.
    #[arg(long, value_enum, default_value_t = OnError::Pass, requires = "jsonl")]
    pub on_error: OnError,

    /// Which files to clean inside a folder given with --out-dir (repeatable).
    #[arg(long, value_name = "GLOB", default_values_t = [String::from("*.txt")])]
    pub glob: Vec<String>,

    /// Worker threads (default: all cores). Output order never depends on it.
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// No progress bar and no summary on stderr (errors are still reported).
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    Pass,
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

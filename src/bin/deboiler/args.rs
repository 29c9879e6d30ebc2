//! Command-line arguments (clap derive). The help, the shell completions (`--completions`) and
//! the man page (`--man`) are all generated from these definitions, so they cannot disagree.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

const INPUT: &str = "Input";
const OUTPUT: &str = "Output";
const FILTERS: &str = "Filters";
const CORPUS: &str = "Corpus (JSON Lines)";
const SITE: &str = "Site boilerplate";
const RUN: &str = "Run";
const SETUP: &str = "Setup";

/// Shown at the end of `--help` and as the man page's EXAMPLES: a command and what it does.
const EXAMPLES: &[(&str, &str)] = &[
    ("deboiler story.txt", "clean a file to standard output"),
    (
        "some-scraper | deboiler > article.txt",
        "clean standard input",
    ),
    (
        "deboiler --explain story.txt",
        "which filter removed each line, and why",
    ),
    (
        "deboiler --diff story.txt",
        "the removals as a unified diff",
    ),
    (
        "deboiler --out-dir cleaned/ scraped/",
        "mirror scraped/**/*.txt into cleaned/",
    ),
    ("deboiler -i notes/*.txt", "rewrite files in place"),
    (
        "deboiler --jsonl in.jsonl.gz -o out.jsonl.gz",
        "clean the \"text\" field of every record",
    ),
    (
        "deboiler --jsonl --site-boilerplate crawl.jsonl > clean.jsonl",
        "also drop the lines each site repeats on its pages",
    ),
    (
        "deboiler --completions zsh > _deboiler",
        "shell completions (bash, zsh, fish)",
    ),
    ("deboiler --man > deboiler.1", "this manual as a man page"),
];

fn examples_help() -> String {
    const WIDTH: usize = 40;
    let mut help = String::from("Examples:");
    for (command, what) in EXAMPLES {
        if command.len() > WIDTH {
            help.push_str(&format!("\n  {command}\n  {:WIDTH$}  {what}", ""));
        } else {
            help.push_str(&format!("\n  {command:WIDTH$}  {what}"));
        }
    }
    help
}

/// The man page: clap_mangen's sections from the definitions below, with the examples as an
/// EXAMPLES section of their own.
pub fn man_page() -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(<Args as clap::CommandFactory>::command());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    page.extend_from_slice(b".SH EXAMPLES\n");
    for (command, what) in EXAMPLES {
        let line = format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff_escape(command),
            roff_escape(what)
        );
        page.extend_from_slice(line.as_bytes());
    }
    man.render_version_section(&mut page)?;
    Ok(page)
}

/// Escapes text for a roff line: backslashes and hyphens (which roff may render as dashes).
fn roff_escape(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// Strip boilerplate and noise from scraped article text.
///
/// Cleans each FILE (standard input when none is given, or for `-`) and writes the article text
/// to standard output. Inputs compressed with gzip or zstd are recognised by their content and
/// decompressed; --in-place and --out-dir write them back compressed alike. Exit codes: 0
/// success, 1 when any input failed (the others are still processed), 2 usage error; with
/// --check, 0 when nothing would change, 1 when something would, 2 on any error.
#[derive(Debug, Parser)]
#[command(name = "deboiler", version, about, long_about, after_help = examples_help())]
pub struct Args {
    /// Files to clean; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Which files to clean inside a folder given with --out-dir (repeatable). Default: `*.txt`,
    /// `*.txt.gz` and `*.txt.zst`; with --jsonl, `*.jsonl`, `*.jsonl.gz` and `*.jsonl.zst`.
    #[arg(long, value_name = "GLOB", requires = "out_dir", help_heading = INPUT)]
    pub glob: Vec<String>,

    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
    #[arg(long, help_heading = INPUT)]
    pub lossy: bool,

    /// Write the cleaned text to this file (atomically) instead of standard output; a name
    /// ending in `.gz` or `.zst` is written compressed.
    #[arg(short, long, value_name = "FILE", conflicts_with_all = ["in_place", "out_dir"], help_heading = OUTPUT)]
    pub output: Option<PathBuf>,

    /// Rewrite each FILE with its cleaned text (temp file in the same folder, then rename).
    #[arg(short = 'i', long, conflicts_with = "out_dir", help_heading = OUTPUT)]
    pub in_place: bool,

    /// Write each cleaned FILE under this folder, keeping its name (a folder argument's files
    /// keep their path inside it). Two inputs with one output path are refused.
    #[arg(long, value_name = "DIR", help_heading = OUTPUT)]
    pub out_dir: Option<PathBuf>,

    /// Print a unified diff of the input against the cleaned text (`patch` applies it).
    #[arg(long, conflicts_with = "explain", help_heading = OUTPUT)]
    pub diff: bool,

    /// Write nothing (only the diff with --diff) and exit 0 when cleaning would change no input,
    /// 1 when it would change one (a file, or a JSONL document's field), 2 on any error.
    #[arg(long, help_heading = OUTPUT, conflicts_with_all = ["output", "in_place", "out_dir", "explain", "report_field"])]
    pub check: bool,

    /// Print every removed line with the filter that removed it and why.
    #[arg(long, help_heading = OUTPUT)]
    pub explain: bool,

    /// Format of the --explain report: text (the default) or json. With --jsonl the report is
    /// always JSON, one object per document.
    #[arg(long, value_enum, requires = "explain", help_heading = OUTPUT)]
    pub format: Option<Format>,

    /// Colour for --diff: auto (a terminal without NO_COLOR), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, help_heading = OUTPUT)]
    pub color: ColorChoice,

    /// List the filters: order, id and summary.
    #[arg(long, conflicts_with = "files", help_heading = FILTERS)]
    pub list_filters: bool,

    /// List every filter's rules: `filter/rule` (the id --explain shows) and summary.
    #[arg(long, conflicts_with_all = ["files", "list_filters"], help_heading = FILTERS)]
    pub list_rules: bool,

    /// Print a filter's rule page: what it removes, its rules, why, an example, known false
    /// positives. ID is a filter id or a rule id (`author-bio/byline`).
    #[arg(long, value_name = "ID", conflicts_with_all = ["files", "list_filters", "list_rules"], help_heading = FILTERS)]
    pub rule: Option<String>,

    /// Turn off a filter by id (repeatable).
    #[arg(long, value_name = "ID", help_heading = FILTERS)]
    pub disable: Vec<String>,

    /// Run only these filters (repeatable).
    #[arg(long, value_name = "ID", conflicts_with = "disable", help_heading = FILTERS)]
    pub only: Vec<String>,

    /// Document profile: `page` (full-page dump: the block classifier and the main-content
    /// region run too), `article` (extracted text: phrase rules only), or `auto` (decided per
    /// document by the share of short lines).
    #[arg(long, value_name = "PROFILE", default_value = "auto", value_parser = ["auto", "article", "page"], help_heading = FILTERS)]
    pub profile: String,

    /// Read JSON Lines: clean one string field of each object, keep every other field.
    #[arg(long, conflicts_with = "diff", help_heading = CORPUS)]
    pub jsonl: bool,

    /// The field to clean in --jsonl mode, a dotted path such as `meta.body`.
    #[arg(long, value_name = "PATH", default_value = "text", requires = "jsonl", help_heading = CORPUS)]
    pub field: String,

    /// In --jsonl mode, add per-document removal counts by filter id under this new top-level
    /// key. A document that already has the key is an error on its line (never overwritten).
    #[arg(long, value_name = "KEY", requires = "jsonl", conflicts_with = "explain", help_heading = CORPUS)]
    pub report_field: Option<String>,

    /// In --jsonl mode, what to do with a line that is not valid JSON or lacks the field:
    /// pass it through unchanged, or skip it. Either way it is reported on stderr.
    #[arg(long, value_enum, default_value_t = OnError::Pass, requires = "jsonl", help_heading = CORPUS)]
    pub on_error: OnError,

    /// Also remove the lines a site repeats on many of its pages (its menus, footers, sharing
    /// prompts): a first pass counts, per site, on how many documents each line occurs; the
    /// second cleans. With --jsonl a site is set by --group-by; in text mode the files of one
    /// folder are one site. Standard input is copied to a temporary file for the second pass.
    #[arg(long, help_heading = SITE)]
    pub site_boilerplate: bool,

    /// With --jsonl, what makes documents one site: `url` (the default: the host of the `url`
    /// field, lower-cased, without `www.`) or a field's dotted path (its value). A document
    /// without it is cleaned as without site mode.
    #[arg(long, value_name = "url|FIELD", requires = "jsonl", help_heading = SITE)]
    pub group_by: Option<String>,

    /// Use the per-site line counts saved in FILE (by --save-site-profile) for the sites it
    /// knows, without a counting pass; with --site-boilerplate, this run's counts are added.
    #[arg(long, value_name = "FILE", help_heading = SITE)]
    pub site_profile: Option<PathBuf>,

    /// Write the per-site line counts of this run (added to --site-profile's) to FILE before
    /// cleaning: compact and versioned, `.gz` or `.zst` compressed by its name.
    #[arg(long, value_name = "FILE", requires = "site_boilerplate", help_heading = SITE)]
    pub save_site_profile: Option<PathBuf>,

    /// Most distinct lines the site profile holds, all sites together (about 32 bytes of memory
    /// each). Past it, only the lines whose hash falls in the lower half (a quarter, …) are
    /// counted, whatever the input order.
    #[arg(long, value_name = "N", default_value_t = deboiler::__internals::site::DEFAULT_MAX_LINES, help_heading = SITE)]
    pub site_max_lines: usize,

    /// Worker threads (default: all cores). Output order never depends on it.
    #[arg(short = 'j', long, value_name = "N", help_heading = RUN)]
    pub jobs: Option<usize>,

    /// No progress bar and no summary on stderr (errors and warnings are still reported).
    #[arg(short, long, help_heading = RUN)]
    pub quiet: bool,

    /// Print a completion script for this shell to standard output, then exit.
    #[arg(long, value_name = "SHELL", value_enum, exclusive = true, help_heading = SETUP)]
    pub completions: Option<clap_complete::Shell>,

    /// Print the man page (roff) to standard output, then exit.
    #[arg(long, exclusive = true, help_heading = SETUP)]
    pub man: bool,
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

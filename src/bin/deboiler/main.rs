//! The `deboiler` command: reads files, folders, JSON Lines or standard input, cleans them with
//! the library's pipeline, and writes text, a diff or an explain report. All I/O lives here; the
//! library never prints.
//!
//! Exit codes: 0 success; 1 when any input (a file, or a JSONL line) failed, the others still
//! being processed; 2 usage error. A closed output pipe ends the run quietly with 0. With
//! `--check`: 0 when nothing would change, 1 when something would, 2 on any error.

mod args;
mod compress;
mod feed;
mod files;
mod input;
mod output;
mod plan;
mod progress;
mod site_pass;
mod stream;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use clap::{CommandFactory, Parser};
use deboiler::{Cleaner, FinalNewline};

use args::{man_page, Args, ColorChoice, Format};

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(shell) = args.completions {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut Args::command(), "deboiler", &mut script);
        return print_generated(&script);
    }
    if args.man {
        let page = man_page().expect("rendering into a Vec cannot fail");
        return print_generated(&page);
    }
    if let Some(id) = &args.rule {
        return match deboiler::__internals::filters::rule_page(id) {
            Some(page) => print_generated(page.as_bytes()),
            None => {
                let known: Vec<&str> = deboiler::__internals::filters::all()
                    .iter()
                    .map(|f| f.id())
                    .collect();
                eprintln!(
                    "deboiler: unknown filter id `{id}` (known: {})",
                    known.join(", ")
                );
                ExitCode::from(2)
            }
        };
    }
    if args.files.is_empty() && !args.list_filters && std::io::stdin().is_terminal() {
        // Waiting silently for typed text looks like a hang; `deboiler -` still reads a terminal.
        eprintln!(
            "deboiler: no FILE given and standard input is a terminal\n\
             Usage: deboiler [OPTIONS] [FILE]...   (pipe text in, give files, or `-` to type)\n\
             Try 'deboiler --help' for more."
        );
        return ExitCode::from(2);
    }
    if let Err(message) = check_usage(&args) {
        eprintln!("deboiler: {message}");
        return ExitCode::from(2);
    }
    let cleaner = match build_cleaner(&args) {
        Ok(cleaner) => cleaner,
        Err(error) => {
            eprintln!("deboiler: {error}");
            return ExitCode::from(2);
        }
    };
    if let Some(jobs) = args.jobs {
        // Only fails if a global pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build_global();
    }
    let result = if args.list_filters {
        list_filters(&cleaner).map(|ok| Status { ok, changed: false })
    } else {
        let mut stdout = std::io::stdout().lock();
        if args.jsonl {
            stream::run(&args, &cleaner, &mut stdout)
        } else {
            files::run(&args, &cleaner, &mut stdout, use_color(&args))
        }
    };
    // `--check` works as `ruff format --check` does: errors are 2, so that 1 means only "would
    // change". Its only output is the diff of an input that changes, so a closed pipe means 1.
    let failed = if args.check { 2 } else { 1 };
    match result {
        Ok(Status { ok: false, .. }) => ExitCode::from(failed),
        Ok(Status { changed: true, .. }) if args.check => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(error) if output::is_broken_pipe(&error) => ExitCode::from(u8::from(args.check)),
        Err(error) if error.is::<plan::UsageError>() => {
            for line in error.to_string().lines() {
                eprintln!("deboiler: {line}");
            }
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("deboiler: {error:#}");
            ExitCode::from(failed)
        }
    }
}

/// Writes a completion script or the man page to standard output.
fn print_generated(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("deboiler: standard output: {error}");
            ExitCode::from(1)
        }
    }
}

/// How a run went, for the exit code.
pub struct Status {
    /// No input failed.
    pub ok: bool,
    /// Cleaning changes at least one input (what `--check` reports).
    pub changed: bool,
}

/// Argument combinations clap cannot express.
fn check_usage(args: &Args) -> Result<(), String> {
    let reads_stdin = args.files.is_empty() || args.files.iter().any(|f| f == Path::new("-"));
    if args.in_place && reads_stdin {
        return Err("--in-place needs FILE arguments, not standard input".into());
    }
    if args.jobs == Some(0) {
        return Err("--jobs must be at least 1".into());
    }
    if args.field.split('.').any(str::is_empty) {
        return Err(format!(
            "--field `{}` has an empty path segment",
            args.field
        ));
    }
    if args.jsonl && args.format == Some(Format::Text) {
        return Err(
            "--format text is not available with --jsonl: its --explain writes one JSON object per document".into(),
        );
    }
    if args.group_by.is_some() && !site_pass::enabled(args) {
        return Err("--group-by needs --site-boilerplate or --site-profile".into());
    }
    if let Some(spec) = &args.group_by {
        if spec.split('.').any(str::is_empty) {
            return Err(format!("--group-by `{spec}` has an empty path segment"));
        }
    }
    if site_pass::enabled(args) && !args.jsonl && !args.files.iter().any(|f| f != Path::new("-")) {
        return Err(
            "site mode in text mode needs FILE or folder arguments: standard input is one document, with no other pages of its site to compare it with".into(),
        );
    }
    if let Some(key) = &args.report_field {
        let field_top = args.field.split('.').next().unwrap_or_default();
        if key == field_top {
            return Err(format!(
                "--report-field `{key}` would replace the cleaned field `{}`; choose another key",
                args.field
            ));
        }
    }
    Ok(())
}

fn build_cleaner(args: &Args) -> Result<Cleaner> {
    let profile = args.profile.parse().map_err(anyhow::Error::msg)?;
    // Only a report shows why the line model removed a line.
    let mut cleaner = Cleaner::default()
        .profile(profile)
        .explain_reasons(args.explain);
    if !args.jsonl {
        // Text mode writes files, which end with a newline; a JSONL field is a string and keeps
        // its end.
        cleaner = cleaner.final_newline(FinalNewline::Always);
    }
    if !args.only.is_empty() {
        cleaner = cleaner.only(&args.only)?;
    }
    for id in &args.disable {
        cleaner = cleaner.disable(id)?;
    }
    let site_filter = cleaner
        .filters()
        .iter()
        .any(|f| f.id() == "site-boilerplate");
    if site_pass::enabled(args) && !site_filter {
        anyhow::bail!(
            "the site-boilerplate filter is disabled (--only or --disable), so site mode would remove nothing"
        );
    }
    Ok(cleaner)
}

fn use_color(args: &Args) -> bool {
    match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    }
}

fn list_filters(cleaner: &Cleaner) -> Result<bool> {
    let mut stdout = std::io::stdout().lock();
    for (order, filter) in deboiler::__internals::filters::all().iter().enumerate() {
        let enabled = cleaner.filters().iter().any(|f| f.id() == filter.id());
        let mark = if enabled { "" } else { " (disabled)" };
        writeln!(
            stdout,
            "{:>2}  {:<18} {}{mark}",
            order + 1,
            filter.id(),
            filter.summary()
        )?;
    }
    Ok(true)
}

/// How an input is named in messages and reports.
pub fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

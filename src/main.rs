//! The `deboiler` command: reads files, folders, JSON Lines or standard input, cleans them with
//! the library's pipeline, and writes text, a diff or an explain report. All I/O lives here; the
//! library never prints.
//!
//! Exit codes: 0 success; 1 when any input (a file, or a JSONL line) failed, the others still
//! being processed; 2 usage error. A closed output pipe ends the run quietly with 0.

mod cli;
mod compress;
mod feed;
mod files;
mod input;
mod output;
mod progress;
mod stream;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;
use deboiler::{Cleaner, FinalNewline};

use cli::{Args, ColorChoice};

fn main() -> ExitCode {
    let args = Args::parse();
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
        list_filters(&cleaner)
    } else {
        let mut stdout = std::io::stdout().lock();
        if args.jsonl {
            stream::run(&args, &cleaner, &mut stdout)
        } else {
            files::run(&args, &cleaner, &mut stdout, use_color(&args))
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) if output::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("deboiler: {error:#}");
            ExitCode::from(1)
        }
    }
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
    Ok(())
}

fn build_cleaner(args: &Args) -> Result<Cleaner> {
    let profile = args.profile.parse().map_err(anyhow::Error::msg)?;
    let mut cleaner = Cleaner::default().profile(profile);
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
    for (order, filter) in deboiler::filters::all().iter().enumerate() {
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

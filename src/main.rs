//! The `deboiler` command: reads files or standard input, cleans them with the library's
//! pipeline, and writes text, a diff or an explain report. All I/O lives here; the library never
//! prints.

mod cli;
mod input;
mod output;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Parser;
use deboiler::{report, Cleaner};

use cli::{Args, ColorChoice, Format};

fn main() -> ExitCode {
    let args = Args::parse();
    let cleaner = match build_cleaner(&args) {
        Ok(cleaner) => cleaner,
        Err(error) => {
            eprintln!("deboiler: {error}");
            return ExitCode::from(2);
        }
    };
    if args.list_filters {
        return finish(list_filters(&cleaner));
    }
    if args.in_place && (args.files.is_empty() || args.files.iter().any(|f| f == Path::new("-"))) {
        eprintln!("deboiler: --in-place needs FILE arguments, not standard input");
        return ExitCode::from(2);
    }
    let mut stdout = std::io::stdout().lock();
    let result = run(&args, &cleaner, &mut stdout);
    finish(result)
}

/// Maps the run's outcome to an exit code: a closed pipe is a quiet success.
fn finish(result: Result<bool>) -> ExitCode {
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

fn build_cleaner(args: &Args) -> Result<Cleaner> {
    let mut cleaner = Cleaner::default();
    if !args.only.is_empty() {
        cleaner = cleaner.only(&args.only)?;
    }
    for id in &args.disable {
        cleaner = cleaner.disable(id)?;
    }
    Ok(cleaner)
}

fn list_filters(cleaner: &Cleaner) -> Result<bool> {
    let mut stdout = std::io::stdout().lock();
    for (order, filter) in deboiler::filters::all().iter().enumerate() {
        let enabled = cleaner.filters().iter().any(|f| f.id() == filter.id());
        let mark = if enabled { "" } else { " (disabled)" };
        writeln!(
            stdout,
            "{:>2}  {:<16} {}{mark}",
            order + 1,
            filter.id(),
            filter.summary()
        )?;
    }
    Ok(true)
}

/// Cleans every input; returns whether all of them succeeded. Errors on one input are reported
/// and the others still run; only a failure to write standard output stops the run.
fn run(args: &Args, cleaner: &Cleaner, stdout: &mut impl Write) -> Result<bool> {
    let inputs = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let mut all_ok = true;
    let mut combined_output = String::new();
    for path in &inputs {
        let name = display_name(path);
        let raw = match input::read_text(path, args.lossy) {
            Ok(raw) => raw,
            Err(error) => {
                eprintln!("deboiler: {name}: {error:#}");
                all_ok = false;
                continue;
            }
        };
        let cleaned = cleaner.clean(&raw);
        let report = if args.diff {
            Some(report::diff(&name, &cleaned, color))
        } else if args.explain {
            Some(match args.format {
                Format::Text => report::explain_text(&name, &cleaned),
                Format::Json => report::explain_json(&name, &cleaned),
            })
        } else {
            None
        };
        if let Some(report) = &report {
            stdout.write_all(report.as_bytes())?;
        }
        let destination = if args.in_place {
            Some(path.clone())
        } else {
            args.out_dir.as_ref().map(|dir| out_dir_path(dir, path))
        };
        match destination {
            Some(target) => {
                let unchanged = args.in_place && cleaned.text == raw;
                let written = if unchanged {
                    Ok(())
                } else {
                    write_file(&target, cleaned.text.as_bytes(), args.in_place)
                };
                if let Err(error) = written {
                    eprintln!("deboiler: {}: {error:#}", target.display());
                    all_ok = false;
                }
            }
            None if args.output.is_some() => combined_output.push_str(&cleaned.text),
            None if report.is_none() => stdout.write_all(cleaned.text.as_bytes())?,
            None => {}
        }
    }
    stdout.flush()?;
    if let Some(target) = &args.output {
        if let Err(error) = output::write_atomic(target, combined_output.as_bytes()) {
            eprintln!("deboiler: {}: {error:#}", target.display());
            all_ok = false;
        }
    }
    Ok(all_ok)
}

fn write_file(target: &Path, contents: &[u8], in_place: bool) -> Result<()> {
    if in_place {
        let metadata = std::fs::metadata(target).context("cannot read the file's metadata")?;
        if metadata.permissions().readonly() {
            anyhow::bail!("file is read-only; not rewriting it");
        }
    } else if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create folder {}", folder.display()))?;
    }
    output::write_atomic(target, contents)
}

fn out_dir_path(dir: &Path, input: &Path) -> PathBuf {
    let name = if input == Path::new("-") {
        Path::new("stdin.txt")
    } else {
        input.file_name().map(Path::new).unwrap_or(input)
    };
    dir.join(name)
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

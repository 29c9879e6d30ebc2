//! The `deboiler` command: reads files, folders, JSON Lines or standard input, cleans them with
//! the library's pipeline, and writes text, a diff or an explain report. All I/O lives here; the
//! library never prints. What the command says on standard error, and its exit codes, are in
//! [`messages`].

mod args;
mod compress;
mod feed;
mod files;
mod input;
mod messages;
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
use deboiler::{Cleaner, FinalNewline, UnknownFilter};

use args::{man_page, Args, ColorChoice, Format};
use messages::Status;

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
            None => messages::usage(unknown_rule_page(id)),
        };
    }
    let lists = args.list_filters || args.list_rules;
    if args.files.is_empty() && !lists && std::io::stdin().is_terminal() {
        // Waiting silently for typed text looks like a hang; `deboiler -` still reads a terminal.
        return messages::usage(messages::NO_INPUT_ON_A_TERMINAL);
    }
    if let Err(message) = check_usage(&args) {
        return messages::usage(message);
    }
    let cleaner = match build_cleaner(&args) {
        Ok(cleaner) => cleaner,
        Err(error) => return messages::usage(error),
    };
    if let Some(jobs) = args.jobs {
        // Only fails if a global pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build_global();
    }
    let result = if args.list_filters {
        list_filters(&cleaner).map(|()| Status { changed: false })
    } else if args.list_rules {
        list_rules().map(|()| Status { changed: false })
    } else {
        let mut stdout = std::io::stdout().lock();
        if args.jsonl {
            stream::run(&args, &cleaner, &mut stdout)
        } else {
            files::run(&args, &cleaner, &mut stdout, use_color(&args))
        }
    };
    messages::exit_code(result, args.check)
}

/// Why `--rule ID` has no page: a rule id (`filter/rule`) of a known filter names that filter's
/// rules; anything else is an unknown filter id.
fn unknown_rule_page(id: &str) -> String {
    let filter = id
        .split_once('/')
        .and_then(|(filter, _)| deboiler::__internals::filters::by_id(filter));
    match filter {
        Some(filter) => {
            let known: Vec<String> = filter
                .rules()
                .iter()
                .map(|rule| format!("{}/{}", filter.id(), rule.id))
                .collect();
            messages::unknown_rule(id, &known)
        }
        None => UnknownFilter(id.to_string()).to_string(),
    }
}

/// Writes a completion script or the man page to standard output.
fn print_generated(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            messages::error(messages::write_failed(messages::STANDARD_OUTPUT, &error));
            ExitCode::from(1)
        }
    }
}

/// Argument combinations clap cannot express.
fn check_usage(args: &Args) -> Result<(), String> {
    let reads_stdin = args.files.is_empty() || args.files.iter().any(|f| f == Path::new("-"));
    if args.in_place && reads_stdin {
        return Err(messages::IN_PLACE_NEEDS_FILES.into());
    }
    if args.jobs == Some(0) {
        return Err(messages::NO_JOBS.into());
    }
    if args.field.split('.').any(str::is_empty) {
        return Err(messages::empty_path_segment("--field", &args.field));
    }
    if args.jsonl && args.format == Some(Format::Text) {
        return Err(messages::TEXT_FORMAT_WITH_JSONL.into());
    }
    if args.group_by.is_some() && !site_pass::enabled(args) {
        return Err(messages::GROUP_BY_WITHOUT_SITE_MODE.into());
    }
    if let Some(spec) = &args.group_by {
        if spec.split('.').any(str::is_empty) {
            return Err(messages::empty_path_segment("--group-by", spec));
        }
    }
    if site_pass::enabled(args) && !args.jsonl && !args.files.iter().any(|f| f != Path::new("-")) {
        return Err(messages::SITE_MODE_ON_STANDARD_INPUT.into());
    }
    if let Some(key) = &args.report_field {
        let field_top = args.field.split('.').next().unwrap_or_default();
        if key == field_top {
            return Err(messages::report_field_replaces_field(key, &args.field));
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
        anyhow::bail!(messages::SITE_FILTER_DISABLED);
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

/// `--list-rules`: every filter's rules in pipeline order, `filter/rule` and summary.
fn list_rules() -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    for filter in deboiler::__internals::filters::all() {
        for rule in filter.rules() {
            let path = format!("{}/{}", filter.id(), rule.id);
            writeln!(stdout, "{path:<36} {}", rule.summary)?;
        }
    }
    Ok(())
}

fn list_filters(cleaner: &Cleaner) -> Result<()> {
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
    Ok(())
}

//! The `deboiler` binary end to end: inputs, outputs and reports. Error cases are in
//! `tests/bad_input.rs`.

mod util;

use util::{Sandbox, ARTICLE, ARTICLE_CLEANED};

#[test]
fn cleans_standard_input_to_standard_output() {
    let sandbox = Sandbox::new();
    let run = sandbox.run_with_stdin(&[], ARTICLE.as_bytes());
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, ARTICLE_CLEANED, "")
    );
    let dash = sandbox.run_with_stdin(&["-"], ARTICLE.as_bytes());
    assert_eq!(dash.stdout, ARTICLE_CLEANED);
}

#[test]
fn cleans_files_in_argument_order() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    sandbox.write("b.txt", "Second article stays as it is.\n");
    let run = sandbox.run(&["a.txt", "b.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!("{ARTICLE_CLEANED}Second article stays as it is.\n")
    );
}

#[test]
fn seed_file_from_the_readme_command() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seeds/001_c26e39b549cb6076.txt"
    );
    let expected = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/expected/seeds/001_c26e39b549cb6076.txt"
    );
    let run = Sandbox::new().run(&[seed]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, std::fs::read_to_string(expected).unwrap());
}

#[test]
fn diff_shows_removed_lines_without_colour_in_a_pipe() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let run = sandbox.run(&["--diff", "a.txt"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.starts_with("--- a.txt\n+++ a.txt (cleaned)\n"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("\n-© 2024 Example Daily. All rights reserved.\n"));
    assert!(!run.stdout.contains('\x1b'));
    let forced = sandbox.run(&["--diff", "--color", "always", "a.txt"]);
    assert!(forced.stdout.contains("\x1b[31m-©"));
}

#[test]
fn explain_text_and_json_report_the_same_removal() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let text = sandbox.run(&["--explain", "a.txt"]);
    assert_eq!(text.code, 0);
    assert!(
        text.stdout
            .starts_with("a.txt: profile: article\na.txt:7: copyright/leading-mark: "),
        "{}",
        text.stdout
    );
    assert!(text
        .stdout
        .contains("    | © 2024 Example Daily. All rights reserved.\n"));

    let json = sandbox.run(&["--explain", "--format", "json", "a.txt"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["file"], "a.txt");
    assert_eq!(report["removals"][0]["filter"], "copyright");
    assert_eq!(report["removals"][0]["rule"], "copyright/leading-mark");
    assert_eq!(report["removals"][0]["lines"], serde_json::json!([7, 7]));
    assert_eq!(
        report["removals"][0]["text"],
        "© 2024 Example Daily. All rights reserved."
    );
}

#[test]
fn in_place_rewrites_the_file_and_leaves_no_temp_file() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let run = sandbox.run(&["--in-place", "a.txt"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
    assert_eq!(sandbox.read("a.txt"), ARTICLE_CLEANED.as_bytes());
    assert_eq!(sandbox.entries(), ["a.txt"]);
}

#[test]
fn in_place_refuses_standard_input() {
    let run = Sandbox::new().run_with_stdin(&["--in-place"], ARTICLE.as_bytes());
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--in-place needs FILE"),
        "{}",
        run.stderr
    );
}

#[test]
fn output_file_and_out_dir() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let run = sandbox.run(&["-o", "clean.txt", "a.txt"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
    assert_eq!(sandbox.read("clean.txt"), ARTICLE_CLEANED.as_bytes());

    let run = sandbox.run(&["--out-dir", "out", "a.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(sandbox.read("out/a.txt"), ARTICLE_CLEANED.as_bytes());
    assert_eq!(sandbox.read("a.txt"), ARTICLE.as_bytes());
}

#[test]
fn list_filters_shows_order_id_and_summary() {
    let run = Sandbox::new().run(&["--list-filters"]);
    assert_eq!(run.code, 0);
    let mut lines = run.stdout.lines();
    let first = lines.next().unwrap();
    assert!(
        first.trim_start().starts_with("1  site-boilerplate"),
        "{first}"
    );
    let second = lines.next().unwrap();
    assert!(
        second.trim_start().starts_with("2  social-embed"),
        "{second}"
    );
    assert_eq!(
        run.stdout.lines().count(),
        deboiler::__internals::filters::all().len()
    );
}

/// `--list-rules` lists every rule of every filter as `filter/rule`, the id `--explain` shows,
/// and `--rule` takes each of them.
#[test]
fn list_rules_shows_each_filters_rules() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["--list-rules"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    let registry: Vec<String> = deboiler::__internals::filters::all()
        .iter()
        .flat_map(|f| f.rules().iter().map(|r| format!("{}/{}", f.id(), r.id)))
        .collect();
    assert_eq!(ids, registry);
    assert!(ids.contains(&"author-bio/byline"));
    assert!(run
        .stdout
        .lines()
        .any(|line| line.starts_with("copyright/rights-phrase ")
            && line.contains("All rights reserved")));
}

#[test]
fn disable_and_only_select_filters() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    // The line model alone also knows a copyright line: both are turned off.
    let disabled = sandbox.run(&["--disable", "copyright", "--disable", "line-model", "a.txt"]);
    assert_eq!(disabled.stdout, ARTICLE);
    let only = sandbox.run(&["--only", "copyright", "a.txt"]);
    assert_eq!(only.stdout, ARTICLE_CLEANED);
}

#[test]
fn unknown_filter_id_is_a_usage_error() {
    let run = Sandbox::new().run(&["--disable", "no-such-filter"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown filter id `no-such-filter`"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_flag_is_a_usage_error() {
    assert_eq!(Sandbox::new().run(&["--no-such-flag"]).code, 2);
}

#[test]
fn profile_article_keeps_page_furniture_that_page_removes() {
    let sandbox = Sandbox::new();
    let menu: String = (0..70).map(|i| format!("* Section {i}\n")).collect();
    let page = format!(
        "{menu}\nThe harbor bridge will close for three weeks while crews replace worn joints, officials said.\n\
         Drivers will be detoured along Route 9, which adds about fifteen minutes to a commute.\n"
    );
    sandbox.write("page.txt", &page);
    let auto = sandbox.run(&["page.txt"]);
    assert!(!auto.stdout.contains("Section"), "{}", auto.stdout);
    assert!(auto.stdout.contains("harbor bridge"));
    let article = sandbox.run(&["--profile", "article", "page.txt"]);
    assert!(article.stdout.contains("* Section 3"));
    // The main-content rule's verdict is advice the line model weighs; the reason says so.
    let explain = sandbox.run(&["--explain", "page.txt"]);
    assert!(
        explain.stdout.contains("line-model/score: score 0.9")
            && explain.stdout.contains("main-content would remove it"),
        "{}",
        explain.stdout
    );
    assert_eq!(sandbox.run(&["--profile", "web", "page.txt"]).code, 2);
}

/// `deboiler` alone, on a terminal, says what it expects instead of waiting for typed text; a
/// pipe is still read. The child's standard input is a pseudo-terminal; an old binary that waits
/// is killed after a while and fails the test.
#[cfg(target_os = "linux")]
#[test]
fn no_arguments_on_a_terminal_prints_a_hint_instead_of_waiting() {
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let (mut master, mut slave) = (0, 0);
    let opened = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(opened, 0, "openpty failed");
    // The master stays open until the end, so the terminal never reads as closed.
    let master = unsafe { OwnedFd::from_raw_fd(master) };
    let slave = unsafe { OwnedFd::from_raw_fd(slave) };
    let mut child = util::command()
        .stdin(Stdio::from(slave))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    if child.try_wait().unwrap().is_none() {
        child.kill().unwrap();
        child.wait().unwrap();
        panic!("deboiler waited on a terminal instead of printing a hint");
    }
    let run: util::Run = child.wait_with_output().unwrap().into();
    drop(master);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert!(
        run.stderr.starts_with(
            "deboiler: no FILE given and standard input is a terminal\nUsage: deboiler"
        ),
        "{}",
        run.stderr
    );
    // A pipe is read as before.
    let piped = Sandbox::new().run_with_stdin(&[], ARTICLE.as_bytes());
    assert_eq!((piped.code, piped.stdout.as_str()), (0, ARTICLE_CLEANED));
}

/// The summary counts in words and sizes a reader can use: "1 document", "170 bytes".
#[test]
fn summary_uses_singular_and_readable_sizes() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let run = sandbox.run(&["--out-dir", "out", "a.txt"]);
    assert_eq!(run.code, 0);
    let removed = 100.0 * (1.0 - ARTICLE_CLEANED.len() as f64 / ARTICLE.len() as f64);
    let expected = format!(
        "deboiler: 1 document, {} bytes in, {} bytes out ({removed:.1}% removed) in ",
        ARTICLE.len(),
        ARTICLE_CLEANED.len()
    );
    assert!(run.stderr.starts_with(&expected), "{}", run.stderr);
    assert!(run.stderr.ends_with("/s)\n"), "{}", run.stderr);

    let input: String = (0..2)
        .map(|id| util::jsonl_line(id, ARTICLE))
        .collect::<String>()
        + "{\"text\":1}\n";
    let run = sandbox.run_with_stdin(&["--jsonl"], input.as_bytes());
    assert!(
        run.stderr.contains("deboiler: 2 documents, ") && run.stderr.contains(", 1 error in "),
        "{}",
        run.stderr
    );
}

/// `--help` groups the options under headings and ends with examples.
#[test]
fn help_groups_options_and_shows_examples() {
    let run = Sandbox::new().run(&["--help"]);
    assert_eq!(run.code, 0);
    let headings = [
        "Input:",
        "Output:",
        "Filters:",
        "Corpus (JSON Lines):",
        "Run:",
        "Setup:",
        "Examples:",
    ];
    let mut at = 0;
    for heading in headings {
        let found = run.stdout[at..].find(&format!("\n{heading}\n"));
        assert!(
            found.is_some(),
            "{heading} missing or out of order:\n{}",
            run.stdout
        );
        at += found.unwrap() + 1;
    }
    let examples = &run.stdout[at..];
    assert!(
        examples.contains("  deboiler --out-dir cleaned/ scraped/"),
        "{examples}"
    );
    assert!(Sandbox::new().run(&["-h"]).stdout.contains("\nExamples:\n"));
}

/// Completions and the man page come from the same definitions as `--help`; they are flags, so
/// a file named `completions` or `man` is still cleaned.
#[test]
fn completions_and_man_page_are_generated_and_files_with_those_names_still_clean() {
    let sandbox = Sandbox::new();
    let bash = sandbox.run(&["--completions", "bash"]);
    assert_eq!(bash.code, 0, "{}", bash.stderr);
    assert!(bash.stdout.contains("--out-dir") && bash.stdout.contains("--report-field"));
    sandbox.write("deboiler.bash", &bash.stdout);
    let syntax = std::process::Command::new("bash")
        .args(["-n", "deboiler.bash"])
        .current_dir(sandbox.dir.path())
        .output()
        .unwrap();
    assert!(
        syntax.status.success(),
        "{}",
        String::from_utf8_lossy(&syntax.stderr)
    );
    let zsh = sandbox.run(&["--completions", "zsh"]);
    assert!(
        zsh.stdout.starts_with("#compdef deboiler"),
        "{}",
        zsh.stdout
    );
    let fish = sandbox.run(&["--completions", "fish"]);
    assert!(
        fish.stdout.contains("complete -c deboiler"),
        "{}",
        fish.stdout
    );
    assert_eq!(sandbox.run(&["--completions", "tcsh"]).code, 2);
    assert_eq!(sandbox.run(&["--completions", "bash", "a.txt"]).code, 2);

    let man = sandbox.run(&["--man"]);
    assert_eq!(man.code, 0, "{}", man.stderr);
    assert!(man.stdout.contains(".TH deboiler 1"), "{}", man.stdout);
    for section in [".SH SYNOPSIS", ".SH OPTIONS", ".SH EXAMPLES"] {
        assert!(man.stdout.contains(section), "{section}");
    }
    assert!(man.stdout.contains("\\-\\-out\\-dir"));

    sandbox.write("completions", ARTICLE);
    sandbox.write("man", ARTICLE);
    let run = sandbox.run(&["completions", "man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("{ARTICLE_CLEANED}{ARTICLE_CLEANED}"));
}

/// `--explain` (text and JSON, files and JSON Lines) and `--report-field` say which profile each
/// document was cleaned with, detected or forced.
#[test]
fn explain_and_report_field_name_the_profile() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let menu: String = (0..70).map(|i| format!("* Section {i}\n")).collect();
    sandbox.write(
        "page.txt",
        format!("{menu}\nThe harbor bridge will close for three weeks while crews replace worn joints, officials said.\n"),
    );
    let text = sandbox.run(&["--explain", "a.txt", "page.txt"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.starts_with("a.txt: profile: article\n"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("\npage.txt: profile: page\n"),
        "{}",
        text.stdout
    );
    let forced = sandbox.run(&["--explain", "--profile", "page", "a.txt"]);
    assert!(
        forced.stdout.starts_with("a.txt: profile: page\n"),
        "{}",
        forced.stdout
    );

    let json = sandbox.run(&["--explain", "--format", "json", "page.txt"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["profile"], "page");

    let line = util::jsonl_line(1, ARTICLE);
    let explained = sandbox.run_with_stdin(&["--jsonl", "-q", "--explain"], line.as_bytes());
    let value: serde_json::Value = serde_json::from_str(&explained.stdout).unwrap();
    assert_eq!(value["profile"], "article");
    let reported = sandbox.run_with_stdin(
        &["--jsonl", "-q", "--report-field", "deboiler"],
        line.as_bytes(),
    );
    let value: serde_json::Value = serde_json::from_str(&reported.stdout).unwrap();
    assert_eq!(value["deboiler"]["profile"], "article");
    assert_eq!(value["deboiler"]["removed_lines"], 1);
}

/// The README's filter table is the registry's: same ids, same order, numbered from 1, so the
/// manual cannot drift from `--list-filters`.
#[test]
fn readme_filter_table_matches_the_registry() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = readme
        .split("\n## Filters\n")
        .nth(1)
        .expect("a Filters section");
    let rows: Vec<(usize, String)> = table
        .lines()
        .skip_while(|l| !l.starts_with("| # |"))
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (
                cells[1].parse().unwrap(),
                cells[2].trim_matches('`').to_string(),
            )
        })
        .collect();
    let registry: Vec<(usize, String)> = deboiler::__internals::filters::all()
        .iter()
        .enumerate()
        .map(|(i, f)| (i + 1, f.id().to_string()))
        .collect();
    assert_eq!(rows, registry, "update the README's filter table");
}

/// The README's "Before and after" shows what the binary does: the same cleaned text and the
/// same `--explain` report for the same story.
#[test]
fn readme_before_and_after_is_what_the_binary_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n## Before and after\n").nth(1).unwrap();
    let blocks: Vec<&str> = section
        .split("```text\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .take(2)
        .collect();
    let (story, cleaned) = blocks[0]
        .strip_prefix("$ cat story.txt\n")
        .unwrap()
        .split_once("\n$ cargo run --release -- story.txt\n")
        .unwrap();
    let explain = blocks[1]
        .strip_prefix("$ deboiler --explain story.txt\n")
        .unwrap();
    let sandbox = Sandbox::new();
    sandbox.write("story.txt", story);
    assert_eq!(sandbox.run(&["story.txt"]).stdout, cleaned);
    assert_eq!(sandbox.run(&["--explain", "story.txt"]).stdout, explain);
}

#[test]
fn rule_prints_a_filters_page_and_a_file_named_rule_still_cleans() {
    let sandbox = Sandbox::new();
    let page = sandbox.run(&["--rule", "repeated-line"]);
    assert_eq!(page.code, 0, "{}", page.stderr);
    assert!(
        page.stdout.starts_with("# repeated-line\n"),
        "{}",
        page.stdout
    );
    assert!(page.stdout.contains("## Known false positives"));
    assert!(!page.stdout.contains("//!"));
    let unknown = sandbox.run(&["--rule", "no-such-filter"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown
        .stderr
        .contains("unknown filter id `no-such-filter`"));
    assert!(unknown.stderr.contains("repeated-line"));
    sandbox.write("rule", "He declined to comment.\n");
    let cleaned = sandbox.run(&["rule"]);
    assert_eq!(cleaned.stdout, "He declined to comment.\n");
    assert_eq!(sandbox.run(&["--rule", "copyright", "rule"]).code, 2);
}

#[test]
fn rule_takes_a_rule_id_and_names_the_known_ones_when_it_is_unknown() {
    let sandbox = Sandbox::new();
    let page = sandbox.run(&["--rule", "author-bio/byline"]);
    assert_eq!(page.code, 0, "{}", page.stderr);
    assert_eq!(page.stdout, sandbox.run(&["--rule", "author-bio"]).stdout);
    assert!(page.stdout.starts_with("# author-bio\n"), "{}", page.stdout);
    assert!(page.stdout.contains("- `author-bio/byline`: "));
    let unknown = sandbox.run(&["--rule", "author-bio/no-such-rule"]);
    assert_eq!((unknown.code, unknown.stdout.as_str()), (2, ""));
    assert!(
        unknown.stderr.contains(
            "unknown rule id `author-bio/no-such-rule` (known: author-bio/byline, author-bio/about-heading,"
        ),
        "{}",
        unknown.stderr
    );
    let unknown = sandbox.run(&["--rule", "no-such-filter/byline"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("unknown filter id `no-such-filter/byline` (known: site-boilerplate,"),
        "{}",
        unknown.stderr
    );
}

/// Every removal `--explain` reports names a rule its filter's page lists: the reports of the
/// test fixtures, checked against `--rule`'s pages.
#[test]
fn explain_names_only_rules_their_pages_list() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut files = Vec::new();
    for folder in ["seeds", "pages"] {
        for entry in std::fs::read_dir(format!("{fixtures}/{folder}")).unwrap() {
            files.push(entry.unwrap().path().to_string_lossy().into_owned());
        }
    }
    files.sort();
    let mut args = vec!["--explain", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let run = Sandbox::new().run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut rules = std::collections::BTreeSet::new();
    for report in run.stdout.lines() {
        let report: serde_json::Value = serde_json::from_str(report).unwrap();
        for removal in report["removals"].as_array().unwrap() {
            let filter = removal["filter"].as_str().unwrap();
            let rule = removal["rule"].as_str().unwrap();
            assert!(rule.starts_with(&format!("{filter}/")), "{rule}");
            rules.insert(rule.to_string());
        }
    }
    assert!(rules.len() >= 5, "{rules:?}");
    for rule in rules {
        let filter = rule.split('/').next().unwrap();
        let page = deboiler::__internals::filters::rule_page(filter).unwrap();
        assert!(page.contains(&format!("- `{rule}`: ")), "{rule}");
    }
}

//! `--diff` and `--check` on the built binary: the diff is exact (the real `patch` applied to
//! the input gives the cleaned output byte for byte), and `--check` exits 0 / 1 / 2 for
//! unchanged / would change / error, in text and JSONL mode.

mod util;

use std::process::Command;

use util::{jsonl_line, Sandbox, ARTICLE, ARTICLE_CLEANED};

const NOISE: &str = "© 2024 Example Daily. All rights reserved.";

fn patch_available() -> bool {
    let found = Command::new("patch").arg("--version").output().is_ok();
    if !found {
        eprintln!("skipping: no `patch` binary on PATH");
    }
    found
}

/// Checks that `deboiler --diff` of `input`, applied with `patch`, gives `deboiler`'s output.
/// Returns the diff.
fn assert_patch_gives_output(sandbox: &Sandbox, name: &str, input: &[u8]) -> String {
    sandbox.write(name, input);
    let cleaned = sandbox.run(&[name]);
    assert_eq!(cleaned.code, 0, "{}", cleaned.stderr);
    let diff = sandbox.run(&["--diff", "--color", "never", name]);
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    if diff.stdout.is_empty() {
        assert_eq!(
            cleaned.stdout.as_bytes(),
            input,
            "{name}: empty diff but a change"
        );
        return diff.stdout;
    }
    sandbox.write("change.patch", &diff.stdout);
    let patched = Command::new("patch")
        .args(["--quiet", "-o", "patched.out", name, "change.patch"])
        .current_dir(sandbox.dir.path())
        .output()
        .expect("run patch");
    assert!(
        patched.status.success(),
        "{name}: patch failed: {}{}\n{}",
        String::from_utf8_lossy(&patched.stdout),
        String::from_utf8_lossy(&patched.stderr),
        diff.stdout
    );
    assert_eq!(
        String::from_utf8_lossy(&sandbox.read("patched.out")),
        cleaned.stdout,
        "{name}: patch gave another text than cleaning\n{}",
        diff.stdout
    );
    diff.stdout
}

#[test]
fn patch_applied_to_the_input_gives_the_output_byte_for_byte() {
    if !patch_available() {
        return;
    }
    let sandbox = Sandbox::new();
    let cases: [(&str, String); 10] = [
        ("removal.txt", ARTICLE.to_string()),
        (
            "blank_runs.txt",
            format!("One.\n\n\n\n{NOISE}\n\n\nTwo.\n\n\nThree.\n"),
        ),
        (
            "edges.txt",
            format!("\n\n  \nOne.\n\nTwo.\n\n{NOISE}\n\n\n"),
        ),
        ("no_final_newline.txt", "One.\n\nTwo, the last line.".into()),
        (
            "crlf.txt",
            format!("One.\r\n\r\n\r\n{NOISE}\r\n\r\nTwo.\r\n"),
        ),
        ("lone_cr.txt", "One.\rTwo.\n\nThree.\r\n".into()),
        (
            "invisible.txt",
            "\u{feff}One\u{a0}two.  \nThree\u{200b}four.\t\n\nFive\u{2009}six.\n".into(),
        ),
        ("everything_removed.txt", format!("\n{NOISE}\n\n")),
        ("crlf_everything_removed.txt", format!("{NOISE}\r\n")),
        (
            "page.txt",
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/pages/harbor_bridge_page.txt"
            ))
            .unwrap(),
        ),
    ];
    for (name, input) in &cases {
        let diff = assert_patch_gives_output(&sandbox, name, input.as_bytes());
        assert!(!diff.is_empty(), "{name}: every case here changes");
    }
    let crlf = assert_patch_gives_output(&sandbox, "crlf.txt", cases[4].1.as_bytes());
    assert!(crlf.contains("\n-One.\r\n+One.\n"), "{crlf}");
    let missing = assert_patch_gives_output(&sandbox, "n.txt", cases[3].1.as_bytes());
    assert!(
        missing.ends_with(
            "-Two, the last line.\n\\ No newline at end of file\n+Two, the last line.\n"
        ),
        "{missing}"
    );
}

#[test]
fn an_unchanged_file_has_an_empty_diff() {
    let sandbox = Sandbox::new();
    let diff = assert_patch_gives_output(&sandbox, "clean.txt", ARTICLE_CLEANED.as_bytes());
    assert_eq!(diff, "");
}

/// The header names the file, so `deboiler --diff FILE | patch -p0` cleans FILE in place.
#[test]
fn the_diff_piped_to_patch_cleans_the_file() {
    if !patch_available() {
        return;
    }
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", format!("One.\r\n\r\n{NOISE}\r\n"));
    let diff = sandbox.run(&["--diff", "a.txt"]);
    let patched = Command::new("patch")
        .args(["--quiet", "-p0"])
        .current_dir(sandbox.dir.path())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(diff.stdout.as_bytes())?;
            child.wait()
        })
        .expect("run patch");
    assert!(patched.success());
    assert_eq!(sandbox.read("a.txt"), b"One.\n");
}

#[test]
fn check_exits_0_when_nothing_would_change_and_1_when_something_would() {
    let sandbox = Sandbox::new();
    sandbox.write("clean.txt", ARTICLE_CLEANED);
    sandbox.write("noisy.txt", ARTICLE);
    let unchanged = sandbox.run(&["--check", "clean.txt"]);
    assert_eq!(
        (
            unchanged.code,
            unchanged.stdout.as_str(),
            unchanged.stderr.as_str()
        ),
        (0, "", "")
    );
    let changed = sandbox.run(&["--check", "clean.txt", "noisy.txt"]);
    assert_eq!((changed.code, changed.stdout.as_str()), (1, ""));
    assert_eq!(changed.stderr, "deboiler: noisy.txt: would change\n");
    let quiet = sandbox.run(&["--check", "-q", "noisy.txt"]);
    assert_eq!((quiet.code, quiet.stderr.as_str()), (1, ""));
    // Only normalisation: still a change, as cleaning would rewrite the file.
    sandbox.write("crlf.txt", "One.\r\n");
    assert_eq!(sandbox.run(&["--check", "crlf.txt"]).code, 1);
    let from_stdin = sandbox.run_with_stdin(&["--check"], ARTICLE.as_bytes());
    assert_eq!(from_stdin.code, 1);
    // Nothing was rewritten.
    assert_eq!(sandbox.read("noisy.txt"), ARTICLE.as_bytes());
}

#[test]
fn check_with_diff_prints_the_diff_of_what_would_change() {
    let sandbox = Sandbox::new();
    sandbox.write("clean.txt", ARTICLE_CLEANED);
    sandbox.write("noisy.txt", ARTICLE);
    let run = sandbox.run(&["--check", "--diff", "clean.txt", "noisy.txt"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("--- noisy.txt\n"), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("\n-{NOISE}\n")));
    let clean = sandbox.run(&["--check", "--diff", "clean.txt"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
}

#[test]
fn check_exits_2_on_any_error() {
    let sandbox = Sandbox::new();
    sandbox.write("clean.txt", ARTICLE_CLEANED);
    sandbox.write("noisy.txt", ARTICLE);
    sandbox.write("bad.txt", b"ok \xff\n");
    for (args, message) in [
        (
            ["--check", "clean.txt", "missing.txt"],
            "missing.txt: no such file",
        ),
        (
            ["--check", "noisy.txt", "bad.txt"],
            "bad.txt: invalid UTF-8",
        ),
    ] {
        let run = sandbox.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn check_never_writes_files() {
    let sandbox = Sandbox::new();
    sandbox.write("noisy.txt", ARTICLE);
    for args in [
        &["--check", "-o", "out.txt", "noisy.txt"][..],
        &["--check", "--in-place", "noisy.txt"],
        &["--check", "--out-dir", "out", "noisy.txt"],
    ] {
        let run = sandbox.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains("cannot be used with"), "{}", run.stderr);
    }
    assert_eq!(sandbox.entries(), ["noisy.txt"]);
    assert_eq!(sandbox.read("noisy.txt"), ARTICLE.as_bytes());
}

#[test]
fn check_in_jsonl_mode_looks_at_the_field() {
    let sandbox = Sandbox::new();
    let clean = jsonl_line(1, ARTICLE_CLEANED);
    sandbox.write("clean.jsonl", &clean);
    sandbox.write("mixed.jsonl", format!("{clean}{}", jsonl_line(2, ARTICLE)));
    sandbox.write("bad.jsonl", format!("{clean}{{\"text\": 3}}\n"));
    let unchanged = sandbox.run(&["--jsonl", "--check", "-q", "clean.jsonl"]);
    assert_eq!(
        (
            unchanged.code,
            unchanged.stdout.as_str(),
            unchanged.stderr.as_str()
        ),
        (0, "", "")
    );
    let changed = sandbox.run(&["--jsonl", "--check", "mixed.jsonl"]);
    assert_eq!((changed.code, changed.stdout.as_str()), (1, ""));
    assert!(
        changed
            .stderr
            .contains("deboiler: mixed.jsonl: 1 of 2 documents would change\n"),
        "{}",
        changed.stderr
    );
    let failed = sandbox.run(&["--jsonl", "--check", "-q", "bad.jsonl"]);
    assert_eq!((failed.code, failed.stdout.as_str()), (2, ""));
    assert!(failed.stderr.contains("bad.jsonl:2:"), "{}", failed.stderr);
}

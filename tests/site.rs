//! Site mode through the binary: `--site-boilerplate`, `--group-by`, `--site-profile`,
//! `--save-site-profile`, in JSONL and text mode.

mod util;

use std::collections::BTreeMap;
use std::process::Stdio;

use util::{command, Run, Sandbox};

/// A site's menu that a page alone does not give away (its entries share the stories' words),
/// so only site mode removes it.
const MENU: &str =
    "* Town council and bridge repairs\n* Votes of the town council\n* Valley towns and their bridges\n";
const FOOTER: &str = "Sign up for our morning briefing and never miss a story from the valley.";

fn story(site: usize, n: usize) -> String {
    format!(
        "The council of town {site} met on day {n} and approved the repairs to bridge {n} after a debate.\n\
         Members said the work on bridge {n} of town {site} would start within a month of the vote."
    )
}

fn record(id: usize, url: Option<&str>, text: &str) -> String {
    let mut object = serde_json::json!({"id": id, "text": text});
    if let Some(url) = url {
        object["url"] = url.into();
    }
    format!("{object}\n")
}

/// Three sites of four pages with their menus and footers, a page without a URL and a site of
/// one page (both with the menu too).
fn corpus() -> Vec<String> {
    let mut lines = Vec::new();
    for site in 0..3 {
        for n in 0..4 {
            let url = format!("https://www.Site{site}.example/{n}");
            let text = format!("{MENU}\n{}\n\n{FOOTER}\n", story(site, n));
            lines.push(record(lines.len(), Some(&url), &text));
        }
    }
    let lone = format!("{MENU}\n{}\n", story(9, 0));
    lines.push(record(lines.len(), None, &lone));
    lines.push(record(lines.len(), Some("https://lone.example/a"), &lone));
    lines
}

/// The same lines in another order: odd positions reversed, then even ones.
fn shuffled(lines: &[String]) -> Vec<String> {
    let odd = lines.iter().skip(1).step_by(2).rev();
    let even = lines.iter().step_by(2);
    odd.chain(even).cloned().collect()
}

/// Output records by id.
fn by_id(stdout: &str) -> BTreeMap<u64, String> {
    stdout
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            (value["id"].as_u64().unwrap(), line.to_string())
        })
        .collect()
}

fn ok(run: Run) -> Run {
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

fn text_of(line: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(line).unwrap();
    value["text"].as_str().unwrap().to_string()
}

#[test]
fn jsonl_site_mode_removes_what_a_site_repeats_and_says_so() {
    let sandbox = Sandbox::new();
    sandbox.write("c.jsonl", corpus().concat());
    let run = ok(sandbox.run(&["--jsonl", "--site-boilerplate", "c.jsonl"]));
    let out = by_id(&run.stdout);
    assert_eq!(text_of(&out[&1]), story(0, 1) + "\n");
    let explain = ok(sandbox.run(&["--jsonl", "--site-boilerplate", "--explain", "c.jsonl"]));
    let first: serde_json::Value =
        serde_json::from_str(explain.stdout.lines().next().unwrap()).unwrap();
    let removal = &first["removals"][0];
    assert_eq!(removal["filter"], "site-boilerplate");
    assert_eq!(
        removal["reason"],
        "repeated on 4 of 4 pages of site0.example"
    );
    assert_eq!(removal["lines"], serde_json::json!([1, 3]));
    let report = ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--report-field",
        "deboiler",
        "c.jsonl",
    ]));
    let value: serde_json::Value =
        serde_json::from_str(report.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(value["deboiler"]["filters"]["site-boilerplate"], 4);
    assert!(run
        .stderr
        .contains("site profile: 13 documents of 4 sites (3 with 2 or more pages)"));
}

#[test]
fn single_page_sites_and_documents_without_a_url_are_cleaned_as_without_the_flag() {
    let sandbox = Sandbox::new();
    sandbox.write("c.jsonl", corpus().concat());
    let plain = by_id(&ok(sandbox.run(&["--jsonl", "c.jsonl"])).stdout);
    let site = by_id(&ok(sandbox.run(&["--jsonl", "--site-boilerplate", "c.jsonl"])).stdout);
    for id in [12, 13] {
        assert_eq!(site[&id], plain[&id], "document {id}");
        assert!(text_of(&site[&id]).starts_with("* Town council"));
    }
    assert_ne!(site[&0], plain[&0]);
}

#[test]
fn the_result_does_not_depend_on_input_order_or_jobs() {
    let sandbox = Sandbox::new();
    let lines = corpus();
    sandbox.write("c.jsonl", lines.concat());
    sandbox.write("s.jsonl", shuffled(&lines).concat());
    let run = |input: &str, jobs: &str, profile: &str| {
        ok(sandbox.run(&[
            "--jsonl",
            "--site-boilerplate",
            "-j",
            jobs,
            "--save-site-profile",
            profile,
            input,
        ]))
        .stdout
    };
    let reference = run("c.jsonl", "1", "c.profile");
    assert_eq!(run("c.jsonl", "2", "c2.profile"), reference);
    assert_eq!(by_id(&run("s.jsonl", "2", "s.profile")), by_id(&reference));
    assert_eq!(sandbox.read("c2.profile"), sandbox.read("c.profile"));
    assert_eq!(sandbox.read("s.profile"), sandbox.read("c.profile"));
    // Split over two files, in either order: the same profile.
    let (a, b) = lines.split_at(5);
    sandbox.write("a.jsonl", a.concat());
    sandbox.write("b.jsonl", b.concat());
    let split = ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--save-site-profile",
        "ba.profile",
        "b.jsonl",
        "a.jsonl",
    ]));
    assert_eq!(sandbox.read("ba.profile"), sandbox.read("c.profile"));
    assert_eq!(by_id(&split.stdout), by_id(&reference));
}

#[test]
fn the_memory_cap_holds_and_samples_by_hash_whatever_the_order() {
    let sandbox = Sandbox::new();
    let lines = corpus();
    sandbox.write("c.jsonl", lines.concat());
    sandbox.write("s.jsonl", shuffled(&lines).concat());
    let capped = |input: &str, profile: &str| {
        ok(sandbox.run(&[
            "--jsonl",
            "--site-boilerplate",
            "--site-max-lines",
            "20",
            "--save-site-profile",
            profile,
            input,
        ]))
    };
    let run = capped("c.jsonl", "c.profile");
    assert!(
        run.stderr.contains("reached --site-max-lines 20"),
        "{}",
        run.stderr
    );
    let profile =
        deboiler::SiteProfile::load(&mut &sandbox.read("c.profile")[..]).expect("a valid profile");
    assert!(profile.entries() <= 20, "{} entries", profile.entries());
    assert!(profile.sampling_level() >= 1);
    assert_eq!(profile.pages(), 13);
    let other = capped("s.jsonl", "s.profile");
    assert_eq!(sandbox.read("s.profile"), sandbox.read("c.profile"));
    assert_eq!(by_id(&other.stdout), by_id(&run.stdout));
}

#[test]
fn standard_input_is_spooled_for_the_second_pass_and_the_spool_removed() {
    let sandbox = Sandbox::new();
    let input = corpus().concat();
    sandbox.write("c.jsonl", &input);
    std::fs::create_dir(sandbox.path("tmp")).unwrap();
    let from_file = ok(sandbox.run(&["--jsonl", "--site-boilerplate", "c.jsonl"])).stdout;
    let mut child = command()
        .args(["--jsonl", "--site-boilerplate"])
        .current_dir(sandbox.dir.path())
        .env("TMPDIR", sandbox.path("tmp"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        stdin.write_all(input.as_bytes()).unwrap();
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap(), from_file);
    assert_eq!(std::fs::read_dir(sandbox.path("tmp")).unwrap().count(), 0);
    // Gzip on standard input is read the same way.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, corpus().concat().as_bytes()).unwrap();
    let zipped = gz.finish().unwrap();
    let run = ok(sandbox.run_with_stdin(&["--jsonl", "--site-boilerplate"], &zipped));
    assert_eq!(run.stdout, from_file);
}

#[test]
fn text_mode_refuses_standard_input_alone() {
    let run = Sandbox::new().run_with_stdin(&["--site-boilerplate"], b"A page.\n");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("standard input is one document"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_saved_profile_cleans_new_pages_and_adds_up_with_new_counts() {
    let sandbox = Sandbox::new();
    let lines = corpus();
    // The last page of each site comes later, as a new crawl would bring it.
    let (mut old, mut new) = (Vec::new(), Vec::new());
    for (i, line) in lines.iter().enumerate() {
        if i < 12 && i % 4 == 3 {
            new.push(line.clone());
        } else {
            old.push(line.clone());
        }
    }
    sandbox.write("old.jsonl", old.concat());
    sandbox.write("new.jsonl", new.concat());
    sandbox.write("all.jsonl", [old.concat(), new.concat()].concat());
    ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--save-site-profile",
        "old.profile",
        "old.jsonl",
    ]));
    // Applied alone: no counting pass, the saved counts decide.
    let applied = ok(sandbox.run(&[
        "--jsonl",
        "--explain",
        "--site-profile",
        "old.profile",
        "new.jsonl",
    ]));
    assert!(
        applied
            .stdout
            .contains("repeated on 3 of 3 pages of site0.example"),
        "{}",
        applied.stdout
    );
    // With a counting pass: this run's counts are added to the saved ones.
    let added = ok(sandbox.run(&[
        "--jsonl",
        "--explain",
        "--site-profile",
        "old.profile",
        "--site-boilerplate",
        "--save-site-profile",
        "merged.profile",
        "new.jsonl",
    ]));
    assert!(added
        .stdout
        .contains("repeated on 4 of 4 pages of site0.example"));
    ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--save-site-profile",
        "all.profile",
        "all.jsonl",
    ]));
    assert_eq!(sandbox.read("merged.profile"), sandbox.read("all.profile"));
    // A compressed profile is written and read by its name and content.
    ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--save-site-profile",
        "old.profile.gz",
        "old.jsonl",
    ]));
    assert_eq!(&sandbox.read("old.profile.gz")[..2], &[0x1f, 0x8b]);
    let from_gz = ok(sandbox.run(&[
        "--jsonl",
        "--explain",
        "--site-profile",
        "old.profile.gz",
        "new.jsonl",
    ]));
    assert_eq!(from_gz.stdout, applied.stdout);
}

#[test]
fn a_damaged_profile_is_refused_before_anything_is_written() {
    let sandbox = Sandbox::new();
    sandbox.write("c.jsonl", corpus().concat());
    ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--save-site-profile",
        "p.profile",
        "c.jsonl",
    ]));
    let mut bytes = sandbox.read("p.profile");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    sandbox.write("p.profile", &bytes);
    let run = sandbox.run(&["--jsonl", "--site-profile", "p.profile", "c.jsonl"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .starts_with("deboiler: p.profile: not a valid site profile: "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("(at byte "));
    let missing = sandbox.run(&["--jsonl", "--site-profile", "nope.profile", "c.jsonl"]);
    assert_eq!((missing.code, missing.stdout.as_str()), (1, ""));
    assert!(
        missing.stderr.contains("nope.profile: no such file"),
        "{}",
        missing.stderr
    );
}

#[test]
fn group_by_a_field_uses_its_value() {
    let sandbox = Sandbox::new();
    let mut lines = String::new();
    for n in 0..3 {
        let text = format!("{MENU}\n{}\n", story(0, n));
        lines.push_str(&format!(
            "{}\n",
            serde_json::json!({"id": n, "meta": {"site": 7}, "text": text})
        ));
    }
    let text = format!("{MENU}\n{}\n", story(1, 0));
    lines.push_str(&format!(
        "{}\n",
        serde_json::json!({"id": 3, "meta": {"site": null}, "text": text})
    ));
    sandbox.write("g.jsonl", &lines);
    let run = ok(sandbox.run(&[
        "--jsonl",
        "--site-boilerplate",
        "--group-by",
        "meta.site",
        "--explain",
        "g.jsonl",
    ]));
    let reports: Vec<&str> = run.stdout.lines().collect();
    assert!(
        reports[0].contains("repeated on 3 of 3 pages of 7"),
        "{}",
        reports[0]
    );
    assert!(!reports[3].contains("site-boilerplate"));
    // By url, none of these has a group.
    let by_url = ok(sandbox.run(&["--jsonl", "--site-boilerplate", "--explain", "g.jsonl"]));
    assert!(!by_url.stdout.contains("site-boilerplate"));
}

#[test]
fn text_mode_groups_the_files_of_a_folder() {
    let sandbox = Sandbox::new();
    for n in 0..3 {
        sandbox.write(
            &format!("pages/news/{n}.txt"),
            format!("{MENU}\n{}\n\n{FOOTER}\n", story(0, n)),
        );
    }
    let lone = format!("{MENU}\n{}\n", story(1, 0));
    sandbox.write("pages/blog/only.txt", &lone);
    ok(sandbox.run(&["--site-boilerplate", "--out-dir", "out", "pages"]));
    assert_eq!(
        String::from_utf8(sandbox.read("out/news/1.txt")).unwrap(),
        story(0, 1) + "\n"
    );
    assert_eq!(sandbox.read("out/blog/only.txt"), lone.as_bytes());
    let explain = ok(sandbox.run(&[
        "--site-boilerplate",
        "--explain",
        "pages/news/2.txt",
        "pages/news/0.txt",
        "pages/news/1.txt",
    ]));
    assert!(explain.stdout.contains(
        "pages/news/2.txt:1-3: site-boilerplate/repeated-on-pages: repeated on 3 of 3 pages of pages/news\n"
    ));
    // -j does not change the files written.
    ok(sandbox.run(&[
        "--site-boilerplate",
        "-j",
        "1",
        "--out-dir",
        "out1",
        "pages",
    ]));
    assert_eq!(
        sandbox.read("out1/news/0.txt"),
        sandbox.read("out/news/0.txt")
    );
}

#[test]
fn site_flags_that_could_not_take_effect_are_usage_errors() {
    let sandbox = Sandbox::new();
    sandbox.write("c.jsonl", corpus().concat());
    for (args, message) in [
        (
            &["--jsonl", "--group-by", "url", "c.jsonl"][..],
            "--group-by needs --site-boilerplate or --site-profile",
        ),
        (
            &[
                "--jsonl",
                "--site-boilerplate",
                "--disable",
                "site-boilerplate",
                "c.jsonl",
            ][..],
            "the site-boilerplate filter is disabled",
        ),
        (
            &[
                "--jsonl",
                "--site-boilerplate",
                "--group-by",
                "meta..site",
                "c.jsonl",
            ][..],
            "empty path segment",
        ),
        (
            &["--jsonl", "--save-site-profile", "p", "c.jsonl"][..],
            "--site-boilerplate",
        ),
    ] {
        let run = sandbox.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn malformed_lines_are_reported_once_by_file_and_line_and_the_rest_is_cleaned() {
    let sandbox = Sandbox::new();
    let mut input = corpus().concat().into_bytes();
    // After the good records: a site0 page whose text holds a lone surrogate, a line cut short
    // and one with a byte that is not UTF-8.
    input.extend(b"{\"id\":20,\"url\":\"https://site0.example/x\",\"text\":\"* Home\\ud800\"}\n");
    input.extend(b"{\"id\":21,\"url\":\"https://site0.example/y\",\"text\":\"* Home\n");
    input.extend(b"{\"id\":22,\"url\":\"https://site0.example/z\",\"text\":\"\xff\"}\n");
    sandbox.write("c.jsonl", &input);
    let run = sandbox.run(&["--jsonl", "-q", "--site-boilerplate", "c.jsonl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 3, "{}", run.stderr);
    for (error, line) in errors.iter().zip(15..) {
        assert!(
            error.starts_with(&format!("deboiler: c.jsonl:{line}: invalid JSON: ")),
            "{error}"
        );
    }
    // The good records are cleaned with their sites' profiles, which the bad lines left alone.
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 17);
    assert_eq!(text_of(lines[1]), story(0, 1) + "\n");
    let explain = sandbox.run(&["--jsonl", "--site-boilerplate", "--explain", "c.jsonl"]);
    assert_eq!(explain.code, 1);
    assert!(explain
        .stdout
        .contains("repeated on 4 of 4 pages of site0.example"));
    assert!(
        explain
            .stderr
            .contains("site profile: 13 documents of 4 sites"),
        "{}",
        explain.stderr
    );
}

#[test]
fn many_batches_in_any_order_give_the_same_output_and_profile() {
    // 4,200 documents: more than one counting batch (4,096 documents) and many cleaning
    // batches (256 KiB per worker), which fall elsewhere in a shuffled copy and with -j 1 or 2.
    let sandbox = Sandbox::new();
    let lines: Vec<String> = (0..4200)
        .map(|id| {
            let site = id % 37;
            let box_line = if id % 3 == 0 {
                "Read the valley digest every morning.\n"
            } else {
                ""
            };
            let text = format!("{MENU}\n{}\n\n{box_line}{FOOTER}\n", story(site, id));
            record(id, Some(&format!("https://site{site}.example/{id}")), &text)
        })
        .collect();
    // A fixed permutation: position i takes record (i * 2,003) mod 4,200 (2,003 is prime to 4,200).
    let permuted: Vec<String> = (0..lines.len())
        .map(|i| lines[i * 2003 % lines.len()].clone())
        .collect();
    sandbox.write("c.jsonl", lines.concat());
    sandbox.write("p.jsonl", permuted.concat());
    let run = |input: &str, jobs: &str, profile: &str| {
        by_id(
            &ok(sandbox.run(&[
                "--jsonl",
                "-q",
                "--site-boilerplate",
                "-j",
                jobs,
                "--save-site-profile",
                profile,
                input,
            ]))
            .stdout,
        )
    };
    let reference = run("c.jsonl", "1", "c.profile");
    assert_eq!(run("p.jsonl", "2", "p.profile"), reference);
    assert_eq!(run("p.jsonl", "1", "p1.profile"), reference);
    assert_eq!(sandbox.read("p.profile"), sandbox.read("c.profile"));
    assert_eq!(sandbox.read("p1.profile"), sandbox.read("c.profile"));
    // The menu and footer went everywhere; the box (on a third of each site's pages) stayed.
    assert_eq!(
        text_of(&reference[&3]),
        format!("{}\n\nRead the valley digest every morning.\n", story(3, 3))
    );
}

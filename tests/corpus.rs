//! Corpus modes end to end: JSON Lines (plain, gzip and zstd), folders, and parallel determinism.

mod util;

use std::io::{Read, Write};

use util::{jsonl_line, Sandbox, ARTICLE, ARTICLE_CLEANED};

fn corpus(documents: usize) -> String {
    (0..documents)
        .map(|id| {
            jsonl_line(
                id,
                &format!("Document {id} opens with a sentence.\n\n{ARTICLE}"),
            )
        })
        .collect()
}

#[test]
fn jsonl_cleans_the_field_and_keeps_other_fields_in_order() {
    let sandbox = Sandbox::new();
    let run = sandbox.run_with_stdin(&["--jsonl", "--quiet"], jsonl_line(1, ARTICLE).as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, jsonl_line(1, ARTICLE_CLEANED));
    assert_eq!(run.stderr, "");
}

#[test]
fn jsonl_summary_goes_to_stderr() {
    let run = Sandbox::new().run_with_stdin(&["--jsonl"], corpus(3).as_bytes());
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.starts_with("deboiler: 3 documents, "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("% removed"));
}

#[test]
fn jsonl_dotted_field_and_report_field() {
    let line = format!(
        "{{\"meta\":{{\"body\":{}}},\"n\":1}}\n",
        serde_json::to_string(ARTICLE).unwrap()
    );
    let args = [
        "--jsonl",
        "-q",
        "--field",
        "meta.body",
        "--report-field",
        "deboiler",
    ];
    let run = Sandbox::new().run_with_stdin(&args, line.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["meta"]["body"], ARTICLE_CLEANED);
    assert_eq!(value["n"], 1);
    assert_eq!(value["deboiler"]["filters"]["copyright"], 1);
}

#[test]
fn jsonl_explain_writes_removals_as_json() {
    let run = Sandbox::new().run_with_stdin(
        &["--jsonl", "-q", "--explain"],
        jsonl_line(1, ARTICLE).as_bytes(),
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["line"], 1);
    assert_eq!(value["removals"][0]["filter"], "copyright");
}

#[test]
fn malformed_lines_are_reported_and_passed_through_or_skipped() {
    let input = format!(
        "{}{{not json\n{{\"body\":\"no text field\"}}\n{{\"text\":42}}\n{}",
        jsonl_line(1, ARTICLE),
        jsonl_line(5, ARTICLE)
    );
    let sandbox = Sandbox::new();
    let pass = sandbox.run_with_stdin(&["--jsonl"], input.as_bytes());
    assert_eq!(pass.code, 1);
    let lines: Vec<&str> = pass.stdout.lines().collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[1], "{not json");
    assert_eq!(lines[2], "{\"body\":\"no text field\"}");
    assert_eq!(lines[3], "{\"text\":42}");
    assert!(
        pass.stderr.contains("<stdin>:2: invalid JSON"),
        "{}",
        pass.stderr
    );
    assert!(pass
        .stderr
        .contains("<stdin>:3: no field `text` (passed through unchanged)"));
    assert!(pass
        .stderr
        .contains("<stdin>:4: field `text` is a number, not a string"));
    assert!(pass.stderr.contains("2 documents") && pass.stderr.contains("3 errors"));

    let skip = sandbox.run_with_stdin(&["--jsonl", "--on-error", "skip"], input.as_bytes());
    assert_eq!(skip.code, 1);
    assert_eq!(
        skip.stdout,
        format!(
            "{}{}",
            jsonl_line(1, ARTICLE_CLEANED),
            jsonl_line(5, ARTICLE_CLEANED)
        )
    );
    assert!(skip.stderr.contains("3 skipped"), "{}", skip.stderr);
}

#[test]
fn gzip_in_and_out_by_extension() {
    let sandbox = Sandbox::new();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(corpus(20).as_bytes()).unwrap();
    sandbox.write("in.jsonl.gz", encoder.finish().unwrap());
    let run = sandbox.run(&["--jsonl", "-q", "in.jsonl.gz", "-o", "out.jsonl.gz"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut text = String::new();
    flate2::read::GzDecoder::new(&sandbox.read("out.jsonl.gz")[..])
        .read_to_string(&mut text)
        .unwrap();
    let plain = sandbox.run_with_stdin(&["--jsonl", "-q"], corpus(20).as_bytes());
    assert_eq!(text, plain.stdout);
    assert_eq!(text.lines().count(), 20);
}

#[test]
fn zstd_in_and_out_by_extension() {
    let sandbox = Sandbox::new();
    let compressed = zstd::encode_all(corpus(20).as_bytes(), 3).unwrap();
    sandbox.write("in.jsonl.zst", compressed);
    let run = sandbox.run(&["--jsonl", "-q", "in.jsonl.zst", "-o", "out.jsonl.zst"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text =
        String::from_utf8(zstd::decode_all(&sandbox.read("out.jsonl.zst")[..]).unwrap()).unwrap();
    let plain = sandbox.run_with_stdin(&["--jsonl", "-q"], corpus(20).as_bytes());
    assert_eq!(text, plain.stdout);
    assert_eq!(text.lines().count(), 20);
}

#[test]
fn parallel_output_is_identical_to_one_worker() {
    let sandbox = Sandbox::new();
    sandbox.write("corpus.jsonl", corpus(3000));
    let one = sandbox.run(&["--jsonl", "-q", "-j", "1", "corpus.jsonl"]);
    let two = sandbox.run(&["--jsonl", "-q", "-j", "2", "corpus.jsonl"]);
    assert_eq!(one.code, 0);
    assert_eq!(one.stdout.lines().count(), 3000);
    assert!(one.stdout == two.stdout);
}

#[test]
fn folders_are_mirrored_under_out_dir() {
    let sandbox = Sandbox::new();
    sandbox.write("in/a.txt", ARTICLE);
    sandbox.write("in/sub/b.txt", ARTICLE);
    sandbox.write("in/sub/skip.md", ARTICLE);
    sandbox.write("in/bad.txt", b"ok \xff");
    let run = sandbox.run(&["--out-dir", "out", "-j", "2", "in"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("in/bad.txt: invalid UTF-8 at byte 3"),
        "{}",
        run.stderr
    );
    assert_eq!(sandbox.read("out/a.txt"), ARTICLE_CLEANED.as_bytes());
    assert_eq!(sandbox.read("out/sub/b.txt"), ARTICLE_CLEANED.as_bytes());
    assert!(!sandbox.path("out/sub/skip.md").exists());
    assert!(!sandbox.path("out/bad.txt").exists());
    assert_eq!(sandbox.read("in/a.txt"), ARTICLE.as_bytes());

    let markdown = sandbox.run(&["--out-dir", "md", "--glob", "*.md", "in"]);
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    assert!(sandbox.path("md/sub/skip.md").exists());
    assert!(!sandbox.path("md/a.txt").exists());
}

#[test]
fn out_dir_never_overwrites_the_input() {
    let sandbox = Sandbox::new();
    sandbox.write("in/a.txt", ARTICLE);
    let run = sandbox.run(&["--out-dir", "in", "in/a.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("the output path is the input itself"),
        "{}",
        run.stderr
    );
    assert_eq!(sandbox.read("in/a.txt"), ARTICLE.as_bytes());
}

#[test]
fn pipeline_over_shards_with_xargs_matches_a_single_run() {
    let sandbox = Sandbox::new();
    let lines: Vec<String> = (0..40).map(|id| jsonl_line(id, ARTICLE)).collect();
    for shard in 0..4 {
        sandbox.write(
            &format!("shards/part-{shard}.jsonl"),
            lines[shard * 10..shard * 10 + 10].concat(),
        );
    }
    std::fs::create_dir(sandbox.path("cleaned")).unwrap();
    let script = format!(
        "ls shards/*.jsonl | xargs -P 2 -I{{}} sh -c '{} --jsonl -q \"$1\" -o cleaned/$(basename \"$1\")' _ {{}}",
        env!("CARGO_BIN_EXE_deboiler")
    );
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(sandbox.dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let sharded: String = (0..4)
        .map(|shard| {
            String::from_utf8(sandbox.read(&format!("cleaned/part-{shard}.jsonl"))).unwrap()
        })
        .collect();
    let single = sandbox.run_with_stdin(&["--jsonl", "-q"], lines.concat().as_bytes());
    assert_eq!(sharded, single.stdout);
}

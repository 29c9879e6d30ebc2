//! JSON Lines specifics on the built binary: a field is a string and keeps its end, blank lines
//! are reported like other bad lines, folders of JSONL files under `--out-dir`, and output that
//! keeps up with a slow producer.

mod util;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use util::{jsonl_line, Sandbox, ARTICLE, ARTICLE_CLEANED};

#[test]
fn a_field_ends_with_a_newline_only_when_it_did_and_files_always_do() {
    let sandbox = Sandbox::new();
    let input = concat!(
        "{\"text\":\"short\"}\n",
        "{\"text\":\"two\\n\\nlines  \\r\\n\\r\\n\"}\n",
        "{\"text\":\"ends in a CR\\r\"}\n",
        "{\"text\":\"trailing blank\\n \\u00a0\"}\n",
        "{\"text\":\"\\n\\n\"}\n",
    );
    let run = sandbox.run_with_stdin(&["--jsonl", "-q"], input.as_bytes());
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let expected = concat!(
        "{\"text\":\"short\"}\n",
        "{\"text\":\"two\\n\\nlines\\n\"}\n",
        "{\"text\":\"ends in a CR\\n\"}\n",
        "{\"text\":\"trailing blank\"}\n",
        "{\"text\":\"\"}\n",
    );
    assert_eq!(run.stdout, expected);
    // Cleaning the output again changes nothing.
    let again = sandbox.run_with_stdin(&["--jsonl", "-q"], expected.as_bytes());
    assert_eq!(again.stdout, expected);

    // The same strings as files (standard input, or a file) end with exactly one newline.
    let run = sandbox.run_with_stdin(&[], b"short");
    assert_eq!((run.code, run.stdout.as_str()), (0, "short\n"));
    sandbox.write("a.txt", "two\n\nlines  \r\n\r\n");
    let run = sandbox.run(&["a.txt"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "two\n\nlines\n"));
}

#[test]
fn blank_lines_are_reported_with_their_number_and_passed_through_or_skipped() {
    let sandbox = Sandbox::new();
    let input = format!(
        "{}\n{} \t\r\n{}",
        jsonl_line(1, ARTICLE),
        jsonl_line(3, ARTICLE),
        jsonl_line(5, ARTICLE)
    );
    let pass = sandbox.run_with_stdin(&["--jsonl", "-q"], input.as_bytes());
    assert_eq!(pass.code, 1);
    assert_eq!(
        pass.stderr,
        "deboiler: <stdin>:2: blank line (passed through unchanged)\n\
         deboiler: <stdin>:4: blank line (passed through unchanged)\n"
    );
    assert_eq!(
        pass.stdout,
        format!(
            "{}\n{} \t\r\n{}",
            jsonl_line(1, ARTICLE_CLEANED),
            jsonl_line(3, ARTICLE_CLEANED),
            jsonl_line(5, ARTICLE_CLEANED)
        )
    );

    let skip = sandbox.run_with_stdin(&["--jsonl", "--on-error", "skip"], input.as_bytes());
    assert_eq!(skip.code, 1);
    assert!(
        skip.stderr
            .starts_with("deboiler: <stdin>:2: blank line (skipped)\ndeboiler: <stdin>:4: blank line (skipped)\n"),
        "{}",
        skip.stderr
    );
    assert!(skip.stderr.contains("3 documents") && skip.stderr.contains("2 skipped"));
    assert_eq!(
        skip.stdout,
        format!(
            "{}{}{}",
            jsonl_line(1, ARTICLE_CLEANED),
            jsonl_line(3, ARTICLE_CLEANED),
            jsonl_line(5, ARTICLE_CLEANED)
        )
    );
}

#[test]
fn out_dir_is_created_and_folders_of_jsonl_files_are_mirrored() {
    let sandbox = Sandbox::new();
    let corpus = jsonl_line(1, ARTICLE) + &jsonl_line(2, ARTICLE);
    let cleaned = jsonl_line(1, ARTICLE_CLEANED) + &jsonl_line(2, ARTICLE_CLEANED);
    sandbox.write("one.jsonl", &corpus);
    sandbox.write("in/a.jsonl", &corpus);
    sandbox.write("in/sub/b.jsonl.gz", gzip(&corpus));
    sandbox.write(
        "in/sub/c.jsonl.zst",
        zstd::encode_all(corpus.as_bytes(), 3).unwrap(),
    );
    sandbox.write("in/sub/notes.txt", "not a corpus file\n");
    sandbox.write("in/d.ndjson", &corpus);
    let run = sandbox.run(&["--jsonl", "-q", "--out-dir", "out/deep", "in", "one.jsonl"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(sandbox.read("out/deep/one.jsonl"), cleaned.as_bytes());
    assert_eq!(sandbox.read("out/deep/a.jsonl"), cleaned.as_bytes());
    let mut text = String::new();
    flate2::read::GzDecoder::new(&sandbox.read("out/deep/sub/b.jsonl.gz")[..])
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text, cleaned);
    let zst = zstd::decode_all(&sandbox.read("out/deep/sub/c.jsonl.zst")[..]).unwrap();
    assert_eq!(zst, cleaned.as_bytes());
    assert!(!sandbox.path("out/deep/sub/notes.txt").exists());
    assert!(!sandbox.path("out/deep/d.ndjson").exists());
    assert_eq!(
        sandbox.read("in/a.jsonl"),
        corpus.as_bytes(),
        "input untouched"
    );

    // --glob replaces the default patterns.
    let run = sandbox.run(&[
        "--jsonl",
        "-q",
        "--out-dir",
        "nd",
        "--glob",
        "*.ndjson",
        "in",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(sandbox.read("nd/d.ndjson"), cleaned.as_bytes());
    assert!(!sandbox.path("nd/a.jsonl").exists());

    // Without --out-dir a folder is an error naming it, and the other inputs are cleaned.
    let run = sandbox.run(&["--jsonl", "-q", "in", "one.jsonl"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "deboiler: in: is a directory (use --out-dir OUT to clean the files in a folder)\n"
    );
    assert_eq!(run.stdout, cleaned);
}

fn gzip(text: &str) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap()
}

/// `tail -f log.jsonl | deboiler --jsonl`: each document comes out while the input is still
/// open, not when a batch fills or the input ends.
#[test]
fn output_keeps_up_with_a_slow_producer() {
    let mut child = util::command()
        .args(["--jsonl", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn deboiler");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap_or(0) == 0 || sender.send(line).is_err() {
                return;
            }
        }
    });
    for id in 1..=3 {
        stdin.write_all(jsonl_line(id, ARTICLE).as_bytes()).unwrap();
        stdin.flush().unwrap();
        // A guard against hanging only: the line must come back before stdin is closed.
        let line = lines
            .recv_timeout(Duration::from_secs(60))
            .expect("the cleaned line comes back while the input is still open");
        assert_eq!(line, jsonl_line(id, ARTICLE_CLEANED));
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(lines.recv().is_err(), "nothing more is written");
}

/// The cleaned field is written as serde_json encodes a string, whatever escapes the input used:
/// the kept lines are copied from the input where they are already in that form, and encoded
/// again where they are not, so the output is the same either way. A compact document that
/// loses nothing and whose field uses serde_json's escapes comes out byte for byte; the other
/// fields always do.
#[test]
fn the_field_keeps_one_encoding_whatever_escapes_the_input_used() {
    let sandbox = Sandbox::new();
    let input = concat!(
        // Unchanged, compact, the field in serde_json's escapes: as it went in.
        r#"{"id":1,"text":"Council Approves \"New\" Budget\n\nThe city council approved the new budget on Monday after a long debate.\tIt was close \\ tight.\n\nMembers said the plan would fund repairs to three bridges \u001f.\n","other":"\/\u00e9 \u00E9","n":[1, 2]}"#,
        "\n",
        // Unchanged text, other escapes in the field and spaces between the tokens.
        r#"{"id":2, "text": "Council Approves New Budget\n\nThe city caf\u00e9 approved the new budget on Monday after a long debate \/ vote.\n\nMembers said the plan would fund repairs to three bridges \ud83d\ude00 \u001F.\n", "lang":"en"}"#,
        "\n",
        // Changed: the copyright line goes; the kept lines hold the same escapes.
        r#"{"id":3,"te\u0078t":"Council Approves New Budget\n\nThe city caf\u00e9 approved the \"new\" budget on Monday after a long debate \/ vote.\n\nMembers said the plan would fund repairs to three bridges.\n\n\u00a9 2024 Example Daily. All rights reserved.\n","lang":"\u00e9"}"#,
        "\n",
    );
    let run = sandbox.run_with_stdin(&["--jsonl", "-q"], input.as_bytes());
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let expected = concat!(
        r#"{"id":1,"text":"Council Approves \"New\" Budget\n\nThe city council approved the new budget on Monday after a long debate.\tIt was close \\ tight.\n\nMembers said the plan would fund repairs to three bridges \u001f.\n","other":"\/\u00e9 \u00E9","n":[1, 2]}"#,
        "\n",
        r#"{"id":2,"text":"Council Approves New Budget\n\nThe city café approved the new budget on Monday after a long debate / vote.\n\nMembers said the plan would fund repairs to three bridges 😀 \u001f.\n","lang":"en"}"#,
        "\n",
        r#"{"id":3,"text":"Council Approves New Budget\n\nThe city café approved the \"new\" budget on Monday after a long debate / vote.\n\nMembers said the plan would fund repairs to three bridges.\n","lang":"\u00e9"}"#,
        "\n",
    );
    assert_eq!(run.stdout, expected);
    assert_eq!(run.stdout.lines().next(), input.lines().next());
    // Only the third document's text changes (the second's is only written differently).
    let check = sandbox.run_with_stdin(&["--jsonl", "--check"], input.as_bytes());
    assert_eq!(check.code, 1);
    assert!(
        check.stderr.contains("1 of 3 documents would change"),
        "{}",
        check.stderr
    );
    // With the report, the same lines plus the report field.
    let report = sandbox.run_with_stdin(
        &["--jsonl", "-q", "--report-field", "deboiler"],
        input.as_bytes(),
    );
    for (line, plain) in report.stdout.lines().zip(expected.lines()) {
        let (kept, added) = line.split_at(plain.len() - 1);
        assert_eq!(kept, &plain[..plain.len() - 1]);
        assert!(added.starts_with(r#","deboiler":{"filters":"#), "{added}");
    }
}

/// Documents are cleaned as they come, each on whichever worker is free, and written in input
/// order: a long document at the head holds the writing back, never the order. Bad lines keep
/// their place and their number.
#[test]
fn documents_come_out_in_input_order_whatever_their_size_and_the_workers() {
    let sandbox = Sandbox::new();
    let long = ARTICLE.repeat(2_000);
    let mut input = jsonl_line(0, &long);
    for id in 1..300 {
        if id % 97 == 0 {
            input.push_str("{not json\n");
        } else {
            input.push_str(&jsonl_line(id, ARTICLE));
        }
    }
    sandbox.write("in.jsonl", &input);
    let one = sandbox.run(&["--jsonl", "-q", "-j1", "in.jsonl"]);
    let two = sandbox.run(&["--jsonl", "-q", "-j2", "in.jsonl"]);
    assert_eq!(one.code, 1);
    assert_eq!(
        (two.code, &two.stdout, &two.stderr),
        (1, &one.stdout, &one.stderr)
    );
    let lines: Vec<&str> = two.stdout.lines().collect();
    assert_eq!(lines.len(), 300);
    assert!(lines[0].starts_with(r#"{"id":0,"#));
    for (id, line) in lines.iter().enumerate().skip(1) {
        if id % 97 == 0 {
            assert_eq!(*line, "{not json");
        } else {
            assert_eq!(*line, jsonl_line(id, ARTICLE_CLEANED).trim_end());
        }
    }
    assert_eq!(two.stderr.lines().count(), 3, "{}", two.stderr);
    assert!(
        two.stderr
            .starts_with("deboiler: in.jsonl:98: invalid JSON"),
        "{}",
        two.stderr
    );
}

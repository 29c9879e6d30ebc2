//! gzip and zstd inputs are recognised by their content, on every input (standard input
//! included) and in both modes; outputs are compressed by the `-o` name, or as the input was
//! for `--in-place` and `--out-dir`; damaged compressed data is an error naming the file.

mod util;

use std::io::{Read, Write};

use util::{jsonl_line, Sandbox, ARTICLE, ARTICLE_CLEANED};

fn gzip(text: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text).unwrap();
    encoder.finish().unwrap()
}

fn zstd(text: &[u8]) -> Vec<u8> {
    zstd::encode_all(text, 3).unwrap()
}

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .read_to_string(&mut text)
        .expect("valid gzip");
    text
}

fn unzstd(bytes: &[u8]) -> String {
    String::from_utf8(zstd::decode_all(bytes).expect("valid zstd")).unwrap()
}

fn corpus() -> String {
    (1..=3).map(|id| jsonl_line(id, ARTICLE)).collect()
}

fn corpus_cleaned() -> String {
    (1..=3).map(|id| jsonl_line(id, ARTICLE_CLEANED)).collect()
}

#[test]
fn text_mode_reads_gzip_and_zstd_by_content_whatever_the_name() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt.gz", gzip(ARTICLE.as_bytes()));
    sandbox.write("b.txt", zstd(ARTICLE.as_bytes()));
    sandbox.write("c.txt", gzip(ARTICLE.as_bytes()));
    let run = sandbox.run(&["a.txt.gz", "b.txt", "c.txt"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, ARTICLE_CLEANED.repeat(3));

    for compressed in [gzip(ARTICLE.as_bytes()), zstd(ARTICLE.as_bytes())] {
        let run = sandbox.run_with_stdin(&[], &compressed);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""));
        assert_eq!(run.stdout, ARTICLE_CLEANED);
    }
}

#[test]
fn jsonl_mode_reads_compressed_standard_input_and_misnamed_files() {
    let sandbox = Sandbox::new();
    for compressed in [gzip(corpus().as_bytes()), zstd(corpus().as_bytes())] {
        let run = sandbox.run_with_stdin(&["--jsonl", "-q"], &compressed);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""));
        assert_eq!(run.stdout, corpus_cleaned());
    }
    sandbox.write("zstd-inside.jsonl", zstd(corpus().as_bytes()));
    sandbox.write("plain-inside.jsonl.gz", corpus());
    let run = sandbox.run(&[
        "--jsonl",
        "-q",
        "zstd-inside.jsonl",
        "plain-inside.jsonl.gz",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, corpus_cleaned().repeat(2));
}

#[test]
fn text_output_named_gz_or_zst_is_compressed() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", ARTICLE);
    let run = sandbox.run(&["a.txt", "a.txt", "-o", "out.txt.gz"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        gunzip(&sandbox.read("out.txt.gz")),
        ARTICLE_CLEANED.repeat(2)
    );
    let run = sandbox.run(&["a.txt", "-o", "out.txt.zst"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(unzstd(&sandbox.read("out.txt.zst")), ARTICLE_CLEANED);
    // Any other name is plain text, whatever the input was.
    sandbox.write("in.txt.gz", gzip(ARTICLE.as_bytes()));
    let run = sandbox.run(&["in.txt.gz", "-o", "out.txt"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(sandbox.read("out.txt"), ARTICLE_CLEANED.as_bytes());
}

#[test]
fn in_place_writes_a_compressed_input_back_in_its_format() {
    let sandbox = Sandbox::new();
    sandbox.write("named.txt.gz", gzip(ARTICLE.as_bytes()));
    sandbox.write("unnamed.txt", gzip(ARTICLE.as_bytes()));
    sandbox.write("z.txt", zstd(ARTICLE.as_bytes()));
    sandbox.write("plain.txt.gz", ARTICLE);
    let run = sandbox.run(&[
        "-q",
        "-i",
        "named.txt.gz",
        "unnamed.txt",
        "z.txt",
        "plain.txt.gz",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(gunzip(&sandbox.read("named.txt.gz")), ARTICLE_CLEANED);
    assert_eq!(gunzip(&sandbox.read("unnamed.txt")), ARTICLE_CLEANED);
    assert_eq!(unzstd(&sandbox.read("z.txt")), ARTICLE_CLEANED);
    assert_eq!(sandbox.read("plain.txt.gz"), ARTICLE_CLEANED.as_bytes());

    sandbox.write("c.jsonl", gzip(corpus().as_bytes()));
    sandbox.write("d.jsonl.zst", zstd(corpus().as_bytes()));
    let run = sandbox.run(&["--jsonl", "-q", "-i", "c.jsonl", "d.jsonl.zst"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(gunzip(&sandbox.read("c.jsonl")), corpus_cleaned());
    assert_eq!(unzstd(&sandbox.read("d.jsonl.zst")), corpus_cleaned());
}

#[test]
fn out_dir_keeps_the_input_name_and_format() {
    let sandbox = Sandbox::new();
    sandbox.write("in/a.txt.gz", gzip(ARTICLE.as_bytes()));
    sandbox.write("in/b.txt", zstd(ARTICLE.as_bytes()));
    sandbox.write("in/c.txt", ARTICLE);
    let run = sandbox.run(&[
        "-q",
        "--out-dir",
        "out",
        "in/a.txt.gz",
        "in/b.txt",
        "in/c.txt",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(gunzip(&sandbox.read("out/a.txt.gz")), ARTICLE_CLEANED);
    assert_eq!(unzstd(&sandbox.read("out/b.txt")), ARTICLE_CLEANED);
    assert_eq!(sandbox.read("out/c.txt"), ARTICLE_CLEANED.as_bytes());

    // A folder contributes its compressed text files too, mirrored in their format.
    sandbox.write("folder/sub/e.txt.gz", gzip(ARTICLE.as_bytes()));
    sandbox.write("folder/f.txt.zst", zstd(ARTICLE.as_bytes()));
    let run = sandbox.run(&["-q", "--out-dir", "mirror", "folder"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        gunzip(&sandbox.read("mirror/sub/e.txt.gz")),
        ARTICLE_CLEANED
    );
    assert_eq!(unzstd(&sandbox.read("mirror/f.txt.zst")), ARTICLE_CLEANED);

    // Standard input has no name to keep: `stdin.txt` gets the format's extension.
    let run = sandbox.run_with_stdin(&["-q", "--out-dir", "piped"], &gzip(ARTICLE.as_bytes()));
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(gunzip(&sandbox.read("piped/stdin.txt.gz")), ARTICLE_CLEANED);

    sandbox.write("in/d.jsonl", zstd(corpus().as_bytes()));
    let run = sandbox.run(&["--jsonl", "-q", "--out-dir", "out", "in/d.jsonl"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(unzstd(&sandbox.read("out/d.jsonl")), corpus_cleaned());
}

#[test]
fn damaged_compressed_input_is_an_error_naming_the_file_and_the_others_are_cleaned() {
    let sandbox = Sandbox::new();
    let long = ARTICLE.repeat(40);
    let gz = gzip(long.as_bytes());
    let zst = zstd(long.as_bytes());
    sandbox.write("truncated.txt.gz", &gz[..gz.len() / 2]);
    let mut corrupt = gz.clone();
    corrupt[12..24].fill(0xff);
    sandbox.write("corrupt.txt.gz", corrupt);
    sandbox.write("truncated.txt.zst", &zst[..zst.len() - 4]);
    sandbox.write("good.txt", ARTICLE);
    let run = sandbox.run(&[
        "truncated.txt.gz",
        "corrupt.txt.gz",
        "truncated.txt.zst",
        "good.txt",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, ARTICLE_CLEANED);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 3, "{}", run.stderr);
    assert!(
        errors[0].starts_with("deboiler: truncated.txt.gz: truncated gzip data"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].starts_with("deboiler: corrupt.txt.gz: corrupt gzip data"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].starts_with("deboiler: truncated.txt.zst: truncated zstd data"),
        "{}",
        errors[2]
    );

    // In JSONL mode the lines before the damage are cleaned, then the file is reported.
    let lines = corpus().repeat(400);
    let gz = gzip(lines.as_bytes());
    sandbox.write("truncated.jsonl.gz", &gz[..gz.len() / 2]);
    sandbox.write("good.jsonl", corpus());
    let run = sandbox.run(&[
        "--jsonl",
        "-q",
        "truncated.jsonl.gz",
        "good.jsonl",
        "-o",
        "out.jsonl",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("deboiler: truncated.jsonl.gz: cannot read: truncated gzip data"),
        "{}",
        run.stderr
    );
    let out = String::from_utf8(sandbox.read("out.jsonl")).unwrap();
    assert!(out.ends_with(&corpus_cleaned()), "the good file is cleaned");
    assert!(!out.contains("invalid JSON"));
}

#[test]
fn concatenated_gzip_members_and_zstd_frames_read_as_one_stream() {
    let sandbox = Sandbox::new();
    let (first, second) = ARTICLE.split_at(ARTICLE.find("Members").unwrap());
    let mut members = gzip(first.as_bytes());
    members.extend(gzip(second.as_bytes()));
    let mut frames = zstd(first.as_bytes());
    frames.extend(zstd(second.as_bytes()));
    sandbox.write("members.txt.gz", members);
    sandbox.write("frames.txt.zst", frames);
    let run = sandbox.run(&["members.txt.gz", "frames.txt.zst"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, ARTICLE_CLEANED.repeat(2));

    let mut members = gzip(jsonl_line(1, ARTICLE).as_bytes());
    members.extend(gzip(jsonl_line(2, ARTICLE).as_bytes()));
    let run = sandbox.run_with_stdin(&["--jsonl", "-q"], &members);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        jsonl_line(1, ARTICLE_CLEANED) + &jsonl_line(2, ARTICLE_CLEANED)
    );
}

/// `--diff` and `--check` read a compressed input as the text in it: the diff is the one of the
/// same text uncompressed (so `patch` applies it to the decompressed file), in text mode, on
/// standard input and for JSONL fields.
#[test]
fn check_and_diff_see_the_text_inside_a_compressed_input() {
    let sandbox = Sandbox::new();
    sandbox.write("plain.txt", ARTICLE);
    sandbox.write("a.txt.gz", gzip(ARTICLE.as_bytes()));
    sandbox.write("b.txt", zstd(ARTICLE.as_bytes()));
    sandbox.write("clean.txt.gz", gzip(ARTICLE_CLEANED.as_bytes()));
    let plain = sandbox.run(&["--diff", "--color", "never", "plain.txt"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(
        plain
            .stdout
            .contains("\n-© 2024 Example Daily. All rights reserved.\n"),
        "{}",
        plain.stdout
    );
    for name in ["a.txt.gz", "b.txt"] {
        let diff = sandbox.run(&["--diff", "--color", "never", name]);
        assert_eq!((diff.code, diff.stderr.as_str()), (0, ""));
        assert_eq!(diff.stdout, plain.stdout.replace("plain.txt", name));
        let check = sandbox.run(&["--check", name]);
        assert_eq!((check.code, check.stdout.as_str()), (1, ""));
        assert_eq!(check.stderr, format!("deboiler: {name}: would change\n"));
    }
    let clean = sandbox.run(&["--check", "--diff", "clean.txt.gz"]);
    assert_eq!(
        (clean.code, clean.stdout.as_str(), clean.stderr.as_str()),
        (0, "", "")
    );

    let piped = sandbox.run_with_stdin(
        &["--check", "--diff", "--color", "never", "-q"],
        &zstd(ARTICLE.as_bytes()),
    );
    assert_eq!(piped.code, 1, "{}", piped.stderr);
    assert_eq!(piped.stdout, plain.stdout.replace("plain.txt", "<stdin>"));

    sandbox.write("corpus.jsonl.gz", gzip(corpus().as_bytes()));
    sandbox.write("cleaned.jsonl.zst", zstd(corpus_cleaned().as_bytes()));
    let changed = sandbox.run(&["--jsonl", "--check", "corpus.jsonl.gz"]);
    assert_eq!((changed.code, changed.stdout.as_str()), (1, ""));
    assert!(
        changed
            .stderr
            .contains("corpus.jsonl.gz: 3 of 3 documents would change"),
        "{}",
        changed.stderr
    );
    let unchanged = sandbox.run(&["--jsonl", "--check", "-q", "cleaned.jsonl.zst"]);
    assert_eq!(
        (
            unchanged.code,
            unchanged.stdout.as_str(),
            unchanged.stderr.as_str()
        ),
        (0, "", "")
    );
}

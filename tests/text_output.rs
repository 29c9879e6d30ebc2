//! Text mode writes the cleaned text from the input and the set of kept lines, never holding a
//! second copy: every destination (standard output, `-o`, `--out-dir`, `--in-place`) gets the
//! same bytes, and `--in-place` leaves a file that cleaning would not change alone.

mod util;

use util::Sandbox;

/// Removed lines, CRLF, a lone CR, a non-breaking space, trailing whitespace, blank runs and no
/// final newline.
const INPUT: &str = "\r\n\
The council approved the budget on Monday.\u{a0}\u{a0}\r\n\
\r\n\
\r\n\
© 2024 Example Daily. All rights reserved.\r\n\
\r\n\
Members said the plan\u{a0}would fund repairs.\rIt passed.  \n\
\n\
\n\
The last line has no newline.";

const CLEANED: &str = "\
The council approved the budget on Monday.

Members said the plan would fund repairs.
It passed.


The last line has no newline.
";

#[test]
fn every_destination_gets_the_same_cleaned_text() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", INPUT);
    let stdout = sandbox.run(&["a.txt"]);
    assert_eq!((stdout.code, stdout.stdout.as_str()), (0, CLEANED));
    let piped = sandbox.run_with_stdin(&[], INPUT.as_bytes());
    assert_eq!(piped.stdout, CLEANED);
    assert_eq!(sandbox.run(&["a.txt", "-o", "out.txt"]).code, 0);
    assert_eq!(sandbox.read("out.txt"), CLEANED.as_bytes());
    assert_eq!(sandbox.run(&["a.txt", "--out-dir", "dir", "-q"]).code, 0);
    assert_eq!(sandbox.read("dir/a.txt"), CLEANED.as_bytes());
    assert_eq!(sandbox.run(&["--in-place", "a.txt"]).code, 0);
    assert_eq!(sandbox.read("a.txt"), CLEANED.as_bytes());
}

#[test]
fn several_inputs_into_one_output_file_stay_in_order() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", INPUT);
    sandbox.write("b.txt", "Second.\n");
    assert_eq!(sandbox.run(&["a.txt", "b.txt", "-o", "out.txt"]).code, 0);
    assert_eq!(
        sandbox.read("out.txt"),
        format!("{CLEANED}Second.\n").as_bytes()
    );
}

#[cfg(unix)]
#[test]
fn in_place_leaves_a_file_cleaning_would_not_change_alone() {
    use std::os::unix::fs::MetadataExt;
    let sandbox = Sandbox::new();
    let path = sandbox.write("clean.txt", CLEANED);
    let before = std::fs::metadata(&path).unwrap().ino();
    assert_eq!(sandbox.run(&["--in-place", "clean.txt"]).code, 0);
    assert_eq!(std::fs::metadata(&path).unwrap().ino(), before, "rewritten");
    assert_eq!(sandbox.read("clean.txt"), CLEANED.as_bytes());
}

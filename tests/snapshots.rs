//! Snapshots of every fixture article: the cleaned text and the explain report; and a check
//! that cleaning each one again changes nothing.
//!
//! A new file under `tests/fixtures/` is a new snapshot. Review changes with `cargo insta review`.

use deboiler::__internals::report;
use deboiler::{Cleaner, FinalNewline};

#[test]
fn fixtures() {
    insta::glob!("fixtures/**/*.txt", |path| {
        let raw = std::fs::read_to_string(path).unwrap();
        // Fixtures are files: cleaned as the command line cleans them for `--explain`.
        let cleaner = Cleaner::default()
            .final_newline(FinalNewline::Always)
            .explain_reasons(true);
        let cleaned = cleaner.clean(&raw);
        let again = cleaner.clean(&cleaned.text);
        assert_eq!(
            again.text,
            cleaned.text,
            "{} is not idempotent",
            path.display()
        );
        let name = path.file_name().unwrap().to_string_lossy();
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("cleaned", cleaned.text);
            insta::assert_snapshot!("explain", report::explain_text(&name, &cleaned));
        });
    });
}

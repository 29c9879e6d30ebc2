//! The words of each language, as data: `lang/<code>.toml` (one file per language, and
//! `lang/common.toml` for words of no language), read by `build.rs`, which generates the
//! constants here. A rule takes its words from these lists; its pattern, in Rust, has slots
//! that they fill (`{months}`, see [`crate::patterns::slots`]), and `build.rs` fills the slots
//! of the patterns it compiles ahead of time from the same files.
//!
//! For each key of the files (see [`files::KEYS`], and "Adding a language" in
//! `docs/development.md`) there is a constant of every file's entries, each once (`MONTHS`), and
//! one per file (`en::MONTHS`, empty when the file lacks the key).

// Every key of every file is generated; each rule reads the few it needs.
#[allow(dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}
pub use generated::*;

// The files' schema and checks, shared with build.rs; the crate compiles it for its tests.
#[cfg(test)]
pub mod files;

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::files;

    fn lang_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("lang")
    }

    #[test]
    fn the_language_files_are_well_formed() {
        // Each file parses, holds known keys only, each a non-empty list of trimmed entries in
        // its key's case, none twice.
        if let Err(problems) = files::read(&lang_dir()) {
            panic!("lang/ has problems:\n{}", problems.join("\n"));
        }
    }

    #[test]
    fn the_generated_vocabulary_is_that_of_the_files() {
        let languages = files::read(&lang_dir()).unwrap();
        let generated = include_str!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
        assert_eq!(files::generate(&languages), generated);
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, super::FILES);
        assert_eq!(files::union(&languages, &["months"]), super::MONTHS);
        let english = languages.iter().find(|l| l.code == "en").unwrap();
        assert_eq!(english.list("weekdays"), super::en::WEEKDAYS);
    }

    #[test]
    fn every_language_has_the_words_every_language_needs() {
        // Every rule takes the words of every file that has them, except those that name
        // their languages (`en::MONTHS`), which do not compile without the file. What each
        // language needs: its function words, which most rules and the model's features read,
        // and its rights phrases, the commonest footer.
        for language in files::read(&lang_dir()).unwrap() {
            if language.code == files::COMMON {
                continue;
            }
            for key in ["stopwords", "rights_phrases"] {
                assert!(!language.list(key).is_empty(), "{}: {key}", language.code);
            }
        }
    }

    #[test]
    fn every_phrase_is_well_formed() {
        for phrase in super::RIGHTS_PHRASES {
            if let Err(problem) = crate::patterns::slots::phrase_parts(phrase) {
                panic!("{problem}");
            }
        }
    }

    #[test]
    fn the_checks_find_what_is_wrong() {
        let problems = |text: &str| files::parse("xx", text).err().unwrap_or_default();
        assert!(problems("months = [\"mai\"]").is_empty());
        assert_eq!(problems("colours = [\"red\"]").len(), 1);
        assert_eq!(problems("months = [\"Mai\"]").len(), 1);
        assert_eq!(problems("bio_pronouns = [\"she\"]").len(), 1);
        assert!(problems("bio_pronouns = [\"Él\"]\nbyline_leads = [\"BY\"]").is_empty());
        assert_eq!(problems("months = [\" mai\"]").len(), 1);
        assert_eq!(problems("months = [\"mai\", \"mai\"]").len(), 1);
        assert_eq!(problems("months = []").len(), 1);
        assert_eq!(problems("months = \"mai\"").len(), 1);
        assert_eq!(problems("months = [").len(), 1);
        assert_eq!(files::parse("english", "").err().unwrap().len(), 1);
    }
}

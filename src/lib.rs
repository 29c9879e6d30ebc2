//! deboiler strips boilerplate and noise from scraped article text: flattened social embeds,
//! copyright lines, comment-policy footers, author bios, photo credits, page chrome and stray
//! lines from other stories. The output is the input's lines in order, minus removals, with only
//! whitespace normalised. A string keeps its end: the result ends with a newline only when the
//! input did ([`FinalNewline::AsInput`], the default); set [`FinalNewline::Always`] to end it
//! with one newline, as the command line does for files.
//!
//! ```
//! let raw = "The council approved the budget on Monday.\n\n© 2024 Example Media. All rights reserved.\n";
//! let cleaned = deboiler::Cleaner::default().clean(raw);
//! assert_eq!(cleaned.text, "The council approved the budget on Monday.\n");
//! assert_eq!(cleaned.removals[0].filter, "copyright");
//!
//! assert_eq!(deboiler::clean("  A short string.\u{a0}"), "  A short string.");
//! let file = deboiler::Cleaner::default().final_newline(deboiler::FinalNewline::Always);
//! assert_eq!(file.clean("A short string.").text, "A short string.\n");
//! ```
//!
//! Every removal ([`Removal`]) names the filter that made it, the lines and bytes it covers, and
//! a reason.
//!
//! - [`clean`] and [`Cleaner`]: one document in, its [`Cleaned`] text and removals out; the
//!   cleaner chooses the filters, the [`Profile`] (page dump or extracted article) and the end of
//!   the text.
//! - [`Filter`]: a rule of the caller's, run after the built-in ones
//!   ([`Cleaner::with_filter`]); it reads a [`Context`] and returns [`Finding`]s.
//! - [`SiteProfile`]: what the pages of each site repeat, counted over a corpus, so that a
//!   cleaner removes a site's own boilerplate ([`Cleaner::clean_in_group`], [`group_of_url`]).
//! - [`LineCleaner`]: one JSON Lines line in, the line with one string field cleaned out, every
//!   other field kept byte for byte.
//!
//! Whitespace normalisation, per kept line: Unicode space separators become a plain space;
//! the byte-order mark and soft hyphen are dropped (other invisible characters are kept);
//! trailing whitespace is trimmed, indentation kept. Per document: line ends become LF, leading and
//! trailing blank lines go, and a run of blank lines that a removal passed through collapses to
//! one.
//!
//! The `cli` feature, on by default, builds the `deboiler` command and brings its dependencies;
//! a library user turns it off: `deboiler = { version = "0.1", default-features = false }`.

#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]
// With `internals`, every module is reachable (see `__internals`); what only the binary, the lab
// or the tests use would otherwise be dead code, and the modules' own items need no docs.
#![cfg_attr(not(feature = "internals"), allow(dead_code))]
#![cfg_attr(feature = "internals", allow(missing_docs))]

mod blocks;
mod diff;
mod document;
mod filter;
// The filters' module docs are their rule pages, Markdown for the terminal (`--rule`): `<name>`
// is a placeholder, not an HTML tag, and `[VIDEO]` a quoted tag, not a link. Their developer
// notes link private items, for `cargo doc --document-private-items`.
#[allow(
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links,
    rustdoc::private_intra_doc_links
)]
mod filters;
mod jsonl;
mod matchers;
mod model;
mod normalize;
mod output_lines;
mod patterns;
mod pipeline;
mod prebuilt;
mod report;
mod site;
mod text;
mod vocabulary;

pub use blocks::Profile;
pub use document::{Document, Line};
pub use filter::{Context, Filter, Finding, Rule};
pub use jsonl::{CleanedLine, GroupBy, LineCleaner, LineError};
pub use normalize::FinalNewline;
pub use output_lines::OutputLines;
pub use pipeline::{clean, Cleaned, Cleaner, Removal, UnknownFilter};
pub use site::SiteRule;
pub use site::{group_of_url, LoadError, SiteGroup, SiteProfile, SiteProfileError};

/// The library's modules, for the `deboiler` binary, the research crate (`lab/`), the
/// benchmarks, examples, fuzz targets and integration tests; with the `internals` feature only.
/// Not an API: hidden from the documentation, changed without notice. A library user takes the
/// items above.
///
/// A cargo feature rather than an always-public hidden module, so that a library built without
/// it (`default-features = false`) is checked for what its users see: `missing_docs` applies to
/// the public items alone, which the documentation check in `.ci/run` builds that way. The
/// binary needs the report and diff renderers and the filter registry, so `cli` turns it on.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod __internals {
    macro_rules! reexport {
        ($($name:ident),* $(,)?) => {$(
            pub mod $name {
                pub use crate::$name::*;
            }
        )*};
    }
    reexport!(
        blocks,
        diff,
        document,
        filter,
        filters,
        jsonl,
        model,
        normalize,
        output_lines,
        pipeline,
        report,
        site,
        text
    );
}

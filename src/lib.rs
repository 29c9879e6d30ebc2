//! deboiler strips boilerplate and noise from scraped article text: flattened social embeds,
//! copyright lines, comment-policy footers, author bios, photo credits, page chrome and stray
//! lines from other stories. The output is the input's lines in order, minus removals, with only
//! whitespace normalised (see [`normalize`]). A string keeps its end: the result ends with a
//! newline only when the input did ([`FinalNewline::AsInput`], the default); set
//! [`FinalNewline::Always`] to end it with one newline, as the command line does for files.
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
//! Every removal names the filter that made it and a reason; [`report`] renders them as text,
//! JSON or a unified diff ([`diff`]).

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod blocks;
pub mod diff;
pub mod document;
pub mod filter;
pub mod filters;
pub mod jsonl;
pub mod model;
pub mod normalize;
pub mod output_lines;
mod patterns;
pub mod pipeline;
mod prebuilt;
pub mod report;
pub mod site;
pub mod text;

pub use blocks::Profile;
pub use filters::site_boilerplate::SiteRule;
pub use normalize::FinalNewline;
pub use pipeline::{clean, Cleaned, Cleaner, Removal, UnknownFilter};
pub use site::SiteProfile;

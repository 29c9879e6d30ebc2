//! Site profiles: for each group of documents (a site, a folder), on how many of its documents
//! each line occurs. A line that most pages of one site carry is that site's boilerplate (its
//! menu, footer, newsletter box, disclaimer), whatever its wording or language; the
//! [`site-boilerplate`](crate::filters::site_boilerplate) filter removes it. [`SiteProfile`]'s
//! documentation (public) says how a profile is counted, what it holds and how its memory is
//! bounded.

mod file;
mod profile;
mod rule;

pub use file::{LoadError, SiteProfileError};
pub use profile::*;
pub use rule::{SiteRule, SiteView};

//! Matching machinery shared by the filters, behind a small API: the literal gates every line
//! passes ([`gate`]) and the rule screens that pick the regexes worth trying ([`screen`]). The
//! patterns themselves are data in `crate::patterns`; this layer knows no filter's rules.

pub(crate) mod gate;
pub(crate) mod screen;

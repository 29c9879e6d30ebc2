//! Matching machinery shared by the filters, behind a small API: the literal gates every line
//! passes ([`gate`]), the rule screens that pick the regexes worth trying ([`screen`]) and the
//! regex wrappers that keep patterns cheap to compile and run ([`regexes`]). The
//! patterns themselves are data in `crate::patterns`; this layer knows no filter's rules.

pub(crate) mod gate;
pub(crate) mod regexes;
pub(crate) mod screen;
pub(crate) mod tiered;

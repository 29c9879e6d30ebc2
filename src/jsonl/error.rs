//! What can be wrong with a JSON Lines line.

use std::fmt;

/// Why a line could not be cleaned. The line itself is passed through or skipped by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// Empty, or only whitespace: no document, so the line is reported like any bad line.
    Blank,
    /// The line is not a JSON object (serde_json's message, with the column on the line).
    InvalidJson(String),
    /// The object has no field at this dotted path.
    MissingField(String),
    /// The field at this dotted path holds something else than a string.
    NotAString {
        /// The dotted path.
        field: String,
        /// What it holds: `a number`, `an object`, `null`…
        found: &'static str,
    },
    /// The document already has the `--report-field` key: it is the user's, never replaced.
    ReportFieldTaken(String),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::Blank => write!(f, "blank line"),
            LineError::InvalidJson(error) => write!(f, "invalid JSON: {error}"),
            LineError::MissingField(field) => write!(f, "no field `{field}`"),
            LineError::NotAString { field, found } => {
                write!(f, "field `{field}` is {found}, not a string")
            }
            LineError::ReportFieldTaken(key) => {
                write!(
                    f,
                    "the document already has a field `{key}` (--report-field)"
                )
            }
        }
    }
}

//! The benchmark files of `../shared/bench/` (see its README): one loader for the three page
//! sets and one for the noise test, plain or gzip-compressed.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use serde::Deserialize;

/// Which benchmark a page set is, from its records' fields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// scrapinghub: `gold` article body, shingle metric.
    Sh,
    /// trafilatura evaldata: `with`/`without` snippets, snippet metric.
    Tf,
    /// the cleaning benchmarks: `gold` with `gold_kind` and `dataset`, shingle metric.
    Ce,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sh => "sh",
            Kind::Tf => "tf",
            Kind::Ce => "ce",
        }
    }
}

/// The text a cleaner is given: the full-page dump or trafilatura's extraction.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Input {
    Dump,
    Trafilatura,
}

impl Input {
    pub const BOTH: [Input; 2] = [Input::Dump, Input::Trafilatura];

    pub fn name(self) -> &'static str {
        match self {
            Input::Dump => "dump",
            Input::Trafilatura => "trafilatura",
        }
    }
}

/// One page of a benchmark.
#[derive(Deserialize, Debug, Clone)]
pub struct Record {
    pub id: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub dataset: Option<String>,
    /// `human` or `readability-output` (ce only).
    #[serde(default)]
    pub gold_kind: Option<String>,
    pub dump: String,
    pub trafilatura: String,
    pub gold: Option<String>,
    pub with: Option<Vec<String>>,
    pub without: Option<Vec<String>>,
}

impl Record {
    pub fn input(&self, input: Input) -> &str {
        match input {
            Input::Dump => &self.dump,
            Input::Trafilatura => &self.trafilatura,
        }
    }

    pub fn kind(&self) -> Result<Kind> {
        match (&self.gold, &self.with, &self.without, &self.gold_kind) {
            (Some(_), None, None, None) => Ok(Kind::Sh),
            (Some(_), None, None, Some(_)) => Ok(Kind::Ce),
            (None, Some(_), Some(_), _) => Ok(Kind::Tf),
            _ => bail!(
                "record {}: expected either `gold` or both `with` and `without`",
                self.id
            ),
        }
    }

    /// Whether a person annotated the gold (ce's Readability pages are scored apart).
    pub fn human_gold(&self) -> bool {
        self.gold_kind.as_deref().is_none_or(|kind| kind == "human")
    }

    /// The group of site-grouped cross-validation: the URL's host, or the page itself.
    pub fn site(&self) -> String {
        host(&self.url).unwrap_or_else(|| format!("page:{}", self.id))
    }
}

/// The host of a URL, lower-cased, without a leading `www.`; `None` when there is none: the
/// group deboiler's site mode puts the page in ([`deboiler::group_of_url`]).
pub fn host(url: &str) -> Option<String> {
    deboiler::group_of_url(url)
}

/// A page set: its file name, kind and records.
pub struct PageSet {
    pub name: String,
    pub kind: Kind,
    pub records: Vec<Record>,
}

/// Reads a whole file, decompressing `.gz`.
pub fn read_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut text = String::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .with_context(|| format!("cannot decompress {}", path.display()))?;
        Ok(text)
    } else {
        String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", path.display()))
    }
}

/// The file's name without `.gz` and `.jsonl`.
pub fn short_name(path: &Path) -> String {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    name.trim_end_matches(".gz")
        .trim_end_matches(".jsonl")
        .to_string()
}

pub fn load_pages(path: &Path) -> Result<PageSet> {
    let text = read_file(path)?;
    let mut records = Vec::new();
    let mut kind = None;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: bad record", path.display(), index + 1))?;
        let this = record.kind()?;
        if kind.is_some_and(|k| k != this) {
            bail!("{}:{}: mixes record kinds", path.display(), index + 1);
        }
        kind = Some(this);
        records.push(record);
    }
    let kind = kind.with_context(|| format!("{} has no records", path.display()))?;
    Ok(PageSet {
        name: short_name(path),
        kind,
        records,
    })
}

/// Whether a file holds noise-test cases rather than pages (its first record has `injected`).
pub fn is_noise_file(path: &Path) -> Result<bool> {
    let text = read_file(path)?;
    let first = text.lines().find(|line| !line.trim().is_empty());
    Ok(first.is_some_and(|line| {
        serde_json::from_str::<serde_json::Value>(line)
            .is_ok_and(|value| value.get("injected").is_some())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> Record {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn kind_comes_from_the_fields() {
        let sh = record(r#"{"id":"a","url":"u","dump":"x","trafilatura":"y","gold":"g"}"#);
        assert_eq!(sh.kind().unwrap(), Kind::Sh);
        let ce = record(
            r#"{"id":"a","url":"u","dump":"x","trafilatura":"y","gold":"g","gold_kind":"human","dataset":"d"}"#,
        );
        assert_eq!(ce.kind().unwrap(), Kind::Ce);
        let tf = record(
            r#"{"id":"b","url":"u","dump":"x","trafilatura":"y","with":["x"],"without":[]}"#,
        );
        assert_eq!(tf.kind().unwrap(), Kind::Tf);
        let neither = record(r#"{"id":"c","dump":"x","trafilatura":"y","with":["x"]}"#);
        assert!(neither.kind().is_err());
    }

    #[test]
    fn hosts_are_lower_cased_without_www() {
        assert_eq!(
            host("http://WWW.Example.com:8080/a?b").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            host("https://user@news.site.org/x").as_deref(),
            Some("news.site.org")
        );
        assert_eq!(host(""), None);
        let page = record(r#"{"id":"p1","url":"","dump":"x","trafilatura":"y","gold":"g"}"#);
        assert_eq!(page.site(), "page:p1");
    }
}

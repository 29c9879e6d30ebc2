//! Counting: on how many documents of each group each line occurs, with bounded memory.

use std::collections::hash_map::Entry;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::document::split_lines;
use crate::normalize::normalize_line;
use crate::text::trim_start;

/// The seed of [`line_hash`]: the bytes of `deboiler` read as a little-endian integer.
pub const LINE_HASH_SEED: u64 = u64::from_le_bytes(*b"deboiler");

/// The default cap on a profile's entries (distinct lines of all groups together): about
/// 550 MB of memory at most; a 1 GB corpus of page dumps holds about 10 million.
pub const DEFAULT_MAX_LINES: usize = 1 << 24;

/// Multipliers of [`line_hash`]. Each has a byte (0xFF, 0xFE) that never occurs in UTF-8 text,
/// so an 8-byte word of a line XORed with it is never zero and a multiplication never loses the
/// state.
const K0: u64 = 0xFF51_AFD7_ED55_8CCD;
const K1: u64 = 0xC4CE_B9FE_1A85_EC53;

/// The 128-bit product of `a` and `b`, its two halves XORed: the mixing step of [`line_hash`].
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The 64-bit hash of a line's key, fixed across platforms and releases (saved profiles depend
/// on it; changing it needs a new [file format version](SiteProfile::save)).
///
/// The state starts as [`LINE_HASH_SEED`] XOR the byte length times `K1`. The bytes are read as
/// 16-byte blocks of two little-endian words `a`, `b` (the last block zero-padded); each block
/// sets `state = fold(a ^ state, b ^ K0)`, where `fold(x, y)` XORs the two halves of the 128-bit
/// product `x * y`. The hash is `fold(state, K1)`. `K0 = 0xFF51AFD7ED558CCD`,
/// `K1 = 0xC4CEB9FE1A85EC53`.
pub fn line_hash(bytes: &[u8]) -> u64 {
    let mut state = LINE_HASH_SEED ^ (bytes.len() as u64).wrapping_mul(K1);
    let mut blocks = bytes.chunks_exact(16);
    for block in &mut blocks {
        let a = u64::from_le_bytes(block[..8].try_into().expect("8 bytes"));
        let b = u64::from_le_bytes(block[8..].try_into().expect("8 bytes"));
        state = fold(a ^ state, b ^ K0);
    }
    let rest = blocks.remainder();
    if !rest.is_empty() {
        let mut block = [0u8; 16];
        block[..rest.len()].copy_from_slice(rest);
        let a = u64::from_le_bytes(block[..8].try_into().expect("8 bytes"));
        let b = u64::from_le_bytes(block[8..].try_into().expect("8 bytes"));
        state = fold(a ^ state, b ^ K0);
    }
    fold(state, K1)
}

/// The key of a line already normalised ([`crate::document::Line::text`]): [`line_hash`] of the
/// line without its indentation; `None` for a blank line.
pub fn line_key(normalised: &str) -> Option<u64> {
    let text = trim_start(normalised);
    (!text.is_empty()).then(|| line_hash(text.as_bytes()))
}

/// The keys of a document's lines, sorted, each once: what one document adds to its group.
pub fn document_keys(text: &str) -> Vec<u64> {
    let mut keys: Vec<u64> = split_lines(text)
        .filter_map(|span| line_key(&normalize_line(&text[span])))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The group of a URL: its host, lower-cased, without a leading `www.` and without user or
/// port; `None` when there is no host. `https://WWW.Example.com:8080/a` is in `example.com`.
pub fn group_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a);
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    };
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The line counts of one group.
#[derive(Debug, Clone, Default)]
pub(super) struct Counts {
    pub(super) pages: u32,
    pub(super) lines: FxHashMap<u64, u32>,
}

/// Per group of documents (a site, a folder), on how many documents each line occurs: a line
/// that most pages of one site carry is that site's boilerplate (its menu, footer, newsletter
/// box, disclaimer), whatever its wording or language, and a cleaner given the profile removes
/// it (the `site-boilerplate` filter).
///
/// A profile is counted in one pass over a corpus ([`SiteProfile::build`], or
/// [`SiteProfile::add`] one document at a time) and then given to a cleaner
/// ([`Cleaner::with_site_profile`](crate::Cleaner::with_site_profile)), which cleans each
/// document as a member of its group ([`Cleaner::clean_in_group`](crate::Cleaner::clean_in_group)):
///
/// ```
/// use deboiler::{Cleaner, SiteProfile};
///
/// let page = |story: &str| {
///     format!("Subscribe to the Harbour Gazette newsletter\n{story}\nHarbour Gazette, 1 Quay Street\n")
/// };
/// let pages = [
///     page("The ferry timetable changes on Monday, the harbour office said."),
///     page("Fishermen landed a record catch of mackerel this week."),
///     page("The lighthouse reopens to visitors after two years of repairs."),
/// ];
/// let profile = SiteProfile::build(pages.iter().map(|text| ("gazette.example", text.as_str())));
/// let cleaner = Cleaner::default().with_site_profile(profile);
///
/// let cleaned = cleaner.clean_in_group(&pages[1], Some("gazette.example"));
/// assert_eq!(cleaned.text, "Fishermen landed a record catch of mackerel this week.\n");
/// assert_eq!(cleaned.removals[0].filter, "site-boilerplate");
/// assert_eq!(&*cleaned.removals[0].reason, "repeated on 3 of 3 pages of gazette.example");
///
/// // Without a group (or in a group of one page) nothing changes.
/// assert_eq!(cleaner.clean_in_group(&pages[1], None).text, Cleaner::default().clean(&pages[1]).text);
/// ```
///
/// # What is counted
///
/// Each non-blank line of a document is reduced to its *key*: the line after deboiler's
/// whitespace normalisation without its indentation, hashed with a fixed 64-bit hash (specified
/// in the source, `line_hash`; the text itself is not kept). A document counts once per key,
/// however often the line repeats inside it. Keys, not texts, make the profile small and let it be saved
/// ([`SiteProfile::save`]) without the corpus's text.
///
/// # Bounded memory
///
/// A profile holds, per group, its name and page count, and one entry (key and count) for each
/// distinct line of the group. The entries take 27 bytes each on average in memory (19 to 39 as
/// the hash tables fill and grow; about 32 bytes of a process's peak memory, measured), so
/// about 27 MB per million distinct lines, and 8 to 9 bytes each in a saved file; a group costs
/// about 150 bytes and its name. A cap ([`SiteProfile::with_max_lines`], 2^24 = 16,777,216
/// by default) bounds the entries of all groups together. When a new entry would exceed it,
/// the profile stops counting the half of all keys with the highest hash values (the *sampling
/// level* rises by one) and drops their entries, as often as needed. A line whose key is no
/// longer counted is never removed as site boilerplate: the cap costs recall, never precision.
///
/// What the cap drops depends only on hash values, never on the order of the documents: the
/// profile ends at the lowest level at which all the corpus's distinct (group, key) pairs fit
/// under the cap, with the exact count of every pair it keeps. Counting in parallel and merging
/// ([`SiteProfile::merge`]) gives the same profile as counting in one go.
#[derive(Debug, Clone)]
pub struct SiteProfile {
    /// Groups in the order they were first seen; nothing observable depends on that order.
    pub(super) groups: Vec<(Arc<str>, Counts)>,
    pub(super) index: FxHashMap<Arc<str>, usize>,
    /// Keys above `u64::MAX >> level` are not counted.
    pub(super) level: u32,
    pub(super) max_lines: usize,
    /// Entries in all groups.
    pub(super) entries: usize,
}

impl Default for SiteProfile {
    fn default() -> Self {
        SiteProfile {
            groups: Vec::new(),
            index: FxHashMap::default(),
            level: 0,
            max_lines: DEFAULT_MAX_LINES,
            entries: 0,
        }
    }
}

/// What a profile knows about one group, as the site-boilerplate filter reads it.
#[derive(Debug, Clone, Copy)]
pub struct SiteGroup<'p> {
    name: &'p str,
    counts: &'p Counts,
    limit: u64,
}

impl<'p> SiteGroup<'p> {
    /// The group's name (a host, a folder).
    pub fn name(&self) -> &'p str {
        self.name
    }

    /// How many documents of the group were counted.
    pub fn pages(&self) -> u32 {
        self.counts.pages
    }

    /// On how many of the group's documents a line with this key occurs; `None` when the
    /// memory cap stopped counting the key (see [`SiteProfile::sampling_level`]).
    pub fn pages_with_key(&self, key: u64) -> Option<u32> {
        (key <= self.limit).then(|| self.counts.lines.get(&key).copied().unwrap_or(0))
    }

    /// On how many of the group's documents `line` occurs (after normalisation); `None` for a
    /// blank line or a line the cap stopped counting.
    pub fn pages_with(&self, line: &str) -> Option<u32> {
        line_key(&normalize_line(line)).and_then(|key| self.pages_with_key(key))
    }
}

impl SiteProfile {
    /// An empty profile with the default cap on its entries (see [`SiteProfile`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the cap on entries (distinct lines of all groups together); lowering it below the
    /// current count samples at once. At least 1.
    pub fn with_max_lines(mut self, max_lines: usize) -> Self {
        self.max_lines = max_lines.max(1);
        self.enforce_cap();
        self
    }

    /// Counts `(group, text)` documents.
    pub fn build<I, G, T>(docs: I) -> Self
    where
        I: IntoIterator<Item = (G, T)>,
        G: AsRef<str>,
        T: AsRef<str>,
    {
        let mut profile = SiteProfile::new();
        for (group, text) in docs {
            profile.add(group.as_ref(), text.as_ref());
        }
        profile
    }

    /// Counts one document of `group`.
    pub fn add(&mut self, group: &str, text: &str) {
        self.add_keys(group, &document_keys(text));
    }

    /// Counts one document of `group` given by its line keys, sorted and free of repeats
    /// (computed elsewhere, say in parallel; [`LineCleaner::site_keys`](crate::LineCleaner::site_keys)
    /// gives them for a JSON Lines line).
    pub fn add_keys(&mut self, group: &str, keys: &[u64]) {
        debug_assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        let limit = self.limit();
        let position = self.position(group);
        let counts = &mut self.groups[position].1;
        counts.pages = counts.pages.saturating_add(1);
        for &key in keys.iter().take_while(|&&key| key <= limit) {
            match counts.lines.entry(key) {
                Entry::Occupied(mut entry) => *entry.get_mut() = entry.get().saturating_add(1),
                Entry::Vacant(entry) => {
                    entry.insert(1);
                    self.entries += 1;
                }
            }
        }
        self.enforce_cap();
    }

    /// Adds `other`'s counts to this profile's (the result is the same in either order).
    pub fn merge(&mut self, other: &SiteProfile) {
        if other.level > self.level {
            self.level = other.level;
            self.drop_above_limit();
        }
        let limit = self.limit();
        for (name, theirs) in &other.groups {
            let position = self.position(name);
            let ours = &mut self.groups[position].1;
            ours.pages = ours.pages.saturating_add(theirs.pages);
            for (&key, &count) in theirs.lines.iter().filter(|(&key, _)| key <= limit) {
                match ours.lines.entry(key) {
                    Entry::Occupied(mut entry) => {
                        *entry.get_mut() = entry.get().saturating_add(count)
                    }
                    Entry::Vacant(entry) => {
                        entry.insert(count);
                        self.entries += 1;
                    }
                }
            }
        }
        self.enforce_cap();
    }

    /// The group named `name`, if any document of it was counted.
    pub fn group(&self, name: &str) -> Option<SiteGroup<'_>> {
        let &position = self.index.get(name)?;
        let (name, counts) = &self.groups[position];
        Some(SiteGroup {
            name,
            counts,
            limit: self.limit(),
        })
    }

    /// Every group, in name order.
    pub fn groups(&self) -> Vec<SiteGroup<'_>> {
        let mut groups: Vec<SiteGroup> = self
            .groups
            .iter()
            .map(|(name, counts)| SiteGroup {
                name,
                counts,
                limit: self.limit(),
            })
            .collect();
        groups.sort_unstable_by(|a, b| a.name.cmp(b.name));
        groups
    }

    /// How many documents were counted, in all groups.
    pub fn pages(&self) -> u64 {
        self.groups.iter().map(|(_, c)| u64::from(c.pages)).sum()
    }

    /// Entries held: distinct lines of all groups together, at most the cap.
    pub fn entries(&self) -> usize {
        self.entries
    }

    /// The cap on [`entries`](Self::entries).
    pub fn max_lines(&self) -> usize {
        self.max_lines
    }

    /// How often the cap halved the keys counted: 0 when every line is counted; at level `n`
    /// only keys below `2^(64-n)` are (one in `2^n` distinct lines).
    pub fn sampling_level(&self) -> u32 {
        self.level
    }

    /// Bytes of memory the profile's tables take (allocated capacity, not just entries).
    pub fn memory_bytes(&self) -> usize {
        // A hashbrown table holds, per bucket, the entry (u64, u32) padded to 16 bytes and one
        // control byte.
        let per_bucket = std::mem::size_of::<(u64, u32)>() + 1;
        self.groups
            .iter()
            .map(|(name, counts)| {
                counts.lines.capacity() * per_bucket
                    + name.len()
                    + std::mem::size_of::<(Arc<str>, Counts)>()
                    + std::mem::size_of::<(Arc<str>, usize)>() * 2
            })
            .sum()
    }

    pub(super) fn limit(&self) -> u64 {
        u64::MAX >> self.level
    }

    fn position(&mut self, group: &str) -> usize {
        if let Some(&position) = self.index.get(group) {
            return position;
        }
        let name: Arc<str> = Arc::from(group);
        self.groups.push((name.clone(), Counts::default()));
        self.index.insert(name, self.groups.len() - 1);
        self.groups.len() - 1
    }

    /// Raises the sampling level until the entries fit under the cap. The level reached is the
    /// lowest at which every distinct pair seen so far fits, whatever the order they came in.
    pub(super) fn enforce_cap(&mut self) {
        while self.entries > self.max_lines && self.level < 63 {
            self.level += 1;
            self.drop_above_limit();
        }
    }

    fn drop_above_limit(&mut self) {
        let limit = self.limit();
        let mut entries = 0;
        for (_, counts) in &mut self.groups {
            counts.lines.retain(|&key, _| key <= limit);
            if counts.lines.capacity() > 4 * counts.lines.len().max(4) {
                counts.lines.shrink_to_fit();
            }
            entries += counts.lines.len();
        }
        self.entries = entries;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A small corpus: three sites whose pages share a menu and differ in their stories.
    fn corpus() -> Vec<(String, String)> {
        let mut docs = Vec::new();
        for site in 0..3 {
            for page in 0..6 {
                let mut text = format!("* Home\n* Site {site} news\n\n");
                for line in 0..8 {
                    text.push_str(&format!("Story {page} of site {site}, paragraph {line}.\n"));
                }
                text.push_str("Contact us\n");
                docs.push((format!("site{site}.example"), text));
            }
        }
        docs
    }

    fn saved(profile: &SiteProfile) -> Vec<u8> {
        let mut bytes = Vec::new();
        profile.save(&mut bytes).unwrap();
        bytes
    }

    fn build(docs: &[(String, String)], max_lines: usize) -> SiteProfile {
        let mut profile = SiteProfile::new().with_max_lines(max_lines);
        for (group, text) in docs {
            profile.add(group, text);
        }
        profile
    }

    #[test]
    fn line_hash_is_pinned() {
        // Saved profiles depend on these values: a change needs a new format version.
        let pinned: [(&str, u64); 5] = [
            ("", 0x33ba_153a_6aa1_d15b),
            ("a", 0x4ead_72ff_39f8_d1a8),
            ("* Home", 0xf995_9f8a_ffaf_01df),
            ("Sign up for our newsletter", 0x0dfa_158d_e6e6_5564),
            ("exactly sixteen!", 0xc91a_e001_665b_a1f2),
        ];
        for (text, hash) in pinned {
            assert_eq!(line_hash(text.as_bytes()), hash, "{text:?}");
        }
    }

    #[test]
    fn a_key_ignores_indentation_and_normalised_whitespace_but_not_case() {
        let key = |line: &str| line_key(&normalize_line(line));
        assert_eq!(key("  * Home\u{a0} "), key("* Home"));
        assert_eq!(key("\t* Ho\u{ad}me"), key("* Home"));
        assert_ne!(key("* home"), key("* Home"));
        assert_eq!(key("   "), None);
    }

    #[test]
    fn a_document_counts_each_line_once() {
        let keys = document_keys("Home\n\nHome\r\n  Home\nNews\n");
        assert_eq!(keys.len(), 2);
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        let mut profile = SiteProfile::new();
        profile.add("a.example", "Home\nHome\nNews\n");
        profile.add("a.example", "Home\n");
        let group = profile.group("a.example").unwrap();
        assert_eq!((group.pages(), group.pages_with("Home")), (2, Some(2)));
        assert_eq!(group.pages_with("News"), Some(1));
        assert_eq!(group.pages_with("Sport"), Some(0));
        assert_eq!(group.pages_with(""), None);
    }

    #[test]
    fn groups_of_urls_are_hosts() {
        assert_eq!(
            group_of_url("https://WWW.Example.com:8080/a?b#c").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            group_of_url("http://user@news.example.org/x").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(
            group_of_url("example.net/page").as_deref(),
            Some("example.net")
        );
        assert_eq!(group_of_url(""), None);
        assert_eq!(group_of_url("https:///path"), None);
    }

    #[test]
    fn the_cap_holds_and_samples_at_the_lowest_level_that_fits() {
        let docs = corpus();
        let full = build(&docs, usize::MAX);
        assert_eq!(full.sampling_level(), 0);
        let cap = full.entries() / 3;
        let capped = build(&docs, cap);
        let level = capped.sampling_level();
        assert!(level > 0 && capped.entries() <= cap);
        // One level lower, the corpus's pairs would not fit.
        let pairs_under = |limit: u64| -> usize {
            full.groups
                .iter()
                .map(|(_, c)| c.lines.keys().filter(|&&key| key <= limit).count())
                .sum()
        };
        assert!(pairs_under(u64::MAX >> (level - 1)) > cap);
        assert_eq!(pairs_under(u64::MAX >> level), capped.entries());
        // The pairs kept have their exact counts; the others are unknown, never zero.
        let (kept, dropped): (Vec<_>, Vec<_>) = full.groups[0]
            .1
            .lines
            .iter()
            .partition(|(&key, _)| key <= u64::MAX >> level);
        let group = capped.group(&full.groups[0].0).unwrap();
        for (&key, &count) in kept {
            assert_eq!(group.pages_with_key(key), Some(count));
        }
        for (&key, _) in dropped {
            assert_eq!(group.pages_with_key(key), None);
        }
        // The page counts are exact whatever the cap.
        assert_eq!(capped.pages(), docs.len() as u64);
    }

    #[test]
    fn merging_equals_counting_together() {
        let docs = corpus();
        for cap in [usize::MAX, 40] {
            let (first, second) = docs.split_at(7);
            let mut merged = build(first, cap);
            merged.merge(&build(second, cap));
            assert_eq!(saved(&merged), saved(&build(&docs, cap)), "cap {cap}");
            let mut other_way = build(second, cap);
            other_way.merge(&build(first, cap));
            assert_eq!(saved(&other_way), saved(&merged), "cap {cap}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn the_profile_does_not_depend_on_document_order(
            order in Just((0..18).collect::<Vec<usize>>()).prop_shuffle(),
            cap in prop_oneof![Just(usize::MAX), 10usize..200],
        ) {
            let docs = corpus();
            let shuffled: Vec<(String, String)> = order.iter().map(|&i| docs[i].clone()).collect();
            prop_assert_eq!(saved(&build(&shuffled, cap)), saved(&build(&docs, cap)));
        }
    }

    #[test]
    fn a_saved_profile_loads_as_it_was() {
        let profile = build(&corpus(), 60);
        let bytes = saved(&profile);
        let loaded = SiteProfile::load(&mut &bytes[..]).unwrap();
        assert_eq!(saved(&loaded), bytes);
        assert_eq!(loaded.sampling_level(), profile.sampling_level());
        let (a, b) = (profile.groups(), loaded.groups());
        assert_eq!(a.len(), b.len());
        for (a, b) in a.iter().zip(&b) {
            assert_eq!((a.name(), a.pages()), (b.name(), b.pages()));
            assert_eq!(a.pages_with("* Home"), b.pages_with("* Home"));
        }
        assert_eq!(&bytes[..8], b"DBSITES\n");
        assert_eq!(&bytes[bytes.len() - 4..], b"END\n");
    }

    #[test]
    fn a_damaged_profile_is_refused_with_its_offset() {
        let bytes = saved(&build(&corpus(), usize::MAX));
        let error = |bytes: &[u8]| SiteProfile::load(&mut &bytes[..]).unwrap_err().to_string();
        let mut flipped = bytes.clone();
        let middle = bytes.len() / 2;
        flipped[middle] ^= 0x40;
        assert!(
            error(&flipped).starts_with("not a valid site profile"),
            "{}",
            error(&flipped)
        );
        assert!(error(&bytes[..bytes.len() - 9]).contains("ends too early"));
        assert!(error(&bytes[..middle]).contains("ends too early"));
        assert!(error(b"{\"text\": \"a JSON line\"}").contains("magic bytes (at byte 0)"));
        let mut newer = bytes.clone();
        newer[8] = 2;
        assert!(error(&newer).contains("format version 2, but this deboiler reads version 1"));
        let mut longer = bytes.clone();
        longer.push(b'\n');
        assert!(error(&longer).contains("bytes after the end"));
    }
}

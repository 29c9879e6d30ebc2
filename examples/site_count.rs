//! Times the counting pass of site mode on one thread: the library calls the command line makes
//! for each JSONL document (`LineCleaner::site_keys_of_bytes`, then `SiteProfile::add_keys`), without the
//! cleaning pass. Measure its CPU time with `/usr/bin/time -v`:
//!
//! ```text
//! cargo build --release --example site_count
//! /usr/bin/time -v target/release/examples/site_count corpus.jsonl [--group-by url|FIELD]
//! ```
//!
//! It prints the documents and bytes read, the profile's sites, distinct lines, sampling level
//! and the memory its tables take.

use std::io::BufRead;

use deboiler::{Cleaner, SiteProfile};
use deboiler::{GroupBy, LineCleaner};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: site_count FILE.jsonl [--group-by url|FIELD]");
    let group_by = match (args.next().as_deref(), args.next()) {
        (Some("--group-by"), Some(spec)) => spec,
        _ => "url".to_string(),
    };
    let cleaner = Cleaner::default();
    let line_cleaner = LineCleaner {
        cleaner: &cleaner,
        field: vec!["text".to_string()],
        report_field: None,
        explain: false,
        group_by: Some(GroupBy::parse(&group_by)),
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(&path)?);
    let mut profile = SiteProfile::new();
    let (mut documents, mut bytes) = (0u64, 0u64);
    let started = std::time::Instant::now();
    let mut line = Vec::new();
    while reader.read_until(b'\n', &mut line)? > 0 {
        documents += 1;
        bytes += line.len() as u64;
        if let Some((group, keys)) = line_cleaner.site_keys_of_bytes(&line) {
            profile.add_keys(&group, &keys);
        }
        line.clear();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{documents} documents, {:.1} MB in {seconds:.2} s wall ({:.0} MB/s); {} sites, {} distinct lines, sampling level {}, tables {:.1} MB ({:.1} bytes per line)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        profile.groups().len(),
        profile.entries(),
        profile.sampling_level(),
        profile.memory_bytes() as f64 / 1e6,
        profile.memory_bytes() as f64 / profile.entries().max(1) as f64,
    );
    Ok(())
}

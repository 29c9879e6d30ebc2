//! Progress on stderr: a bar for long runs on a terminal, and the final one-line summary.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::messages::{self, count, thousands};

/// Totals of one run. Adds up across files and workers.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    pub documents: u64,
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Inputs (files or JSONL lines) that could not be cleaned.
    pub errors: u64,
    /// JSONL lines dropped by `--on-error skip`.
    pub skipped: u64,
    /// Documents that cleaning changes (counted for `--check`).
    pub changed: u64,
}

impl Totals {
    pub fn add(&mut self, other: Totals) {
        self.documents += other.documents;
        self.bytes_in += other.bytes_in;
        self.bytes_out += other.bytes_out;
        self.errors += other.errors;
        self.skipped += other.skipped;
        self.changed += other.changed;
    }
}

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    quiet: bool,
}

impl Progress {
    /// A bar that draws only when stderr is a terminal, `quiet` is off, and the run is long.
    pub fn new(quiet: bool, unit: &str) -> Self {
        let target = if !quiet && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr_with_hz(4)
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_style(
            ProgressStyle::with_template(&format!(
                "{{spinner}} {{elapsed}} {{human_pos}} {unit} {{msg}}"
            ))
            .expect("valid template"),
        );
        Progress {
            bar,
            started: Instant::now(),
            quiet,
        }
    }

    /// Records progress; the bar appears only after the first second, so short runs stay silent.
    pub fn update(&self, documents: u64, totals: &Totals) {
        self.bar.inc(documents);
        let elapsed = self.started.elapsed();
        if elapsed > Duration::from_secs(1) {
            self.bar.enable_steady_tick(Duration::from_millis(250));
            let seconds = elapsed.as_secs_f64();
            self.bar.set_message(format!(
                "({}/s, {}/s)",
                rate(self.bar.position() as f64 / seconds),
                size(totals.bytes_in as f64 / seconds)
            ));
        }
    }

    /// Clears the bar without a summary (a pass before the one the summary is about).
    pub fn clear(self) {
        self.bar.finish_and_clear();
    }

    /// Clears the bar and prints the summary line unless quiet.
    pub fn finish(self, totals: &Totals) {
        self.bar.finish_and_clear();
        if !self.quiet {
            messages::note(summary(totals, self.started.elapsed()));
        }
    }
}

/// A size in bytes as people read it (decimal units, as the throughput figures use): `1 byte`,
/// `850 bytes`, `12.3 kB`, `4.6 MB`, `1.07 GB`.
fn size(bytes: f64) -> String {
    match bytes {
        b if b.round() == 1.0 => "1 byte".to_string(),
        b if b < 999.5 => format!("{b:.0} bytes"),
        b if b < 999_950.0 => format!("{:.1} kB", b / 1e3),
        b if b < 999_950_000.0 => format!("{:.1} MB", b / 1e6),
        b => format!("{:.2} GB", b / 1e9),
    }
}

/// A rate of documents, to the precision it is worth: `8,626`, `42.5`, `0.37`.
fn rate(per_second: f64) -> String {
    if per_second >= 100.0 {
        thousands(per_second.round() as u64)
    } else if per_second >= 10.0 {
        format!("{per_second:.1}")
    } else {
        format!("{per_second:.2}")
    }
}

pub fn summary(totals: &Totals, elapsed: Duration) -> String {
    let change = if totals.bytes_in == 0 {
        "0.0% removed".to_string()
    } else if totals.bytes_out > totals.bytes_in {
        let added = 100.0 * (totals.bytes_out as f64 / totals.bytes_in as f64 - 1.0);
        format!("{added:.1}% added")
    } else {
        let removed = 100.0 * (1.0 - totals.bytes_out as f64 / totals.bytes_in as f64);
        format!("{removed:.1}% removed")
    };
    let mut line = format!(
        "{}, {} in, {} out ({change})",
        count(totals.documents, "document"),
        size(totals.bytes_in as f64),
        size(totals.bytes_out as f64),
    );
    if totals.errors > 0 {
        line.push_str(&format!(", {}", count(totals.errors, "error")));
    }
    if totals.skipped > 0 {
        line.push_str(&format!(", {} skipped", thousands(totals.skipped)));
    }
    let seconds = elapsed.as_secs_f64().max(1e-9);
    line.push_str(&format!(
        " in {:.2} s ({}/s)",
        elapsed.as_secs_f64(),
        size(totals.bytes_in as f64 / seconds)
    ));
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_reports_share_removed_and_errors() {
        let totals = Totals {
            documents: 3,
            bytes_in: 2_000_000,
            bytes_out: 1_500_000,
            errors: 1,
            ..Totals::default()
        };
        assert_eq!(
            summary(&totals, Duration::from_secs(2)),
            "3 documents, 2.0 MB in, 1.5 MB out (25.0% removed), 1 error in 2.00 s (1.0 MB/s)"
        );
    }

    #[test]
    fn sizes_and_rates_read_naturally() {
        assert_eq!(size(1.0), "1 byte");
        assert_eq!(size(12.0), "12 bytes");
        assert_eq!(size(999.0), "999 bytes");
        assert_eq!(size(12_345.0), "12.3 kB");
        assert_eq!(size(999_999.0), "1.0 MB");
        assert_eq!(size(210_000_000.0), "210.0 MB");
        assert_eq!(size(1_070_000_000.0), "1.07 GB");
        assert_eq!(rate(8626.3411), "8,626");
        assert_eq!(rate(42.53), "42.5");
        assert_eq!(rate(0.372), "0.37");
    }

    #[test]
    fn output_larger_than_input_is_added_not_negative() {
        let totals = Totals {
            documents: 1,
            bytes_in: 100,
            bytes_out: 101,
            ..Totals::default()
        };
        let line = summary(&totals, Duration::from_millis(500));
        assert_eq!(
            line,
            "1 document, 100 bytes in, 101 bytes out (1.0% added) in 0.50 s (200 bytes/s)"
        );
    }
}

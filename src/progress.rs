//! Progress on stderr: a bar for long runs on a terminal, and the final one-line summary.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

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
                "{{spinner}} {{elapsed}} {{human_pos}} {unit} ({{per_sec}}) {{msg}}"
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
            self.bar
                .set_message(format!("{:.1} MB/s", mb_per_s(totals.bytes_in, elapsed)));
        }
    }

    /// Clears the bar and prints the summary line unless quiet.
    pub fn finish(self, totals: &Totals) {
        self.bar.finish_and_clear();
        if !self.quiet {
            eprintln!("deboiler: {}", summary(totals, self.started.elapsed()));
        }
    }
}

fn mb_per_s(bytes: u64, elapsed: Duration) -> f64 {
    bytes as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9)
}

pub fn summary(totals: &Totals, elapsed: Duration) -> String {
    let removed = if totals.bytes_in == 0 {
        0.0
    } else {
        100.0 * (1.0 - totals.bytes_out as f64 / totals.bytes_in as f64)
    };
    let mut line = format!(
        "{} documents, {:.1} MB in, {:.1} MB out ({removed:.1}% removed)",
        totals.documents,
        totals.bytes_in as f64 / 1e6,
        totals.bytes_out as f64 / 1e6,
    );
    if totals.errors > 0 {
        line.push_str(&format!(", {} errors", totals.errors));
    }
    if totals.skipped > 0 {
        line.push_str(&format!(", {} skipped", totals.skipped));
    }
    line.push_str(&format!(
        " in {:.2} s ({:.1} MB/s)",
        elapsed.as_secs_f64(),
        mb_per_s(totals.bytes_in, elapsed)
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
            "3 documents, 2.0 MB in, 1.5 MB out (25.0% removed), 1 errors in 2.00 s (1.0 MB/s)"
        );
    }
}

//! deboiler's research tools, kept out of the library so they cost its users nothing: loaders
//! for the benchmark files and their metrics ([`bench`](mod@bench), [`metrics`], [`noise`]),
//! and the folds of site-grouped cross-validation ([`folds`]).
//!
//! The examples in `lab/examples/` are the commands built on them (`quality`, …). Nothing here
//! runs at deboiler's run or test time on the benchmark data: the data paths are arguments.

pub mod augment;
pub mod bench;
pub mod cv;
pub mod dataset;
pub mod folds;
pub mod label;
pub mod metrics;
pub mod noise;
pub mod settings;
pub mod train;

//! Prints the line model's scores of every line of a text file (first stage, final, and the
//! rule verdict), for looking into what the model does.
//!
//! ```text
//! cargo run --release --example scores -- page.txt
//! ```

use deboiler::__internals::model::{verdict_stands, DocumentInputs, LineModel};
use deboiler::Cleaner;
use deboiler::Document;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).expect("usage: scores FILE");
    let text = std::fs::read_to_string(&path)?;
    let doc = Document::parse(&text);
    let model = LineModel::embedded();
    let inputs = Cleaner::default().model_inputs(&doc);
    let stands: Vec<bool> = inputs.verdicts.iter().map(|&v| verdict_stands(v)).collect();
    let inputs = DocumentInputs::new(
        inputs.lines,
        inputs.features,
        model.model_verdicts(inputs.verdicts),
        inputs.profile,
    );
    let names = model.verdict_names();
    let scores = model.score_document(&inputs.view(), |i| !stands[i]);
    println!("profile {:?}", inputs.profile);
    for (i, line) in inputs.lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        let verdict = names[usize::from(inputs.verdicts[i])];
        println!(
            "{:>4} {:>5.2} {:>5.2} {:<14} {}",
            i + 1,
            scores.first[i],
            scores.last[i],
            verdict,
            line.trim()
        );
    }
    Ok(())
}

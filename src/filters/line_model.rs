//! # line-model
//!
//! **What it removes.** Lines the learned line model scores as noise: a probability at or above
//! the threshold of the document's profile (higher for extracted articles, where a lost
//! sentence costs more than a kept menu entry). The `--explain` reason gives the score and the
//! features that pushed it most, e.g. `score 0.93: words "sign up"; short lines around 5`.
//!
//! **Why it is noise.** The phrase rules name kinds of noise; every site words its menus,
//! prompts and footers its own way, in its own language. The model learned from labelled lines
//! of real pages which words, shapes and positions mark them (see `docs/model-card.md`).
//!
//! **How it works with the rules.** It runs after every other filter and reads their verdicts
//! as features. Removals by the rules for the mission's kinds (social embeds, copyright,
//! comment policy, bylines and bios, captions and credits, publisher notices, widgets, off-topic
//! lines, second copies of the text) stand. The verdicts of the layout rules (page chrome, the
//! main-content region, see [`crate::model::ADVISORY`]) are advice: the
//! model decides those lines, usually agreeing. With `--disable line-model` the rules decide
//! alone.
//!
//! **Rules.**
//!
//! - `line-model/score`: a line the model scores at or above its profile's threshold
//!
//! **Example.** In a page dump, `Kommentare schreiben` under an article is removed with
//! `score 0.95: words "kommentare schreiben"; …` though no rule lists it.
//!
//! **Known false positives.** Short standalone lines in extracted articles (a one-line
//! paragraph, a subheading, a list of ingredients) score higher than prose; the article
//! threshold keeps most of them. Text in a language absent from the training pages is judged
//! by layout more than by words.
//!
//! **Deliberately kept.** A sentence of four words or more (ending with `.`, `!` or `?`) whose
//! nearest lines above and below are prose that stays is the article's text, whatever its
//! score ("He declined to comment." between two paragraphs of a page dump).

use crate::filter::{Context, Filter, Finding, Rule};

/// Its id, which the pipeline recognises to run the model in its place.
pub const ID: &str = "line-model";

/// The rule of every removal the model makes (its reason gives the score).
pub const SCORE: Rule = Rule::new(
    "score",
    "a line the model scores at or above its profile's threshold",
);

pub struct LineModelStep;

impl Filter for LineModelStep {
    fn id(&self) -> &'static str {
        ID
    }

    fn summary(&self) -> &'static str {
        "lines a learned model scores as noise (words, layout, position, neighbours and the rules' verdicts)"
    }

    fn rules(&self) -> &'static [Rule] {
        &[SCORE]
    }

    /// The pipeline runs the model itself (it revises the layout rules' removals, which a
    /// filter cannot): see `Cleaner::apply_model`.
    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}

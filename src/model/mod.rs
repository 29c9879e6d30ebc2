//! The line model: a linear model over hashed line features that scores how likely each line is
//! noise, trained on labelled lines of the benchmark pages (see `docs/model-card.md`).
//!
//! Rules name kinds of noise; the model learns the long tail no list of phrases can hold
//! (every site's own menus and prompts, in every language). It reads the rules' verdicts as
//! features, so it can trust a rule where the rule is reliable and overrule it where it is not.
//! The weights are embedded in the binary ([`LineModel::embedded`]); nothing is trained or
//! downloaded at run time.
//!
//! File format (little-endian): `DBLM`, version (u16), hash bits (u8), whether it has a second
//! stage (u8); the word-weight scale and the thresholds (f32 each: page dumps, extracted
//! articles, lines of extracted articles a layout rule would remove); the number of verdict
//! names (u16) and each name (u8 length, UTF-8); `1 << bits` word weights (i8, times the
//! scale); the fact weights of page dumps, then of extracted articles (f32, [`FACTS`] each);
//! with a second stage, its weights of page dumps, then of extracted articles (f32,
//! [`STACK_FACTS`] each).

pub mod advice;
mod facts;
pub mod features;
mod file;
mod overlap;
pub mod stack;
mod words;

use std::sync::{Arc, LazyLock};

use features::{line_features, DocumentView, Fact, Name, Scratch, Sink, BITS, BUCKETS, MAX_WORDS};
use stack::{stack_features, Around, StackDocument, StackView, BLANK, RULED, STACK_BUCKETS};

pub use advice::{Advice, ADVISORY};

use crate::blocks::{Features, Profile};

/// The committed model, trained by `cargo run --release --example train` (see the model card).
static EMBEDDED: &[u8] = include_bytes!("line-model.bin");

/// The verdicts a newly trained model knows: "" (no rule removes the line), then every
/// filter's id in pipeline order.
pub fn registry_verdicts() -> Vec<&'static str> {
    std::iter::once("")
        .chain(
            crate::filters::all()
                .iter()
                .map(|filter| filter.id())
                .filter(|&id| id != crate::filters::line_model::ID),
        )
        .collect()
}

/// The scores at or above which lines are removed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Lines of page dumps.
    pub page: f32,
    /// Lines of extracted articles.
    pub article: f32,
    /// Lines of extracted articles that a layout rule ([`ADVISORY`]) would remove: the rule's
    /// verdict is evidence the score already weighs, so a lower bar than for other lines.
    pub article_advised: f32,
}

/// The verdict index of a filter id: its place in [`registry_verdicts`] (0 for an unknown id).
pub fn verdict_of(filter: &str) -> u8 {
    VERDICTS
        .iter()
        .position(|&name| name == filter)
        .map_or(0, |at| at as u8)
}

static VERDICTS: LazyLock<Vec<&'static str>> = LazyLock::new(registry_verdicts);

/// Whether each verdict of the registry is a named rule's, looked up once per filter.
static STANDING_VERDICTS: LazyLock<Vec<bool>> = LazyLock::new(|| {
    VERDICTS
        .iter()
        .map(|id| !id.is_empty() && !ADVISORY.contains(id))
        .collect()
});

/// Whether a verdict of the registry ([`verdict_of`]) is a named rule's, not advice
/// ([`ADVISORY`]): the model neither judges its lines nor learns from them. A rule of an
/// advisory filter whose removal stands ([`advice::STANDING_RULES`]) is still judged and
/// learnt from, as any advice; its line goes whatever the score.
pub fn verdict_stands(verdict: u8) -> bool {
    STANDING_VERDICTS[usize::from(verdict)]
}

/// Entries of the dense fact table of one profile.
pub const FACTS: usize = Fact::ALL.len() * BUCKETS;

/// Entries of the second stage's table of one profile.
pub const STACK_FACTS: usize = Around::ALL.len() * STACK_BUCKETS;

/// The trainer's weight layout of the first stage: the `1 << BITS` word slots, then three
/// weights a fact (shared, page dumps, extracted articles); a fact's weight in a profile is
/// the shared one plus the profile's, which lets the profiles share what they have in common.
pub const FIRST_STAGE_WEIGHTS: usize = (1 << BITS) + 3 * FACTS;

/// The trainer's weight layout of the second stage: three weights a fact, as the first's.
pub const SECOND_STAGE_WEIGHTS: usize = 3 * STACK_FACTS;

/// The trainer's two slots of a fact: the shared one and the profile's.
pub fn fact_slots(base: u32, index: u32, page: bool) -> [u32; 2] {
    let at = base + 3 * index;
    [at, at + if page { 1 } else { 2 }]
}

/// Folds the trainer's three weights a fact into one table a profile.
fn per_profile(weights: &[f32], facts: usize) -> [Vec<f32>; 2] {
    let table = |offset: usize| {
        (0..facts)
            .map(|i| weights[3 * i] + weights[3 * i + offset])
            .collect()
    };
    [table(1), table(2)]
}

/// A trained line model.
#[derive(Clone)]
pub struct LineModel {
    words: WordTable,
    scale: f32,
    /// Fact weights of page dumps and of extracted articles.
    facts: [Vec<f32>; 2],
    /// The second stage's weights of page dumps and of extracted articles; a model without
    /// one scores lines by the first stage alone.
    stack: Option<[Vec<f32>; 2]>,
    pub thresholds: Thresholds,
    /// The verdicts the model was trained with: "" (no rule), then filter ids.
    verdict_names: Vec<&'static str>,
    /// Per verdict of this build's registry ([`verdict_of`]), the model's verdict: the index of
    /// the same filter among `verdict_names`, 0 for a filter the model was not trained with.
    from_registry: Vec<u8>,
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid line model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

fn profile_table(tables: &[Vec<f32>; 2], page: bool) -> &[f32] {
    &tables[usize::from(!page)]
}

impl LineModel {
    /// The model built into deboiler.
    pub fn embedded() -> Arc<LineModel> {
        static MODEL: LazyLock<Arc<LineModel>> = LazyLock::new(|| {
            Arc::new(LineModel::from_static(EMBEDDED).expect("the embedded model is valid"))
        });
        Arc::clone(&MODEL)
    }

    /// The model built into deboiler, read again (an error when its format or filters are not
    /// this build's: then it needs retraining).
    pub fn try_embedded() -> Result<LineModel, ModelError> {
        LineModel::from_static(EMBEDDED)
    }

    /// A model from the trainer's weights ([`FIRST_STAGE_WEIGHTS`] and, with a second stage,
    /// [`SECOND_STAGE_WEIGHTS`]); word weights are quantised to 8 bits.
    pub fn from_weights(
        first: &[f32],
        second: Option<&[f32]>,
        thresholds: Thresholds,
        verdict_names: &[&'static str],
    ) -> Self {
        assert_eq!(first.len(), FIRST_STAGE_WEIGHTS, "first-stage weights");
        let (words, facts) = first.split_at(1 << BITS);
        let largest = words.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        LineModel {
            words: WordTable::Owned(word_table(
                words
                    .iter()
                    .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8)
                    .collect(),
            )),
            scale,
            facts: per_profile(facts, FACTS),
            stack: second.map(|second| {
                assert_eq!(second.len(), SECOND_STAGE_WEIGHTS, "second-stage weights");
                per_profile(second, STACK_FACTS)
            }),
            thresholds,
            from_registry: from_registry(verdict_names),
            verdict_names: verdict_names.to_vec(),
        }
    }

    /// Whether the model has a second stage.
    pub fn stacked(&self) -> bool {
        self.stack.is_some()
    }

    /// The verdict names the model was trained with.
    pub fn verdict_names(&self) -> &[&'static str] {
        &self.verdict_names
    }

    /// The filters of this build the model was not trained with: their removals stand, and
    /// the model reads their lines as lines no rule removes until it is retrained.
    pub fn untrained_filters(&self) -> Vec<&'static str> {
        registry_verdicts()
            .into_iter()
            .filter(|name| !self.verdict_names.contains(name))
            .collect()
    }

    /// The model's verdicts of the registry's ([`verdict_of`], as the pipeline records them),
    /// which [`DocumentView::verdicts`] holds. The identity for a model trained with this
    /// build's filters.
    pub fn model_verdicts(&self, mut verdicts: Vec<u8>) -> Vec<u8> {
        let identity = self
            .from_registry
            .iter()
            .enumerate()
            .all(|(at, &verdict)| usize::from(verdict) == at);
        if !identity {
            for verdict in &mut verdicts {
                *verdict = self
                    .from_registry
                    .get(usize::from(*verdict))
                    .copied()
                    .unwrap_or(0);
            }
        }
        verdicts
    }

    /// The threshold of a line of a document of this profile, `advised` when a layout rule
    /// would remove it.
    pub fn threshold(&self, profile: Profile, advised: bool) -> f32 {
        match (profile, advised) {
            (Profile::Page, _) => self.thresholds.page,
            (_, false) => self.thresholds.article,
            (_, true) => self.thresholds.article_advised,
        }
    }

    /// The first stage's probability of noise for a line whose features the trainer collected
    /// in its layout ([`FIRST_STAGE_WEIGHTS`]), summed exactly as [`LineModel::score`] sums them.
    pub fn score_collected(&self, slots: &[u32], values: &[f32], page: bool) -> f32 {
        let mut sum = Sum::new(self, page);
        for (&slot, &value) in slots.iter().zip(values) {
            if slot < 1 << BITS {
                sum.words += f32::from(self.words[slot as usize] as i8) * value;
            } else if (slot - (1 << BITS)) % 3 == 0 {
                sum.facts += sum.table[((slot - (1 << BITS)) / 3) as usize];
            }
        }
        sum.probability()
    }

    /// The first stage's probability that line `index` is noise, from the line and its
    /// neighbours' layout alone.
    pub fn score(&self, view: &DocumentView<'_>, index: usize, scratch: &mut Scratch) -> f32 {
        let mut sum = Sum::new(self, view.profile == Profile::Page);
        line_features(view, &self.verdict_names, index, scratch, &mut sum);
        sum.probability()
    }

    /// The probability of noise of every line `judge` accepts (NaN for the others): the first
    /// stage's, then, when the model has one, the second stage's.
    pub fn score_document(
        &self,
        view: &DocumentView<'_>,
        judge: impl Fn(usize) -> bool,
    ) -> DocumentScores {
        let mut scratch = Scratch::default();
        let first: Vec<f32> = (0..view.lines.len())
            .map(|i| {
                if view.lines[i].is_empty() {
                    BLANK
                } else if !judge(i) {
                    RULED
                } else {
                    self.score(view, i, &mut scratch)
                }
            })
            .collect();
        let Some(stack) = &self.stack else {
            let last = first
                .iter()
                .map(|&s| if s == RULED { BLANK } else { s })
                .collect();
            return DocumentScores {
                first,
                last,
                stack: None,
            };
        };
        let table = profile_table(stack, view.profile == Profile::Page);
        let indents: Vec<u32> = view.features.iter().map(|f| f.indent as u32).collect();
        let stack_view = StackView {
            scores: &first,
            verdicts: view.verdicts,
            indents: &indents,
            profile: view.profile,
        };
        let doc = StackDocument::new(&stack_view);
        let last = (0..first.len())
            .map(|i| {
                if first[i].is_nan() || first[i] == RULED {
                    return BLANK;
                }
                let mut sum = StackSum { table, total: 0.0 };
                stack_features(&stack_view, &doc, &self.verdict_names, i, &mut sum);
                sigmoid(sum.total)
            })
            .collect();
        DocumentScores {
            first,
            last,
            stack: Some(doc),
        }
    }

    /// The second stage's strongest fact towards noise for line `index`, if any.
    pub fn explain_stack(
        &self,
        view: &DocumentView<'_>,
        scores: &DocumentScores,
        index: usize,
    ) -> Option<String> {
        let doc = scores.stack.as_ref()?;
        let table = profile_table(self.stack.as_ref()?, view.profile == Profile::Page);
        let indents: Vec<u32> = view.features.iter().map(|f| f.indent as u32).collect();
        let stack_view = StackView {
            scores: &scores.first,
            verdicts: view.verdicts,
            indents: &indents,
            profile: view.profile,
        };
        let mut collect = Collect {
            model: self,
            table,
            around: true,
            found: Vec::new(),
        };
        stack_features(&stack_view, doc, &self.verdict_names, index, &mut collect);
        collect
            .strongest(1)
            .into_iter()
            .next()
            .map(|(_, name)| name)
    }

    /// The features that pushed line `index` most towards noise, strongest first, with their
    /// contributions to the log-odds.
    pub fn explain(
        &self,
        view: &DocumentView<'_>,
        index: usize,
        scratch: &mut Scratch,
        top: usize,
    ) -> Vec<(f32, String)> {
        let mut collect = Collect {
            model: self,
            table: profile_table(&self.facts, view.profile == Profile::Page),
            around: false,
            found: Vec::new(),
        };
        line_features(view, &self.verdict_names, index, scratch, &mut collect);
        collect.strongest(top)
    }
}

/// Per verdict of the registry, the index of its filter among `names` (0 when absent).
fn from_registry(names: &[&'static str]) -> Vec<u8> {
    registry_verdicts()
        .iter()
        .map(|name| {
            names
                .iter()
                .position(|known| known == name)
                .map_or(0, |at| at as u8)
        })
        .collect()
}

/// The word weights (`i8`s as bytes), a table of exactly `1 << BITS`, which every slot indexes:
/// the embedded model's, read in place, or a model's read or trained at run time.
#[derive(Clone)]
enum WordTable {
    Embedded(&'static [u8; 1 << BITS]),
    Owned(Box<[u8; 1 << BITS]>),
}

impl std::ops::Deref for WordTable {
    type Target = [u8; 1 << BITS];

    fn deref(&self) -> &Self::Target {
        match self {
            WordTable::Embedded(weights) => weights,
            WordTable::Owned(weights) => weights,
        }
    }
}

/// The word weights as a table of exactly `1 << BITS`, which every slot indexes.
fn word_table(weights: Vec<u8>) -> Box<[u8; 1 << BITS]> {
    weights
        .into_boxed_slice()
        .try_into()
        .expect("1 << BITS word weights")
}

pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Masks a word slot to the table's size (which it never exceeds), so lookups need no bounds
/// check.
const WORD_MASK: usize = (1 << BITS) - 1;

/// The first stage's sum: words (quantised) and facts apart, as the trainer's scorer sums them.
struct Sum<'m> {
    words_table: &'m [u8; 1 << BITS],
    table: &'m [f32],
    scale: f32,
    words: f32,
    facts: f32,
}

impl<'m> Sum<'m> {
    fn new(model: &'m LineModel, page: bool) -> Self {
        Sum {
            words_table: &model.words,
            table: profile_table(&model.facts, page),
            scale: model.scale,
            words: 0.0,
            facts: 0.0,
        }
    }

    fn probability(&self) -> f32 {
        sigmoid(self.words * self.scale + self.facts)
    }
}

impl Sink for Sum<'_> {
    #[inline]
    fn word(&mut self, slot: u32, value: f32, _name: Name<'_>) {
        self.words += f32::from(self.words_table[slot as usize] as i8) * value;
    }

    #[inline]
    fn words<'t>(&mut self, slots: &[u32], value: f32, _name: impl Fn(usize) -> Name<'t>) {
        // All the lookups first (they overlap), then the sum in order.
        let mut weights = [0i8; 2 * MAX_WORDS];
        for (weight, &slot) in weights.iter_mut().zip(slots) {
            *weight = self.words_table[slot as usize & WORD_MASK] as i8;
        }
        for &weight in &weights[..slots.len().min(2 * MAX_WORDS)] {
            self.words += f32::from(weight) * value;
        }
    }

    #[inline]
    fn fact(&mut self, index: u32, _page: bool, _name: Name<'_>) {
        self.facts += self.table[index as usize];
    }

    #[inline]
    fn facts(&mut self, facts: &[(Fact, u8)], _page: bool, _names: &features::VerdictNames) {
        // Summed in a register, in order.
        let mut sum = self.facts;
        for &(fact, bucket) in facts {
            sum += self.table[fact.index(bucket) as usize];
        }
        self.facts = sum;
    }
}

/// Scores of a document's lines.
pub struct DocumentScores {
    /// The first stage's, with [`stack::BLANK`] and [`stack::RULED`] for lines it does not judge.
    pub first: Vec<f32>,
    /// The final probabilities (NaN for lines not judged).
    pub last: Vec<f32>,
    /// The second stage's per-document values, for explanations.
    stack: Option<StackDocument>,
}

struct StackSum<'w> {
    table: &'w [f32],
    total: f32,
}

impl Sink for StackSum<'_> {
    fn word(&mut self, _slot: u32, _value: f32, _name: Name<'_>) {}

    #[inline]
    fn fact(&mut self, index: u32, _page: bool, _name: Name<'_>) {
        self.total += self.table[index as usize];
    }
}

/// Every feature's contribution to the log-odds, with its name.
struct Collect<'m> {
    model: &'m LineModel,
    table: &'m [f32],
    /// Whether these are the second stage's facts.
    around: bool,
    found: Vec<(f32, String)>,
}

impl Collect<'_> {
    /// The `top` strongest contributions towards noise, one per name.
    fn strongest(mut self, top: usize) -> Vec<(f32, String)> {
        self.found
            .sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        self.found.dedup_by(|a, b| a.1 == b.1);
        self.found.retain(|(contribution, _)| *contribution > 0.0);
        self.found.truncate(top);
        self.found
    }
}

impl Sink for Collect<'_> {
    fn word(&mut self, slot: u32, value: f32, name: Name<'_>) {
        let contribution =
            f32::from(self.model.words[slot as usize] as i8) * value * self.model.scale;
        if contribution > 0.0 {
            self.found.push((contribution, name.to_string()));
        }
    }

    fn fact(&mut self, index: u32, _page: bool, name: Name<'_>) {
        let contribution = self.table[index as usize];
        let described = match name {
            Name::Fact(Fact::Bias, _) => false,
            Name::Around(fact, bucket) => fact.describe(bucket).is_some(),
            // The second stage's verdict repeats the first stage's.
            Name::Verdict(..) => !self.around,
            _ => true,
        };
        if contribution > 0.0 && described {
            self.found.push((contribution, name.to_string()));
        }
    }
}

/// What the model's features of a document are computed from, owned.
pub struct DocumentInputs<'a> {
    pub lines: Vec<&'a str>,
    pub features: Vec<Features>,
    pub verdicts: Vec<u8>,
    pub profile: Profile,
    pub layout: features::Layout,
}

impl<'a> DocumentInputs<'a> {
    pub fn new(
        lines: Vec<&'a str>,
        features: Vec<Features>,
        verdicts: Vec<u8>,
        profile: Profile,
    ) -> Self {
        let layout = features::Layout::of(&lines, &features, &verdicts);
        DocumentInputs {
            lines,
            features,
            verdicts,
            profile,
            layout,
        }
    }

    pub fn view(&self) -> DocumentView<'_> {
        DocumentView {
            lines: &self.lines,
            features: &self.features,
            verdicts: &self.verdicts,
            profile: self.profile,
            layout: &self.layout,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model_with(names: &[&'static str]) -> LineModel {
        let thresholds = Thresholds {
            page: 0.5,
            article: 0.95,
            article_advised: 0.9,
        };
        LineModel::from_weights(&vec![0.0; FIRST_STAGE_WEIGHTS], None, thresholds, names)
    }

    #[test]
    fn a_model_trained_without_a_filter_loads_and_reads_its_verdict_as_no_rule() {
        let names: Vec<&'static str> = registry_verdicts()
            .into_iter()
            .filter(|&name| name != "site-boilerplate")
            .collect();
        let model = LineModel::from_bytes(&model_with(&names).to_bytes()).expect("loads");
        assert_eq!(model.untrained_filters(), ["site-boilerplate"]);
        let copyright = names.iter().position(|&n| n == "copyright").unwrap() as u8;
        assert_eq!(
            model.model_verdicts(vec![
                0,
                verdict_of("site-boilerplate"),
                verdict_of("copyright")
            ]),
            [0, 0, copyright]
        );
    }

    #[test]
    fn a_model_of_this_registry_reads_verdicts_unchanged() {
        let model = model_with(&registry_verdicts());
        assert!(model.untrained_filters().is_empty());
        let all: Vec<u8> = (0..registry_verdicts().len() as u8).collect();
        assert_eq!(model.model_verdicts(all.clone()), all);
        assert!(LineModel::try_embedded().is_ok());
    }

    #[test]
    fn a_model_naming_a_filter_twice_is_refused() {
        let bytes = model_with(&["", "copyright", "copyright"]).to_bytes();
        assert!(LineModel::from_bytes(&bytes).is_err());
    }
}

//! The line model: a linear model over hashed line features that scores how likely each line is
//! noise, trained on labelled lines of the benchmark pages (see `docs/model-card.md`).
//!
//! Rules name kinds of noise; the model learns the long tail no list of phrases can hold
//! (every site's own menus and prompts, in every language). It reads the rules' verdicts as
//! features, so it can trust a rule where the rule is reliable and overrule it where it is not.
//! The weights are embedded in the binary ([`LineModel::embedded`]); nothing is trained or
//! downloaded at run time.
//!
//! File format (little-endian): `DBLM`, version (u16), hash bits (u8), 0 (u8); the weight
//! scale, the thresholds (f32 each: page dumps, extracted articles, lines of extracted articles
//! a layout rule would remove); the number of verdict names (u16) and
//! each name (u8 length, UTF-8); then `1 << bits` first-stage weights (i8, multiplied by the
//! scale); then `1 << STACK_BITS` second-stage weights (f32).

pub mod features;
pub mod stack;

use std::sync::{Arc, LazyLock};

use features::{line_features, DocumentView, Name, Scratch, Sink, BITS};
use stack::{stack_features, StackDocument, StackView, BLANK, RULED, STACK_BITS};

use crate::blocks::{Features, Profile};

/// The committed model, trained by `cargo run --release --example train` (see the model card).
static EMBEDDED: &[u8] = include_bytes!("line-model.bin");

/// The rules whose removals are advice to the model when it runs: they judge layout and
/// context, where the model, which reads their verdicts, is measured to decide better. The
/// other rules name the mission's kinds of noise precisely; their removals stand.
pub const ADVISORY: &[&str] = &[
    "page-chrome",
    "main-content",
    "boilerplate-block",
    "off-topic",
    "repeated-line",
];

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

/// The verdict index of a filter id: its place in [`registry_verdicts`].
pub fn verdict_of(filter: &str) -> u8 {
    registry_verdicts()
        .iter()
        .position(|&name| name == filter)
        .map_or(0, |at| at as u8)
}

/// A trained line model.
#[derive(Clone)]
pub struct LineModel {
    weights: Vec<i8>,
    scale: f32,
    /// The second stage ([`stack`]); all zero in a model without one, which then scores lines
    /// by the first stage alone.
    stack: Vec<f32>,
    pub thresholds: Thresholds,
    /// The verdicts the model was trained with: "" (no rule), then filter ids.
    verdict_names: Vec<&'static str>,
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

const MAGIC: &[u8; 4] = b"DBLM";
const VERSION: u16 = 3;

impl LineModel {
    /// The model built into deboiler.
    pub fn embedded() -> Arc<LineModel> {
        static MODEL: LazyLock<Arc<LineModel>> = LazyLock::new(|| {
            Arc::new(LineModel::from_bytes(EMBEDDED).expect("the embedded model is valid"))
        });
        Arc::clone(&MODEL)
    }

    /// The model built into deboiler, read again (an error when its format or filters are not
    /// this build's: then it needs retraining).
    pub fn try_embedded() -> Result<LineModel, ModelError> {
        LineModel::from_bytes(EMBEDDED)
    }

    /// A model from float weights (`1 << BITS` of them, quantised to 8 bits) and, if any,
    /// second-stage weights (`1 << STACK_BITS`).
    pub fn from_weights(
        weights: &[f32],
        stack: Option<&[f32]>,
        thresholds: Thresholds,
        verdict_names: &[&'static str],
    ) -> Self {
        assert_eq!(weights.len(), 1 << BITS, "one weight per hash slot");
        let largest = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        LineModel {
            weights: weights
                .iter()
                .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
                .collect(),
            scale,
            stack: match stack {
                Some(stack) => {
                    assert_eq!(stack.len(), 1 << STACK_BITS, "one weight per stack slot");
                    stack.to_vec()
                }
                None => Vec::new(),
            },
            thresholds,
            verdict_names: verdict_names.to_vec(),
        }
    }

    /// Whether the model has a second stage.
    pub fn stacked(&self) -> bool {
        !self.stack.is_empty()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.weights.len() + 256);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(BITS as u8);
        out.push(0);
        let t = &self.thresholds;
        for value in [self.scale, t.page, t.article, t.article_advised] {
            out.extend_from_slice(&value.to_le_bytes());
        }
        out.extend_from_slice(&(self.verdict_names.len() as u16).to_le_bytes());
        for name in &self.verdict_names {
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
        }
        out.extend(self.weights.iter().map(|&w| w as u8));
        out.push(u8::from(self.stacked()));
        for weight in &self.stack {
            out.extend_from_slice(&weight.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(4)? != MAGIC {
            return Err(ModelError("not a deboiler line model".into()));
        }
        let version = u16::from_le_bytes(reader.array()?);
        if version != VERSION {
            return Err(ModelError(format!("version {version}, expected {VERSION}")));
        }
        let bits = reader.take(2)?[0];
        if u32::from(bits) != BITS {
            return Err(ModelError(format!("{bits} hash bits, expected {BITS}")));
        }
        let scale = f32::from_le_bytes(reader.array()?);
        let thresholds = Thresholds {
            page: f32::from_le_bytes(reader.array()?),
            article: f32::from_le_bytes(reader.array()?),
            article_advised: f32::from_le_bytes(reader.array()?),
        };
        let names = u16::from_le_bytes(reader.array()?);
        let mut verdict_names = Vec::with_capacity(usize::from(names));
        for _ in 0..names {
            let length = reader.take(1)?[0];
            let name = std::str::from_utf8(reader.take(usize::from(length))?)
                .map_err(|_| ModelError("a verdict name is not UTF-8".into()))?;
            verdict_names.push(verdict_name(name)?);
        }
        if verdict_names != registry_verdicts() {
            return Err(ModelError(
                "trained with other filters than these: retrain it".into(),
            ));
        }
        let weights = reader.take(1 << BITS)?.iter().map(|&w| w as i8).collect();
        let stack = if reader.take(1)?[0] == 1 {
            reader
                .take(4 << STACK_BITS)?
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes(b.try_into().expect("4 bytes")))
                .collect()
        } else {
            Vec::new()
        };
        if reader.at != bytes.len() {
            return Err(ModelError("trailing bytes".into()));
        }
        Ok(LineModel {
            weights,
            scale,
            stack,
            thresholds,
            verdict_names,
        })
    }

    /// The verdict names the model was trained with.
    pub fn verdict_names(&self) -> &[&'static str] {
        &self.verdict_names
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

    /// The first stage's probability of noise for a line with these features, summed exactly
    /// as [`LineModel::score`] sums them (for the trainer, which keeps features, not text).
    pub fn score_features(&self, slots: &[u32], values: &[f32]) -> f32 {
        let mut sum = Sum {
            weights: &self.weights,
            total: 0.0,
        };
        for (&slot, &value) in slots.iter().zip(values) {
            sum.add(slot, value, Name::Fact(""));
        }
        sigmoid(sum.total * self.scale)
    }

    /// The first stage's probability that line `index` is noise, from the line and its
    /// neighbours' layout alone.
    pub fn score(&self, view: &DocumentView<'_>, index: usize, scratch: &mut Scratch) -> f32 {
        let mut sum = Sum {
            weights: &self.weights,
            total: 0.0,
        };
        line_features(view, &self.verdict_names, index, scratch, &mut sum);
        sigmoid(sum.total * self.scale)
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
        if !self.stacked() {
            let last = first
                .iter()
                .map(|&s| if s == RULED { BLANK } else { s })
                .collect();
            return DocumentScores {
                first,
                last,
                stack: None,
            };
        }
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
                let mut sum = StackSum {
                    weights: &self.stack,
                    total: 0.0,
                };
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

    /// The second stage's strongest feature towards noise for line `index`, if any.
    pub fn explain_stack(&self, view: &DocumentView<'_>, scores: &DocumentScores, index: usize) -> Option<String> {
        let doc = scores.stack.as_ref()?;
        let indents: Vec<u32> = view.features.iter().map(|f| f.indent as u32).collect();
        let stack_view = StackView {
            scores: &scores.first,
            verdicts: view.verdicts,
            indents: &indents,
            profile: view.profile,
        };
        let mut collect = StackCollect {
            weights: &self.stack,
            best: None,
        };
        stack_features(&stack_view, doc, &self.verdict_names, index, &mut collect);
        collect.best.map(|(_, name)| name)
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
            weights: &self.weights,
            scale: self.scale,
            found: Vec::new(),
        };
        line_features(view, &self.verdict_names, index, scratch, &mut collect);
        let mut found = collect.found;
        found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        found.dedup_by(|a, b| a.1 == b.1);
        found.retain(|(contribution, _)| *contribution > 0.0);
        found.truncate(top);
        found
    }
}

fn verdict_name(name: &str) -> Result<&'static str, ModelError> {
    if name.is_empty() {
        return Ok("");
    }
    crate::filters::by_id(name)
        .map(|filter| filter.id())
        .ok_or_else(|| ModelError(format!("unknown filter `{name}` among its verdicts")))
}

pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self.at + n;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| ModelError("truncated".into()))?;
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        Ok(self.take(N)?.try_into().expect("N bytes"))
    }
}

struct Sum<'w> {
    weights: &'w [i8],
    total: f32,
}

impl Sink for Sum<'_> {
    #[inline]
    fn add(&mut self, slot: u32, value: f32, _name: Name<'_>) {
        self.total += f32::from(self.weights[slot as usize]) * value;
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
    weights: &'w [f32],
    total: f32,
}

impl Sink for StackSum<'_> {
    #[inline]
    fn add(&mut self, slot: u32, value: f32, _name: Name<'_>) {
        self.total += self.weights[slot as usize] * value;
    }
}

struct StackCollect<'w> {
    weights: &'w [f32],
    best: Option<(f32, String)>,
}

impl Sink for StackCollect<'_> {
    fn add(&mut self, slot: u32, value: f32, name: Name<'_>) {
        let contribution = self.weights[slot as usize] * value;
        if matches!(name, Name::Fact(_)) || contribution <= 0.0 {
            return;
        }
        if self.best.as_ref().is_none_or(|(best, _)| contribution > *best) {
            self.best = Some((contribution, name.to_string()));
        }
    }
}

struct Collect<'w> {
    weights: &'w [i8],
    scale: f32,
    found: Vec<(f32, String)>,
}

impl Sink for Collect<'_> {
    fn add(&mut self, slot: u32, value: f32, name: Name<'_>) {
        let contribution = f32::from(self.weights[slot as usize]) * value * self.scale;
        if contribution != 0.0 {
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

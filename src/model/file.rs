//! The line model's file format: a magic, a version, the hash width, the thresholds, the
//! verdict names it was trained with, then its weights, little-endian. A model of another
//! version or hash width, or trained with filters this build does not have, is refused with a
//! message that says to retrain it.

use super::features::BITS;
use super::{
    from_registry, word_table, LineModel, ModelError, Thresholds, WordTable, FACTS, STACK_FACTS,
};

const MAGIC: &[u8; 4] = b"DBLM";
const VERSION: u16 = 4;

impl LineModel {
    /// The model in its file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.words.len() + 8 * FACTS + 8 * STACK_FACTS + 256);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(BITS as u8);
        out.push(u8::from(self.stacked()));
        let t = &self.thresholds;
        for value in [self.scale, t.page, t.article, t.article_advised] {
            out.extend_from_slice(&value.to_le_bytes());
        }
        out.extend_from_slice(&(self.verdict_names.len() as u16).to_le_bytes());
        for name in &self.verdict_names {
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(&self.words[..]);
        let floats = self.facts.iter().chain(self.stack.iter().flatten());
        for weight in floats.flatten() {
            out.extend_from_slice(&weight.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        LineModel::read(bytes, |weights| {
            WordTable::Owned(word_table(weights.to_vec()))
        })
    }

    /// A model read from bytes that live as long as the program, its word weights read in
    /// place: the embedded model's megabyte is neither copied nor, but for the weights a
    /// document's words look up, read from the binary at all.
    pub fn from_static(bytes: &'static [u8]) -> Result<Self, ModelError> {
        LineModel::read(bytes, |weights| {
            WordTable::Embedded(weights.try_into().expect("1 << BITS word weights"))
        })
    }

    fn read<'b>(
        bytes: &'b [u8],
        table_of: impl FnOnce(&'b [u8]) -> WordTable,
    ) -> Result<Self, ModelError> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(4)? != MAGIC {
            return Err(ModelError("not a deboiler line model".into()));
        }
        let version = u16::from_le_bytes(reader.array()?);
        if version != VERSION {
            return Err(ModelError(format!(
                "version {version}, expected {VERSION}: retrain it"
            )));
        }
        let [bits, stacked] = reader.array()?;
        if u32::from(bits) != BITS {
            return Err(ModelError(format!("{bits} hash bits, expected {BITS}")));
        }
        let scale = reader.f32()?;
        let thresholds = Thresholds {
            page: reader.f32()?,
            article: reader.f32()?,
            article_advised: reader.f32()?,
        };
        let names = u16::from_le_bytes(reader.array()?);
        let mut verdict_names = Vec::with_capacity(usize::from(names));
        for _ in 0..names {
            let length = reader.take(1)?[0];
            let name = std::str::from_utf8(reader.take(usize::from(length))?)
                .map_err(|_| ModelError("a verdict name is not UTF-8".into()))?;
            verdict_names.push(verdict_name(name)?);
        }
        // A model trained before a filter joined the registry still loads: that filter's
        // verdict reads as "no rule" to it, as it never saw one (`LineModel::model_verdicts`).
        // The names it knows must be this build's filters, each once, after "".
        let unique = verdict_names
            .iter()
            .enumerate()
            .all(|(at, name)| !verdict_names[..at].contains(name));
        if verdict_names.first() != Some(&"") || !unique || verdict_names.len() > 32 {
            return Err(ModelError(
                "its verdict names are not \"\" and distinct filter ids: retrain it".into(),
            ));
        }
        let words = table_of(reader.take(1 << BITS)?);
        let facts = [reader.floats(FACTS)?, reader.floats(FACTS)?];
        let stack = match stacked {
            0 => None,
            _ => Some([reader.floats(STACK_FACTS)?, reader.floats(STACK_FACTS)?]),
        };
        if reader.at != bytes.len() {
            return Err(ModelError("trailing bytes".into()));
        }
        Ok(LineModel {
            words,
            scale,
            facts,
            stack,
            thresholds,
            from_registry: from_registry(&verdict_names),
            verdict_names,
        })
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

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    fn floats(&mut self, n: usize) -> Result<Vec<f32>, ModelError> {
        Ok(self
            .take(4 * n)?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().expect("4 bytes")))
            .collect())
    }
}

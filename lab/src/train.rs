//! Training the line model: logistic regression by FTRL-proximal (per-coordinate learning
//! rates, L1 and L2 regularisation), over the hashed features of [`crate::dataset`].
//!
//! FTRL suits hashed sparse features: the per-coordinate rates let rare words learn from their
//! few examples, and L1 sets the weights of features that do not earn their keep to exactly
//! zero. Training is deterministic: one thread, examples visited in an order shuffled by a
//! seeded generator, so the same data gives the same weights, bit for bit.

/// Rows to learn from: features, label, weight.
pub trait Rows {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn row(&self, index: usize) -> (&[u32], &[f32], bool, f32);
}

#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub alpha: f64,
    pub beta: f64,
    pub l1: f64,
    pub l2: f64,
    pub epochs: usize,
    pub seed: u64,
    /// Models trained in different visiting orders (seeds `seed`, `seed + 1`, …) whose weights
    /// are averaged: one order's model depends on it, and the average less so.
    pub bags: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            alpha: 0.1,
            beta: 1.0,
            l1: 0.5,
            l2: 1.0,
            epochs: 4,
            seed: 0x5eed,
            bags: 3,
        }
    }
}

struct Ftrl {
    z: Vec<f64>,
    n: Vec<f64>,
    params: Params,
}

impl Ftrl {
    fn weight(&self, slot: usize) -> f64 {
        let z = self.z[slot];
        let p = &self.params;
        if z.abs() <= p.l1 {
            0.0
        } else {
            -(z - z.signum() * p.l1) / ((p.beta + self.n[slot].sqrt()) / p.alpha + p.l2)
        }
    }

    fn learn(&mut self, slots: &[u32], values: &[f32], noise: bool, weight: f32) {
        let margin: f64 = slots
            .iter()
            .zip(values)
            .map(|(&s, &v)| self.weight(s as usize) * f64::from(v))
            .sum();
        let p = 1.0 / (1.0 + (-margin.clamp(-35.0, 35.0)).exp());
        let gradient = (p - if noise { 1.0 } else { 0.0 }) * f64::from(weight);
        for (&slot, &value) in slots.iter().zip(values) {
            let slot = slot as usize;
            let g = gradient * f64::from(value);
            let w = self.weight(slot);
            let sigma = ((self.n[slot] + g * g).sqrt() - self.n[slot].sqrt()) / self.params.alpha;
            self.z[slot] += g - sigma * w;
            self.n[slot] += g * g;
        }
    }
}

/// A small seeded generator (xorshift64*), for the visiting order and the injected pages.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    /// A number below `n` (which is not zero).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// Trains on `rows`; returns one weight per slot of a table of `len`: the mean of
/// [`Params::bags`] models' weights.
pub fn train(rows: &impl Rows, len: usize, params: Params) -> Vec<f32> {
    let bags = params.bags.max(1);
    let mut sum = vec![0.0f64; len];
    for bag in 0..bags {
        let seed = params.seed.wrapping_add(bag as u64);
        for (total, weight) in sum
            .iter_mut()
            .zip(train_one(rows, len, Params { seed, ..params }))
        {
            *total += f64::from(weight);
        }
    }
    sum.into_iter()
        .map(|total| (total / bags as f64) as f32)
        .collect()
}

/// One model, its examples visited in the order `params.seed` shuffles.
fn train_one(rows: &impl Rows, len: usize, params: Params) -> Vec<f32> {
    let mut ftrl = Ftrl {
        z: vec![0.0; len],
        n: vec![0.0; len],
        params,
    };
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // Weights are scaled so that the mean example weighs 1: the learning rate then means the
    // same whatever the weighting scheme.
    let total: f64 = order.iter().map(|&i| f64::from(rows.row(i).3)).sum();
    let scale = order.len() as f64 / total.max(f64::MIN_POSITIVE);
    let mut rng = Rng::new(params.seed);
    for _ in 0..params.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &i in &order {
            let (slots, values, noise, weight) = rows.row(i);
            ftrl.learn(slots, values, noise, (f64::from(weight) * scale) as f32);
        }
    }
    (0..len).map(|slot| ftrl.weight(slot) as f32).collect()
}

/// Rows kept in their own arrays.
#[derive(Default)]
pub struct OwnedRows {
    pub slots: Vec<u32>,
    pub values: Vec<f32>,
    /// Per row: the range of its features, its label and weight.
    pub rows: Vec<(std::ops::Range<usize>, bool, f32)>,
}

impl Rows for OwnedRows {
    fn len(&self) -> usize {
        self.rows.len()
    }

    fn row(&self, index: usize) -> (&[u32], &[f32], bool, f32) {
        let (range, noise, weight) = &self.rows[index];
        (
            &self.slots[range.clone()],
            &self.values[range.clone()],
            *noise,
            *weight,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_feature_and_is_deterministic() {
        let mut data = OwnedRows::default();
        for i in 0..200 {
            let noise = i % 2 == 0;
            let start = data.slots.len();
            data.slots.extend([7, if noise { 11 } else { 13 }]);
            data.values.extend([1.0, 1.0]);
            data.rows.push((start..start + 2, noise, 1.0));
        }
        let params = Params {
            l1: 0.0,
            ..Params::default()
        };
        let weights = train(&data, 256, params);
        assert!(
            weights[11] > 0.5 && weights[13] < -0.5,
            "{} {}",
            weights[11],
            weights[13]
        );
        assert_eq!(weights, train(&data, 256, params));
    }
}

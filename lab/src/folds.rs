//! Site-grouped folds for cross-validation: every page of one site lands in the same fold, so a
//! model is never tested on a site it was trained on.
//!
//! A site is the URL's host (lower-cased, `www.` dropped; a page without a URL is its own site,
//! see [`crate::bench::Record::site`]). Sites are assigned to folds by a fixed hash of their
//! name, so the folds never depend on file order and are the same across the page sets: the
//! three benchmarks pooled share one assignment.

/// FNV-1a, 64-bit: fixed, so fold assignment is reproducible across runs and platforms.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The fold (0..folds) of a site.
pub fn fold_of(site: &str, folds: usize) -> usize {
    (fnv1a(site.as_bytes()) % folds as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_are_fixed_and_spread() {
        assert_eq!(fold_of("example.com", 5), fold_of("example.com", 5));
        let sites: Vec<String> = (0..1000).map(|i| format!("site{i}.org")).collect();
        let mut sizes = [0usize; 5];
        for site in &sites {
            sizes[fold_of(site, 5)] += 1;
        }
        assert!(sizes.iter().all(|&n| (150..250).contains(&n)), "{sizes:?}");
    }
}

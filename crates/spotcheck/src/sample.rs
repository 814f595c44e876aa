//! The half-year of a spot check and the seeded draw of meetings in it.
//!
//! Each municipality's draw has its own random stream, seeded from the user's seed, the
//! period and the municipality's code, and nothing else. So the same seed gives the same
//! sample; another municipality's files never change this one's draw; and the draw does not
//! depend on the order the file system lists files in, because the candidates are sorted
//! by path before drawing.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// A half-year, written `2024H1` (January–June) or `2024H2` (July–December).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    /// The year.
    pub year: i32,
    /// 1 or 2.
    pub half: u8,
}

/// A period that is not `YYYYH1` or `YYYYH2`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a half-year: write it as 2024H1 (January–June) or 2024H2 (July–December)")]
pub struct PeriodError(pub String);

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(s: &str) -> Result<Period, PeriodError> {
        let err = || PeriodError(s.to_string());
        let t = s.trim();
        let (y, h) = t
            .split_once(['H', 'h'])
            .filter(|(y, _)| y.len() == 4)
            .ok_or_else(err)?;
        let year: i32 = y.parse().map_err(|_| err())?;
        let half: u8 = match h {
            "1" => 1,
            "2" => 2,
            _ => return Err(err()),
        };
        if !(1970..=2100).contains(&year) {
            return Err(err());
        }
        Ok(Period { year, half })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}H{}", self.year, self.half)
    }
}

impl Period {
    /// Whether a date falls in the half-year.
    pub fn contains(&self, date: NaiveDate) -> bool {
        date.year() == self.year && (date.month() <= 6) == (self.half == 1)
    }

    /// The first and last day.
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        let (a, b) = if self.half == 1 {
            ((1, 1), (6, 30))
        } else {
            ((7, 1), (12, 31))
        };
        (
            NaiveDate::from_ymd_opt(self.year, a.0, a.1).expect("valid"),
            NaiveDate::from_ymd_opt(self.year, b.0, b.1).expect("valid"),
        )
    }
}

/// The random stream for one purpose, seeded from its parts. The 32 seed bytes are the
/// parts laid out in a fixed way (no hashing), so the stream is the same on every platform
/// and release: ChaCha8's output for a given seed is fixed by its specification.
pub(crate) fn stream(tag: &[u8; 8], seed: u64, extra: &[u8]) -> ChaCha8Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(tag);
    key[8..16].copy_from_slice(&seed.to_le_bytes());
    for (i, b) in extra.iter().take(16).enumerate() {
        key[16 + i] = *b;
    }
    ChaCha8Rng::from_seed(key)
}

/// A uniform index below `n` (n > 0), without modulo bias.
pub(crate) fn below(rng: &mut ChaCha8Rng, n: usize) -> usize {
    let n = n as u64;
    let zone = u64::MAX - u64::MAX % n;
    loop {
        let x = rng.next_u64();
        if x < zone {
            return (x % n) as usize;
        }
    }
}

/// Fisher–Yates with the given stream.
pub(crate) fn shuffle<T>(rng: &mut ChaCha8Rng, v: &mut [T]) {
    for i in (1..v.len()).rev() {
        let j = below(rng, i + 1);
        v.swap(i, j);
    }
}

/// Which of `candidates` (already sorted by path; only their count matters) are drawn for
/// municipality `code`: `per` of them, or all where there are fewer. Returns indices into
/// `candidates`, ascending.
pub fn draw(seed: u64, period: Period, code: &str, candidates: usize, per: usize) -> Vec<usize> {
    let mut extra = Vec::with_capacity(8);
    extra.extend_from_slice(&period.year.to_le_bytes());
    extra.push(period.half);
    extra.extend_from_slice(code.as_bytes());
    let mut rng = stream(b"spotchk1", seed, &extra);
    let mut idx: Vec<usize> = (0..candidates).collect();
    shuffle(&mut rng, &mut idx);
    idx.truncate(per);
    idx.sort_unstable();
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_and_contain_their_months() {
        let p: Period = "2024H1".parse().unwrap();
        assert_eq!(
            p,
            Period {
                year: 2024,
                half: 1
            }
        );
        assert_eq!(p.to_string(), "2024H1");
        assert!(p.contains(NaiveDate::from_ymd_opt(2024, 6, 30).unwrap()));
        assert!(!p.contains(NaiveDate::from_ymd_opt(2024, 7, 1).unwrap()));
        assert!(!p.contains(NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()));
        for bad in ["2024", "2024H3", "24H1", "2024-H1", "H1"] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_draw_is_keyed_on_seed_period_and_code_only() {
        let p: Period = "2024H1".parse().unwrap();
        let a = draw(7, p, "101", 10, 2);
        assert_eq!(a, draw(7, p, "101", 10, 2));
        assert_eq!(a.len(), 2);
        assert!(a[0] < a[1]);
        // Some seed draws differently.
        assert!((0..20).any(|s| draw(s, p, "101", 10, 2) != a));
        // Fewer candidates than asked: all of them.
        assert_eq!(draw(7, p, "101", 1, 2), vec![0]);
        assert!(draw(7, p, "101", 0, 2).is_empty());
    }
}

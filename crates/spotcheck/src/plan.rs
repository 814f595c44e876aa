//! The quality-standards plan: the 98 municipalities in three yearly cohorts of 33, 33
//! and 32, balanced across the five regions.
//!
//! Balanced means: in each cohort, each region has its proportional share rounded down or
//! up (`n_region × cohort_size / 98`, within one). Such a table of counts always exists
//! (controlled rounding of a 5 × 3 table); it is found by trying the few ways to place the
//! rounded-up cells, in an order the seed shuffles, so different seeds also vary which
//! regions get the extra place. The municipalities of a region are then shuffled by the seed
//! and dealt out by those counts.

use std::collections::BTreeMap;

use serde::Serialize;
use tilsyn_kommuner::Kommune;

use crate::sample::{shuffle, stream};

/// The cohort sizes, in year order.
pub const COHORTS: [usize; 3] = [33, 33, 32];

/// One year's cohort.
#[derive(Debug, Clone, Serialize)]
pub struct Cohort {
    /// The year the quality standards of these municipalities are reviewed.
    pub year: i32,
    /// The municipalities, ordered by code.
    pub municipalities: Vec<PlanEntry>,
    /// How many per region, by region name.
    pub regions: BTreeMap<String, usize>,
}

/// A municipality in a cohort.
#[derive(Debug, Clone, Serialize)]
pub struct PlanEntry {
    /// Three-digit code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Region.
    pub region: String,
}

/// The whole plan.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// The seed it was drawn with.
    pub seed: u64,
    /// The three cohorts, in year order.
    pub cohorts: Vec<Cohort>,
}

/// Splits the 98 municipalities into three cohorts for the years `from`, `from + 1` and
/// `from + 2`. The same seed gives the same plan.
pub fn quality_standards(from: i32, seed: u64) -> Plan {
    let all = tilsyn_kommuner::all();
    let total = all.len();
    let mut by_region: BTreeMap<&str, Vec<&Kommune>> = BTreeMap::new();
    for k in all {
        by_region.entry(k.region).or_default().push(k);
    }
    let regions: Vec<&str> = by_region.keys().copied().collect();
    let mut rng = stream(b"qualstd1", seed, &[]);
    let counts = balanced_counts(
        &regions
            .iter()
            .map(|r| by_region[r].len())
            .collect::<Vec<_>>(),
        &COHORTS,
        total,
        &mut rng,
    );
    let mut cohorts: Vec<Vec<&Kommune>> = vec![Vec::new(); COHORTS.len()];
    for (r, region) in regions.iter().enumerate() {
        let mut ks = by_region[region].clone();
        ks.sort_by_key(|k| k.code);
        shuffle(&mut rng, &mut ks);
        let mut it = ks.into_iter();
        for (c, cohort) in cohorts.iter_mut().enumerate() {
            cohort.extend(it.by_ref().take(counts[r][c]));
        }
    }
    let cohorts = cohorts
        .into_iter()
        .enumerate()
        .map(|(c, mut ks)| {
            ks.sort_by_key(|k| k.code);
            let mut regions = BTreeMap::new();
            for k in &ks {
                *regions.entry(k.region.to_string()).or_insert(0) += 1;
            }
            Cohort {
                year: from + c as i32,
                municipalities: ks
                    .into_iter()
                    .map(|k| PlanEntry {
                        code: k.code.to_string(),
                        name: k.name.to_string(),
                        region: k.region.to_string(),
                    })
                    .collect(),
                regions,
            }
        })
        .collect();
    Plan { seed, cohorts }
}

/// `counts[r][c]` with row sums `rows[r]`, column sums `cols[c]`, each cell the floor or
/// ceiling of `rows[r] * cols[c] / total`.
fn balanced_counts(
    rows: &[usize],
    cols: &[usize],
    total: usize,
    rng: &mut rand_chacha::ChaCha8Rng,
) -> Vec<Vec<usize>> {
    let floor: Vec<Vec<usize>> = rows
        .iter()
        .map(|&n| cols.iter().map(|&s| n * s / total).collect())
        .collect();
    // Cells that may be rounded up: those with a fractional share.
    let mut cells: Vec<(usize, usize)> = Vec::new();
    for (r, &n) in rows.iter().enumerate() {
        for (c, &s) in cols.iter().enumerate() {
            if (n * s) % total != 0 {
                cells.push((r, c));
            }
        }
    }
    shuffle(rng, &mut cells);
    let row_need: Vec<usize> = rows
        .iter()
        .enumerate()
        .map(|(r, &n)| n - floor[r].iter().sum::<usize>())
        .collect();
    let col_need: Vec<usize> = cols
        .iter()
        .enumerate()
        .map(|(c, &s)| s - floor.iter().map(|row| row[c]).sum::<usize>())
        .collect();
    let mut chosen = vec![false; cells.len()];
    let found = place(&cells, 0, &mut chosen, row_need, col_need);
    assert!(found, "a controlled rounding always exists");
    let mut out = floor;
    for (i, &(r, c)) in cells.iter().enumerate() {
        if chosen[i] {
            out[r][c] += 1;
        }
    }
    out
}

/// Backtracking over the candidate cells (at most 15 here), in the shuffled order.
fn place(
    cells: &[(usize, usize)],
    i: usize,
    chosen: &mut [bool],
    mut row: Vec<usize>,
    mut col: Vec<usize>,
) -> bool {
    if i == cells.len() {
        return row.iter().all(|&x| x == 0) && col.iter().all(|&x| x == 0);
    }
    let (r, c) = cells[i];
    if row[r] > 0 && col[c] > 0 {
        row[r] -= 1;
        col[c] -= 1;
        chosen[i] = true;
        if place(cells, i + 1, chosen, row.clone(), col.clone()) {
            return true;
        }
        chosen[i] = false;
        row[r] += 1;
        col[c] += 1;
    }
    place(cells, i + 1, chosen, row, col)
}

/// The plan as text for a person: one block per year.
pub fn render_text(plan: &Plan) -> String {
    let mut o = format!(
        "Kvalitetsstandarder: plan for gennemgang af alle 98 kommuner (seed {})\n",
        plan.seed
    );
    for c in &plan.cohorts {
        let regions: Vec<String> = c.regions.iter().map(|(r, n)| format!("{r} {n}")).collect();
        o.push_str(&format!(
            "\n{}: {} kommuner ({})\n",
            c.year,
            c.municipalities.len(),
            regions.join(", ")
        ));
        for k in &c.municipalities {
            o.push_str(&format!("  {} {:<20} {}\n", k.code, k.name, k.region));
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cohorts_are_33_33_32_and_cover_all_98_once() {
        for seed in 0..20 {
            let plan = quality_standards(2022, seed);
            let sizes: Vec<usize> = plan
                .cohorts
                .iter()
                .map(|c| c.municipalities.len())
                .collect();
            assert_eq!(sizes, COHORTS);
            let mut codes: Vec<&str> = plan
                .cohorts
                .iter()
                .flat_map(|c| c.municipalities.iter().map(|k| k.code.as_str()))
                .collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), 98);
            for c in &plan.cohorts {
                for (region, n) in &c.regions {
                    let total = tilsyn_kommuner::all()
                        .iter()
                        .filter(|k| k.region == region)
                        .count();
                    let share = (total * c.municipalities.len()) as f64 / 98.0;
                    assert!((*n as f64 - share).abs() < 1.0, "{region}: {n} vs {share}");
                }
            }
        }
    }

    #[test]
    fn the_seed_decides() {
        let a = render_text(&quality_standards(2022, 1));
        assert_eq!(a, render_text(&quality_standards(2022, 1)));
        assert_ne!(a, render_text(&quality_standards(2022, 2)));
    }
}

//! The links between Tenant Satisfaction Measures and recommendations, both ways: for each
//! measure of the catalogue, the recommendations any year links it to; for each recommendation,
//! the measures linked to it. Pure: computes from the validated site.

use crate::model::{RecRef, Site};
use std::ops::Range;

/// The index into `recs` of the recommendation `r` names, if it exists.
pub fn rec_index(site: &Site, review_recs: &[Range<usize>], r: &RecRef) -> Option<usize> {
    let ri = site.reviews.iter().position(|rv| rv.slug == r.review)?;
    let pos = site.reviews[ri]
        .recommendations
        .iter()
        .position(|x| x.slug == r.rec)?;
    Some(review_recs[ri].start + pos)
}

/// (per catalogue measure: its recommendations; per recommendation: its measures), each in order
/// and without repeats.
pub fn links(
    site: &Site,
    review_recs: &[Range<usize>],
    recs: usize,
) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let mut measure_recs: Vec<Vec<usize>> =
        vec![Vec::new(); crate::tsm::catalogue().measures.len()];
    let mut rec_measures: Vec<Vec<usize>> = vec![Vec::new(); recs];
    for year in &site.tsm {
        for tm in &year.measures {
            for r in &tm.recommendations {
                if let Some(idx) = rec_index(site, review_recs, r) {
                    if !measure_recs[tm.measure].contains(&idx) {
                        measure_recs[tm.measure].push(idx);
                    }
                    if !rec_measures[idx].contains(&tm.measure) {
                        rec_measures[idx].push(tm.measure);
                    }
                }
            }
        }
    }
    for list in measure_recs.iter_mut().chain(rec_measures.iter_mut()) {
        list.sort_unstable();
    }
    (measure_recs, rec_measures)
}

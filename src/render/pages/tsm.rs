//! `/tsm/` (the latest year) and `/tsm/<year>/`: one year of Tenant Satisfaction Measures,
//! grouped as the regulator groups them, each tenure and part in its own column, with the year
//! before and the change in words, the benchmarks, the target timescales and the survey's summary
//! of approach. Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::indicator::with_unit;
use crate::model::tsm::{Column, Survey, Tenure, TsmState, TsmYear};
use crate::render::views::{LinkView, link};
use crate::tsm::{Higher, Measure, catalogue};
use serde::Serialize;

/// A tenure's name, in the page's language.
pub(super) fn tenure_label(say: Say<'_>, t: Tenure) -> String {
    say.word(&format!("tsm-tenure-{}", t.key()))
}

/// A part's name (`non_emergency`: "Non-emergency repairs"), in the page's language.
pub(super) fn part_label(say: Say<'_>, part: &str) -> String {
    say.word(&format!("tsm-part-{}", part.replace('_', "-")))
}

/// A column's heading: a tenure's name, or a part's, in the page's language.
pub(super) fn column_label(say: Say<'_>, m: &Measure, col: Column) -> String {
    match col {
        Column::Tenure(t) => tenure_label(say, t),
        Column::Part(i) => part_label(say, &m.parts[i]),
    }
}

/// The columns `m` has in `year`: its parts, or the year's tenures it applies to.
pub(super) fn columns(m: &Measure, year: &TsmYear) -> Vec<Column> {
    if m.parts.is_empty() {
        year.tenures
            .iter()
            .filter(|t| m.applies_to(**t))
            .map(|t| Column::Tenure(*t))
            .collect()
    } else {
        (0..m.parts.len()).map(Column::Part).collect()
    }
}

/// `4210` → `4,210`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// What a higher figure means, in words.
pub(super) fn higher_words(say: Say<'_>, m: &Measure) -> String {
    say.word(match m.higher {
        Higher::Better => "tsm-higher-better",
        Higher::Worse => "tsm-higher-worse",
        Higher::Neither => "tsm-higher-neither",
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, Messages};
    use crate::tsm::{Tenure, catalogue};

    #[test]
    fn every_group_part_and_tenure_has_its_words_in_both_languages() {
        let m = Messages::builtin();
        let cat = catalogue();
        let mut ids: Vec<String> = cat
            .groups
            .iter()
            .map(|g| format!("tsm-group-{}", g.key))
            .collect();
        ids.extend(
            cat.parts
                .keys()
                .map(|p| format!("tsm-part-{}", p.replace('_', "-"))),
        );
        ids.extend(
            Tenure::ALL
                .iter()
                .map(|t| format!("tsm-tenure-{}", t.key())),
        );
        ids.extend(
            crate::data::tsm::TSM_COLUMNS
                .iter()
                .map(|c| crate::data::tsm::meaning_id(c.name)),
        );
        for id in ids {
            for lang in [Lang::EN, Lang::CY] {
                assert!(m.has(lang, &id), "{id} in {lang:?}");
            }
        }
    }

    #[test]
    fn thousands() {
        assert_eq!(super::thousands(4210), "4,210");
        assert_eq!(super::thousands(380), "380");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}

#[derive(Serialize)]
struct Cell {
    /// `None`: the measure has no such column.
    value: Option<String>,
    previous: Option<String>,
    change: Option<String>,
}

#[derive(Serialize)]
struct Row<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    /// `figures`, `not-applicable` or `not-entered`.
    state: &'static str,
    reason: Option<&'a str>,
    note: Option<&'a str>,
    cells: Vec<Cell>,
}

#[derive(Serialize)]
struct GroupView<'a> {
    key: &'a str,
    name: String,
    columns: Vec<String>,
    rows: Vec<Row<'a>>,
    /// The codes here where higher is neither better nor worse (CH01, NM01).
    neither: Vec<&'a str>,
}

#[derive(Serialize)]
struct BenchmarkRow {
    code: &'static str,
    name: &'static str,
    column: String,
    value: String,
    /// "4.7 points above, better"; `None` with no figure this year.
    comparison: Option<String>,
}

#[derive(Serialize)]
struct BenchmarkView<'a> {
    label: &'a str,
    source: Option<LinkView<'a>>,
    rows: Vec<BenchmarkRow>,
}

#[derive(Serialize)]
struct Item<'a> {
    letter: &'a str,
    name: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct Homes {
    tenure: String,
    count: String,
}

#[derive(Serialize)]
struct TimescaleView<'a> {
    measure: String,
    part: String,
    text: &'a str,
}

#[derive(Serialize)]
struct YearLink {
    label: String,
    url: String,
    current: bool,
}

/// What `tsm.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    label: &'a str,
    /// On `/tsm/`: the latest year's own address.
    is_latest_page: bool,
    year_url: String,
    previous: Option<&'a str>,
    tenures: Vec<String>,
    homes: Vec<Homes>,
    groups: Vec<GroupView<'a>>,
    not_entered: Vec<&'static str>,
    timescales: Vec<TimescaleView<'a>>,
    /// `given`, `not-entered` or `none`.
    survey_state: &'static str,
    survey: Vec<Item<'a>>,
    benchmarks: Vec<BenchmarkView<'a>>,
    source: Option<LinkView<'a>>,
    years: Vec<YearLink>,
    file: &'a str,
}

/// The view of year `yi`; `latest_page` for `/tsm/`.
pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, yi: usize, latest_page: bool) -> View<'a> {
    let cat = catalogue();
    let year = &ix.site.tsm[yi];
    let before = yi.checked_sub(1).map(|p| &ix.site.tsm[p]);
    let groups = cat
        .groups
        .iter()
        .map(|g| {
            let in_group: Vec<usize> = (0..cat.measures.len())
                .filter(|&i| cat.measures[i].group == g.key)
                .collect();
            let mut heads: Vec<(String, Column)> = Vec::new();
            for &i in &in_group {
                let m = &cat.measures[i];
                for col in columns(m, year) {
                    let label = column_label(say, m, col);
                    if !heads.iter().any(|(l, _)| *l == label) {
                        heads.push((label, col));
                    }
                }
            }
            let rows = in_group
                .iter()
                .map(|&i| {
                    let m = &cat.measures[i];
                    let tm = &year.measures[i];
                    let unit = m.unit.symbol();
                    let mine = columns(m, year);
                    let cells = heads
                        .iter()
                        .map(|(label, _)| {
                            let col = mine.iter().find(|c| column_label(say, m, **c) == *label);
                            let Some(&col) = col else {
                                return Cell {
                                    value: None,
                                    previous: None,
                                    change: None,
                                };
                            };
                            let now = tm.value(col);
                            let then = before.and_then(|b| b.measures[i].value(col));
                            Cell {
                                value: Some(now.map_or_else(String::new, |f| with_unit(f, unit))),
                                previous: then.map(|f| with_unit(f, unit)),
                                change: now
                                    .zip(then)
                                    .map(|(n, t)| crate::tsm::change(say, t, n, m)),
                            }
                        })
                        .collect();
                    let (state, reason) = match &tm.state {
                        TsmState::Figures(_) => ("figures", None),
                        TsmState::NotApplicable(why) => ("not-applicable", Some(why.as_str())),
                        TsmState::NotEntered => ("not-entered", None),
                    };
                    Row {
                        code: &m.code,
                        name: &m.name,
                        url: ix.url(PageKind::TsmMeasure(i)),
                        state,
                        reason,
                        note: tm.note.as_deref(),
                        cells,
                    }
                })
                .collect();
            GroupView {
                key: &g.key,
                name: say.word(&format!("tsm-group-{}", g.key)),
                columns: heads.into_iter().map(|(l, _)| l).collect(),
                rows,
                neither: in_group
                    .iter()
                    .filter(|&&i| cat.measures[i].higher == Higher::Neither)
                    .map(|&i| cat.measures[i].code.as_str())
                    .collect(),
            }
        })
        .collect();
    let not_entered = year
        .measures
        .iter()
        .filter(|tm| tm.state == TsmState::NotEntered)
        .map(|tm| cat.measures[tm.measure].code.as_str())
        .collect();
    let benchmarks = year
        .benchmarks
        .iter()
        .map(|b| BenchmarkView {
            label: &b.label,
            source: b.source.as_ref().map(|l| link(say, l)),
            rows: b
                .values
                .iter()
                .map(|&(i, col, f)| {
                    let m = &cat.measures[i];
                    BenchmarkRow {
                        code: &m.code,
                        name: &m.name,
                        column: column_label(say, m, col),
                        value: with_unit(f, m.unit.symbol()),
                        comparison: year.measures[i]
                            .value(col)
                            .map(|v| crate::tsm::against(say, v, f, m)),
                    }
                })
                .collect(),
        })
        .collect();
    let (survey_state, survey) = match &year.survey {
        Survey::Given(items) => (
            "given",
            cat.survey
                .iter()
                .filter_map(|it| {
                    let text = items.iter().find(|(k, _)| *k == it.key)?;
                    Some(Item {
                        letter: &it.letter,
                        name: &it.name,
                        text: &text.1,
                    })
                })
                .collect(),
        ),
        Survey::NotEntered => ("not-entered", Vec::new()),
        Survey::None => ("none", Vec::new()),
    };
    View {
        label: &year.label,
        is_latest_page: latest_page,
        year_url: ix.url(PageKind::TsmYear(yi)),
        previous: before.map(|b| b.label.as_str()),
        tenures: year.tenures.iter().map(|t| tenure_label(say, *t)).collect(),
        homes: year
            .homes
            .iter()
            .map(|(t, n)| Homes {
                tenure: tenure_label(say, *t),
                count: thousands(*n),
            })
            .collect(),
        groups,
        not_entered,
        timescales: year
            .timescales
            .iter()
            .map(|t| {
                let m = cat.find(t.code).expect("in the catalogue").1;
                TimescaleView {
                    measure: format!("{}: {}", m.code, m.name),
                    part: part_label(say, &t.part),
                    text: t.text.as_str(),
                }
            })
            .collect(),
        survey_state,
        survey,
        benchmarks,
        source: year.source.as_ref().map(|l| link(say, l)),
        years: (0..ix.site.tsm.len())
            .rev()
            .map(|i| YearLink {
                label: ix.site.tsm[i].label.clone(),
                url: ix.url(PageKind::TsmYear(i)),
                current: i == yi,
            })
            .collect(),
        file: &year.path,
    }
}

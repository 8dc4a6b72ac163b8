//! A year of Tenant Satisfaction Measures, resolved: every one of the 22 measures of the
//! catalogue (`tsm::catalogue`) in its order, each with its figures by tenure or part, or why it
//! has none; the target timescales, the survey's summary of approach, the benchmarks. Pure data;
//! must not touch files or print.

use super::{Figure, Link, RecRef};
pub use crate::tsm::Tenure;

/// What a figure is for: one tenure of a measure reported by tenure, or one part of a measure
/// reported in two parts (which covers the homes of every tenure the measure applies to).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// A tenure's figure (TP01 for tenants, TP01 for shared owners).
    Tenure(Tenure),
    /// A part's figure, by the part's index in the measure's `parts`.
    Part(usize),
}

/// One figure of a measure.
#[derive(Debug, Clone, PartialEq)]
pub struct TsmValue {
    /// Which tenure or part it is for.
    pub column: Column,
    /// The figure as written.
    pub value: Figure,
}

/// What the year's file says of one measure.
#[derive(Debug, Clone, PartialEq)]
pub enum TsmState {
    /// Its figures, in column order.
    Figures(Vec<TsmValue>),
    /// It does not apply to this landlord, for this reason.
    NotApplicable(String),
    /// Its figures are not entered yet (`not_entered: true`).
    NotEntered,
}

/// One measure of one year.
#[derive(Debug, Clone, PartialEq)]
pub struct TsmMeasure {
    /// Its index in the catalogue.
    pub measure: usize,
    /// Its figures, or why it has none.
    pub state: TsmState,
    /// A note on the figures.
    pub note: Option<String>,
    /// The recommendations it is linked to, checked to exist.
    pub recommendations: Vec<RecRef>,
}

impl TsmMeasure {
    /// The figure for `column`, if it has one.
    pub fn value(&self, column: Column) -> Option<Figure> {
        match &self.state {
            TsmState::Figures(vs) => vs.iter().find(|v| v.column == column).map(|v| v.value),
            _ => None,
        }
    }
}

/// A target timescale behind a measure: (measure code, part key, the timescale as written).
#[derive(Debug, Clone, PartialEq)]
pub struct Timescale {
    /// `RP02` or `CH02`.
    pub code: &'static str,
    /// The part it is for (`emergency`, `stage1`).
    pub part: String,
    /// The timescale, as written ("24 hours").
    pub text: String,
}

/// The survey's summary of approach.
#[derive(Debug, Clone, PartialEq)]
pub enum Survey {
    /// The items given, (field, text), in the order a to k.
    Given(Vec<(String, String)>),
    /// `not_entered: true`: still being written.
    NotEntered,
    /// There is no `survey:`: no tenant perception measure has figures this year.
    None,
}

/// A benchmark's figures, by measure and column.
#[derive(Debug, Clone, PartialEq)]
pub struct TsmBenchmark {
    /// What the figures are ("Median of landlords with 1,000 or more homes, 2024/25").
    pub label: String,
    /// Where they come from.
    pub source: Option<Link>,
    /// (catalogue index, column, figure), in file order.
    pub values: Vec<(usize, Column, Figure)>,
}

/// One reporting year.
#[derive(Debug, Clone, PartialEq)]
pub struct TsmYear {
    /// The year as the file name and address have it: `2024-25`.
    pub slug: String,
    /// The year as written: `2024/25`.
    pub label: String,
    /// Its first calendar year: 2024.
    pub start: i32,
    /// The tenures the landlord reports for, in the order lcra, lcho.
    pub tenures: Vec<Tenure>,
    /// The number of homes of each tenure, where given.
    pub homes: Vec<(Tenure, u64)>,
    /// Every measure of the catalogue, in its order.
    pub measures: Vec<TsmMeasure>,
    /// The target timescales, RP02 then CH02.
    pub timescales: Vec<Timescale>,
    /// The survey's summary of approach.
    pub survey: Survey,
    /// Figures to compare with.
    pub benchmarks: Vec<TsmBenchmark>,
    /// Where the figures were published.
    pub source: Option<Link>,
    /// The file it came from, relative to the site folder.
    pub path: String,
}

//! `/data/tsm.csv`: every figure of the Tenant Satisfaction Measures, one row per year, code,
//! part and tenure, oldest year first and the measures in the regulator's order; a measure not
//! applicable or not entered has no row. Written through the CSV module's table, so it opens in
//! Excel as the other files do. Pure.

use super::csv::table;
use super::records::Column as DataColumn;
use crate::index::SiteIndex;
use crate::indicator::with_unit;
use crate::model::tsm::{Column, TsmState};
use crate::tsm::catalogue;

/// The file name of the Tenant Satisfaction Measures as CSV.
pub const TSM_CSV: &str = "tsm.csv";

/// The columns of tsm.csv, in order.
pub const TSM_COLUMNS: &[DataColumn] = &[
    DataColumn {
        name: "year",
        meaning: "The reporting year, such as 2024/25.",
        text: false,
    },
    DataColumn {
        name: "code",
        meaning: "The measure's code, TP01 to RP02.",
        text: false,
    },
    DataColumn {
        name: "name",
        meaning: "The measure's name, as the Regulator of Social Housing publishes it.",
        text: false,
    },
    DataColumn {
        name: "part",
        meaning: "For a measure in two parts, which part: stage1 or stage2 (CH01, CH02), all or hate (NM01), emergency or non_emergency (RP02); empty otherwise.",
        text: false,
    },
    DataColumn {
        name: "tenure",
        meaning: "lcra (low-cost rental) or lcho (low-cost home ownership); for a measure in two parts, the tenures its figure covers, such as lcra+lcho.",
        text: false,
    },
    DataColumn {
        name: "value",
        meaning: "The figure, with the decimals it was published with.",
        text: false,
    },
    DataColumn {
        name: "unit",
        meaning: "percent, or per-1000-homes (CH01 and NM01).",
        text: false,
    },
];

/// tsm.csv.
pub fn tsm(ix: &SiteIndex) -> Vec<u8> {
    let cat = catalogue();
    let mut rows = Vec::new();
    for year in &ix.site.tsm {
        for tm in &year.measures {
            let m = &cat.measures[tm.measure];
            let TsmState::Figures(values) = &tm.state else {
                continue;
            };
            for v in values {
                let (part, tenure) = match v.column {
                    Column::Tenure(t) => (String::new(), t.key().to_string()),
                    Column::Part(i) => (
                        m.parts[i].clone(),
                        year.tenures
                            .iter()
                            .filter(|t| m.applies_to(**t))
                            .map(|t| t.key())
                            .collect::<Vec<_>>()
                            .join("+"),
                    ),
                };
                rows.push(vec![
                    year.label.clone(),
                    m.code.clone(),
                    m.name.clone(),
                    part,
                    tenure,
                    with_unit(v.value, ""),
                    m.unit.key().to_string(),
                ]);
            }
        }
    }
    table(TSM_COLUMNS, rows.into_iter())
}

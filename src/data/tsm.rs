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

/// The id of the theme's message saying what column `name` of tsm.csv means.
pub fn meaning_id(name: &str) -> String {
    format!("data-tsm-column-{name}")
}

/// The columns of tsm.csv, in order; what each means is the theme's message (`meaning_id`).
pub const TSM_COLUMNS: &[DataColumn] = &[
    DataColumn {
        name: "year",
        text: false,
    },
    DataColumn {
        name: "code",
        text: false,
    },
    DataColumn {
        name: "name",
        text: false,
    },
    DataColumn {
        name: "part",
        text: false,
    },
    DataColumn {
        name: "tenure",
        text: false,
    },
    DataColumn {
        name: "value",
        text: false,
    },
    DataColumn {
        name: "unit",
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

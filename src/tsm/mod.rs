//! The Tenant Satisfaction Measures as the regulator defines them: the catalogue of the 22
//! measures (kept as data in `catalogue.yaml`, compiled into the binary and read once: codes,
//! published names, groups, units, parts, tenures, which way is better, the survey items a-k),
//! and what can be said of a figure against the year before or a benchmark (`change`). Facts
//! about the measures only: a site's own figures are in `model::tsm`. Pure: no files, no printing.

mod change;

pub use change::{against, change};

use serde::Deserialize;
use std::sync::LazyLock;

/// The catalogue's text, compiled in.
const CATALOGUE: &str = include_str!("catalogue.yaml");

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A percentage, 0 to 100.
    Percent,
    /// A number per 1,000 homes, 0 or more.
    #[serde(rename = "per-1000-homes")]
    Per1000Homes,
}

impl Unit {
    /// The unit as `indicator::with_unit` writes it after a figure: `%`, `per 1,000 homes`.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::Per1000Homes => "per 1,000 homes",
        }
    }
    /// The unit's key, as the open data writes it: `percent`, `per-1000-homes`.
    pub fn key(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::Per1000Homes => "per-1000-homes",
        }
    }
}

/// What a higher figure means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Higher {
    /// Higher is better (satisfaction, checks done).
    Better,
    /// Higher is worse (homes not decent).
    Worse,
    /// Neither: more complaints or cases can mean better recording.
    Neither,
}

/// Who lives in the homes a figure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tenure {
    /// Low-cost rental accommodation: tenants.
    Lcra,
    /// Low-cost home ownership: shared owners.
    Lcho,
}

impl Tenure {
    /// Both tenures, in the order pages show them.
    pub const ALL: [Tenure; 2] = [Tenure::Lcra, Tenure::Lcho];
    /// The key as written in content and data: `lcra`, `lcho`.
    pub fn key(self) -> &'static str {
        match self {
            Tenure::Lcra => "lcra",
            Tenure::Lcho => "lcho",
        }
    }
    /// The tenure in words.
    pub fn label(self) -> &'static str {
        match self {
            Tenure::Lcra => "Low-cost rental (LCRA)",
            Tenure::Lcho => "Low-cost home ownership (LCHO)",
        }
    }
    /// The tenure with this key.
    pub fn from_key(key: &str) -> Option<Tenure> {
        Tenure::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A heading the measures are grouped under.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Its key, as measures name it (`building-safety`).
    pub key: String,
    /// Its name, as the pages show it.
    pub name: String,
}

/// One of the 22 measures.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// `TP01` ... `RP02`.
    pub code: String,
    /// The short name the Tenant Satisfaction Measures Standard gives it.
    pub name: String,
    /// A Welsh name, where one is published (none is: left empty, never invented).
    #[serde(default)]
    pub cy: Option<String>,
    /// The measure as the technical requirements define it.
    pub definition: String,
    /// The key of its group.
    pub group: String,
    /// What its figures count.
    pub unit: Unit,
    /// The tenures it is reported for.
    pub tenures: Vec<Tenure>,
    /// Its two parts, for a measure reported in two (CH01, CH02, NM01, RP02); else none.
    #[serde(default)]
    pub parts: Vec<String>,
    /// What a higher figure means.
    pub higher: Higher,
    /// Whether the landlord must publish the target timescales behind it (CH02, RP02).
    #[serde(default)]
    pub timescales: bool,
}

impl Measure {
    /// Whether the measure is reported for `tenure`.
    pub fn applies_to(&self, tenure: Tenure) -> bool {
        self.tenures.contains(&tenure)
    }
    /// The code in lower case, as its page's address has it (`tp01`).
    pub fn slug(&self) -> String {
        self.code.to_ascii_lowercase()
    }
    /// Whether it is one of the tenant perception measures, which come from the survey.
    pub fn from_survey(&self) -> bool {
        self.code.starts_with("TP")
    }
}

/// One item of the survey's summary of approach.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyItem {
    /// The field of `survey:` that holds it.
    pub key: String,
    /// Its letter in the survey requirements (`a` ... `k`).
    pub letter: String,
    /// What it is, in words.
    pub name: String,
    /// The first reporting year (its first calendar year) from which it is required.
    #[serde(default)]
    pub from: Option<i32>,
}

/// The whole catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// The groups, in page order.
    pub groups: Vec<Group>,
    /// Each part's key and name (`stage1: Stage 1`).
    pub parts: indexmap::IndexMap<String, String>,
    /// The 22 measures, in the regulator's order.
    pub measures: Vec<Measure>,
    /// Items a to k of the survey's summary of approach.
    pub survey: Vec<SurveyItem>,
}

static PARSED: LazyLock<Catalogue> = LazyLock::new(|| {
    serde_saphyr::from_str(CATALOGUE).expect("the built-in catalogue of measures is valid YAML")
});

/// The catalogue, read once.
pub fn catalogue() -> &'static Catalogue {
    &PARSED
}

impl Catalogue {
    /// The measure with this code (exactly as the regulator writes it), with its index.
    pub fn find(&self, code: &str) -> Option<(usize, &Measure)> {
        self.measures
            .iter()
            .enumerate()
            .find(|(_, m)| m.code == code)
    }
    /// Every code, in order.
    pub fn codes(&self) -> Vec<&str> {
        self.measures.iter().map(|m| m.code.as_str()).collect()
    }
    /// The name of a part (`Stage 1`), or its key if it has none.
    pub fn part_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.parts.get(key).map_or(key, String::as_str)
    }
    /// The name of a group.
    pub fn group_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.groups
            .iter()
            .find(|g| g.key == key)
            .map_or(key, |g| g.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_holds_the_22_measures_in_five_groups() {
        let c = catalogue();
        assert_eq!(c.measures.len(), 22);
        let count = |prefix: &str| c.codes().iter().filter(|k| k.starts_with(prefix)).count();
        assert_eq!(
            (
                count("TP"),
                count("BS"),
                count("CH"),
                count("NM"),
                count("RP")
            ),
            (12, 5, 2, 1, 2)
        );
        for m in &c.measures {
            assert!(c.groups.iter().any(|g| g.key == m.group), "{}", m.code);
            assert!(
                m.parts.iter().all(|p| c.parts.contains_key(p)),
                "{}",
                m.code
            );
            assert!(m.cy.is_none(), "no Welsh name is invented: {}", m.code);
        }
        let letters: String = c.survey.iter().map(|s| s.letter.as_str()).collect();
        assert_eq!(letters, "abcdefghijk");
    }

    #[test]
    fn rented_only_measures_and_parts_are_as_the_regulator_says() {
        let c = catalogue();
        let rented_only: Vec<&str> = c
            .measures
            .iter()
            .filter(|m| !m.applies_to(Tenure::Lcho))
            .map(|m| m.code.as_str())
            .collect();
        assert_eq!(rented_only, ["TP02", "TP03", "TP04", "RP01", "RP02"]);
        let parts = |code: &str| c.find(code).unwrap().1.parts.join(",");
        assert_eq!(parts("CH01"), "stage1,stage2");
        assert_eq!(parts("CH02"), "stage1,stage2");
        assert_eq!(parts("NM01"), "all,hate");
        assert_eq!(parts("RP02"), "emergency,non_emergency");
        let neither: Vec<&str> = c
            .measures
            .iter()
            .filter(|m| m.higher == Higher::Neither)
            .map(|m| m.code.as_str())
            .collect();
        assert_eq!(neither, ["CH01", "NM01"]);
    }
}

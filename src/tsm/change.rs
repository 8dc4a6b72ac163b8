//! A measure's figure against another, in words: the change since the year before ("up 9.2
//! points, better") and the standing against a benchmark ("4.7 points above, better"). For a
//! measure where higher is neither better nor worse (CH01, NM01) the words are "higher" and
//! "lower", never "better" or "worse". Built on the indicators' own arithmetic
//! (`indicator::change`), so figures keep the precision they were written with. Pure.

use super::{Higher, Measure};
use crate::indicator;
use crate::model::{Better, Figure};

/// How the measure's direction reads as an indicator's: `None` where higher is neither.
fn better(m: &Measure) -> Option<Better> {
    match m.higher {
        Higher::Better => Some(Better::Higher),
        Higher::Worse => Some(Better::Lower),
        Higher::Neither => None,
    }
}

/// The move from `from` to `to`: ("up 9.2 points", "better" / "worse" / "higher" / "lower"),
/// or ("no change", "").
fn moved(from: Figure, to: Figure, m: &Measure) -> (String, &'static str) {
    let c = indicator::change(
        from,
        to,
        better(m).unwrap_or(Better::Higher),
        m.unit.symbol(),
    );
    let word = match (better(m), c.better) {
        (_, None) => "",
        (Some(_), Some(true)) => "better",
        (Some(_), Some(false)) => "worse",
        (None, Some(true)) => "higher",
        (None, Some(false)) => "lower",
    };
    (c.amount, word)
}

/// The change from last year's figure to this year's, in words: "up 9.2 points, better",
/// "down 3.1 per 1,000 homes, lower", "no change".
pub fn change(from: Figure, to: Figure, m: &Measure) -> String {
    match moved(from, to, m) {
        (amount, "") => amount,
        (amount, word) => format!("{amount}, {word}"),
    }
}

/// This figure against a benchmark's, in words: "4.7 points above, better", "the same".
pub fn against(value: Figure, benchmark: Figure, m: &Measure) -> String {
    let (amount, word) = moved(benchmark, value, m);
    let placed = if let Some(a) = amount.strip_prefix("up ") {
        format!("{a} above")
    } else if let Some(a) = amount.strip_prefix("down ") {
        format!("{a} below")
    } else {
        return "the same".to_string();
    };
    // "higher"/"lower" would only repeat "above"/"below".
    match word {
        "better" | "worse" => format!("{placed}, {word}"),
        _ => placed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tsm::catalogue;

    fn fig(s: &str) -> Figure {
        crate::validate::parse_figure(s).unwrap()
    }

    fn m(code: &str) -> &'static Measure {
        catalogue().find(code).unwrap().1
    }

    #[test]
    fn satisfaction_up_is_better_and_decent_homes_failures_up_is_worse() {
        assert_eq!(
            change(fig("68.1"), fig("77.3"), m("TP01")),
            "up 9.2 points, better"
        );
        assert_eq!(
            change(fig("0.5"), fig("1.5"), m("RP01")),
            "up 1.0 points, worse"
        );
        assert_eq!(change(fig("74"), fig("74.0"), m("TP02")), "no change");
    }

    #[test]
    fn complaints_and_anti_social_behaviour_are_only_higher_or_lower() {
        let up = change(fig("45.2"), fig("50.0"), m("CH01"));
        assert_eq!(up, "up 4.8 per 1,000 homes, higher");
        let down = change(fig("38.4"), fig("30.1"), m("NM01"));
        assert_eq!(down, "down 8.3 per 1,000 homes, lower");
        for words in [up, down, against(fig("50"), fig("40"), m("CH01"))] {
            assert!(
                !words.contains("better") && !words.contains("worse"),
                "{words}"
            );
        }
    }

    #[test]
    fn against_a_benchmark() {
        assert_eq!(
            against(fig("78.7"), fig("74"), m("TP02")),
            "4.7 points above, better"
        );
        assert_eq!(
            against(fig("50"), fig("40"), m("CH01")),
            "10 per 1,000 homes above"
        );
        assert_eq!(against(fig("74"), fig("74"), m("TP02")), "the same");
    }
}

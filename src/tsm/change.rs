//! A measure's figure against another, in words: the change since the year before ("up 9.2
//! points, better") and the standing against a benchmark ("4.7 points above, better"). For a
//! measure where higher is neither better nor worse (CH01, NM01) the words are "higher" and
//! "lower", never "better" or "worse". Built on the indicators' own arithmetic and words
//! (`indicator::change`, `indicator::apart`), so figures keep the precision they were written
//! with; the words are the theme's messages (`tsm-row-change`, `tsm-against`). Pure.

use super::{Higher, Measure};
use crate::i18n::{Arg, Say};
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

/// "better", "worse", or "none" where higher is neither or nothing changed.
fn verdict(m: &Measure, up: Option<bool>) -> &'static str {
    match (better(m), up) {
        (Some(b), Some(up)) if up == (b == Better::Higher) => "better",
        (Some(_), Some(_)) => "worse",
        _ => "none",
    }
}

/// The change from last year's figure to this year's, in words: "up 9.2 points, better",
/// "down 3.1 per 1,000 homes, lower", "no change".
pub fn change(say: Say<'_>, from: Figure, to: Figure, m: &Measure) -> String {
    let c = indicator::change(
        say,
        from,
        to,
        better(m).unwrap_or(Better::Higher),
        m.unit.symbol(),
    );
    let way = match c.up {
        Some(true) => "up",
        Some(false) => "down",
        None => "none",
    };
    say.with(
        "tsm-row-change",
        &[
            ("change", Arg::from(c.amount.as_str())),
            ("way", Arg::from(way)),
            ("verdict", Arg::from(verdict(m, c.up))),
        ],
    )
}

/// This figure against a benchmark's, in words: "4.7 points above, better", "the same".
pub fn against(say: Say<'_>, value: Figure, benchmark: Figure, m: &Measure) -> String {
    let (side, difference) = indicator::apart(say, value, benchmark, m.unit.symbol());
    say.with(
        "tsm-against",
        &[
            ("difference", Arg::from(difference)),
            (
                "side",
                Arg::from(match side {
                    Some(true) => "above",
                    Some(false) => "below",
                    None => "same",
                }),
            ),
            ("verdict", Arg::from(verdict(m, side))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Messages};
    use crate::tsm::catalogue;

    fn fig(s: &str) -> Figure {
        crate::validate::parse_figure(s).unwrap()
    }

    fn m(code: &str) -> &'static Measure {
        catalogue().find(code).unwrap().1
    }

    fn en(f: impl FnOnce(Say<'_>) -> String) -> String {
        f(Say::new(&Messages::builtin(), Lang::EN))
    }

    #[test]
    fn satisfaction_up_is_better_and_decent_homes_failures_up_is_worse() {
        assert_eq!(
            en(|s| change(s, fig("68.1"), fig("77.3"), m("TP01"))),
            "up 9.2 points, better"
        );
        assert_eq!(
            en(|s| change(s, fig("0.5"), fig("2.5"), m("RP01"))),
            "up 2.0 points, worse"
        );
        assert_eq!(
            en(|s| change(s, fig("74"), fig("74.0"), m("TP02"))),
            "no change"
        );
    }

    #[test]
    fn complaints_and_anti_social_behaviour_are_only_higher_or_lower() {
        let up = en(|s| change(s, fig("45.2"), fig("50.0"), m("CH01")));
        assert_eq!(up, "up 4.8 per 1,000 homes, higher");
        let down = en(|s| change(s, fig("38.4"), fig("30.1"), m("NM01")));
        assert_eq!(down, "down 8.3 per 1,000 homes, lower");
        let above = en(|s| against(s, fig("50"), fig("40"), m("CH01")));
        for words in [up, down, above] {
            assert!(
                !words.contains("better") && !words.contains("worse"),
                "{words}"
            );
        }
    }

    #[test]
    fn against_a_benchmark() {
        assert_eq!(
            en(|s| against(s, fig("78.7"), fig("74"), m("TP02"))),
            "4.7 points above, better"
        );
        assert_eq!(
            en(|s| against(s, fig("50"), fig("40"), m("CH01"))),
            "10 per 1,000 homes above"
        );
        assert_eq!(
            en(|s| against(s, fig("74"), fig("74"), m("TP02"))),
            "the same"
        );
    }
}

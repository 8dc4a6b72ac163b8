//! What one cell says: an item number and heading (`1. Employment practise`), a response from the
//! leading words of its text, a status matched against the site's vocabulary, a list of names,
//! the owner named at the start of a planned action. Pure; must not touch files or print.

use crate::model::{Category, Response, Statuses};
use regex::Regex;
use std::sync::LazyLock;

/// `1`, `1.2`, `2.2014`, `10a`, `R3`, `Rec 3`, then an optional heading: `1. Employment
/// practise`. Every digit after a dot belongs to the number (greedy, so `2.2014` is one number,
/// never item 2 headed "2014").
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[A-Za-z]{1,3}\.? ?)?\d{1,6}(?:\.\d+)*[a-z]?)(?:[.):\-–]|\s|$)\s*(.*)$")
        .expect("valid regex")
});

/// `a) A focus group ...`, `(ii) That ...`: the letter or numeral a recommendation's own text
/// starts with, in a plan that has no number column.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?([a-z]{1,2}|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)\)\s+(\S[\s\S]*)$")
        .expect("valid regex")
});

/// `TMT to monitor TMOs`: the owner is the few capitalised words before "to".
static OWNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([A-Z][\w'’/.\-]*(?:\s+(?:(?:&|and|of|for|the)\s+)?[A-Z][\w'’/.\-]*){0,4})\s+to\s+[a-z]",
    )
    .expect("valid regex")
});

/// Cell text cleaned for a content file: line breaks made `\n` (Word's vertical tab becomes
/// one), other control characters and the spaces at the end of each line and around the whole
/// dropped. Spaces inside are kept: the text may be Markdown.
pub fn clean(text: &str) -> String {
    let text = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{b}', '\u{2028}'], "\n");
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| {
            l.chars()
                .filter(|c| !c.is_control() || *c == '\t')
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    lines.join("\n").trim().to_string()
}

/// The label a recommendation's text starts with, and the text after it: `a) Do it` gives `a`
/// and `Do it`.
pub fn label(text: &str) -> Option<(String, String)> {
    let c = LABEL.captures(text.trim_start())?;
    Some((c[1].to_string(), c[2].trim_end().to_string()))
}

/// A cell's text in quotes for a message on the terminal, cut at 60 characters so that a long
/// cell cannot bury the message (the whole text is kept in the file's comments).
pub fn quoted(text: &str) -> String {
    let one_line = text.replace('\n', " ");
    match one_line.char_indices().nth(60) {
        None => format!("\"{one_line}\""),
        Some((cut, _)) => format!("\"{}…\"", one_line[..cut].trim_end()),
    }
}

/// Whether the text has a letter in it: a cell with none (`764011`, `33/11/2`) in a column of
/// words is a stray left by converting the document.
pub fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Joins text continued on the next row: a sentence cut by a page break goes on with a space;
/// after a finished sentence, a new paragraph.
pub fn join(to: &mut String, more: &str) {
    if more.is_empty() {
        return;
    }
    if to.is_empty() {
        to.push_str(more);
        return;
    }
    let finished = to.ends_with(['.', '!', '?', ':']);
    let continues = more.chars().next().is_some_and(|c| !c.is_uppercase());
    to.push_str(if finished && !continues { "\n\n" } else { " " });
    to.push_str(more);
}

/// Whether a recommendation cell starts a new recommendation (a capital letter, a digit or a
/// bullet) rather than continuing a sentence cut at a page break (`meetings as observers.`).
pub fn starts_new(text: &str) -> bool {
    text.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// An item number and the heading written after it, if the text starts with a number.
pub fn item_number(text: &str) -> Option<(String, Option<String>)> {
    let t = text.trim();
    let c = ITEM.captures(t)?;
    let number = c[1].trim().trim_end_matches('.').to_string();
    let heading = c[2].trim().trim_end_matches(['.', ':']).trim();
    // "3 months" is text, not item 3 headed "months"; "2. 2014" is no number and heading, but
    // a cell to be asked about.
    if heading.chars().next().is_some_and(char::is_lowercase)
        || (!heading.is_empty() && !has_letters(heading))
    {
        return None;
    }
    Some((number, (!heading.is_empty()).then(|| heading.to_string())))
}

/// A number read from a spreadsheet cell, as it would be published: `1`, `1.2`.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// The kind of response its leading words give, and whether the text says nothing more than that
/// (`Agreed.`), so that it need not be kept as `response_text` too. Text that begins with no
/// response word is `awaiting`: a response is never guessed from the rest of the text.
pub fn response_of(text: &str) -> (Response, bool) {
    response_word(text).unwrap_or((Response::Awaiting, false))
}

/// The response a text begins with (`Agreed - will form part of ...`, `Not accepted: ...`), if it
/// begins with one, and whether it says nothing more.
pub fn response_word(text: &str) -> Option<(Response, bool)> {
    // `b) Accepted.`: the answer to recommendation b, lettered as the plan letters them.
    let unlabelled = label(text).map(|(_, rest)| rest);
    let text = unlabelled.as_deref().unwrap_or(text);
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let starts = |phrase: &str| {
        let p: Vec<&str> = phrase.split(' ').collect();
        words.len() >= p.len() && words.iter().zip(&p).all(|(w, p)| w == p)
    };
    const KINDS: [(&str, Response); 19] = [
        ("partially agreed", Response::PartiallyAgreed),
        ("partially accepted", Response::PartiallyAgreed),
        ("partly agreed", Response::PartiallyAgreed),
        ("partly accepted", Response::PartiallyAgreed),
        ("agreed in principle", Response::PartiallyAgreed),
        ("accepted in principle", Response::PartiallyAgreed),
        ("agreed in part", Response::PartiallyAgreed),
        ("accepted in part", Response::PartiallyAgreed),
        ("not agreed", Response::NotAgreed),
        ("not accepted", Response::NotAgreed),
        ("not required", Response::NotAgreed),
        ("rejected", Response::NotAgreed),
        ("disagreed", Response::NotAgreed),
        ("declined", Response::NotAgreed),
        ("agreed", Response::Agreed),
        ("accepted", Response::Agreed),
        ("agree", Response::Agreed),
        ("noted", Response::Noted),
        ("awaiting", Response::Awaiting),
    ];
    for (phrase, kind) in KINDS {
        if starts(phrase) {
            let only = words.len() == phrase.split(' ').count()
                || (kind == Response::Awaiting && words.len() <= 2);
            return Some((kind, only));
        }
    }
    None
}

/// Status words that mean the same, for a site whose vocabulary spells them its own way.
const STATUS_SYNONYMS: [&[&str]; 5] = [
    &[
        "complete",
        "completed",
        "done",
        "achieved",
        "implemented",
        "finished",
        "actioned",
    ],
    &[
        "inprogress",
        "ongoing",
        "underway",
        "started",
        "progressing",
        "inhand",
        "partiallycomplete",
        "partlycomplete",
    ],
    &[
        "notstarted",
        "notyetstarted",
        "notbegun",
        "outstanding",
        "pending",
    ],
    &[
        "notapplicable",
        "na",
        "nolongerapplicable",
        "superseded",
        "withdrawn",
    ],
    &["notagreed", "rejected", "declined"],
];

fn status_word(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// The status key a status word stands for: a key or label of the site's vocabulary, matched
/// without regard to case, spaces or punctuation (`COMPLETE`, `On-going`, `N/A`), else a common
/// word for the same thing (`Completed` for `complete`).
pub fn status_of(text: &str, statuses: &Statuses) -> Option<String> {
    let w = status_word(text);
    if w.is_empty() {
        return None;
    }
    let names = |d: &crate::model::StatusDef| [status_word(&d.key), status_word(&d.label)];
    if let Some(d) = statuses.0.iter().find(|d| names(d).contains(&w)) {
        return Some(d.key.clone());
    }
    if let Some(group) = STATUS_SYNONYMS.iter().find(|g| g.contains(&w.as_str()))
        && let Some(d) = statuses
            .0
            .iter()
            .find(|d| names(d).iter().any(|n| group.contains(&n.as_str())))
    {
        return Some(d.key.clone());
    }
    let category = rag_category(text)?;
    statuses
        .0
        .iter()
        .find(|d| d.category == category)
        .map(|d| d.key.clone())
}

/// The category a RAG colour stands for: Blue is complete; Green (on track), Amber (at risk) and
/// Red (off track) are all work in progress, since none of them says it is done or not begun.
pub fn rag_category(text: &str) -> Option<Category> {
    match status_word(text).as_str() {
        "blue" => Some(Category::Done),
        "green" | "amber" | "red" => Some(Category::InProgress),
        _ => None,
    }
}

/// The names in a Responsible cell: `TMOs/IC`, `TMOs; IC`, `TMOs, IC` or one per line.
pub fn names(text: &str) -> Vec<String> {
    // A comma parts names only when every part is a short name: "The Portfolio Holder for
    // Economic Development, UK and EU Regional Issues" is one party.
    let short = |t: &str| {
        t.split(',')
            .all(|p| (1..=3).contains(&p.split_whitespace().count()))
    };
    let seps: &[char] = if text.contains(';') {
        &[';', '\n']
    } else if text.lines().all(short) {
        &['/', ',', '\n']
    } else {
        &['/', '\n']
    };
    let mut out: Vec<String> = Vec::new();
    for n in text
        .split(seps)
        .map(|n| n.trim().trim_end_matches('.').trim_end())
        .filter(|n| !n.is_empty())
    {
        if !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
    }
    out
}

/// Who a planned action names as doing it: `TMT to monitor TMOs` → `TMT`.
pub fn action_owner(action: &str) -> Option<String> {
    let c = OWNER.captures(action.trim())?;
    Some(c[1].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StatusDef;

    fn islington() -> Statuses {
        let d = |k: &str, l: &str, c| StatusDef {
            key: k.into(),
            label: l.into(),
            category: c,
        };
        Statuses(vec![
            d("not-started", "Not started", Category::NotStarted),
            d("on-going", "On-going", Category::InProgress),
            d("complete", "Complete", Category::Done),
            d("n-a", "N/A", Category::Closed),
        ])
    }

    #[test]
    fn item_numbers_and_headings() {
        assert_eq!(
            item_number("1. Employment practise"),
            Some(("1".into(), Some("Employment practise".into())))
        );
        assert_eq!(
            item_number("20. TMOs AND THE VAI"),
            Some(("20".into(), Some("TMOs AND THE VAI".into())))
        );
        assert_eq!(item_number("1.2"), Some(("1.2".into(), None)));
        assert_eq!(item_number("10a"), Some(("10a".into(), None)));
        assert_eq!(item_number("R3"), Some(("R3".into(), None)));
        assert_eq!(item_number("7"), Some(("7".into(), None)));
        assert_eq!(item_number("Governance"), None);
        assert_eq!(item_number("3 months later"), None);
        assert_eq!(number_text(12.0), "12");
        assert_eq!(number_text(1.2), "1.2");
    }

    #[test]
    fn a_number_with_four_digits_after_the_dot_is_not_cut_into_a_number_and_a_heading() {
        assert_eq!(item_number("2.2014"), Some(("2.2014".into(), None)));
        assert_eq!(item_number("2.123456"), Some(("2.123456".into(), None)));
        assert_eq!(
            item_number("4.10.2 Tenancy audits"),
            Some(("4.10.2".into(), Some("Tenancy audits".into())))
        );
        // Digits after a number are not a heading: the cell is asked about, not guessed.
        assert_eq!(item_number("2. 2014"), None);
        assert_eq!(item_number("2.2014-15"), None);
    }

    proptest::proptest! {
        /// A number survives as written, whatever its digits: `2.2014` stays `2.2014`.
        #[test]
        fn a_number_survives_as_written(
            n in r"(R|Rec |[A-Z]{1,2}\.)?[1-9][0-9]{0,5}(\.[0-9]{1,7}){0,3}[a-z]?"
        ) {
            proptest::prop_assert_eq!(item_number(&n), Some((n.clone(), None)));
            let heading = format!("{n} Housing repairs");
            proptest::prop_assert_eq!(
                item_number(&heading),
                Some((n.clone(), Some("Housing repairs".to_string())))
            );
        }
    }

    #[test]
    fn responses_from_their_leading_words() {
        assert_eq!(
            response_of("Agreed - will form part of the Service Review"),
            (Response::Agreed, false)
        );
        assert_eq!(response_of("Agreed."), (Response::Agreed, true));
        assert_eq!(
            response_of("agreed in principle, subject to funding"),
            (Response::PartiallyAgreed, false)
        );
        assert_eq!(
            response_of("Partially accepted"),
            (Response::PartiallyAgreed, true)
        );
        assert_eq!(
            response_of("partially-agreed"),
            (Response::PartiallyAgreed, true)
        );
        assert_eq!(
            response_of("Not accepted: the cost is too high"),
            (Response::NotAgreed, false)
        );
        assert_eq!(response_of("Rejected"), (Response::NotAgreed, true));
        assert_eq!(response_of("not-agreed"), (Response::NotAgreed, true));
        assert_eq!(response_of("noted"), (Response::Noted, true));
        assert_eq!(
            response_of("Agreement will be sought"),
            (Response::Awaiting, false)
        );
        assert_eq!(response_of(""), (Response::Awaiting, false));
        assert_eq!(response_word("Agreement will be sought"), None);
        assert_eq!(
            response_word("b) Accepted."),
            Some((Response::Agreed, true))
        );
        assert_eq!(
            response_word("(c) Not agreed: too dear"),
            Some((Response::NotAgreed, false))
        );
        assert_eq!(
            response_word("Partially accepted - the panel will be consulted"),
            Some((Response::PartiallyAgreed, false))
        );
    }

    #[test]
    fn statuses_by_key_label_or_common_word() {
        let s = islington();
        assert_eq!(status_of("COMPLETE", &s).as_deref(), Some("complete"));
        assert_eq!(status_of("On-going", &s).as_deref(), Some("on-going"));
        assert_eq!(status_of("on going", &s).as_deref(), Some("on-going"));
        assert_eq!(status_of("N/A", &s).as_deref(), Some("n-a"));
        assert_eq!(status_of("Completed", &s).as_deref(), Some("complete"));
        assert_eq!(status_of("In progress", &s).as_deref(), Some("on-going"));
        assert_eq!(status_of("33/11/2", &s), None);
        assert_eq!(status_of("Delayed", &s), None);
        assert_eq!(status_of("Blue", &s).as_deref(), Some("complete"));
        assert_eq!(status_of("AMBER", &s).as_deref(), Some("on-going"));
        assert_eq!(status_of("Red", &s).as_deref(), Some("on-going"));
        let defaults = Statuses::defaults();
        assert_eq!(
            status_of("On-going", &defaults).as_deref(),
            Some("in-progress")
        );
        assert_eq!(
            status_of("N/A", &defaults).as_deref(),
            Some("not-applicable")
        );
    }

    #[test]
    fn names_and_owners() {
        assert_eq!(names("TMOs/IC"), ["TMOs", "IC"]);
        assert_eq!(names("TMOs; IC"), ["TMOs", "IC"]);
        assert_eq!(names("Housing/Repairs; IC"), ["Housing/Repairs", "IC"]);
        assert_eq!(names("Housing, Repairs, IC"), ["Housing", "Repairs", "IC"]);
        assert_eq!(
            names("The Portfolio Holder for Economic Development, UK and EU Regional Issues."),
            ["The Portfolio Holder for Economic Development, UK and EU Regional Issues"]
        );
        assert_eq!(
            names("Flo Churchill/ Sue Whiteside"),
            ["Flo Churchill", "Sue Whiteside"]
        );
        assert_eq!(action_owner("TMT to monitor TMOs").as_deref(), Some("TMT"));
        assert_eq!(
            action_owner("Governance Team to invite a TMO representative").as_deref(),
            Some("Governance Team")
        );
        assert_eq!(
            action_owner("Property Services & Operations to consult/keep TMOs informed").as_deref(),
            Some("Property Services & Operations")
        );
        assert_eq!(
            action_owner("IC's Principle Partnerships Team to organise").as_deref(),
            Some("IC's Principle Partnerships Team")
        );
        assert_eq!(
            action_owner("To determine match funding for projects"),
            None
        );
        assert_eq!(action_owner("IC staff to attend NFTMO conference"), None);
        assert_eq!(
            action_owner("Monitor the results and report back to the board"),
            None
        );
    }

    #[test]
    fn labels_at_the_start_of_a_recommendation() {
        assert_eq!(
            label("a) A focus group be arranged;"),
            Some(("a".into(), "A focus group be arranged;".into()))
        );
        assert_eq!(
            label("(iv) That it\nbe done"),
            Some(("iv".into(), "That it\nbe done".into()))
        );
        assert_eq!(label("2.1) Do it"), Some(("2.1".into(), "Do it".into())));
        assert_eq!(label("A focus group (a) be arranged"), None);
        assert_eq!(label("b)"), None);
        assert_eq!(label("Apr) no"), None);
    }

    #[test]
    fn cut_sentences_join_with_a_space() {
        let mut s = "TMOs are".to_string();
        join(&mut s, "not keen.");
        assert_eq!(s, "TMOs are not keen.");
        join(&mut s, "A new paragraph.");
        assert_eq!(s, "TMOs are not keen.\n\nA new paragraph.");
        assert_eq!(clean("  a\u{b}b   c \r\n"), "a\nb   c");
        assert_eq!(clean("- a\r\n  - nested\u{7}"), "- a\n  - nested");
    }
}

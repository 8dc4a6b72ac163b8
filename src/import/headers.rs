//! The names of an action plan's columns: a header reduced for loose matching (case, spacing,
//! punctuation, a plural), and the field each name suggests (`No.`, `Item`, `Ref` for the number;
//! `Owner` or `Cabinet Member` for who is responsible; `Timescale` for the deadline; `Meeting Date`
//! for no deadline at all). A name is evidence only: [`super::classify`] reads the cells. Pure;
//! must not touch files or print.

use super::columns::Field;

/// What a header name says, before the values are looked at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Guess {
    Is(Field),
    /// `Timeline`, `Timing`: deadlines or statuses, by the values.
    Timeline,
    /// `Progress`: text (updates), or the percentage open data gives (left out).
    Progress,
    /// `Category`: a theme, or the status category open data gives (left out).
    Category,
    /// `status_label`: the status, unless there is a `status` column too.
    StatusLabel,
    /// `Meeting Date`: the date of something else than the work (the meeting that made the
    /// recommendation), so never the deadline, whatever its cells hold: left out, with a note.
    NotDeadline,
}

/// Names as written in action plans, after [`key`]. Longest first where one starts another.
const SYNONYMS: &[(&str, Guess)] = &[
    ("recommendation number", Guess::Is(Field::Number)),
    ("recommendation no", Guess::Is(Field::Number)),
    ("rec no", Guess::Is(Field::Number)),
    ("item no", Guess::Is(Field::Number)),
    ("ref no", Guess::Is(Field::Number)),
    ("reference", Guess::Is(Field::Number)),
    ("number", Guess::Is(Field::Number)),
    ("item", Guess::Is(Field::Number)),
    ("ref", Guess::Is(Field::Number)),
    ("no", Guess::Is(Field::Number)),
    ("short title", Guess::Is(Field::Title)),
    ("title", Guess::Is(Field::Title)),
    ("subject", Guess::Is(Field::Title)),
    ("theme", Guess::Is(Field::Theme)),
    ("section", Guess::Is(Field::Theme)),
    ("topic", Guess::Is(Field::Theme)),
    ("area", Guess::Is(Field::Theme)),
    ("heading", Guess::Is(Field::Theme)),
    ("category", Guess::Category),
    ("select committee", Guess::Is(Field::Theme)),
    ("scrutiny committee", Guess::Is(Field::Theme)),
    ("committee", Guess::Is(Field::Theme)),
    ("recommendation made to", Guess::Is(Field::Responsible)),
    ("recommendation to", Guess::Is(Field::Responsible)),
    ("made to", Guess::Is(Field::Responsible)),
    ("recommendation", Guess::Is(Field::Recommendation)),
    ("you said", Guess::Is(Field::Recommendation)),
    ("response text", Guess::Is(Field::ResponseText)),
    ("management response", Guess::Is(Field::Response)),
    ("council response", Guess::Is(Field::Response)),
    ("executive response", Guess::Is(Field::Response)),
    ("response action", Guess::Is(Field::Response)),
    ("response", Guess::Is(Field::Response)),
    ("comments", Guess::Is(Field::Response)),
    ("comment", Guess::Is(Field::Response)),
    ("accepted", Guess::Is(Field::Response)),
    ("agreed", Guess::Is(Field::Response)),
    ("lead officer", Guess::Is(Field::LeadOfficer)),
    ("responsible officer", Guess::Is(Field::LeadOfficer)),
    ("officer", Guess::Is(Field::LeadOfficer)),
    ("responsible", Guess::Is(Field::Responsible)),
    ("responsibility", Guess::Is(Field::Responsible)),
    ("owner", Guess::Is(Field::Responsible)),
    ("lead", Guess::Is(Field::Responsible)),
    ("who", Guess::Is(Field::Responsible)),
    ("by whom", Guess::Is(Field::Responsible)),
    ("cabinet member", Guess::Is(Field::Responsible)),
    ("portfolio holder", Guess::Is(Field::Responsible)),
    ("executive member", Guess::Is(Field::Responsible)),
    ("lead member", Guess::Is(Field::Responsible)),
    ("executive decision maker", Guess::Is(Field::Responsible)),
    ("decision maker", Guess::Is(Field::Responsible)),
    ("resources", Guess::Is(Field::Resources)),
    ("resource", Guess::Is(Field::Resources)),
    ("resource implications", Guess::Is(Field::Resources)),
    ("cost", Guess::Is(Field::Resources)),
    ("revised deadline", Guess::Is(Field::RevisedDeadline)),
    ("current deadline", Guess::Is(Field::RevisedDeadline)),
    ("new deadline", Guess::Is(Field::RevisedDeadline)),
    ("revised target date", Guess::Is(Field::RevisedDeadline)),
    ("revised date", Guess::Is(Field::RevisedDeadline)),
    ("meeting date", Guess::NotDeadline),
    ("date of meeting", Guess::NotDeadline),
    ("committee date", Guess::NotDeadline),
    ("meeting", Guess::NotDeadline),
    ("exec date", Guess::NotDeadline),
    ("executive date", Guess::NotDeadline),
    ("date raised", Guess::NotDeadline),
    ("date reported", Guess::NotDeadline),
    ("deadline", Guess::Is(Field::Deadline)),
    ("target date", Guess::Is(Field::Deadline)),
    ("due date", Guess::Is(Field::Deadline)),
    ("due", Guess::Is(Field::Deadline)),
    ("timescale", Guess::Is(Field::Deadline)),
    ("completion date", Guess::Is(Field::Deadline)),
    ("target", Guess::Is(Field::Deadline)),
    ("by when", Guess::Is(Field::Deadline)),
    ("when", Guess::Is(Field::Deadline)),
    ("date", Guess::Is(Field::Deadline)),
    ("timeline", Guess::Timeline),
    ("timing", Guess::Timeline),
    ("timetable", Guess::Timeline),
    ("status label", Guess::StatusLabel),
    ("rag status", Guess::Is(Field::Status)),
    ("current status", Guess::Is(Field::Status)),
    ("status", Guess::Is(Field::Status)),
    ("rag", Guess::Is(Field::Status)),
    ("planned action", Guess::Is(Field::Action)),
    ("proposed action", Guess::Is(Field::Action)),
    ("agreed action", Guess::Is(Field::Action)),
    ("action to be taken", Guess::Is(Field::Action)),
    ("action taken", Guess::Is(Field::Progress)),
    ("action", Guess::Is(Field::Action)),
    ("next step", Guess::Is(Field::Action)),
    ("progress to date", Guess::Is(Field::Progress)),
    ("progress update", Guess::Is(Field::Progress)),
    ("latest update", Guess::Is(Field::Progress)),
    ("progress", Guess::Progress),
    ("update", Guess::Is(Field::Progress)),
    ("we did", Guess::Is(Field::Progress)),
    ("outcome", Guess::Is(Field::Outcome)),
    ("review title", Guess::Is(Field::ReviewTitle)),
    ("review", Guess::Is(Field::Review)),
    ("days overdue", Guess::Is(Field::Derived)),
    ("overdue", Guess::Is(Field::Derived)),
    ("last updated", Guess::Is(Field::Derived)),
    ("not updated", Guess::Is(Field::Derived)),
    ("url", Guess::Is(Field::Derived)),
];

/// A name reduced for loose matching: `Recommendation(s)` → `recommendation`, `No.` → `no`,
/// `Response/Action` → `response action`, `lead_officer` → `lead officer`.
pub fn key(name: &str) -> String {
    let n = name.to_lowercase().replace("(s)", "");
    n.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn guess(header: &str) -> Option<Guess> {
    if header.trim() == "#" {
        return Some(Guess::Is(Field::Number));
    }
    let k = key(header);
    // A header is a name, not a sentence: long cells are text, whatever word they start with.
    if k.is_empty() || k.split(' ').count() > 6 {
        return None;
    }
    let singular = k.strip_suffix('s').unwrap_or(&k);
    if let Some((_, g)) = SYNONYMS.iter().find(|(s, _)| *s == k || *s == singular) {
        return Some(*g);
    }
    // "Status as at August 2014", "Deadline (revised)": the longest known name it starts with.
    let starts = SYNONYMS
        .iter()
        .filter(|(s, _)| k.starts_with(&format!("{s} ")) || k.starts_with(&format!("{s}s ")))
        .max_by_key(|(s, _)| s.len());
    // "Chief Officer /Cabinet Member": the longest name of two words or more it holds.
    let padded = format!(" {k} ");
    let holds = || {
        SYNONYMS
            .iter()
            .filter(|(s, _)| s.contains(' ') && padded.contains(&format!(" {s} ")))
            .max_by_key(|(s, _)| s.len())
    };
    starts.or_else(holds).map(|(_, g)| *g)
}

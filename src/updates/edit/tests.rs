use super::*;

fn update(date: &str, status: Option<&str>, text: &str) -> Change {
    Change::Update {
        date: date.into(),
        status: status.map(Into::into),
        text: text.into(),
    }
}

const REC: &str = "\
# Kept as the panel wrote it.
number: \"1.1\"
recommendation: |
  Do the thing
response: agreed   # agreed at Cabinet
responsible: [TMOs]
status: in-progress
actions:
  - action: TMT to monitor TMOs
    responsible: TMT
    status: in-progress
  - action: Report back
updates:
  - date: 2014-08-31
    text: |
      First steps taken.

# Evidence follows.
evidence: []
";

#[test]
fn an_update_is_added_after_the_last_and_every_other_byte_is_kept() {
    let out = apply(
        REC,
        false,
        &[update("2026-11-30", None, "Done: all #1 \"quoted\"")],
    )
    .unwrap();
    let added = "  - date: 2026-11-30\n    text: |\n      Done: all #1 \"quoted\"\n";
    let at = REC.find("\n# Evidence").unwrap();
    assert_eq!(out, format!("{}{added}{}", &REC[..at], &REC[at..]));
}

#[test]
fn a_status_is_changed_where_it_stands_keeping_comments() {
    let out = apply(REC, false, &[Change::Status("complete".into())]).unwrap();
    assert_eq!(
        out,
        REC.replace("status: in-progress\nactions", "status: complete\nactions")
    );
}

#[test]
fn an_actions_status_is_changed_or_added_under_it() {
    let out = apply(
        REC,
        false,
        &[
            Change::ActionStatus {
                n: 1,
                status: "complete".into(),
            },
            Change::ActionStatus {
                n: 2,
                status: "not-started".into(),
            },
        ],
    )
    .unwrap();
    let want = REC.replace(
        "    status: in-progress\n  - action: Report back\n",
        "    status: complete\n  - action: Report back\n    status: not-started\n",
    );
    assert_eq!(out, want);
}

#[test]
fn a_closure_request_goes_after_the_status_and_a_revision_starts_its_list() {
    let out = apply(
        REC,
        false,
        &[
            Change::ClosureRequested("2026-11-30".into()),
            Change::Revision {
                date: "2027-03-31".into(),
                reason: "Waiting for: the contractor's report".into(),
                requested: "2026-11-30".into(),
            },
        ],
    )
    .unwrap();
    let want = REC.replace(
        "status: in-progress\nactions",
        "status: in-progress\nclosure_requested: 2026-11-30\nactions",
    ) + "revised_deadlines:\n  - date: 2027-03-31\n    reason: \"Waiting for: the contractor's report\"\n    requested: 2026-11-30\n";
    assert_eq!(out, want);
}

#[test]
fn a_file_with_no_updates_gains_the_list_at_its_end() {
    let rec = "number: \"2\"\nresponse: agreed\nresponsible: IC\nstatus: not-started";
    let out = apply(
        rec,
        false,
        &[update("2026-11-30", Some("in-progress"), "Begun")],
    )
    .unwrap();
    assert_eq!(
        out,
        format!(
            "{rec}\nupdates:\n  - date: 2026-11-30\n    status: in-progress\n    text: |\n      Begun\n"
        )
    );
}

#[test]
fn an_empty_list_written_as_brackets_becomes_a_list_of_one() {
    let rec = "number: \"2\"\nstatus: x\nupdates: []  # none yet\nresponsible: IC\n";
    let out = apply(rec, false, &[update("2026-11-30", None, "Begun")]).unwrap();
    assert_eq!(
        out,
        "number: \"2\"\nstatus: x\nupdates:   # none yet\n  - date: 2026-11-30\n    text: |\n      Begun\nresponsible: IC\n"
    );
}

#[test]
fn a_list_at_the_keys_own_indentation_is_added_to_at_that_indentation() {
    let rec = "status: x\nupdates:\n- date: 2014-01-01\n  text: a\nresponsible: IC\n";
    let out = apply(rec, false, &[update("2026-11-30", None, "b")]).unwrap();
    assert_eq!(
        out,
        "status: x\nupdates:\n- date: 2014-01-01\n  text: a\n- date: 2026-11-30\n  text: |\n    b\nresponsible: IC\n"
    );
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_are_kept() {
    let rec = "\u{feff}status: x\r\nupdates:\r\n  - date: 2014-01-01\r\n    text: a\r\n";
    let out = apply(rec, false, &[update("2026-11-30", None, "two\nlines")]).unwrap();
    assert_eq!(
        out,
        "\u{feff}status: x\r\nupdates:\r\n  - date: 2014-01-01\r\n    text: a\r\n  - date: 2026-11-30\r\n    text: |\r\n      two\r\n      lines\r\n"
    );
}

#[test]
fn a_markdown_recommendation_is_changed_in_its_front_matter_only() {
    let rec = "---\nnumber: \"3\"\nstatus: x\n---\nThe text.\n\nupdates: not this\n";
    let out = apply(
        rec,
        true,
        &[
            update("2026-11-30", None, "Begun"),
            Change::Status("y1".into()),
        ],
    )
    .unwrap();
    assert_eq!(
        out,
        "---\nnumber: \"3\"\nstatus: y1\nupdates:\n  - date: 2026-11-30\n    text: |\n      Begun\n---\nThe text.\n\nupdates: not this\n"
    );
}

#[test]
fn text_that_yaml_would_misread_is_kept_as_written() {
    for text in [
        "- starts like a list",
        "key: value # not a comment",
        "  indented first line\nsecond",
        "yes",
        "12",
        "@at `tick` 'single' \"double\" \\back",
        "para one\n\npara two",
    ] {
        let out = apply(REC, false, &[update("2026-11-30", None, text)]).unwrap();
        let back: Json = serde_saphyr::from_str(&out).unwrap();
        assert_eq!(
            back["updates"][1]["text"],
            json!(format!("{text}\n")),
            "{text:?}"
        );
    }
}

#[test]
fn a_list_written_on_one_line_is_left_alone_with_the_reason() {
    let rec = "status: x\nupdates: [{date: 2014-01-01, text: a}]\n";
    let err = apply(rec, false, &[update("2026-11-30", None, "b")]).unwrap_err();
    assert!(err.contains("written on one line"), "{err}");
}

#[test]
fn a_layout_that_would_change_something_else_is_refused() {
    // A top-level key written in quotes is not found by its name, so a second `status` would be
    // added; the reading back notices.
    let rec = "\"status\": x\nnumber: \"1\"\n";
    assert!(apply(rec, false, &[Change::ClosureRequested("2026-11-30".into())]).is_ok());
    assert!(apply(rec, false, &[Change::Status("y1".into())]).is_ok());
    let odd = "status: &s x\nother: *s\n";
    let err = apply(odd, false, &[update("2026-11-30", None, "b")]);
    assert!(err.is_ok() || err.unwrap_err().contains("cannot add"));
}

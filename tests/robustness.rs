//! Untrusted content cannot crash the program: arbitrary bytes and arbitrary YAML documents fed
//! to every kind of content file go through the whole pipeline (load, validate, index, render,
//! link check) and come back as a site or as diagnostics, never as a panic.

use followthrough::pipeline::{self, Options};
use proptest::prelude::*;
use std::path::Path;

const SITE: &str = "title: T\norganisation: O\nbase_url: https://example.org/\n";
const INDEX: &str = "---\ntitle: Review\n---\nSummary.\n";
const REC: &str =
    "number: \"1\"\nrecommendation: x\nresponse: agreed\nresponsible: IC\nstatus: complete\n";

fn site_with(dir: &Path, file: &str, bytes: &[u8]) {
    let files = [
        ("content/site.yaml", SITE.as_bytes()),
        ("content/reviews/r/index.md", INDEX.as_bytes()),
        ("content/reviews/r/1.yaml", REC.as_bytes()),
    ];
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let p = dir.join(file);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

fn run(dir: &Path) {
    let opts = Options {
        root: dir.to_path_buf(),
        output: dir.join("output"),
        as_of: chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap(),
        base_url: None,
        adopt: false,
    };
    // Any outcome but a panic is fine; diagnostics must carry a path.
    if let Ok(Err(failed)) = pipeline::make(&opts) {
        assert!(!failed.diagnostics.is_empty());
        for d in &failed.diagnostics {
            assert!(!d.path.is_empty());
            let _ = followthrough::diagnostics::render_human(
                std::slice::from_ref(d),
                &failed.sources,
                false,
            );
        }
    }
}

const TARGETS: &[&str] = &[
    "content/reviews/r/2.yaml",
    "content/reviews/r/2.md",
    "content/reviews/r/index.md",
    "content/site.yaml",
    "content/glossary.yaml",
    "content/pages/p.md",
];

/// YAML documents built from the format's own field names, with values of every shape.
fn yaml_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("~".to_string()),
        Just("ongoing".to_string()),
        Just("2014-02-31".to_string()),
        Just("2014-04-30".to_string()),
        Just("\"../..\"".to_string()),
        Just("complete".to_string()),
        Just("&a x".to_string()),
        Just("*a".to_string()),
        Just("|\n  block text\n".to_string()),
        "[a-zA-Z0-9 <>&:#/.\\-\"'{}\\[\\],*!|]{0,30}",
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(("[a-z_]{1,12}", inner), 0..4).prop_map(|v| format!(
                "{{{}}}",
                v.into_iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        ]
    })
}

fn yaml_doc() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("number"),
        Just("title"),
        Just("theme"),
        Just("recommendation"),
        Just("response"),
        Just("response_text"),
        Just("responsible"),
        Just("deadline"),
        Just("revised_deadlines"),
        Just("status"),
        Just("actions"),
        Just("updates"),
        Just("outcome"),
        Just("evidence"),
        Just("statuses"),
        Just("stale_after_days"),
        Just("organisation"),
        Just("date"),
        Just("text"),
        Just("url"),
        Just("IC"),
        Just("deadlin"),
    ];
    prop::collection::vec((key, yaml_value()), 0..10).prop_map(|fields| {
        fields
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}\n"))
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_crash(target in 0..TARGETS.len(), bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().unwrap();
        site_with(dir.path(), TARGETS[target], &bytes);
        run(dir.path());
    }

    #[test]
    fn arbitrary_yaml_documents_never_crash(target in 0..TARGETS.len(), doc in yaml_doc(), body in "[ -~\\n]{0,80}") {
        let dir = tempfile::tempdir().unwrap();
        let text = if TARGETS[target].ends_with(".md") { format!("---\n{doc}---\n{body}") } else { doc };
        site_with(dir.path(), TARGETS[target], text.as_bytes());
        run(dir.path());
    }
}

//! followthrough turns a council's scrutiny reviews, their recommendations and the action plan
//! against each one (YAML and Markdown files) into an accessible static website.
//!
//! ```text
//! content/** ──► load ──► raw records + located parse errors
//!                  ▼
//!             validate ──► resolved Site + diagnostics (every problem, not the first)
//!                  ▼
//!               index ──► SiteIndex: derived facts, groupings, rendered Markdown, and the
//!                  │       route table (index::routes: each page kind's path, template, title,
//!                  │       section, parent → URLs and breadcrumbs)
//!                  ▼
//! themes ──► render::manifest ──► every output: path, kind, dependency (a review, the site, none)
//!                  ▼
//!            render::make ──► one loop: pages (a typed view each, render::pages::*) in parallel,
//!                  │           link-checked as made, then data, feeds, statics, the sitemap
//!                  ▼
//!            output::Sink ──► Stage: output/ (in place, only on success, as one journalled step;
//!                             only files it listed in output/.followthrough-files are replaced)
//!                             | Memory: check, and serve
//! ```
//!
//! `pipeline` is the only module that calls the stages in order; `cmd` is the only one that prints.
//! `load` alone reads content and `output` alone writes files into the output folder; `layout`
//! alone knows where each kind of file lives (`content/site.yaml`, `content/reviews/<slug>/`,
//! themes, editor temp files), for `load`, `watch` and serve's session.
//! Validation keeps where things are written (`model::span`: a record's links, its `status:`),
//! so the warnings (`validate::warnings`) and broken links (`render::broken`) point at a line
//! without the file being searched or read again.
//! `serve` keeps a site in memory (`pipeline::session`), serves it (`server`) and, after each file
//! change (`watch`), remakes the outputs of the manifest whose dependencies changed.
//!
//! A monitoring report to committee (`content/reports/`) is found by `report` from the dated facts
//! alone (never the as-of date), and shown from one view (`render::report`) as a page, a print and
//! a Word document (`render::docx`).
//!
//! `import` stands beside the pipeline: it reads an action plan (CSV, TSV, a spreadsheet) and
//! writes recommendation files into `content/` (`import::write::save`, never replacing a file
//! unless told to).
//!
//! `export` works the other way, from the site read and indexed (`pipeline::indexed`): `tracker`
//! makes the quarterly tracker's rows and its workbook's bytes, and `cmd::export` writes the file.
//! `import --updates` brings the filled-in tracker back (`pipeline::updates`): `updates` matches
//! its rows to the site and changes each recommendation file in place, and `import::write::replace`
//! writes them. `docs/architecture.md` is the long form of this map.

#![forbid(unsafe_code)]
#![deny(unreachable_pub)]
// Every public item says what it is for, so the API documentation reads as a guide to the code.
#![deny(missing_docs)]
// Only `cmd` prints (it allows these for itself): every other module returns what it found.
#![deny(clippy::print_stdout, clippy::print_stderr)]
// A content problem travels as a located `Diagnostic` by value: it is made once, on the path
// where the file is wrong, and boxing it would only add an allocation to every caller.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod cmd;
pub mod config;
pub mod data;
pub mod derive;
pub mod diagnostics;
pub mod error;
pub mod i18n;
pub mod import;
pub mod index;
pub mod indicator;
pub mod layout;
pub mod life;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod server;
pub mod tracker;
pub mod tsm;
pub mod updates;
pub mod validate;
pub mod watch;

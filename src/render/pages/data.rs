//! `/data/`: the open data files, their columns, and each review's files. Pure.

use crate::data;
use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::cards::{DataLinks, data_links};
use serde::Serialize;

/// A column of the open data and what it means, in the page's language.
#[derive(Serialize)]
struct ColumnView {
    name: &'static str,
    meaning: String,
}

/// Where one language's open data is, for a site in more than one.
#[derive(Serialize)]
struct LanguageFiles {
    /// The language's name in itself ("Cymraeg").
    name: &'static str,
    /// Its tag, for `hreflang` and `lang`.
    tag: String,
    /// The folder of its files, from the site root: `data/`, `cy/data/`.
    folder: String,
    /// Its data page, from the site root.
    page: String,
    /// Whether it is this page's language.
    here: bool,
}

/// A monitoring report's files, for the data page.
#[derive(Serialize)]
struct ReportFiles {
    title: String,
    /// Its page, from the language's root.
    url: String,
    /// Its `changes.csv`, from the language's root.
    csv: String,
    /// Its Word document, from the site root (made once, in the default language).
    docx: String,
}

/// What `data.html` gets.
#[derive(Serialize)]
pub(super) struct View {
    /// Every language's files, when the site has more than one (else empty).
    languages: Vec<LanguageFiles>,
    rec_columns: Vec<ColumnView>,
    update_columns: Vec<ColumnView>,
    tsm_columns: Vec<ColumnView>,
    review_columns: Vec<ColumnView>,
    reviews: Vec<DataLinks>,
    /// Each monitoring report's files (empty when the site has none), and the columns of their
    /// `changes.csv`.
    reports: Vec<ReportFiles>,
    report_columns: Vec<ColumnView>,
    stale_after_days: u32,
    feed_limit: usize,
}

fn columns(say: Say<'_>, cols: &[data::records::Column], updates: bool) -> Vec<ColumnView> {
    cols.iter()
        .map(|c| ColumnView {
            name: c.name,
            meaning: say.word(&data::records::meaning_id(c.name, updates)),
        })
        .collect()
}

fn reviews_columns(say: Say<'_>) -> Vec<ColumnView> {
    data::reviews::REVIEW_COLUMNS
        .iter()
        .map(|c| ColumnView {
            name: c.name,
            meaning: say.word(&data::reviews::meaning_id(c.name)),
        })
        .collect()
}

pub(super) fn view(ix: &SiteIndex, say: Say<'_>) -> View {
    let langs = &ix.site.config.languages;
    let languages = if langs.is_multilingual() {
        langs
            .list
            .iter()
            .map(|&l| LanguageFiles {
                name: l.own_name(),
                tag: ix.lang_tag(l),
                folder: format!("{}{}", ix.lang_dir(l), data::DATA_DIR),
                page: ix.url_in(crate::index::PageKind::Data, l),
                here: l == say.lang,
            })
            .collect()
    } else {
        Vec::new()
    };
    View {
        languages,
        rec_columns: columns(say, data::records::REC_COLUMNS, false),
        update_columns: columns(say, data::records::UPDATE_COLUMNS, true),
        tsm_columns: data::tsm::TSM_COLUMNS
            .iter()
            .map(|c| ColumnView {
                name: c.name,
                meaning: say.word(&data::tsm::meaning_id(c.name)),
            })
            .collect(),
        review_columns: reviews_columns(say),
        reviews: (0..ix.site.reviews.len())
            .map(|i| data_links(ix, say, i))
            .collect(),
        reports: (0..ix.site.reports.len())
            .map(|i| ReportFiles {
                title: ix.site.reports[i].title.clone(),
                url: ix.url(crate::index::PageKind::Report(i)),
                csv: crate::render::report::csv_path(ix, i),
                docx: crate::render::report::docx_path(ix, i),
            })
            .collect(),
        report_columns: data::report_csv::REPORT_COLUMNS
            .iter()
            .map(|c| ColumnView {
                name: c.name,
                meaning: say.word(&format!("data-report-column-{}", c.name.replace('_', "-"))),
            })
            .collect(),
        stale_after_days: ix.site.config.stale_after_days,
        feed_limit: data::feed::FEED_LIMIT,
    }
}

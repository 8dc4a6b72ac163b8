//! The tracker as an Excel workbook (rust_xlsxwriter), ready to e-mail round: a title row, the
//! header frozen and filtered, the columns to fill in shaded, `New status` a drop-down of the
//! site's status labels, dates as real dates, printed landscape with the header on every page.
//! Returns bytes; must not touch files or print. Text is always written as text, never as a
//! formula, whatever it starts with.

use super::{COLUMNS, FILL_IN, Tracker, is_date_column};
use crate::model::Deadline;
use chrono::NaiveDate;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, Format,
    FormatAlign, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

/// The sheet the rows are on (the first), and the one holding the status labels for the list.
pub const SHEET: &str = "Tracker";
/// The sheet holding the status labels the `New status` list offers.
pub const STATUS_SHEET: &str = "Statuses";

/// The row of the header (0-based): the title row is above it.
pub const HEADER_ROW: u32 = 1;

/// Column widths, in characters, in `COLUMNS` order.
const WIDTHS: [f64; 14] = [
    18.0, 6.0, 7.0, 50.0, 16.0, 12.0, 12.0, 40.0, 14.0, 40.0, 12.0, 12.0, 28.0, 8.0,
];

/// Excel holds at most this many characters in a cell.
const CELL_MAX: usize = 32_767;

const DATE: &str = "d mmm yyyy";
const SHADE: u32 = 0xFFF2CC;
const SHADE_HEADER: u32 = 0xFFE699;

struct Formats {
    title: Format,
    header: Format,
    header_fill: Format,
    text: Format,
    date: Format,
    fill: Format,
    fill_date: Format,
}

fn formats() -> Formats {
    let cell = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF));
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_background_color(Color::RGB(0xD9D9D9));
    Formats {
        title: Format::new().set_bold().set_font_size(14),
        header_fill: header
            .clone()
            .set_background_color(Color::RGB(SHADE_HEADER)),
        header,
        date: cell.clone().set_num_format(DATE),
        fill: cell.clone().set_background_color(Color::RGB(SHADE)),
        fill_date: cell
            .clone()
            .set_background_color(Color::RGB(SHADE))
            .set_num_format(DATE),
        text: cell,
    }
}

/// The workbook's bytes. The same tracker always gives the same bytes (the file's creation date
/// is the as-of date, not the clock).
pub fn to_xlsx(t: &Tracker) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = t.as_of.and_hms_opt(0, 0, 0).expect("midnight exists");
    book.set_properties(
        &DocProperties::new()
            .set_title(&t.title)
            .set_creation_datetime(&created),
    );
    let f = formats();
    let sheet = book.add_worksheet();
    sheet.set_name(SHEET)?;
    write_rows(sheet, t, &f)?;
    let statuses = book.add_worksheet();
    statuses.set_name(STATUS_SHEET)?;
    statuses.write_string_with_format(0, 0, "Status", &f.header)?;
    for (i, label) in t.statuses.iter().enumerate() {
        statuses.write_string(1 + i as u32, 0, clip(label))?;
    }
    statuses.set_column_width(0, 24)?;
    statuses.set_hidden(true);
    book.save_to_buffer()
}

fn write_rows(sheet: &mut Worksheet, t: &Tracker, f: &Formats) -> Result<(), XlsxError> {
    sheet.write_string_with_format(0, 0, clip(&t.title), &f.title)?;
    for (c, name) in COLUMNS.iter().enumerate() {
        let fmt = if c >= FILL_IN {
            &f.header_fill
        } else {
            &f.header
        };
        sheet.write_string_with_format(HEADER_ROW, c as u16, *name, fmt)?;
        sheet.set_column_width(c as u16, WIDTHS[c])?;
    }
    for (i, r) in t.rows.iter().enumerate() {
        let row = HEADER_ROW + 1 + i as u32;
        let text = |s: &str, c: u16, sheet: &mut Worksheet| -> Result<(), XlsxError> {
            sheet.write_string_with_format(row, c, clip(s), &f.text)?;
            Ok(())
        };
        text(&r.review, 0, sheet)?;
        text(&r.number, 1, sheet)?;
        match r.action {
            Some(n) => sheet.write_number_with_format(row, 2, n as f64, &f.text)?,
            None => sheet.write_blank(row, 2, &f.text)?,
        };
        text(&r.text, 3, sheet)?;
        text(&r.responsible.join(", "), 4, sheet)?;
        match r.current_deadline {
            Some(Deadline::Date(d)) => sheet.write_date_with_format(row, 5, d, &f.date)?,
            Some(Deadline::Ongoing) => {
                sheet.write_string_with_format(row, 5, "Ongoing", &f.date)?
            }
            None => sheet.write_blank(row, 5, &f.date)?,
        };
        text(&r.status, 6, sheet)?;
        let last = r.last_update_text();
        text(&last, 7, sheet)?;
        for (c, name) in COLUMNS.iter().enumerate().skip(FILL_IN) {
            let date = is_date_column(name);
            sheet.write_blank(row, c as u16, if date { &f.fill_date } else { &f.fill })?;
        }
    }
    let last_row = HEADER_ROW + t.rows.len().max(1) as u32;
    let last_col = (COLUMNS.len() - 1) as u16;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    sheet.set_landscape();
    sheet.set_paper_size(9); // A4
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    validations(sheet, t, last_row)?;
    Ok(())
}

fn col(name: &str) -> u16 {
    COLUMNS
        .iter()
        .position(|c| *c == name)
        .expect("a tracker column") as u16
}

/// The drop-down lists and the date check on the columns to fill in.
fn validations(sheet: &mut Worksheet, t: &Tracker, last_row: u32) -> Result<(), XlsxError> {
    let first = HEADER_ROW + 1;
    let range = |c: &str| (first, col(c), last_row, col(c));
    let statuses = format!("={STATUS_SHEET}!$A$2:$A${}", 1 + t.statuses.len().max(1));
    let status = DataValidation::new()
        .allow_list_formula(Formula::new(statuses))
        .set_input_title("New status")?
        .set_input_message("Choose the status now, if it has changed. Leave it empty if not.")?
        .set_error_title("Not one of the statuses")?
        .set_error_message("Choose a status from the list.")?;
    let (r1, c1, r2, c2) = range("New status");
    sheet.add_data_validation(r1, c1, r2, c2, &status)?;

    let close = DataValidation::new()
        .allow_list_strings(&["Yes", "No"])?
        .set_input_title("Close?")?
        .set_input_message(
            "Yes asks for the recommendation to be closed. The status changes only by New status.",
        )?;
    let (r1, c1, r2, c2) = range("Close?");
    sheet.add_data_validation(r1, c1, r2, c2, &close)?;

    let earliest = NaiveDate::from_ymd_opt(1990, 1, 1).expect("a date");
    let latest = NaiveDate::from_ymd_opt(2199, 12, 31).expect("a date");
    let date = DataValidation::new()
        .allow_date(DataValidationRule::Between(earliest, latest))
        .set_error_title("Not a date")?
        .set_error_message("Type the date of the update, such as 31/03/2026.")?;
    let (r1, c1, r2, c2) = range("Update date");
    sheet.add_data_validation(r1, c1, r2, c2, &date)?;

    // `ongoing` is allowed as a revised deadline, so the column only warns on other text.
    let revised = DataValidation::new()
        .allow_date(DataValidationRule::Between(earliest, latest))
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title("Not a date")?
        .set_error_message("A revised deadline is a date such as 30/06/2026, or the word ongoing. Keep this entry?")?;
    let (r1, c1, r2, c2) = range("Revised deadline");
    sheet.add_data_validation(r1, c1, r2, c2, &revised)?;
    Ok(())
}

/// Text cut to what a cell holds (a recommendation that long is rare; the end is marked).
fn clip(s: &str) -> String {
    if s.chars().count() <= CELL_MAX {
        return s.to_string();
    }
    let mut out: String = s.chars().take(CELL_MAX - 40).collect();
    out.push_str(" … (cut: see the site for the rest)");
    out
}

//! The tracker as an OpenDocument spreadsheet (spreadsheet-ods), for offices that work in
//! LibreOffice: the same sheet as the Excel workbook (`xlsx`), with a title row, the header
//! frozen, the columns to fill in shaded, `New status` a drop-down of the site's status labels,
//! dates as real dates, printed landscape with the header on every page. OpenDocument has no
//! filter buttons that spreadsheet-ods can write, so the header is not filtered (LibreOffice's
//! Data > AutoFilter adds them), and spreadsheet-ods orders the parts' attributes differently from
//! run to run, so the bytes, not the sheet, differ between two exports. Returns bytes; must not
//! touch files or print.

use super::xlsx::{HEADER_ROW, SHEET, STATUS_SHEET};
use super::{COLUMNS, FILL_IN, Tracker, is_date_column};
use crate::model::Deadline;
use spreadsheet_ods::color::Rgb;
use spreadsheet_ods::condition::Condition;
use spreadsheet_ods::format::{FormatNumberStyle, ValueFormatDateTime};
use spreadsheet_ods::style::units::{PrintOrientation, WrapOption};
use spreadsheet_ods::style::{MasterPage, PageStyle, TableStyle};
use spreadsheet_ods::text::TextP;
use spreadsheet_ods::validation::{
    MessageType, Validation, ValidationDisplay, ValidationError, ValidationHelp,
};
use spreadsheet_ods::{CellRange, CellStyle, CellStyleRef, OdsError, Sheet, Value, WorkBook};
use spreadsheet_ods::{cm, defaultstyles::DefaultFormat, pt};

/// Column widths in centimetres, in `COLUMNS` order (about those of the Excel workbook).
const WIDTHS: [f64; 14] = [
    3.6, 1.4, 1.5, 9.5, 3.2, 2.5, 2.5, 7.8, 2.8, 7.8, 2.5, 2.5, 5.5, 1.7,
];

struct Styles {
    title: CellStyleRef,
    header: CellStyleRef,
    header_fill: CellStyleRef,
    text: CellStyleRef,
    date: CellStyleRef,
    fill: CellStyleRef,
    fill_date: CellStyleRef,
}

fn styles(book: &mut WorkBook) -> Styles {
    let mut date_format = ValueFormatDateTime::new_named("tracker-date");
    date_format
        .part_day()
        .style(FormatNumberStyle::Short)
        .build();
    date_format.part_text(" ").build();
    date_format.part_month().textual().build();
    date_format.part_text(" ").build();
    date_format
        .part_year()
        .style(FormatNumberStyle::Long)
        .build();
    let date_format = book.add_datetime_format(date_format);
    let grey = Rgb::new(0xD9, 0xD9, 0xD9);
    let shade = Rgb::new(0xFF, 0xF2, 0xCC);
    let shade_header = Rgb::new(0xFF, 0xE6, 0x99);
    let cell = |name: &str, format: &_, background: Option<Rgb<u8>>, bold: bool| {
        let mut s = CellStyle::new(name, format);
        s.set_wrap_option(WrapOption::Wrap);
        s.set_vertical_align(spreadsheet_ods::style::units::CellAlignVertical::Top);
        if let Some(b) = background {
            s.set_background_color(b);
        }
        if bold {
            s.set_font_bold();
        }
        s
    };
    let text = DefaultFormat::default();
    let mut title = CellStyle::new("tracker-title", &text);
    title.set_font_bold();
    title.set_font_size(pt!(14));
    Styles {
        title: book.add_cellstyle(title),
        header: book.add_cellstyle(cell("tracker-header", &text, Some(grey), true)),
        header_fill: book.add_cellstyle(cell(
            "tracker-header-fill",
            &text,
            Some(shade_header),
            true,
        )),
        text: book.add_cellstyle(cell("tracker-text", &text, None, false)),
        date: book.add_cellstyle(cell("tracker-date", &date_format, None, false)),
        fill: book.add_cellstyle(cell("tracker-fill", &text, Some(shade), false)),
        fill_date: book.add_cellstyle(cell("tracker-fill-date", &date_format, Some(shade), false)),
    }
}

/// The spreadsheet's bytes.
pub fn to_ods(t: &Tracker) -> Result<Vec<u8>, OdsError> {
    let mut book = WorkBook::new_empty();
    let s = styles(&mut book);
    let mut page = PageStyle::new("tracker-page");
    page.set_print_orientation(PrintOrientation::Landscape);
    page.set_page_width(cm!(29.7));
    page.set_page_height(cm!(21.0));
    let page = book.add_pagestyle(page);
    let mut master = MasterPage::new("tracker-master");
    master.set_pagestyle(&page);
    let master = book.add_masterpage(master);
    let mut table = TableStyle::new("tracker-table");
    table.set_master_page(&master);
    let table = book.add_tablestyle(table);

    let mut sheet = Sheet::new(SHEET);
    sheet.set_style(&table);
    let h = HEADER_ROW;
    sheet.set_styled_value(0, 0, t.title.as_str(), &s.title);
    for (c, name) in COLUMNS.iter().enumerate() {
        let style = if c >= FILL_IN {
            &s.header_fill
        } else {
            &s.header
        };
        sheet.set_styled_value(h, c as u32, *name, style);
        sheet.set_col_width(c as u32, cm!(WIDTHS[c]));
    }
    let mut status_list = Validation::new();
    status_list.set_condition(Condition::content_is_in_cellrange(CellRange::remote(
        STATUS_SHEET,
        1,
        0,
        t.statuses.len().max(1) as u32,
        0,
    )));
    status_list.set_allow_empty(true);
    status_list.set_display(ValidationDisplay::Unsorted);
    let mut help = ValidationHelp::new();
    help.set_title(Some("New status".into()));
    help.set_text(Some(
        TextP::new()
            .text("Choose the status now, if it has changed. Leave it empty if not.")
            .into_xmltag(),
    ));
    status_list.set_help(Some(help));
    let mut err = ValidationError::new();
    err.set_msg_type(MessageType::Error);
    err.set_title(Some("Not one of the statuses".into()));
    err.set_text(Some(
        TextP::new()
            .text("Choose a status from the list.")
            .into_xmltag(),
    ));
    status_list.set_err(Some(err));
    let status_list = book.add_validation(status_list);
    for (i, r) in t.rows.iter().enumerate() {
        let row = h + 1 + i as u32;
        let text = |sheet: &mut Sheet, c: u32, v: &str| {
            sheet.set_styled_value(row, c, Value::Text(v.to_string()), &s.text)
        };
        text(&mut sheet, 0, &r.review);
        text(&mut sheet, 1, &r.number);
        match r.action {
            Some(n) => sheet.set_styled_value(row, 2, n as f64, &s.text),
            None => sheet.set_styled_value(row, 2, Value::Empty, &s.text),
        }
        text(&mut sheet, 3, &r.text);
        text(&mut sheet, 4, &r.responsible.join(", "));
        match r.current_deadline {
            Some(Deadline::Date(d)) => sheet.set_styled_value(row, 5, d, &s.date),
            Some(Deadline::Ongoing) => text(&mut sheet, 5, "Ongoing"),
            None => sheet.set_styled_value(row, 5, Value::Empty, &s.date),
        }
        text(&mut sheet, 6, &r.status);
        let last = r.last_update_text();
        text(&mut sheet, 7, &last);
        for (c, name) in COLUMNS.iter().enumerate().skip(FILL_IN) {
            let date = is_date_column(name);
            let style = if date { &s.fill_date } else { &s.fill };
            sheet.set_styled_value(row, c as u32, Value::Empty, style);
            if *name == "New status" {
                sheet.set_validation(row, c as u32, &status_list);
            }
        }
    }
    sheet.split_row_header(h);
    sheet.set_header_rows(h, h);
    book.push_sheet(sheet);

    let mut statuses = Sheet::new(STATUS_SHEET);
    statuses.set_styled_value(0, 0, "Status", &s.header);
    for (i, label) in t.statuses.iter().enumerate() {
        statuses.set_value(1 + i as u32, 0, label.as_str());
    }
    statuses.set_col_width(0, cm!(5.0));
    statuses.set_display(false);
    book.push_sheet(statuses);
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new())
}

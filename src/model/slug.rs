//! Slugs: turning names into safe URL segments, and refusing numbers or folder names that could
//! form a path. Pure; must not touch files or print.

/// The longest name, in characters, that may become one segment of a path: within every file
/// system's limit of 255 bytes for a name in the Latin alphabet, accents included, and short
/// enough for a page's whole path to stay under Windows' 260 (see [`MAX_PAGE_PATH`]).
pub const MAX_SEGMENT: usize = 100;

/// The longest path, in characters, of a page inside the built site
/// (`reviews/<review>/<number>/index.html`): it leaves 100 characters of Windows' 260 for the
/// folder the site is copied to (`C:\inetpub\wwwroot\scrutiny\` is 28).
pub const MAX_PAGE_PATH: usize = 160;

/// Why a name cannot be used as a URL segment (and so as a folder of the built site).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsafeSegment {
    /// Nothing is left of it.
    Empty,
    /// It is `.` or `..`, which would point at another folder.
    Dots,
    /// It contains a path separator (`/` or `\`).
    Separator(char),
    /// It contains a control character.
    Control,
    /// A character that changes the order text is shown in, or shows as nothing.
    Invisible(char),
    /// It looks like a drive letter (`C:`).
    DriveLetter,
    /// A character Windows refuses in a file name: `<>:"|?*`.
    Forbidden(char),
    /// A trailing dot or space, which Windows drops from a file name.
    TrailingDotOrSpace,
    /// A name Windows keeps for a device (`CON`, `NUL`, `COM1`...), with or without an extension.
    Reserved(String),
    /// Longer than [`MAX_SEGMENT`] characters (its length).
    TooLong(usize),
}

impl UnsafeSegment {
    /// Why, in words for an officer.
    pub fn explain(&self) -> String {
        match self {
            UnsafeSegment::Empty => "it is empty".into(),
            UnsafeSegment::Dots => "`.` and `..` would point at another folder".into(),
            UnsafeSegment::Separator(_) => "it contains a path separator (`/` or `\\`)".into(),
            UnsafeSegment::Control => "it contains a control character".into(),
            UnsafeSegment::Invisible(c) if is_bidi(*c) => format!(
                "it contains an invisible character (U+{:04X}) that changes the order in which the text is shown, so it would not read as it is stored (`\\u{{202e}}01` shows as `10`)",
                u32::from(*c)
            ),
            UnsafeSegment::Invisible(c) => format!(
                "it contains an invisible character (U+{:04X}), so two names that look the same could differ",
                u32::from(*c)
            ),
            UnsafeSegment::DriveLetter => "it looks like a drive letter (`C:`)".into(),
            UnsafeSegment::Forbidden(c) => format!(
                "it contains `{c}`, which Windows does not allow in a file name (nor any of < > : \" | ? *)"
            ),
            UnsafeSegment::TrailingDotOrSpace => {
                "it ends with a dot or a space, which Windows drops from a file name, so the page would be saved under another name".into()
            }
            UnsafeSegment::Reserved(name) => format!(
                "`{name}` is a name Windows keeps for a device (as are CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, with or without an ending such as `.1`), so the page could not be saved on a Windows web server, which many councils use"
            ),
            UnsafeSegment::TooLong(n) => format!(
                "it is {n} characters long, and a part of a web address can be at most {MAX_SEGMENT} so the site can be copied to any web server"
            ),
        }
    }

    /// What to write instead, where there is more to say than the usual example.
    pub fn advice(&self) -> Option<&'static str> {
        match self {
            UnsafeSegment::Invisible(_) | UnsafeSegment::Control => Some(
                "delete it and type it again by hand: invisible characters come in when text is copied from Word, a PDF or a web page",
            ),
            UnsafeSegment::TrailingDotOrSpace => Some("leave out the dot or space at the end"),
            UnsafeSegment::Forbidden(_) => Some("leave out that character"),
            UnsafeSegment::Reserved(_) => Some("add a letter or digit to it, such as `R-CON`"),
            UnsafeSegment::TooLong(_) => {
                Some("keep it short, as published; longer words belong in the title or the text")
            }
            _ => None,
        }
    }
}

/// Characters that change the direction text is shown in (as rustc refuses them in source).
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that show as nothing: zero-width spaces and joiners, the byte-order mark, the soft
/// hyphen, invisible operators, line and paragraph separators, and tag characters.
fn is_invisible(c: char) -> bool {
    is_bidi(c)
        || matches!(
            c,
            '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{180E}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// The Windows device name `s` stands for, if any: `CON`, `nul.txt`, `Com1`, `LPT¹ .x`.
fn windows_device(s: &str) -> Option<String> {
    const DEVICES: &[&str] = &["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"];
    let base = s.split('.').next().unwrap_or(s).trim_end_matches(' ');
    let upper = base.to_uppercase();
    let numbered = ["COM", "LPT"].iter().any(|p| {
        upper.strip_prefix(p).is_some_and(|n| {
            let mut chars = n.chars();
            matches!(
                (chars.next(), chars.next()),
                (Some('0'..='9' | '¹' | '²' | '³'), None)
            )
        })
    });
    (DEVICES.contains(&upper.as_str()) || numbered).then(|| base.to_string())
}

/// A name as it can be shown in a message: control and invisible characters written as
/// `\\u{202e}`, and a long name cut short.
pub fn shown(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        if c.is_control() || is_invisible(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Checks that `s` can stand, as it is written, as one segment of a path under `output/` on every
/// host: Linux, macOS and Windows (IIS), and reads on screen as it is stored.
pub fn check_segment(s: &str) -> Result<(), UnsafeSegment> {
    let t = s.trim();
    if t.is_empty() {
        return Err(UnsafeSegment::Empty);
    }
    if t.chars().all(|c| c == '.') {
        return Err(UnsafeSegment::Dots);
    }
    if let Some(c) = s.chars().find(|c| *c == '/' || *c == '\\') {
        return Err(UnsafeSegment::Separator(c));
    }
    if s.chars().any(|c| c.is_control()) {
        return Err(UnsafeSegment::Control);
    }
    if let Some(c) = s.chars().find(|c| is_invisible(*c)) {
        return Err(UnsafeSegment::Invisible(c));
    }
    let n = s.chars().count();
    if n > MAX_SEGMENT {
        return Err(UnsafeSegment::TooLong(n));
    }
    let b = t.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
        return Err(UnsafeSegment::DriveLetter);
    }
    if let Some(c) = s.chars().find(|c| "<>:\"|?*".contains(*c)) {
        return Err(UnsafeSegment::Forbidden(c));
    }
    if s.ends_with(['.', ' ']) {
        return Err(UnsafeSegment::TrailingDotOrSpace);
    }
    if let Some(name) = windows_device(s) {
        return Err(UnsafeSegment::Reserved(name));
    }
    Ok(())
}

/// Checks a name as written and the URL segment made from it (`slug`): both must be safe, since
/// the name is shown and the segment becomes a folder of the built site.
pub fn check_named(name: &str, slug: &str) -> Result<(), UnsafeSegment> {
    check_segment(name)?;
    check_segment(slug)
}

/// A recommendation number as a URL segment: kept as published where it is plain
/// (`10`, `10a`, `1.2`), lower-cased, anything else becomes `-`.
pub fn number_slug(number: &str) -> String {
    let mut out = String::new();
    for c in number.trim().chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() || out.chars().all(|c| c == '.') {
        "n".into()
    } else {
        out
    }
}

/// A name (a responsible party, a theme) as a URL segment: `TMO Board` → `tmo-board`.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "unnamed".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_forming_segments_are_refused() {
        assert_eq!(check_segment("../x"), Err(UnsafeSegment::Separator('/')));
        assert_eq!(check_segment(".."), Err(UnsafeSegment::Dots));
        assert_eq!(check_segment("a\\b"), Err(UnsafeSegment::Separator('\\')));
        assert_eq!(check_segment("C:evil"), Err(UnsafeSegment::DriveLetter));
        assert_eq!(check_segment("1\u{0}"), Err(UnsafeSegment::Control));
        assert_eq!(check_segment("  "), Err(UnsafeSegment::Empty));
        assert_eq!(check_segment("10a"), Ok(()));
        assert_eq!(check_segment("1.2"), Ok(()));
    }

    #[test]
    fn names_windows_refuses_are_refused() {
        for name in [
            "CON",
            "con",
            "Nul",
            "con.1",
            "NUL.tar.gz",
            "aux",
            "PRN",
            "COM1",
            "lpt9",
        ] {
            assert!(
                matches!(check_segment(name), Err(UnsafeSegment::Reserved(_))),
                "{name}"
            );
        }
        for name in ["COM10", "CONS", "con-1", "1con", "LPT", "com"] {
            assert_eq!(check_segment(name), Ok(()), "{name}");
        }
        assert_eq!(check_segment("10."), Err(UnsafeSegment::TrailingDotOrSpace));
        assert_eq!(
            check_segment("tmo "),
            Err(UnsafeSegment::TrailingDotOrSpace)
        );
        assert_eq!(check_segment("10?"), Err(UnsafeSegment::Forbidden('?')));
        assert_eq!(check_segment("1|2"), Err(UnsafeSegment::Forbidden('|')));
        assert_eq!(check_segment("1:2"), Err(UnsafeSegment::Forbidden(':')));
    }

    #[test]
    fn invisible_and_reordering_characters_are_refused() {
        for c in [
            '\u{202E}', '\u{2066}', '\u{200E}', '\u{061C}', '\u{200B}', '\u{2060}', '\u{FEFF}',
        ] {
            assert_eq!(
                check_segment(&format!("{c}01")),
                Err(UnsafeSegment::Invisible(c)),
                "U+{:04X}",
                u32::from(c)
            );
        }
        assert!(
            UnsafeSegment::Invisible('\u{202E}')
                .explain()
                .contains("order")
        );
        assert_eq!(shown("\u{202E}01"), "\\u{202e}01");
        assert_eq!(shown(&"9".repeat(300)), format!("{}…", "9".repeat(40)));
    }

    #[test]
    fn long_names_are_refused() {
        assert_eq!(check_segment(&"1".repeat(MAX_SEGMENT)), Ok(()));
        assert_eq!(
            check_segment(&"1".repeat(300)),
            Err(UnsafeSegment::TooLong(300))
        );
    }

    #[test]
    fn the_segment_made_from_a_name_is_checked_too() {
        assert_eq!(
            check_named("(CON)", &number_slug("(CON)")),
            Err(UnsafeSegment::Reserved("con".into()))
        );
        assert_eq!(
            check_named("10.)", &number_slug("10.)")),
            Err(UnsafeSegment::TrailingDotOrSpace)
        );
        assert_eq!(check_named("10a", &number_slug("10a")), Ok(()));
    }

    #[test]
    fn slugs() {
        assert_eq!(number_slug("10"), "10");
        assert_eq!(number_slug("10A"), "10a");
        assert_eq!(number_slug("1.10"), "1.10");
        assert_eq!(number_slug("R 3 (b)"), "r-3-b");
        assert_eq!(slugify("TMO Board"), "tmo-board");
        assert_eq!(slugify("TMOs/IC"), "tmos-ic");
        assert_eq!(
            slugify("Property Services & Operations"),
            "property-services-operations"
        );
        assert_eq!(slugify("!!!"), "unnamed");
        assert_eq!(slugify("Cyngor Gwynedd – Tai"), "cyngor-gwynedd-tai");
    }
}

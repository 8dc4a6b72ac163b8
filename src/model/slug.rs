//! Slugs: turning names into safe URL segments, and refusing numbers or folder names that could
//! form a path. Pure; must not touch files or print.

/// Why a name cannot be used as a URL segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsafeSegment {
    Empty,
    Dots,
    Separator(char),
    Control,
    DriveLetter,
}

impl UnsafeSegment {
    pub fn explain(&self) -> &'static str {
        match self {
            UnsafeSegment::Empty => "it is empty",
            UnsafeSegment::Dots => "`.` and `..` would point at another folder",
            UnsafeSegment::Separator(_) => "it contains a path separator (`/` or `\\`)",
            UnsafeSegment::Control => "it contains a control character",
            UnsafeSegment::DriveLetter => "it looks like a drive letter (`C:`)",
        }
    }
}

/// Checks that `s` can stand as one segment of a path under `output/` as it is written.
pub fn check_segment(s: &str) -> Result<(), UnsafeSegment> {
    let t = s.trim();
    if t.is_empty() {
        return Err(UnsafeSegment::Empty);
    }
    if t.chars().all(|c| c == '.') {
        return Err(UnsafeSegment::Dots);
    }
    if let Some(c) = t.chars().find(|c| *c == '/' || *c == '\\') {
        return Err(UnsafeSegment::Separator(c));
    }
    if t.chars().any(|c| c.is_control()) {
        return Err(UnsafeSegment::Control);
    }
    let b = t.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
        return Err(UnsafeSegment::DriveLetter);
    }
    Ok(())
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

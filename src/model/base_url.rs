//! The address a site is published at (`base_url` in site.yaml, or `--base-url`): one rule for
//! both, so a bad address is one clear error where it was written, not dozens of broken links
//! blamed on the theme. Pure: no files, no printing.

/// Why an address cannot be the site's base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseUrlError {
    /// Not of the form `https://host/...` at all.
    NotAnAddress,
    /// A scheme other than http or https (`javascript:`, `file:`, `ftp:` ...).
    Scheme(String),
    /// Characters that would be markup or break the page (`<`, `>`, quotes, spaces, controls).
    Character(char),
    /// A user name or password in the address.
    Credentials,
    /// A `?query` or `#fragment`, which cannot be a folder pages are published under.
    QueryOrFragment,
}

impl BaseUrlError {
    /// What is wrong, said for a person.
    pub fn explain(&self) -> String {
        match self {
            BaseUrlError::NotAnAddress => {
                "it is not a full web address with a host name, such as https://www.example.gov.uk/scrutiny/".into()
            }
            BaseUrlError::Scheme(s) => format!(
                "it starts with `{s}:`; a site is published at an address starting with https:// (or http://)"
            ),
            BaseUrlError::Character(c) => format!(
                "it holds {}, which cannot be part of a web address written in a page",
                describe(*c)
            ),
            BaseUrlError::Credentials => {
                "it holds a user name or password, which would be published in every page".into()
            }
            BaseUrlError::QueryOrFragment => {
                "it holds a `?` or `#` part; the base address is the folder the pages are published in".into()
            }
        }
    }
}

fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_control() => format!("a control character (U+{:04X})", c as u32),
        c if c.is_whitespace() => format!("a space character (U+{:04X})", c as u32),
        c => format!("`{c}`"),
    }
}

/// Checks an address and gives it back with a slash at the end, as pages are joined to it:
/// `https://www.example.gov.uk/scrutiny` → `https://www.example.gov.uk/scrutiny/`.
pub fn normalise(input: &str) -> Result<String, BaseUrlError> {
    let v = input.trim();
    if let Some(c) = v.chars().find(|c| {
        matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\') || c.is_whitespace() || c.is_control()
    }) {
        return Err(BaseUrlError::Character(c));
    }
    let parsed = url::Url::parse(v).map_err(|_| match v.split_once(':') {
        Some((s, _))
            if !s.is_empty()
                && !s.eq_ignore_ascii_case("http")
                && !s.eq_ignore_ascii_case("https")
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)) =>
        {
            BaseUrlError::Scheme(s.to_string())
        }
        _ => BaseUrlError::NotAnAddress,
    })?;
    match parsed.scheme() {
        "http" | "https" => {}
        other => return Err(BaseUrlError::Scheme(other.to_string())),
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(BaseUrlError::NotAnAddress);
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(BaseUrlError::Credentials);
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(BaseUrlError::QueryOrFragment);
    }
    // Keep what the officer wrote (the url crate would lower-case and re-encode it); only the
    // final slash is added.
    Ok(if v.ends_with('/') {
        v.to_string()
    } else {
        format!("{v}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_final_slash() {
        assert_eq!(
            normalise("https://www.example.gov.uk/scrutiny").unwrap(),
            "https://www.example.gov.uk/scrutiny/"
        );
        assert_eq!(
            normalise(" http://localhost:8080/ ").unwrap(),
            "http://localhost:8080/"
        );
    }

    #[test]
    fn what_cannot_be_a_base_address_is_refused() {
        assert_eq!(
            normalise("javascript:alert(1)"),
            Err(BaseUrlError::Scheme("javascript".into()))
        );
        assert_eq!(
            normalise("file:///etc/"),
            Err(BaseUrlError::Scheme("file".into()))
        );
        assert_eq!(
            normalise("www.example.gov.uk"),
            Err(BaseUrlError::NotAnAddress)
        );
        assert_eq!(normalise("https://"), Err(BaseUrlError::NotAnAddress));
        assert_eq!(normalise("/scrutiny/"), Err(BaseUrlError::NotAnAddress));
        assert_eq!(
            normalise("https://x.gov.uk/\"><script>"),
            Err(BaseUrlError::Character('"'))
        );
        assert_eq!(
            normalise("https://x.gov.uk/a b/"),
            Err(BaseUrlError::Character(' '))
        );
        assert_eq!(
            normalise("https://me:pw@x.gov.uk/"),
            Err(BaseUrlError::Credentials)
        );
        assert_eq!(
            normalise("https://x.gov.uk/?a=1"),
            Err(BaseUrlError::QueryOrFragment)
        );
    }
}

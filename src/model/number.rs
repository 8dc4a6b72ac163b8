//! Recommendation numbers as published ("10", "10a", "1.2"), ordered naturally: 2 < 10 < 10a and
//! 1.2 < 1.10. Pure; must not touch files or print.

use std::cmp::Ordering;

/// A recommendation number, compared by its natural order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecNumber(pub String);

impl RecNumber {
    /// The number as published.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Ord for RecNumber {
    fn cmp(&self, other: &Self) -> Ordering {
        natural_cmp(&self.0, &other.0)
    }
}

impl PartialOrd for RecNumber {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// One run of a number: digits compare by value, anything else by lower-cased text.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Chunk<'a> {
    Num(u128, usize),
    Text(String, &'a str),
}

fn chunks(s: &str) -> Vec<Chunk<'_>> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if bytes[i].is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &s[start..i];
            let trimmed = digits.trim_start_matches('0');
            let value = trimmed.parse::<u128>().unwrap_or(u128::MAX);
            // Leading zeros break ties, so "01" and "1" still compare unequal.
            out.push(Chunk::Num(value, digits.len()));
        } else {
            while i < bytes.len() && !bytes[i].is_ascii_digit() {
                i += 1;
            }
            let text = &s[start..i];
            out.push(Chunk::Text(text.to_lowercase(), text));
        }
    }
    out
}

/// Natural order: digit runs compare as numbers, so "2" < "10" < "10a" and "1.2" < "1.10".
/// Numbers come before text at the same position ("10" < "10a" < "a").
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let o = match (x, y) {
            (Chunk::Num(..), Chunk::Text(..)) => Ordering::Less,
            (Chunk::Text(..), Chunk::Num(..)) => Ordering::Greater,
            _ => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    ca.len().cmp(&cb.len()).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(v: &[&str]) -> Vec<String> {
        let mut n: Vec<RecNumber> = v.iter().map(|s| RecNumber(s.to_string())).collect();
        n.sort();
        n.into_iter().map(|n| n.0).collect()
    }

    #[test]
    fn numbers_sort_naturally() {
        assert_eq!(sorted(&["10", "2", "10a", "1"]), ["1", "2", "10", "10a"]);
        assert_eq!(sorted(&["1.10", "1.2", "1.1"]), ["1.1", "1.2", "1.10"]);
        assert_eq!(sorted(&["10b", "10a", "9"]), ["9", "10a", "10b"]);
        assert_eq!(sorted(&["R12", "R3", "R1"]), ["R1", "R3", "R12"]);
    }

    #[test]
    fn equal_only_when_identical() {
        assert_eq!(natural_cmp("7", "7"), Ordering::Equal);
        assert_ne!(natural_cmp("07", "7"), Ordering::Equal);
        assert_ne!(natural_cmp("A", "a"), Ordering::Equal);
    }

    #[test]
    fn huge_digit_runs_do_not_panic() {
        let big = "9".repeat(100);
        assert_eq!(natural_cmp(&big, "10"), Ordering::Greater);
    }
}

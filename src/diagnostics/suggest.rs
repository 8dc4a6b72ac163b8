//! The one "did you mean" of every message about a word that is not one of the known words (a
//! field, a status, a response, a category, a column's field, a recommendation): the nearest
//! known word, if close enough to be a likely typo, put before what the message says next. Text
//! only; must not decide what the known words are.

/// The known word closest to `word` (in any case), if close enough to be a likely typo.
pub fn nearest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let w = word.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&w, &k.to_lowercase()), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3) || k.starts_with(&w) || w.starts_with(*k))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The tail of a message about `word`, which is not one of `known`:
/// ``did you mean `statuses`? The fields here are: a, b, c``, or `the fields here are: a, b, c`
/// when no known word is close (`what` is `fields here`).
pub fn one_of(word: &str, known: &[&str], what: &str) -> String {
    did_you_mean(
        nearest(word, known),
        &format!("the {what} are: {}", known.join(", ")),
    )
}

/// ``did you mean `guess`? `` before `then` (its first letter made a capital), or `then` alone
/// without a guess. An empty `then` leaves ``did you mean `guess`? `` to go before the rest of a
/// sentence, or nothing.
pub fn did_you_mean(guess: Option<&str>, then: &str) -> String {
    match guess {
        Some(g) => {
            let mut chars = then.chars();
            let then = match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
            format!("did you mean `{g}`? {then}")
        }
        None => then.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guess_comes_first_and_the_list_after() {
        let known = ["agreed", "noted"];
        assert_eq!(
            one_of("agred", &known, "responses"),
            "did you mean `agreed`? The responses are: agreed, noted"
        );
        assert_eq!(
            one_of("zzzzzz", &known, "responses"),
            "the responses are: agreed, noted"
        );
        assert_eq!(did_you_mean(Some("x"), ""), "did you mean `x`? ");
        assert_eq!(did_you_mean(None, ""), "");
    }
}

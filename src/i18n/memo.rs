//! Messages already said, kept per thread: a page says the same few hundred things (a status's
//! label, "Overdue by 2 months", a heading) thousands of times across a site, and Fluent works
//! each one out afresh. What a message says depends only on the words it comes from, its id and
//! its arguments, so the text said once is the text said every time. Pure: no files, no output.

use super::{Arg, Lang};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// How many texts a thread keeps before it starts again: enough for every label, count and
/// duration of a large site; a bound on memory when the arguments are names and titles.
const KEPT: usize = 20_000;

/// How long a text argument may be for the message to be kept.
const LONG: usize = 32;

thread_local! {
    static SAID: RefCell<HashMap<Key, String>> = RefCell::new(HashMap::new());
}

/// Which set of words a message comes from: each [`super::Messages`] has its own number.
pub(super) fn next_words() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[derive(PartialEq, Eq, Hash)]
struct Key {
    words: u64,
    lang: Lang,
    /// The id and each argument, as `id\u{1}name\u{2}value…`.
    asked: String,
}

/// The text of `id` with `args` in `lang` from the words numbered `words`: as said before on
/// this thread, else as `say` says it (kept only when it could be said).
pub(super) fn said<E>(
    words: u64,
    lang: Lang,
    id: &str,
    args: &[(&str, Arg)],
    say: impl FnOnce() -> Result<String, E>,
) -> Result<String, E> {
    use std::fmt::Write;
    // A long text among the arguments (a title, a name) is seldom asked for twice.
    if args
        .iter()
        .any(|(_, a)| matches!(a, Arg::Text(t) if t.len() > LONG))
    {
        return say();
    }
    let mut asked = String::with_capacity(id.len() + 16 * args.len());
    asked.push_str(id);
    for (name, value) in args {
        let _ = match value {
            Arg::Int(n) => write!(asked, "\u{1}{name}\u{2}i{n}"),
            Arg::Float(x) => write!(asked, "\u{1}{name}\u{2}f{}", x.to_bits()),
            Arg::Text(t) => write!(asked, "\u{1}{name}\u{2}t{t}"),
        };
    }
    let key = Key { words, lang, asked };
    if let Some(text) = SAID.with_borrow(|m| m.get(&key).cloned()) {
        return Ok(text);
    }
    let text = say()?;
    SAID.with_borrow_mut(|m| {
        if m.len() >= KEPT {
            m.clear();
        }
        m.insert(key, text.clone());
    });
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_worked_out_once_per_id_and_arguments() {
        let words = next_words();
        let mut asked = 0;
        let mut say = |id: &str, args: &[(&str, Arg)]| {
            said::<()>(words, Lang::EN, id, args, || {
                asked += 1;
                Ok(format!("{id}{}", args.len()))
            })
            .unwrap()
        };
        assert_eq!(say("a", &[]), "a0");
        assert_eq!(say("a", &[]), "a0");
        assert_eq!(say("a", &[("n", Arg::Int(1))]), "a1");
        assert_eq!(say("a", &[("n", Arg::Int(1))]), "a1");
        assert_eq!(say("a", &[("n", Arg::Int(2))]), "a1");
        assert_eq!(say("a", &[("n", Arg::Text("2".into()))]), "a1");
        assert_eq!(asked, 4, "a, a n=1, a n=2, a n=\"2\"");
    }

    #[test]
    fn other_words_or_another_language_are_asked_again() {
        let (one, two) = (next_words(), next_words());
        assert_eq!(
            said::<()>(one, Lang::EN, "x", &[], || Ok("one".into())),
            Ok("one".into())
        );
        assert_eq!(
            said::<()>(two, Lang::EN, "x", &[], || Ok("two".into())),
            Ok("two".into())
        );
        assert_eq!(
            said::<()>(one, Lang::CY, "x", &[], || Ok("cy".into())),
            Ok("cy".into())
        );
        assert_eq!(
            said::<()>(one, Lang::EN, "x", &[], || Ok("again".into())),
            Ok("one".into())
        );
    }

    #[test]
    fn a_message_about_a_long_text_is_said_afresh() {
        let words = next_words();
        let title = Arg::Text("A title much longer than a label or a count".into());
        let args = [("title", title)];
        assert_eq!(
            said::<()>(words, Lang::EN, "x", &args, || Ok("one".into())),
            Ok("one".into())
        );
        assert_eq!(
            said::<()>(words, Lang::EN, "x", &args, || Ok("two".into())),
            Ok("two".into())
        );
    }

    #[test]
    fn what_could_not_be_said_is_not_kept() {
        let words = next_words();
        assert_eq!(
            said(words, Lang::EN, "x", &[], || Err(1)),
            Err::<String, _>(1)
        );
        assert_eq!(
            said::<()>(words, Lang::EN, "x", &[], || Ok("now".into())),
            Ok("now".into())
        );
    }
}

//! The requests awaiting a decision, as pages show them beside the deadline and the status: an
//! extension of the deadline asked for and not yet agreed, and a request to close. Pure; the
//! words are the theme's.

use super::views::{DateView, DeadlineView, date, deadline};
use crate::derive::Facts;
use crate::i18n::Say;
use serde::Serialize;

/// An extension request awaiting agreement: the deadline it asks for, when and why.
#[derive(Serialize)]
pub struct ExtensionView {
    /// The deadline it asks for.
    pub to: DeadlineView,
    /// When it was asked for.
    pub requested: DateView,
    /// Why more time is needed.
    pub reason: String,
}

/// What has been asked for and not yet decided.
#[derive(Serialize)]
pub struct Requests {
    /// An extension awaiting agreement, if any.
    pub extension: Option<ExtensionView>,
    /// When a closure was asked for, while the recommendation is still open.
    pub closure: Option<DateView>,
}

/// The requests awaiting a decision, from a recommendation's facts.
pub fn requests(say: Say<'_>, f: &Facts) -> Requests {
    Requests {
        extension: f.pending_extension.as_ref().and_then(|r| {
            Some(ExtensionView {
                to: deadline(say, r.date),
                requested: date(say, r.requested?),
                reason: r.reason.clone(),
            })
        }),
        closure: f.closure_requested.map(|d| date(say, d)),
    }
}

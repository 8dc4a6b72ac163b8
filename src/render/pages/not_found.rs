//! `404.html`: the page a web host shows at any missing address. It needs nothing of its own: its
//! links start from the site's path (see `context`). Pure.

use serde::Serialize;

/// What `404.html` gets beyond every page's context: nothing.
#[derive(Serialize)]
pub(super) struct View {}

pub(super) fn view() -> View {
    View {}
}

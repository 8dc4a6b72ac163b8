//! `/reports/<slug>/`: a monitoring report to committee, every section of it (the view is
//! `render::report`'s, shared with the Word document). Pure.

pub(super) use crate::render::report::view;

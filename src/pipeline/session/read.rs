//! What a change has the session read again: the content files it names (or all the content,
//! when one of them needs it, and then every review is checked again), and the theme's static
//! files it names, copied one by one. Must not print.

use super::Session;
use crate::error::FatalError;
use crate::layout;
use crate::load;
use crate::render::templates::Theme;
use crate::watch::Plan;
use std::path::Path;

impl Session {
    /// Reads the changed content files again, or all the content when one change needs it.
    pub(super) fn read_content(&mut self, plan: &Plan) -> Result<(), FatalError> {
        if let Some(loaded) = self.loaded.as_mut().filter(|_| !plan.everything) {
            let mut all = false;
            for rel in &plan.content {
                match load::reload(loaded, &self.opts.root, rel) {
                    Ok(true) => {
                        if let Some(slug) = layout::review_of(rel) {
                            self.dirty.reviews.insert(slug.to_string());
                            // Checked again: its files changed.
                            self.checked.remove(slug);
                        }
                    }
                    Ok(false) => {
                        all = true;
                        break;
                    }
                    Err(e) => {
                        self.loaded = None;
                        return Err(e);
                    }
                }
            }
            if !all {
                return Ok(());
            }
        }
        self.loaded = None;
        self.checked.clear();
        self.dirty.everything = true;
        self.loaded = Some(load::load(&self.opts.root)?);
        Ok(())
    }
}

/// Copies the static files `plan` names into the compiled `theme` (of the theme `name`); one that
/// is gone (a built-in file may show through again), or anything but a file, has the whole theme
/// read again (`theme` becomes `None`), as does a file that cannot be read.
pub(super) fn copy_statics(
    theme: &mut Option<Theme>,
    root: &Path,
    plan: &Plan,
    name: &str,
) -> Result<(), FatalError> {
    let Some(compiled) = theme.as_mut() else {
        return Ok(());
    };
    for rel in &plan.statics {
        match load::theme::read_static(root, name, rel) {
            Ok(Some(bytes)) => {
                compiled.statics.insert(rel.clone(), bytes);
            }
            Ok(None) => {
                *theme = None;
                return Ok(());
            }
            Err(e) => {
                *theme = None;
                return Err(e);
            }
        }
    }
    Ok(())
}

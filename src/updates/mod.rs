//! `import --updates`: a returned tracker read against the site, and the changes it makes to the
//! content files. `sheet` finds the tracker's rows, `plan` decides what each row changes and what
//! is wrong with it, `edit` makes the changes to a file's text in place. Pure: must not read or
//! write files, or print.

pub mod edit;
pub mod filled;
pub mod plan;
pub mod sheet;
mod yaml_text;

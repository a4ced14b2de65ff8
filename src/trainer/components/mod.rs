//! The workbench's components, one per file; [`Workbench`] is the root.

mod language_select;
mod section_nav;
mod workbench;

pub use language_select::LanguageSelect;
pub use section_nav::SectionNav;
pub use workbench::{Workbench, WorkbenchProps};

//! The workbench's components, one per file; [`Workbench`] is the root.

mod collect_panel;
mod file_button;
mod import_report;
mod language_select;
mod notice_banner;
mod section_nav;
mod workbench;
mod workspace_bar;

pub use collect_panel::CollectPanel;
pub use file_button::FileButton;
pub use import_report::ImportReport;
pub use language_select::LanguageSelect;
pub use notice_banner::NoticeBanner;
pub use section_nav::SectionNav;
pub use workbench::{Workbench, WorkbenchProps};
pub use workspace_bar::WorkspaceBar;

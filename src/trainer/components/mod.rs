//! The workbench's components, one per file; [`Workbench`] is the root.

mod chip_list;
mod class_card;
mod collect_panel;
mod file_button;
mod filter_form;
mod firm_actions;
mod firm_table;
mod import_report;
mod invite_panel;
mod language_select;
mod made_links;
mod notice_banner;
mod plan_panel;
mod screen_panel;
mod section_nav;
mod workbench;
mod workspace_bar;

pub use chip_list::ChipList;
pub use class_card::ClassCard;
pub use collect_panel::CollectPanel;
pub use file_button::FileButton;
pub use filter_form::FilterForm;
pub use firm_actions::FirmActions;
pub use firm_table::FirmTable;
pub use import_report::ImportReport;
pub use invite_panel::InvitePanel;
pub use language_select::LanguageSelect;
pub use made_links::MadeLinks;
pub use notice_banner::NoticeBanner;
pub use plan_panel::PlanPanel;
pub use screen_panel::ScreenPanel;
pub use section_nav::SectionNav;
pub use workbench::{Workbench, WorkbenchProps};
pub use workspace_bar::WorkspaceBar;

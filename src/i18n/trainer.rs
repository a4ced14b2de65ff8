//! The trainer's workbench's own words (`catalogs/<lang>.trainer.json`),
//! beside the widget's two files, which it also reads (language names,
//! module, sector and size words). Plain serde: the workbench is not on a
//! respondent's download, so it has no bytes to save the way [`super::texts`]
//! does for the widget.

use serde::Deserialize;

use super::CatalogError;

/// Every text of the workbench in one language, by screen.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainerText {
    pub title: String,
    pub intro: String,
    /// Where the records live, shown at the top of every screen.
    pub privacy: String,
    /// Shown by `assets/workbench.js` if the workbench stops.
    pub crash: String,
    pub loading: String,
    pub language_label: String,
    pub sections_label: String,
    pub sections: Sections,
}

/// The workbench's screens, as its navigation names them.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub invite: String,
    pub collect: String,
    pub screen: String,
    pub plan: String,
}

impl TrainerText {
    pub fn parse(json: &str) -> Result<TrainerText, CatalogError> {
        Ok(serde_json::from_str(json)?)
    }
}

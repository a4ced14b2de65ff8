//! The text a visitor reads, one catalog file per language
//! (`catalogs/en.json`, `fr.json`, `es.json`), fetched on demand next to the
//! wasm so a visitor downloads only their language. The file is read into
//! [`Catalog`], a typed struct: code reads `text.start`, and a file missing
//! a key, or holding one the code does not know, is refused as a whole
//! rather than shown with holes.

use serde::Deserialize;
use thiserror::Error;

use crate::domain::instrument::V1;
use crate::domain::instrument::text::InstrumentText;
use crate::domain::lang::Lang;
use crate::domain::recommend::{NoteText, ReasonText, Words};
use crate::domain::scoring::ScoringText;

pub mod check;
pub mod format;
mod hook;
mod store;

pub use hook::{Shown, use_catalog};
#[cfg(not(target_arch = "wasm32"))]
pub use store::{bundled, bundled_json};
pub use store::{loaded, remember};

/// Every text the widget shows, in one language.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Each language's name in itself, for the language picker.
    pub languages: LanguageNames,
    /// The interface text, one field per key of the catalog file.
    pub language_label: String,
    pub app_title: String,
    pub intro: String,
    pub duration: String,
    pub privacy: String,
    pub start: String,
    /// Shown by `assets/crash-notice.js` if the widget stops.
    pub crash: String,
    pub resume_title: String,
    pub resume_text: String,
    pub resume_yes: String,
    pub resume_no: String,
    pub steps_label: String,
    pub step_welcome: String,
    pub step_profile: String,
    pub step_figures: String,
    pub step_results: String,
    pub step_done: String,
    pub progress_module: String,
    pub progress_answered: String,
    pub back: String,
    pub next: String,
    pub see_results: String,
    pub continue_anyway: String,
    pub unanswered_title: String,
    pub unanswered_one: String,
    pub unanswered_hint: String,
    pub profile_intro: String,
    pub optional: String,
    pub organisation_label: String,
    pub sector_label: String,
    pub size_label: String,
    pub country_label: String,
    pub role_label: String,
    pub priorities_label: String,
    pub priorities_hint: String,
    pub choose: String,
    pub module_intro: String,
    pub not_answered: String,
    pub question_help: String,
    pub level_label: String,
    pub figures_intro: String,
    pub figure_value: String,
    pub figure_invalid: String,
    pub not_tracked: String,
    pub results_title: String,
    pub results_for: String,
    pub results_date: String,
    pub overall_label: String,
    pub no_score: String,
    pub score_of: String,
    pub answered_of: String,
    pub chart_title: String,
    pub chart_description: String,
    pub table_caption: String,
    pub column_module: String,
    pub column_score: String,
    pub column_band: String,
    pub column_answered: String,
    pub bands_title: String,
    pub start_title: String,
    pub start_builds: String,
    pub next_title: String,
    pub path_title: String,
    pub quick_wins_title: String,
    pub quick_win_level: String,
    pub first_step: String,
    pub measure_title: String,
    pub measure_none: String,
    pub fit_title: String,
    pub about_title: String,
    pub about_text: String,
    pub cta_label: String,
    pub actions_title: String,
    pub print: String,
    pub download: String,
    pub copy_link: String,
    pub edit_answers: String,
    pub start_over: String,
    pub restart_confirm: String,
    pub restart_yes: String,
    pub cancel: String,
    pub shared_banner: String,
    pub edit_copy: String,
    pub copy_confirm: String,
    pub copy_yes: String,
    pub import_title: String,
    pub import_choose: String,
    pub import_drop: String,
    pub import_confirm: String,
    pub import_yes: String,
    pub dismiss: String,
    pub notice_storage: String,
    pub notice_stored_unreadable: String,
    pub notice_link: String,
    pub notice_import: String,
    pub notice_copied: String,
    pub notice_options: String,
    pub notice_copy_failed: String,
    /// Shown, in English, when the visitor's language could not be loaded.
    pub notice_catalog: String,
    pub problem_not_json: String,
    pub problem_not_record: String,
    pub problem_newer: String,
    pub problem_invalid: String,
    pub problem_too_large: String,
    pub problem_unreadable: String,
    pub link_damaged: String,
    pub link_newer: String,
    pub link_invalid: String,
    /// Month names, January first, separated by commas.
    pub months: String,
    pub report_generated: String,
    /// The questions, levels, figures and profile choices.
    pub instrument: InstrumentText,
    /// Band and confidence words.
    pub scoring: ScoringText,
    /// The sentences of a recommendation's reasons.
    pub reasons: ReasonText,
    /// The sentences of the notes on fit.
    pub notes: NoteText,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageNames {
    pub en: String,
    pub fr: String,
    pub es: String,
}

impl LanguageNames {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
        }
    }
}

/// Why a catalog cannot be used; the widget then falls back to English.
#[derive(Debug, Error)]
pub enum CatalogError {
    /// The file could not be downloaded (network, missing file, no loader).
    #[error("the catalog could not be downloaded: {0}")]
    Unavailable(String),
    /// The file is not JSON, or its keys or types differ from [`Catalog`]'s.
    #[error("the catalog does not read as one: {0}")]
    Invalid(#[from] serde_json::Error),
    /// The file has no wording for some of the instrument's ids.
    #[error("the catalog lacks the wording for {}", .0.join(", "))]
    Incomplete(Vec<String>),
}

impl Catalog {
    /// Reads a catalog file and checks it words every question, figure and
    /// choice of the instrument.
    pub fn parse(json: &str) -> Result<Catalog, CatalogError> {
        let catalog: Catalog = serde_json::from_str(json)?;
        let missing = catalog.instrument.missing(&V1);
        if missing.is_empty() {
            Ok(catalog)
        } else {
            Err(CatalogError::Incomplete(missing))
        }
    }

    /// The instrument with the words a recommendation is made of.
    pub fn words(&self) -> Words<'_> {
        Words {
            instrument: &V1,
            text: &self.instrument,
            scoring: &self.scoring,
            reasons: &self.reasons,
            notes: &self.notes,
        }
    }
}

/// Replaces each `{name}` in `template` by its value, in one pass, so a
/// value (a file name, say) is never searched for placeholders itself.
/// Unknown names are left visible rather than dropped, so a missing argument
/// shows in tests. Out of line and free of `format!`: every sentence of the
/// widget goes through this one copy.
#[inline(never)]
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open + 1..];
        let found = rest
            .split_once('}')
            .and_then(|(name, _)| Some((name, args.iter().find(|(n, _)| *n == name)?.1)));
        match found {
            // `{` and `}` are ASCII, so these offsets are character boundaries.
            Some((name, value)) => {
                out.push_str(value);
                rest = &rest[name.len() + 1..];
            }
            None => out.push('{'),
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders a template uses, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests;

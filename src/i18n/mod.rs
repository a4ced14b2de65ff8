//! The text a visitor reads, two catalog files per language, fetched on
//! demand next to the wasm so a visitor downloads only their language:
//! `catalogs/en.json` is the interface ([`Catalog`]), all the first screen
//! needs; `catalogs/en.assessment.json` is the instrument's wording and the
//! results' sentences ([`Assessment`]), fetched once the first screen is up,
//! while the respondent reads it. Each file is read into a typed struct:
//! code reads `text.start`, and a file missing a key, or holding one the
//! code does not know, is refused as a whole rather than shown with holes.

use thiserror::Error;

use crate::domain::instrument::V1;
use crate::domain::instrument::text::InstrumentText;
use serde::Deserialize;

use crate::domain::lang::Lang;
use crate::domain::recommend::{NoteText, ReasonText, Words};
use crate::domain::record::{RecordErrorKind, Wave};
use crate::domain::scoring::ScoringText;

pub mod check;
pub mod format;
mod hook;
pub mod problems;
mod store;
pub mod texts;
pub mod trainer;

use texts::texts;

pub use hook::{Shown, use_part};
pub use store::Part;

texts! {
    /// Every text the widget shows, in one language: the catalog file's
    /// top-level texts, then its groups.
    pub struct Catalog {
        language_label,
        app_title,
        intro,
        duration,
        /// Replaces `duration` when this browser cannot keep progress.
        duration_unsaved,
        privacy,
        /// The welcome's line for a respondent who came through a trainer's
        /// invitation link, with and without the firm's name.
        invited_named,
        invited_code,
        start,
        /// Shown by `assets/crash-notice.js` if the widget stops.
        crash,
        /// While the questions' words are still on their way.
        loading,
        resume_title,
        resume_text,
        resume_yes,
        resume_no,
        steps_label,
        step_welcome,
        step_profile,
        step_figures,
        step_results,
        step_done,
        progress_module,
        progress_answered,
        /// A label and its text, with the language's spacing before the colon.
        labelled,
        back,
        next,
        see_results,
        continue_anyway,
        unanswered_title,
        unanswered_one,
        unanswered_hint,
        profile_intro,
        optional,
        organisation_label,
        sector_label,
        size_label,
        country_label,
        role_label,
        priorities_label,
        priorities_hint,
        /// An invitation's firm code and wave, shown read-only on the profile.
        firm_code_label,
        wave_label,
        wave_baseline,
        wave_follow_up,
        invited_fixed,
        choose,
        module_intro,
        not_answered,
        question_help,
        level_label,
        figures_intro,
        figure_value,
        figure_invalid,
        not_tracked,
        results_title,
        results_for,
        results_date,
        overall_label,
        no_score,
        score_of,
        answered_of,
        chart_title,
        chart_description,
        table_caption,
        column_module,
        column_score,
        column_band,
        column_answered,
        bands_title,
        start_title,
        start_builds,
        next_title,
        /// Instead of `next_title` when every module after Module 1 is strong.
        sustain_title,
        path_title,
        /// The path's line for Module 1, the next module, or the next module
        /// when nothing is left to close: the start box gives their reasons.
        path_start,
        path_next,
        path_sustain,
        quick_wins_title,
        quick_win_level,
        quick_win_where,
        first_step,
        measure_title,
        fit_title,
        about_title,
        about_text,
        cta_label,
        actions_title,
        print,
        download,
        copy_link,
        edit_answers,
        start_over,
        restart_confirm,
        restart_yes,
        cancel,
        shared_banner,
        edit_copy,
        copy_confirm,
        copy_yes,
        import_title,
        import_choose,
        import_drop,
        import_confirm,
        import_yes,
        dismiss,
        notice_storage,
        notice_stored_unreadable,
        notice_link,
        notice_import,
        notice_copied,
        notice_options,
        notice_invitation,
        notice_copy_failed,
        /// Shown, in English, when the visitor's language could not be loaded.
        notice_catalog,
        problem_not_json,
        problem_not_record,
        problem_newer,
        problem_invalid,
        problem_too_large,
        problem_unreadable,
        link_damaged,
        link_newer,
        link_invalid,
        report_generated,
    }
    groups {
        /// Each language's name in itself, for the language picker.
        languages: LanguageNames,
        /// A record's fields as a damaged file's notice names them.
        fields: FieldNames,
    }
}

/// The words of the assessment itself, in one language: what is asked, and
/// what the results say. Not needed on the first screen.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The questions, levels, figures and profile choices.
    pub instrument: InstrumentText,
    /// Band and confidence words.
    pub scoring: ScoringText,
    /// The sentences of a recommendation's reasons.
    pub reasons: ReasonText,
    /// The sentences of the notes on fit.
    pub notes: NoteText,
}

texts! {
    pub struct LanguageNames {
        en,
        fr,
        es,
    }
}

texts! {
    /// What `problem_invalid` names: a record's JSON fields, in words.
    pub struct FieldNames {
        lang,
        timestamp,
        profile,
        organisation,
        sector,
        size,
        country,
        role,
        firm,
        wave,
        respondent,
        priorities,
        answers,
        figures,
        /// For a schema no release ever wrote.
        version,
        /// For any other problem: the record as a whole.
        record,
    }
}

impl FieldNames {
    /// The words for the JSON field `field` names (`profile.size`, …), as
    /// [`crate::domain::record::RecordError::field`] gives it; without a
    /// field, the record's version for a schema never written, else its
    /// contents as a whole.
    pub fn name(&self, field: Option<&str>, kind: RecordErrorKind) -> &str {
        match field {
            None if kind == RecordErrorKind::UnsupportedSchema => &self.version,
            None => &self.record,
            Some("lang") => &self.lang,
            Some("timestamp") => &self.timestamp,
            Some("profile") => &self.profile,
            Some("profile.organisation") => &self.organisation,
            Some("profile.sector") => &self.sector,
            Some("profile.size") => &self.size,
            Some("profile.country") => &self.country,
            Some("profile.role") => &self.role,
            Some("profile.firm") => &self.firm,
            Some("profile.wave") => &self.wave,
            Some("respondent") => &self.respondent,
            Some("profile.priorities") => &self.priorities,
            Some("answers") => &self.answers,
            Some("figures") => &self.figures,
            Some(_) => &self.record,
        }
    }
}

impl Catalog {
    /// A wave in words, as the profile and the welcome show it.
    pub fn wave(&self, wave: Wave) -> &str {
        match wave {
            Wave::Baseline => &self.wave_baseline,
            Wave::FollowUp => &self.wave_follow_up,
        }
    }
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
    /// Reads the interface's catalog file.
    pub fn parse(json: &str) -> Result<Catalog, CatalogError> {
        // Through a `Value`, as the record is read: one copy of the derived
        // readers serves both, where reading from text would add another.
        let value: serde_json::Value = serde_json::from_str(json)?;
        Ok(Catalog::deserialize(&value)?)
    }
}

impl Assessment {
    /// Reads an assessment file and checks it words every question, figure
    /// and choice of the instrument.
    pub fn parse(json: &str) -> Result<Assessment, CatalogError> {
        let value: serde_json::Value = serde_json::from_str(json)?;
        let assessment = Assessment::deserialize(&value)?;
        let missing = assessment.instrument.missing(&V1);
        if missing.is_empty() {
            Ok(assessment)
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

//! Interface text, one catalog per language. The catalog is a struct, so a
//! language missing a key does not compile; `entries()` lets tests check that
//! no text is empty and that every language uses the same placeholders.

use crate::domain::lang::Lang;

pub mod format;

mod en;
mod es;
mod fr;

macro_rules! define_catalog {
    ($($key:ident),* $(,)?) => {
        /// Every text the interface shows, in one language.
        #[derive(Debug, PartialEq, Eq)]
        pub struct Catalog {
            $(pub $key: &'static str,)*
        }

        impl Catalog {
            /// Every key with its text, for checks across languages.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

define_catalog! {
    language_name,
    language_label,
    app_title,
    intro,
    duration,
    privacy,
    start,
    crash,
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
    path_title,
    quick_wins_title,
    quick_win_level,
    first_step,
    measure_title,
    measure_none,
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
    notice_copy_failed,
    problem_not_json,
    problem_not_record,
    problem_newer,
    problem_invalid,
    problem_too_large,
    problem_unreadable,
    link_damaged,
    link_newer,
    link_invalid,
    months,
    report_generated,
}

pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::En => &en::CATALOG,
        Lang::Fr => &fr::CATALOG,
        Lang::Es => &es::CATALOG,
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

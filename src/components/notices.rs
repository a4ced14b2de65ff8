use yew::prelude::*;

use crate::app::{Action, ImportProblem, Notice};
use crate::domain::invitation;
use crate::domain::record::RecordErrorKind;
use crate::i18n::problems::{link_problem, record_problem};
use crate::i18n::{Catalog, fill};

use super::dom::{button, el};
use super::ui::Ui;

/// Messages from outside the steps: storage, links, files. Errors interrupt
/// (role=alert); every notice can be dismissed.
pub fn notices(ui: &Ui) -> Html {
    if ui.state.notices.is_empty() {
        return Html::default();
    }
    let text = ui.text;
    let items = ui.state.notices.iter().enumerate().map(|(index, notice)| {
        let (class, role) = if notice.is_error() {
            ("sr-notice sr-notice-error", "alert")
        } else {
            ("sr-notice sr-notice-info", "status")
        };
        el("div", class)
            .attr("role", role)
            .attr("data-notice", notice_key(notice))
            .child(el("p", "").text(message(text, notice)))
            .child(button(
                "sr-button sr-button-small",
                &text.dismiss,
                ui.send(Action::Dismiss(index)),
            ))
            .into()
    });
    el("div", "sr-notices sr-no-print").children(items).into()
}

fn notice_key(notice: &Notice) -> &'static str {
    match notice {
        Notice::StorageUnavailable => "storage",
        Notice::StoredUnreadable(_) => "stored-unreadable",
        Notice::LinkUnreadable(_) => "link",
        Notice::ImportFailed { .. } => "import",
        Notice::LinkCopied => "copied",
        Notice::CopyFailed => "copy-failed",
        Notice::BadOptions(_) => "options",
        Notice::BadInvitation(_) => "invitation",
    }
}

/// The notice in words, naming the problem in the reader's language.
pub fn message(text: &Catalog, notice: &Notice) -> String {
    match notice {
        Notice::StorageUnavailable => text.notice_storage.to_owned(),
        Notice::StoredUnreadable(kind) => fill(
            &text.notice_stored_unreadable,
            &[("problem", &record_problem(text, *kind, None))],
        ),
        Notice::LinkUnreadable(kind) => {
            fill(&text.notice_link, &[("problem", link_problem(text, *kind))])
        }
        Notice::ImportFailed { file_name, problem } => {
            let problem = match problem {
                ImportProblem::Unreadable => text.problem_unreadable.to_owned(),
                ImportProblem::TooLarge => text.problem_too_large.to_owned(),
                ImportProblem::Record { kind, field } => record_problem(text, *kind, *field),
            };
            fill(
                &text.notice_import,
                &[("file", file_name), ("problem", &problem)],
            )
        }
        Notice::LinkCopied => text.notice_copied.to_owned(),
        Notice::CopyFailed => text.notice_copy_failed.to_owned(),
        Notice::BadOptions(names) => fill(&text.notice_options, &[("options", names)]),
        Notice::BadInvitation(names) => {
            let parts: Vec<&str> = names
                .split(", ")
                .map(|o| invitation_part(text, o))
                .collect();
            fill(&text.notice_invitation, &[("parts", &parts.join(", "))])
        }
    }
}

/// An invitation option in words: the profile field it fills in.
fn invitation_part<'a>(text: &'a Catalog, option: &str) -> &'a str {
    let field = match option {
        invitation::FIRM => "profile.firm",
        invitation::FIRM_NAME => "profile.organisation",
        invitation::WAVE => "profile.wave",
        _ => "profile.role",
    };
    text.fields
        .name(Some(field), RecordErrorKind::UnknownChoice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;
    use crate::domain::record::RecordErrorKind::*;
    use crate::i18n::Part;

    #[test]
    fn a_damaged_record_is_named_in_words_never_by_its_code() {
        let kinds = [
            BadFirmCode,
            BadRespondentId,
            UnknownWave,
            UnsupportedSchema,
            MissingField,
            WrongType,
            UnknownLanguage,
            BadTimestamp,
            TooLong,
            UnknownChoice,
            TooManyPriorities,
            DuplicateChoice,
            UnknownQuestion,
            LevelOutOfRange,
            UnknownIndicator,
            BadFigure,
        ];
        let fields = [
            None,
            Some("respondent"),
            Some("profile.firm"),
            Some("profile.wave"),
            Some("lang"),
            Some("timestamp"),
            Some("profile"),
            Some("profile.organisation"),
            Some("profile.sector"),
            Some("profile.size"),
            Some("profile.country"),
            Some("profile.role"),
            Some("profile.priorities"),
            Some("answers"),
            Some("figures"),
        ];
        for lang in Lang::ALL {
            let text = Catalog::bundled(lang).unwrap();
            for kind in kinds {
                for field in fields {
                    let problem = ImportProblem::Record { kind, field };
                    let file_name = "answers.json".to_owned();
                    let said = message(text, &Notice::ImportFailed { file_name, problem });
                    let stored = message(text, &Notice::StoredUnreadable(kind));
                    for m in [said, stored] {
                        assert!(!m.contains(kind.code()) && !m.contains('('), "{m}");
                        assert!(!m.contains("profile."), "{m}");
                    }
                }
            }
        }
        let en = Catalog::bundled(Lang::En).unwrap();
        let bad_link = Notice::BadInvitation("firm, wave".to_owned());
        assert_eq!(
            message(en, &bad_link),
            "Part of this invitation link cannot be used (the firm code, the assessment wave): \
             it may have been cut or changed. You can answer all the same and fill in what is \
             missing yourself."
        );
        for lang in Lang::ALL {
            let text = Catalog::bundled(lang).unwrap();
            let all = Notice::BadInvitation("firm, firm-name, wave, role".to_owned());
            let said = message(text, &all);
            assert!(!said.contains("firm-name") && !said.contains("{"), "{said}");
        }
        let problem = ImportProblem::Record {
            kind: UnknownChoice,
            field: Some("profile.size"),
        };
        let file_name = "a.json".to_owned();
        assert_eq!(
            message(en, &Notice::ImportFailed { file_name, problem }),
            "“a.json” cannot be loaded: part of it is damaged or was edited, so the firm's size \
             cannot be read. Nothing on screen or saved has changed."
        );
    }
}

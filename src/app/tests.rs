use super::*;
use crate::domain::answers::{Answer, Figure};
use crate::domain::lang::Lang;
use crate::domain::model::ModuleId;
use crate::domain::record::{Profile, Record, Wave};

const NOW: &str = "2026-11-25T10:00:00Z";
const ID: &str = "3f9c2a7b1d4e8f60";

fn start(id: &str) -> Action {
    Action::Start {
        now: NOW.into(),
        respondent: id.into(),
    }
}

fn started() -> State {
    State::new(Lang::En).apply(start(ID))
}

fn acme() -> Profile {
    Profile {
        organisation: "Acme Garments".into(),
        role: Some("worker".into()),
        firm: "ACME-01".into(),
        wave: Some(Wave::Baseline),
        ..Profile::default()
    }
}

fn at_module(module: ModuleId) -> State {
    started().apply(Action::GoTo(Step::Module(module)))
}

fn answer_all(mut state: State, module: ModuleId) -> State {
    for q in state.instrument.module(module).questions {
        state = state.apply(Action::Answer {
            question: q.id,
            answer: Answer::Level(1),
        });
    }
    state
}

#[test]
fn starting_stamps_a_fresh_record_and_opens_the_profile() {
    let state = started();
    assert_eq!(state.step, Step::Profile);
    assert_eq!(state.record.timestamp, NOW);
    assert_eq!(state.record.respondent, ID);
    assert_eq!(state.record.profile, Profile::default());
    assert_eq!(state.navigation, 1);
}

#[test]
fn an_invitation_fills_in_every_new_record_and_stays_editable() {
    let invited = State::new(Lang::En).invited(acme());
    let state = invited.apply(start(ID));
    assert_eq!(state.record.profile, acme());
    let state = state.apply(Action::EditProfile(ProfileEdit::Organisation(
        "Acme Garments Ltd".into(),
    )));
    assert_eq!(state.record.profile.organisation, "Acme Garments Ltd");
    assert_eq!(state.record.profile.firm, "ACME-01");
    // Starting over is a new respondent of the same invitation.
    let again = state
        .apply(Action::RequestRestart)
        .apply(Action::ConfirmRestart {
            now: NOW.into(),
            respondent: "0a0b0c0d0e0f1011".into(),
        });
    assert_eq!(again.record.profile, acme());
    assert_eq!(again.record.respondent, "0a0b0c0d0e0f1011");
    // Saved progress is resumed as it was saved, whatever the link says.
    let saved = Record::new(Lang::En, NOW);
    let resumed = invited
        .apply(Action::OfferResume(Box::new(saved.clone())))
        .apply(Action::Resume);
    assert_eq!(resumed.record, saved);
}

#[test]
fn a_started_record_keeps_its_id_when_started_again() {
    let state = started()
        .apply(Action::GoTo(Step::Welcome))
        .apply(start("ffff"));
    assert_eq!(state.record.respondent, ID);
}

#[test]
fn next_and_back_walk_every_step_in_order() {
    let mut state = started();
    for module in ModuleId::ALL {
        state = state.apply(Action::Next);
        assert_eq!(state.step, Step::Module(module));
        state = answer_all(state, module);
    }
    state = state.apply(Action::Next);
    assert_eq!(state.step, Step::Figures);
    state = state.apply(Action::Next);
    assert_eq!(state.step, Step::Results);
    state = state.apply(Action::Back).apply(Action::Back);
    assert_eq!(state.step, Step::Module(ModuleId::SafetyHealth));
}

#[test]
fn next_with_unanswered_questions_lists_them_before_moving_on() {
    let state = at_module(ModuleId::Quality);
    let first = state.instrument.module(ModuleId::Quality).questions[0].id;
    let state = state.apply(Action::Answer {
        question: first,
        answer: Answer::DontKnow,
    });
    let state = state.apply(Action::Next);
    assert_eq!(state.step, Step::Module(ModuleId::Quality));
    let total = state.instrument.module(ModuleId::Quality).questions.len();
    assert_eq!(
        state.unanswered.len(),
        total - 1,
        "don't know counts as an answer"
    );
    assert!(!state.unanswered.contains(&first));
    // Answering one removes it from the summary; pressing Next again with the
    // same list shown moves on.
    let second = state.unanswered[0];
    let state = state.apply(Action::Answer {
        question: second,
        answer: Answer::Level(2),
    });
    assert!(!state.unanswered.contains(&second));
    // With the summary seen, Next moves on.
    let state = state.apply(Action::Next);
    assert_eq!(state.step, Step::Module(ModuleId::CleanerProduction));
    assert!(state.unanswered.is_empty());
}

#[test]
fn only_navigation_moves_focus_never_an_answer() {
    let state = at_module(ModuleId::Quality);
    assert_eq!(state.focus, Focus::StepHeading);
    let questions = state.instrument.module(ModuleId::Quality).questions;
    // Next with questions left sends focus to the first of them, once.
    let state = state.apply(Action::Next);
    assert_eq!(state.focus, Focus::Question(questions[0].id));
    let shown = state.navigation;
    // Answering, even the last open question, leaves focus where it is.
    let mut answered = state.clone();
    for q in questions {
        answered = answered.apply(Action::Answer {
            question: q.id,
            answer: Answer::Level(1),
        });
        assert_eq!(
            (answered.navigation, answered.focus),
            (shown, state.focus),
            "answering {} moved focus",
            q.id
        );
    }
    // A question picked from the summary is a navigation.
    let picked = state.apply(Action::GoToQuestion(questions[2].id));
    assert_eq!(picked.focus, Focus::Question(questions[2].id));
    assert_ne!(picked.navigation, shown);
    // So is a new step: focus goes to its heading.
    let moved = answered.apply(Action::Next);
    assert_eq!(moved.focus, Focus::StepHeading);
    assert_ne!(moved.navigation, shown);
}

#[test]
fn continue_anyway_leaves_questions_unanswered() {
    let state = at_module(ModuleId::Cooperation)
        .apply(Action::Next)
        .apply(Action::ContinueAnyway);
    assert_eq!(state.step, Step::Module(ModuleId::Quality));
    assert_eq!(state.record.answer_count(), 0);
}

#[test]
fn changing_language_keeps_answers_and_step() {
    let state = answer_all(at_module(ModuleId::Quality), ModuleId::Quality);
    let switched = state.apply(Action::SetLanguage(Lang::Fr));
    assert_eq!(switched.step, state.step);
    assert_eq!(
        switched.record.answers().collect::<Vec<_>>(),
        state.record.answers().collect::<Vec<_>>()
    );
    assert_eq!((switched.lang, switched.record.lang), (Lang::Fr, Lang::Fr));
}

#[test]
fn at_most_two_priorities_can_be_ticked() {
    let mut state = started();
    for id in ["quality", "delivery", "safety"] {
        state = state.apply(Action::EditProfile(ProfileEdit::TogglePriority(id.into())));
    }
    assert_eq!(state.record.profile.priorities, ["quality", "delivery"]);
    let state = state.apply(Action::EditProfile(ProfileEdit::TogglePriority(
        "quality".into(),
    )));
    assert_eq!(state.record.profile.priorities, ["delivery"]);
}

#[test]
fn resuming_goes_to_the_first_module_with_open_questions() {
    let mut saved = Record::new(Lang::En, NOW);
    for q in State::new(Lang::En)
        .instrument
        .module(ModuleId::Cooperation)
        .questions
    {
        saved.set_answer(q.id, Answer::Level(2));
    }
    let state = State::new(Lang::En).apply(Action::OfferResume(Box::new(saved.clone())));
    assert_eq!(state.resume.as_deref(), Some(&saved));
    let state = state.apply(Action::Resume);
    assert_eq!(state.record, saved);
    assert_eq!(state.step, Step::Module(ModuleId::Quality));
    assert!(state.resume.is_none());
}

#[test]
fn a_shared_record_is_read_only_until_copied() {
    let mut shared = Record::new(Lang::Es, NOW);
    let question = State::new(Lang::En)
        .instrument
        .module(ModuleId::Quality)
        .questions[0]
        .id;
    shared.set_answer(question, Answer::Level(4));
    let state = State::new(Lang::En).apply(Action::OpenShared(Box::new(shared.clone())));
    assert_eq!(
        (state.step, state.view, state.lang),
        (Step::Results, View::Shared, Lang::Es)
    );
    let edited = state
        .apply(Action::Answer {
            question,
            answer: Answer::Level(1),
        })
        .apply(Action::SetFigure {
            indicator: "m2.defect-rate",
            figure: Some(Figure::NotTracked),
        });
    assert_eq!(
        edited.record, shared,
        "edits to a shared record are ignored"
    );
    let copy = edited.apply(Action::EditCopy {
        now: "2026-11-26T08:00:00Z".into(),
        respondent: ID.into(),
    });
    assert_eq!(copy.view, View::Own);
    assert_eq!(copy.record.respondent, ID, "a copy is a new respondent");
    assert_eq!(
        copy.record.answers().collect::<Vec<_>>(),
        shared.answers().collect::<Vec<_>>()
    );
    let changed = copy.apply(Action::Answer {
        question,
        answer: Answer::Level(1),
    });
    assert_eq!(changed.record.answer(question), Some(Answer::Level(1)));
}

#[test]
fn an_import_replaces_answers_only_once_confirmed() {
    let state = answer_all(at_module(ModuleId::Cooperation), ModuleId::Cooperation);
    let imported = Record::new(Lang::En, NOW);
    let pending = PendingImport {
        file_name: "a.json".into(),
        record: imported.clone(),
    };
    let waiting = state.apply(Action::ImportRead(Box::new(pending.clone())));
    assert_eq!(waiting.record, state.record);
    assert_eq!(waiting.apply(Action::CancelImport).record, state.record);
    let loaded = waiting.apply(Action::ConfirmImport);
    assert_eq!(
        (loaded.record.clone(), loaded.step),
        (imported, Step::Results)
    );
}

#[test]
fn starting_over_needs_confirmation_and_clears_everything() {
    let state = answer_all(at_module(ModuleId::Cooperation), ModuleId::Cooperation);
    let asked = state.apply(Action::RequestRestart);
    assert!(asked.confirming_restart);
    assert_eq!(asked.apply(Action::CancelRestart).record, state.record);
    let cleared = asked.apply(Action::ConfirmRestart {
        now: NOW.into(),
        respondent: ID.into(),
    });
    assert_eq!(cleared.record.answer_count(), 0);
    assert_eq!(cleared.step, Step::Welcome);
}

#[test]
fn storage_failure_is_noticed_once() {
    let state = started()
        .apply(Action::StorageUnavailable)
        .apply(Action::StorageUnavailable);
    assert!(!state.storage_ok);
    assert_eq!(state.notices, vec![Notice::StorageUnavailable]);
    assert!(state.apply(Action::Dismiss(0)).notices.is_empty());
    assert_eq!(state.apply(Action::Dismiss(5)).notices.len(), 1);
}

#[test]
fn figures_can_be_given_cleared_or_marked_untracked() {
    let state = started()
        .apply(Action::SetFigure {
            indicator: "m2.defect-rate",
            figure: Figure::value(2.5),
        })
        .apply(Action::SetFigure {
            indicator: "m5.accidents",
            figure: Some(Figure::NotTracked),
        });
    assert_eq!(state.record.figure("m2.defect-rate"), Figure::value(2.5));
    let cleared = state.apply(Action::SetFigure {
        indicator: "m2.defect-rate",
        figure: None,
    });
    assert_eq!(cleared.record.figure("m2.defect-rate"), None);
}

#[test]
fn editing_a_copy_asks_first_when_it_would_replace_saved_progress() {
    let saved = Record::new(Lang::En, NOW);
    let shared = Record::new(Lang::En, "2026-11-20T09:00:00Z");
    let state = State::new(Lang::En)
        .apply(Action::OpenShared(Box::new(shared)))
        .apply(Action::OfferResume(Box::new(saved)));
    let copy = || Action::EditCopy {
        now: NOW.into(),
        respondent: ID.into(),
    };
    let asked = state.apply(copy());
    assert!(asked.confirming_copy);
    assert_eq!(asked.view, View::Shared);
    assert_eq!(asked.apply(Action::CancelEditCopy).view, View::Shared);
    let copied = asked.apply(copy());
    assert_eq!((copied.view, copied.step), (View::Own, Step::Profile));
    assert!(copied.resume.is_none() && !copied.confirming_copy);
}

#[test]
fn typed_figures_stay_as_drafts_until_they_read_as_numbers() {
    let typed = |state: State, text: &str| {
        state.apply(Action::TypeFigure {
            indicator: "m2.defect-rate",
            typed: text.into(),
        })
    };
    let state = typed(started(), "4,5");
    assert_eq!(state.record.figure("m2.defect-rate"), Figure::value(4.5));
    let state = typed(state, "4,5x");
    assert_eq!(
        state.record.figure("m2.defect-rate"),
        Figure::value(4.5),
        "a typo keeps the last number"
    );
    assert_eq!(
        state
            .figure_drafts
            .get("m2.defect-rate")
            .map(String::as_str),
        Some("4,5x")
    );
    let state = typed(state, "");
    assert_eq!(state.record.figure("m2.defect-rate"), None);
}

#[test]
fn drafts_behave_as_a_map_whatever_the_typing_order() {
    let mut a = Drafts::default();
    a.insert("m2.defect-rate", "1".into());
    a.insert("m1.meetings-held", "2".into());
    a.insert("m2.defect-rate", "3".into());
    let mut b = Drafts::default();
    b.insert("m1.meetings-held", "2".into());
    b.insert("m2.defect-rate", "3".into());
    assert_eq!(a, b);
    assert_eq!(a.get("m2.defect-rate").map(String::as_str), Some("3"));
    assert_eq!(a.get("m3.waste-volume"), None);
    a.clear();
    assert_eq!(a, Drafts::default());
}

#[test]
fn dragging_a_file_is_state_and_a_repeat_changes_nothing() {
    use std::rc::Rc;
    use yew::Reducible;
    let state = Rc::new(State::new(Lang::En));
    let over = state.clone().reduce(Action::Dragging(true));
    assert!(over.dragging);
    // dragover fires many times a second: a repeat must not re-render.
    let again = over.clone().reduce(Action::Dragging(true));
    assert!(Rc::ptr_eq(&over, &again));
    assert!(!again.reduce(Action::Dragging(false)).dragging);
}

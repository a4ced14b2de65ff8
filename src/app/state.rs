use std::rc::Rc;

use yew::Reducible;

use crate::domain::answers::{Answer, Figure};
use crate::domain::instrument::V1;
use crate::domain::lang::Lang;
use crate::domain::model::{Instrument, ModuleId, Question};
use crate::domain::record::{MAX_PRIORITIES, Profile, Record};
use crate::i18n::format::parse_number;

use super::notice::Notice;
use super::step::Step;

/// Whose answers are on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The respondent's own answers: editable and saved in the browser.
    Own,
    /// Results opened from a share link: read-only and never saved, so the
    /// respondent's own progress is not overwritten.
    Shared,
}

/// A profile field the respondent edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileEdit {
    Organisation(String),
    Country(String),
    Sector(Option<String>),
    Size(Option<String>),
    Role(Option<String>),
    /// Ticks or unticks one priority; a third tick is refused.
    TogglePriority(String),
}

/// Where an explicit navigation sends focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new step's heading.
    StepHeading,
    /// A question of the current step, by id.
    Question(&'static str),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub step: Step,
    pub view: View,
    pub record: Record,
    /// Saved progress found on return, offered before anything else.
    pub resume: Option<Box<Record>>,
    /// A file read for import, waiting for the respondent to confirm.
    pub pending_import: Option<Box<PendingImport>>,
    /// Questions of the current step left unanswered when Next was pressed.
    pub unanswered: Vec<&'static str>,
    pub confirming_restart: bool,
    /// "Edit a copy" would replace progress saved in this browser: asked first.
    pub confirming_copy: bool,
    /// Whether progress can be saved in this browser.
    pub storage_ok: bool,
    pub notices: Vec<Notice>,
    /// Bumped on every explicit navigation (a step change, Next stopping
    /// at the unanswered summary, a question chosen from that summary), so
    /// focus moves even to the same place. Answering never bumps it: focus
    /// must not move when a value changes (WCAG 3.2.2).
    pub navigation: u32,
    /// Where the last navigation sends focus.
    pub focus: Focus,
    /// Figures as typed, kept while they are not numbers yet so the
    /// respondent can correct them; valid ones are also in the record.
    pub figure_drafts: Drafts,
    /// The share link last made, shown for copying by hand.
    pub share_link: Option<String>,
    /// A file is being dragged over the import area.
    pub dragging: bool,
    /// What an invitation link fills in on every new record (see
    /// `Settings::invitation`); empty without one.
    pub invitation: Profile,
}

/// Figures as typed, by indicator id: a map with `get`, `insert` and
/// `clear`, kept as a short list sorted by id. A few entries at most, so a
/// `BTreeMap`'s code would cost far more than it saves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drafts(Vec<(&'static str, String)>);

impl Drafts {
    pub fn get(&self, indicator: &str) -> Option<&String> {
        let at = self.find(indicator).ok()?;
        Some(&self.0[at].1)
    }

    /// Adds or replaces the draft of `indicator`.
    pub fn insert(&mut self, indicator: &'static str, typed: String) {
        match self.find(indicator) {
            Ok(at) => self.0[at].1 = typed,
            Err(at) => self.0.insert(at, (indicator, typed)),
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    fn find(&self, indicator: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(id, _)| (*id).cmp(indicator))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub record: Record,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLanguage(Lang),
    /// Leaves the welcome step with a fresh record stamped `now`, given the
    /// `respondent` id the host made (random, so made outside the reducer).
    Start {
        now: String,
        respondent: String,
    },
    GoTo(Step),
    Next,
    /// Moves on although questions of this step are unanswered.
    ContinueAnyway,
    /// Takes the respondent to a question listed in the unanswered summary.
    GoToQuestion(&'static str),
    Back,
    Answer {
        question: &'static str,
        answer: Answer,
    },
    EditProfile(ProfileEdit),
    SetFigure {
        indicator: &'static str,
        figure: Option<Figure>,
    },
    /// A figure as typed: kept as a draft, and in the record once it reads
    /// as a number (or cleared when the field is emptied).
    TypeFigure {
        indicator: &'static str,
        typed: String,
    },
    ShowShareLink(String),
    /// A file entered (`true`) or left the import area.
    Dragging(bool),
    /// Saved progress was found in the browser.
    OfferResume(Box<Record>),
    Resume,
    DeclineResume,
    /// A share link was opened.
    OpenShared(Box<Record>),
    /// Leaves the shared view with an editable copy of its answers; asks
    /// first when that would replace progress saved in this browser. The
    /// copy is a new respondent's, with its own id.
    EditCopy {
        now: String,
        respondent: String,
    },
    CancelEditCopy,
    ImportRead(Box<PendingImport>),
    ConfirmImport,
    CancelImport,
    RequestRestart,
    ConfirmRestart {
        now: String,
        respondent: String,
    },
    CancelRestart,
    StorageUnavailable,
    Notify(Notice),
    Dismiss(usize),
    /// Stamps the record with the time it is shared or downloaded.
    Stamp {
        now: String,
    },
}

impl State {
    pub fn new(lang: Lang) -> Self {
        State {
            instrument: &V1,
            lang,
            step: Step::Welcome,
            view: View::Own,
            record: Record::new(lang, ""),
            resume: None,
            pending_import: None,
            unanswered: Vec::new(),
            confirming_restart: false,
            confirming_copy: false,
            storage_ok: true,
            notices: Vec::new(),
            navigation: 0,
            focus: Focus::StepHeading,
            figure_drafts: Drafts::default(),
            share_link: None,
            dragging: false,
            invitation: Profile::default(),
        }
    }

    /// A state whose new records get what `invitation` fills in.
    pub fn invited(self, invitation: Profile) -> Self {
        State { invitation, ..self }
    }

    pub fn editable(&self) -> bool {
        self.view == View::Own
    }

    /// The reducer proper, kept free of Yew types so it is tested natively.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLanguage(lang) => {
                next.lang = lang;
                if next.editable() {
                    next.record.lang = lang;
                }
            }
            Action::Start { now, respondent } => {
                if next.record.timestamp.is_empty() {
                    next.replace_record(self.fresh_record(now, respondent));
                }
                next.resume = None;
                next.go(Step::Profile);
            }
            Action::GoTo(step) => next.go(step),
            Action::Next => {
                let missing = self.unanswered_on(self.step);
                if missing.is_empty() || self.unanswered == missing {
                    next.go(self.step.next());
                } else {
                    next.point_to(missing[0]);
                    next.unanswered = missing;
                }
            }
            Action::ContinueAnyway => next.go(self.step.next()),
            Action::GoToQuestion(question) => next.point_to(question),
            Action::Back => next.go(self.step.previous()),
            Action::Answer { question, answer } if next.editable() => {
                next.record.set_answer(question, answer);
                next.unanswered.retain(|id| *id != question);
            }
            Action::EditProfile(edit) if next.editable() => next.edit_profile(edit),
            Action::SetFigure { indicator, figure } if next.editable() => match figure {
                Some(figure) => next.record.set_figure(indicator, figure),
                None => next.record.clear_figure(indicator),
            },
            Action::TypeFigure { indicator, typed } if next.editable() => {
                let figure = parse_number(&typed).and_then(Figure::value);
                if figure.is_some() || typed.trim().is_empty() {
                    match figure {
                        Some(figure) => next.record.set_figure(indicator, figure),
                        None => next.record.clear_figure(indicator),
                    }
                }
                next.figure_drafts.insert(indicator, typed);
            }
            Action::ShowShareLink(link) => next.share_link = Some(link),
            Action::Dragging(over) => next.dragging = over,
            // Kept in a shared view too: it tells whether "Edit a copy" would
            // replace something.
            Action::OfferResume(record) => next.resume = Some(record),
            Action::Resume => {
                if let Some(record) = next.resume.take() {
                    next.replace_record(*record);
                    let step = Step::resume_point(next.instrument, &next.record);
                    next.go(step);
                }
            }
            Action::DeclineResume => next.resume = None,
            Action::OpenShared(record) => {
                next.lang = record.lang;
                next.replace_record(*record);
                next.view = View::Shared;
                next.resume = None;
                next.go(Step::Results);
            }
            Action::EditCopy { now, respondent } => {
                if self.resume.is_some() && !self.confirming_copy {
                    next.confirming_copy = true;
                } else {
                    next.view = View::Own;
                    next.resume = None;
                    next.confirming_copy = false;
                    next.record.timestamp = now;
                    next.record.respondent = respondent;
                    next.record.lang = next.lang;
                    next.go(Step::Profile);
                }
            }
            Action::CancelEditCopy => next.confirming_copy = false,
            Action::ImportRead(pending) => next.pending_import = Some(pending),
            Action::ConfirmImport => {
                if let Some(pending) = next.pending_import.take() {
                    next.replace_record(pending.record);
                    next.view = View::Own;
                    next.resume = None;
                    next.go(Step::Results);
                }
            }
            Action::CancelImport => next.pending_import = None,
            Action::RequestRestart => next.confirming_restart = true,
            Action::CancelRestart => next.confirming_restart = false,
            Action::ConfirmRestart { now, respondent } => {
                next.replace_record(self.fresh_record(now, respondent));
                next.view = View::Own;
                next.confirming_restart = false;
                next.go(Step::Welcome);
            }
            Action::StorageUnavailable => {
                if next.storage_ok {
                    next.storage_ok = false;
                    next.notices.push(Notice::StorageUnavailable);
                }
            }
            Action::Notify(notice) => {
                if !next.notices.contains(&notice) {
                    next.notices.push(notice);
                }
            }
            Action::Dismiss(index) => {
                if index < next.notices.len() {
                    next.notices.remove(index);
                }
            }
            Action::Stamp { now } => next.record.timestamp = now,
            // Edits to a shared, read-only record are ignored.
            Action::Answer { .. }
            | Action::EditProfile(_)
            | Action::SetFigure { .. }
            | Action::TypeFigure { .. } => {}
        }
        next
    }

    /// A new record: the invitation's profile, nothing answered.
    fn fresh_record(&self, now: String, respondent: String) -> Record {
        let mut record = Record::new(self.lang, now);
        record.respondent = respondent;
        record.profile = self.invitation.clone();
        record
    }

    /// Replaces the record on screen; drafts of the old one go with it.
    fn replace_record(&mut self, record: Record) {
        self.record = record;
        self.figure_drafts.clear();
        self.share_link = None;
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.unanswered.clear();
        self.confirming_restart = false;
        self.share_link = None;
        self.navigate(Focus::StepHeading);
    }

    /// Sends focus to a question of the current step.
    fn point_to(&mut self, question: &'static str) {
        self.navigate(Focus::Question(question));
    }

    fn navigate(&mut self, focus: Focus) {
        self.focus = focus;
        self.navigation = self.navigation.wrapping_add(1);
    }

    /// Questions of `step` without any answer, "don't know" counting as one.
    pub fn unanswered_on(&self, step: Step) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if let Step::Module(module) = step {
            // A plain loop: an iterator chain compiles to more wasm code.
            let questions: &'static [Question] = self.instrument.module(module).questions;
            for q in questions {
                if self.record.answer(q.id).is_none() {
                    missing.push(q.id);
                }
            }
        }
        missing
    }

    /// Answered and total questions, for the progress indicator.
    pub fn answered(&self) -> (usize, usize) {
        // The record answers the state's instrument.
        (self.record.answer_count(), self.instrument.question_count())
    }

    pub fn module_answered(&self, module: ModuleId) -> (usize, usize) {
        let questions = self.instrument.module(module).questions;
        let mut answered = 0;
        for q in questions {
            answered += usize::from(self.record.answer(q.id).is_some());
        }
        (answered, questions.len())
    }

    fn edit_profile(&mut self, edit: ProfileEdit) {
        let profile = &mut self.record.profile;
        match edit {
            ProfileEdit::Organisation(name) => profile.organisation = name,
            ProfileEdit::Country(country) => profile.country = country,
            ProfileEdit::Sector(sector) => profile.sector = sector,
            ProfileEdit::Size(size) => profile.size = size,
            ProfileEdit::Role(role) => profile.role = role,
            ProfileEdit::TogglePriority(id) => {
                if let Some(at) = profile.priorities.iter().position(|p| *p == id) {
                    profile.priorities.remove(at);
                } else if profile.priorities.len() < MAX_PRIORITIES {
                    profile.priorities.push(id);
                }
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

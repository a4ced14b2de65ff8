//! The workbench's state and the one function that changes it, as in Yew's
//! `function_todomvc` example: components dispatch an [`Action`], and
//! [`State::apply`] (a plain function, tested natively) makes the next state.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::lang::Lang;

/// The workbench's screens, in the order of a trainer's cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Invite,
    Collect,
    Screen,
    Plan,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Invite,
        Section::Collect,
        Section::Screen,
        Section::Plan,
    ];
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub section: Section,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLanguage(Lang),
    Show(Section),
}

impl State {
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            section: Section::Collect,
        }
    }

    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::SetLanguage(lang) => self.lang = lang,
            Action::Show(section) => self.section = section,
        }
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workbench_opens_on_collect_and_switches_screens_and_language() {
        let state = State::new(Lang::Fr);
        assert_eq!(state.section, Section::Collect);
        let state = state.apply(Action::Show(Section::Plan));
        assert_eq!(state.section, Section::Plan);
        let state = state.apply(Action::SetLanguage(Lang::Es));
        assert_eq!((state.lang, state.section), (Lang::Es, Section::Plan));
    }
}

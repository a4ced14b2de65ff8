use std::rc::Rc;

use yew::Reducible;

use crate::domain::lang::Lang;

/// Where the respondent is in the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Welcome,
    Profile,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub step: Step,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLanguage(Lang),
    Start,
}

impl State {
    pub fn new(lang: Lang) -> Self {
        State {
            lang,
            step: Step::Welcome,
        }
    }

    /// The reducer proper, kept free of Yew types so it is tested natively.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLanguage(lang) => next.lang = lang,
            Action::Start => next.step = Step::Profile,
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starting_leaves_the_welcome_step() {
        let state = State::new(Lang::En).apply(Action::Start);
        assert_eq!(state.step, Step::Profile);
    }

    #[test]
    fn changing_language_keeps_the_step() {
        let state = State::new(Lang::En)
            .apply(Action::Start)
            .apply(Action::SetLanguage(Lang::Fr));
        assert_eq!((state.lang, state.step), (Lang::Fr, Step::Profile));
    }
}

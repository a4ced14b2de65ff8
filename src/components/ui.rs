use yew::prelude::*;

use crate::app::{Action, AppContext, Env};
use crate::domain::lang::Lang;
use crate::i18n::{Assessment, Catalog};

/// What every piece of the interface needs: the state (to read and to
/// dispatch to), the host's services and settings, and the text in the
/// current language. Rendering functions take it instead of each being a
/// component of its own: the bundle pays for every component and closure.
/// It is also the one context the app provides, for the few components
/// that keep hooks of their own.
#[derive(Clone)]
pub struct Ui {
    pub state: AppContext,
    pub env: Env,
    pub text: &'static Catalog,
    /// The questions and the results' words, once they are here (they are
    /// fetched after the first screen).
    pub assessment: Option<&'static Assessment>,
}

/// The catalog is the same static table whenever the language is; comparing
/// its address spares a field-by-field comparison.
impl PartialEq for Ui {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && self.env == other.env
            && std::ptr::eq(self.text, other.text)
            && match (self.assessment, other.assessment) {
                (None, None) => true,
                (Some(a), Some(b)) => std::ptr::eq(a, b),
                _ => false,
            }
    }
}

impl Ui {
    /// The assessment's words. The app shows the steps that read them only
    /// once they are here, so their absence is a bug in this crate.
    pub fn words(&self) -> &'static Assessment {
        self.assessment
            .expect("a step that needs the assessment's words rendered before they arrived")
    }

    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    /// A click handler that dispatches `action`. Every button goes through
    /// this one closure, so its code ships once.
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
    }

    /// A change handler (radios, checkboxes) that dispatches `action`.
    pub fn send_on_change(&self, action: Action) -> Callback<Event> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |_: Event| dispatcher.dispatch(action.clone()))
    }

    /// A click handler whose action starts a record: it needs the time of
    /// the click and a new respondent id.
    pub fn send_fresh(&self, make: fn(String, String) -> Action) -> Callback<MouseEvent> {
        let dispatcher = self.state.dispatcher();
        let services = self.env.services.clone();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(make(services.now(), services.respondent_id()))
        })
    }
}

/// The `Ui` of the widget this component belongs to.
#[hook]
pub fn use_ui() -> Option<Ui> {
    use_context::<Ui>()
}

//! Application state: one `State`, one `Action` enum, one reducer, shared with
//! every component through a context.

mod notice;
pub mod options;
mod services;
mod settings;
mod state;
mod step;
#[cfg(test)]
mod tests;

pub use notice::{ImportProblem, Notice};
pub use services::{Services, ServicesHandle, SharedLink, StorageError, WidgetEvent};
pub use settings::{DEFAULT_CTA_URL, Settings};
pub use state::{Action, Drafts, Focus, PendingImport, ProfileEdit, State, View};
pub use step::Step;

/// What components share besides the state: the host's services and settings.
#[derive(Clone, PartialEq)]
pub struct Env {
    pub services: ServicesHandle,
    pub settings: std::rc::Rc<Settings>,
    /// Unique per widget on the page; prefixes form-control names so two
    /// widgets never share a radio group.
    pub instance: yew::AttrValue,
}

/// What components receive from the context: the state and its dispatcher.
pub type AppContext = yew::UseReducerHandle<State>;

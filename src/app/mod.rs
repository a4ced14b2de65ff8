//! Application state: one `State`, one `Action` enum, one reducer, shared with
//! every component through a context.

mod state;

pub use state::{Action, State, Step};

/// What components receive from the context: the state and its dispatcher.
pub type AppContext = yew::UseReducerHandle<State>;

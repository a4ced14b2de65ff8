use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{
    Action, AppContext, Env, Notice, ServicesHandle, Settings, SharedLink, State, Step,
    StorageError, View, WidgetEvent,
};
use crate::domain::lang::Lang;

use super::figures_step::figures_step;
use super::header::header;
use super::import_dialog::import_dialog;
use super::live_region::live_region;
use super::module_step::module_step;
use super::notices::notices;
use super::profile_step::profile_step;
use super::progress::progress;
use super::results::Results;
use super::ui::Ui;
use super::welcome::welcome;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to open in, already resolved by the host.
    pub lang: Lang,
    pub services: ServicesHandle,
    #[prop_or_default]
    pub settings: Rc<Settings>,
    #[prop_or(AttrValue::Static("sr"))]
    pub instance: AttrValue,
    /// Embed options the host set but the widget could not use (their
    /// names), shown to the page's developer as a notice.
    #[prop_or_default]
    pub option_problems: Rc<Vec<String>>,
    /// Whether the widget is the page (the hosted page): its steps are then
    /// the page's `main` landmark. Embedded in a host's page, which has its
    /// own, they are a plain container.
    #[prop_or(true)]
    pub landmark: bool,
}

/// The widget's root: owns the state, runs the effects that reach the host,
/// and hands state and services to every component through contexts.
#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let show_welcome = props.settings.show_welcome;
    let state = use_reducer(move || State::new(lang));
    let env = Env {
        services: props.services.clone(),
        settings: props.settings.clone(),
        instance: props.instance.clone(),
    };
    use_opening(&state, &env, show_welcome, props.option_problems.clone());
    use_saving(&state, &env);
    use_step_events(&state, &env);
    {
        // The host may act on the widget (JS API, embedding page's messages).
        let services = env.services.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| services.connect(dispatcher.into()));
    }
    {
        let services = env.services.clone();
        use_effect_with(state.view, move |view| {
            if *view == View::Own {
                services.forget_shared_link();
            }
        });
    }
    let root = use_node_ref();
    use_focus(&state, &root);

    let ui = Ui {
        state: state.clone(),
        env: env.clone(),
        text: crate::i18n::catalog(state.lang),
    };
    let step = match state.step {
        Step::Welcome => welcome(&ui),
        Step::Profile => profile_step(&ui),
        Step::Module(module) => module_step(&ui, module),
        Step::Figures => figures_step(&ui),
        Step::Results => html! { <Results /> },
    };
    let in_flow = !matches!(state.step, Step::Welcome | Step::Results);
    html! {
        <ContextProvider<Env> context={env}>
        <ContextProvider<AppContext> context={state.clone()}>
            // The crash text rides on the root so the crash handler, which
            // runs outside the wasm, can show it in the current language.
            <div class="sr-root" lang={state.lang.code()} data-sr-crash={ui.text.crash}
                data-step={state.step.key()} ref={root}>
                { header(&ui) }
                { notices(&ui) }
                if in_flow { { progress(&ui) } }
                <div class="sr-main" role={props.landmark.then_some("main")}>{ step }</div>
                { import_dialog(&ui) }
                { live_region(&ui) }
            </div>
        </ContextProvider<AppContext>>
        </ContextProvider<Env>>
    }
}

/// On mount: a share link wins (read-only results); otherwise saved progress
/// is offered for resuming. Neither overwrites the other.
#[hook]
fn use_opening(
    state: &AppContext,
    env: &Env,
    show_welcome: bool,
    option_problems: Rc<Vec<String>>,
) {
    let state = state.clone();
    let services = env.services.clone();
    use_effect_with((), move |_| {
        if !option_problems.is_empty() {
            state.dispatch(Action::Notify(Notice::BadOptions(
                option_problems.join(", "),
            )));
        }
        match services.shared_link() {
            SharedLink::Record(record) => state.dispatch(Action::OpenShared(*record)),
            SharedLink::Broken(kind) => {
                state.dispatch(Action::Notify(Notice::LinkUnreadable(kind)))
            }
            SharedLink::None => {}
        }
        match services.load_progress() {
            Ok(Some(record)) => state.dispatch(Action::OfferResume(record)),
            Ok(None) if !show_welcome => state.dispatch(Action::Start {
                now: services.now(),
            }),
            Ok(None) => {}
            Err(StorageError::Unavailable) => state.dispatch(Action::StorageUnavailable),
            Err(StorageError::Unreadable(kind)) => {
                state.dispatch(Action::Notify(Notice::StoredUnreadable(kind)))
            }
        }
        services.emit(WidgetEvent::Ready);
    });
}

/// Every change to the respondent's own answers is saved as it happens. A
/// shared view, or a record never started, is not saved.
#[hook]
fn use_saving(state: &AppContext, env: &Env) {
    let started = !state.record.timestamp.is_empty();
    let save = state.view == View::Own && started && state.storage_ok;
    let record = state.record.clone();
    let dispatcher = state.dispatcher();
    let services = env.services.clone();
    use_effect_with((record, save), move |(record, save)| {
        if *save && services.save_progress(record).is_err() {
            dispatcher.dispatch(Action::StorageUnavailable);
        }
    });
}

/// Tells the host page where the respondent is, and when they finish (their
/// own answers: opening someone's share link is not a completion).
#[hook]
fn use_step_events(state: &AppContext, env: &Env) {
    let services = env.services.clone();
    let record = state.record.clone();
    let own = state.view == View::Own;
    use_effect_with(state.step, move |step| {
        services.emit(WidgetEvent::StepChanged { step: step.key() });
        if *step == Step::Results && own {
            services.emit(WidgetEvent::Completed {
                record: Box::new(record),
            });
        }
    });
}

/// Moves focus where a keyboard or screen-reader user needs it: to the new
/// step's heading after navigation (not on first load: the page owns focus
/// then), to the first unanswered question after Next, to the confirm button
/// of an import.
#[hook]
fn use_focus(state: &AppContext, root: &NodeRef) {
    let target = if state.pending_import.is_some() || state.confirming_copy {
        Some(".sr-autofocus".to_owned())
    } else if let Some(question) = state.unanswered.first() {
        Some(format!("[data-question=\"{question}\"] input"))
    } else {
        (state.navigation > 0).then(|| ".sr-step-heading".to_owned())
    };
    let root = root.clone();
    use_effect_with((state.navigation, target), move |(_, target)| {
        if let Some(selector) = target {
            focus_first(&root, selector);
        }
    });
}

fn focus_first(root: &NodeRef, selector: &str) {
    let found = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = found {
        let _ = element.focus();
    }
}

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{
    Action, AppContext, Env, ServicesHandle, Settings, SharedLink, State, Step, StorageError, View,
    WidgetEvent,
};
use crate::domain::lang::Lang;
use crate::i18n::catalog;

use super::figures_step::FiguresStep;
use super::header::Header;
use super::import_dialog::ImportDialog;
use super::live_region::LiveRegion;
use super::module_step::ModuleStep;
use super::notices::Notices;
use super::profile_step::ProfileStep;
use super::progress::Progress;
use super::results::Results;
use super::welcome::Welcome;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to open in, already resolved by the host.
    pub lang: Lang,
    pub services: ServicesHandle,
    #[prop_or_default]
    pub settings: Rc<Settings>,
    #[prop_or(AttrValue::Static("sr"))]
    pub instance: AttrValue,
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
    use_opening(&state, &env, show_welcome);
    use_saving(&state, &env);
    use_step_events(&state, &env);

    let text = catalog(state.lang);
    let step = match state.step {
        Step::Welcome => html! { <Welcome /> },
        Step::Profile => html! { <ProfileStep /> },
        Step::Module(module) => html! { <ModuleStep {module} /> },
        Step::Figures => html! { <FiguresStep /> },
        Step::Results => html! { <Results /> },
    };
    let in_flow = !matches!(state.step, Step::Welcome | Step::Results);
    html! {
        <ContextProvider<Env> context={env}>
        <ContextProvider<AppContext> context={state.clone()}>
            // The crash text rides on the root so the panic hook, which runs
            // outside Yew, can show it in the current language.
            <div class="sr-root" lang={state.lang.code()} data-sr-crash={text.crash}
                data-step={state.step.key()}>
                <Header />
                <Notices />
                if in_flow { <Progress /> }
                <main class="sr-main">{ step }</main>
                <ImportDialog />
                <LiveRegion />
            </div>
        </ContextProvider<AppContext>>
        </ContextProvider<Env>>
    }
}

/// On mount: a share link wins (read-only results); otherwise saved progress
/// is offered for resuming. Neither overwrites the other.
#[hook]
fn use_opening(state: &AppContext, env: &Env, show_welcome: bool) {
    let state = state.clone();
    let services = env.services.clone();
    use_effect_with((), move |_| {
        match services.shared_link() {
            SharedLink::Record(record) => state.dispatch(Action::OpenShared(*record)),
            SharedLink::Broken(kind) => {
                state.dispatch(Action::Notify(crate::app::Notice::LinkUnreadable(kind)))
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
                state.dispatch(Action::Notify(crate::app::Notice::StoredUnreadable(kind)))
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
    let own = state.view == View::Own;
    let storage_ok = state.storage_ok;
    let record = state.record.clone();
    let dispatcher = state.dispatcher();
    let services = env.services.clone();
    use_effect_with(
        (record, own && started && storage_ok),
        move |(record, save)| {
            if *save && services.save_progress(record).is_err() {
                dispatcher.dispatch(Action::StorageUnavailable);
            }
        },
    );
}

/// Tells the host page where the respondent is, and when they finish.
#[hook]
fn use_step_events(state: &AppContext, env: &Env) {
    let services = env.services.clone();
    let step = state.step;
    let record = state.record.clone();
    use_effect_with(step, move |step| {
        services.emit(WidgetEvent::StepChanged { step: step.key() });
        if *step == Step::Results {
            services.emit(WidgetEvent::Completed {
                record: Box::new(record),
            });
        }
    });
}

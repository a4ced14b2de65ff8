use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::options::is_invitation;
use crate::app::{
    Action, AppContext, Env, Focus, Notice, ServicesHandle, Settings, SharedLink, State, Step,
    StorageError, View, WidgetEvent,
};
use crate::domain::lang::Lang;
use crate::domain::record::Record;
use crate::i18n::{Assessment, Catalog, Shown, fill, use_part};

use super::dom::el;
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
/// and hands state and services to every component through one context.
#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let show_welcome = props.settings.show_welcome;
    let invitation = props.settings.invitation.clone();
    let state = use_reducer(move || State::new(lang).invited(invitation));
    let shown = use_part::<Catalog>(state.lang, true);
    // Fetched once the first screen can be shown, so it never delays it, in
    // the language the interface is shown in (English too, if it stands in).
    let (words_lang, ready) = match shown {
        Shown::Ready { lang, .. } => (lang, true),
        Shown::Loading | Shown::Failed => (state.lang, false),
    };
    let assessment = use_part::<Assessment>(words_lang, ready);
    let env = Env {
        services: props.services.clone(),
        settings: props.settings.clone(),
        instance: props.instance.clone(),
    };
    let root = use_node_ref();
    // Nothing is opened, saved or announced (`ready` included) before the
    // widget has words to show.
    use_host_effects(
        &state,
        &env,
        &root,
        show_welcome,
        ready,
        props.option_problems.clone(),
    );

    // Until a first catalog arrives there are no words to show (and no
    // `.sr-root` yet); if none can be had, the loader has replaced the
    // widget with its notice.
    let assessment = match assessment {
        Shown::Ready { lang, text, .. } => Some((lang, text)),
        Shown::Loading | Shown::Failed => None,
    };
    let (text, shown_lang, fallback) = match shown {
        Shown::Ready { lang, wanted, text } => {
            // English standing in for the language asked for, in either file.
            let english_instead =
                lang != wanted || assessment.is_some_and(|(words_lang, _)| words_lang != wanted);
            (text, lang, english_instead.then_some(wanted))
        }
        Shown::Loading | Shown::Failed => {
            return html! { <div class="sr-loading" aria-busy="true"></div> };
        }
    };
    let ui = Ui {
        state: state.clone(),
        env: env.clone(),
        text,
        assessment: assessment.map(|(_, words)| words),
    };
    // Past the first screen every step reads the assessment's words, which
    // may still be on their way.
    let waiting = state.step != Step::Welcome && ui.assessment.is_none();
    let step = match state.step {
        Step::Welcome => welcome(&ui),
        _ if waiting => el("p", "sr-loading")
            .attr("role", "status")
            .attr("aria-busy", "true")
            .text(text.loading.as_str())
            .into(),
        Step::Profile => profile_step(&ui),
        Step::Module(module) => module_step(&ui, module),
        Step::Figures => figures_step(&ui),
        Step::Results => html! { <Results /> },
    };
    let in_flow = !waiting && !matches!(state.step, Step::Welcome | Step::Results);
    // The crash text rides on the root so the crash handler, which runs
    // outside the wasm, can show it in the current language.
    let root = el("div", "sr-root")
        // The language of the words on screen, which lags the chosen one
        // while its catalog is on its way.
        .attr("lang", shown_lang.code())
        .attr("data-sr-crash", ui.text.crash.as_str())
        .attr("data-step", state.step.key())
        .node_ref(root)
        .child(header(&ui))
        .child(fallback.map_or_else(Html::default, |wanted| {
            let language = text.languages.name(wanted);
            el("p", "sr-notice")
                .attr("role", "status")
                .attr("data-testid", "catalog-fallback")
                .text(fill(&text.notice_catalog, &[("language", language)]))
                .into()
        }))
        .child(notices(&ui))
        .child(if in_flow {
            progress(&ui)
        } else {
            Html::default()
        })
        .child(
            el("div", "sr-main")
                .maybe("role", props.landmark.then_some("main"))
                .child(step),
        )
        .child(import_dialog(&ui))
        .child(live_region(&ui));
    html! {
        <ContextProvider<Ui> context={ui}>{ Html::from(root) }</ContextProvider<Ui>>
    }
}

/// What the app's effect last acted on. One effect that compares with it
/// costs less than a `use_effect_with` per concern: each of those ships its
/// own copy of Yew's hook machinery.
#[derive(Default)]
struct Seen {
    opened: bool,
    step: Option<Step>,
    view: Option<View>,
    saved: Option<(Record, bool)>,
    focus: Option<(u32, Option<String>)>,
}

/// Everything that reaches outside the widget after a render, in order:
/// opening (once), saving, telling the host page, the address bar, focus.
#[hook]
fn use_host_effects(
    state: &AppContext,
    env: &Env,
    root: &NodeRef,
    show_welcome: bool,
    showing: bool,
    option_problems: Rc<Vec<String>>,
) {
    let seen = use_mut_ref(Seen::default);
    let (state, services, root) = (state.clone(), env.services.clone(), root.clone());
    use_effect(move || {
        if !showing {
            return;
        }
        let mut seen = seen.borrow_mut();
        if !seen.opened {
            seen.opened = true;
            open(&state, &services, show_welcome, &option_problems);
            // The host may act on the widget (JS API, embedding page's messages).
            services.connect(state.dispatcher().into());
        }
        save(&state, &services, &mut seen);
        if seen.step != Some(state.step) {
            seen.step = Some(state.step);
            announce_step(&state, &services);
        }
        // Leaving a shared view ("Edit a copy", an import) takes the share
        // link out of the address, so a reload does not show it again.
        if seen.view == Some(View::Shared) && state.view == View::Own {
            services.forget_shared_link();
        }
        seen.view = Some(state.view);
        let focus = (state.navigation, focus_target(&state));
        if seen.focus.as_ref() != Some(&focus) {
            if let Some(selector) = &focus.1 {
                focus_first(&root, selector);
            }
            seen.focus = Some(focus);
        }
    });
}

/// On mount: a share link wins (read-only results); otherwise saved progress
/// is offered for resuming. Neither overwrites the other.
fn open(
    state: &AppContext,
    services: &ServicesHandle,
    show_welcome: bool,
    option_problems: &[String],
) {
    // A bad invitation value is told to the respondent who followed the
    // link, in words of their own; other options to the page's developer.
    let (invitation, others): (Vec<&str>, Vec<&str>) = option_problems
        .iter()
        .map(String::as_str)
        .partition(|name| is_invitation(name));
    if !invitation.is_empty() {
        state.dispatch(Action::Notify(Notice::BadInvitation(invitation.join(", "))));
    }
    if !others.is_empty() {
        state.dispatch(Action::Notify(Notice::BadOptions(others.join(", "))));
    }
    match services.shared_link() {
        SharedLink::Record(record) => state.dispatch(Action::OpenShared(record)),
        SharedLink::Broken(kind) => state.dispatch(Action::Notify(Notice::LinkUnreadable(kind))),
        SharedLink::None => {}
    }
    match services.load_progress() {
        Ok(Some(record)) => state.dispatch(Action::OfferResume(Box::new(record))),
        Ok(None) if !show_welcome => state.dispatch(Action::Start {
            now: services.now(),
            respondent: services.respondent_id(),
        }),
        Ok(None) => {}
        Err(StorageError::Unavailable) => state.dispatch(Action::StorageUnavailable),
        Err(StorageError::Unreadable(kind)) => {
            state.dispatch(Action::Notify(Notice::StoredUnreadable(kind)))
        }
    }
    // Storage that reads but cannot be written (full) is said at once, not
    // at the first answer; the reducer says it only once.
    if services.probe_storage().is_err() {
        state.dispatch(Action::StorageUnavailable);
    }
    services.emit(WidgetEvent::Ready);
}

/// Every change to the respondent's own answers is saved as it happens. A
/// shared view, or a record never started, is not saved.
fn save(state: &AppContext, services: &ServicesHandle, seen: &mut Seen) {
    let started = !state.record.timestamp.is_empty();
    let save = state.view == View::Own && started && state.storage_ok;
    let unchanged =
        matches!(&seen.saved, Some((record, saved)) if *saved == save && *record == state.record);
    if unchanged {
        return;
    }
    seen.saved = Some((state.record.clone(), save));
    if save && services.save_progress(&state.record).is_err() {
        state.dispatch(Action::StorageUnavailable);
    }
}

/// Tells the host page where the respondent is, and when they finish (their
/// own answers: opening someone's share link is not a completion).
fn announce_step(state: &AppContext, services: &ServicesHandle) {
    services.emit(WidgetEvent::StepChanged {
        step: state.step.key(),
    });
    if state.step == Step::Results && state.view == View::Own {
        services.emit(WidgetEvent::Completed {
            record: Box::new(state.record.clone()),
        });
    }
}

/// Where focus goes, for a keyboard or screen-reader user: to the confirm
/// button of an import or of editing a copy; after an explicit navigation
/// to where it points (the new step's heading, or a question after Next or
/// from the unanswered summary); not on first load, where the page owns
/// focus. Answering never changes the target, so focus stays put (WCAG
/// 3.2.2).
fn focus_target(state: &State) -> Option<String> {
    if state.pending_import.is_some() || state.confirming_copy {
        Some(".sr-autofocus".to_owned())
    } else if state.navigation == 0 {
        None
    } else {
        Some(match state.focus {
            Focus::Question(question) => format!("[data-question=\"{question}\"] input"),
            Focus::StepHeading => ".sr-step-heading".to_owned(),
        })
    }
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

use yew::prelude::*;

use crate::app::{AppContext, State, Step};
use crate::domain::lang::Lang;
use crate::i18n::catalog;

use super::language_picker::LanguagePicker;
use super::welcome::Welcome;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to open in, already resolved by the host.
    pub lang: Lang,
    /// Called once the first screen is on the page and answers clicks.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

/// The widget's root: owns the state and hands it to every component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(move || State::new(lang));
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    let text = catalog(state.lang);
    let step = match state.step {
        Step::Welcome => html! { <Welcome /> },
        Step::Profile => html! {},
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            // The crash text rides on the root so the crash notice, which runs
            // outside the wasm, can show it in the current language.
            <div class="sr-root" lang={state.lang.code()} data-sr-crash={text.crash}>
                <header class="sr-header">
                    <p class="sr-brand">{ text.app_title }</p>
                    <LanguagePicker />
                </header>
                <main class="sr-main">{ step }</main>
            </div>
        </ContextProvider<AppContext>>
    }
}

use yew::prelude::*;

use super::{LanguageSelect, SectionNav};
use crate::domain::lang::Lang;
use crate::i18n::trainer::TrainerText;
use crate::i18n::{Assessment, Catalog, Shown, use_part};
use crate::trainer::state::{Action, Section, State};
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    /// The language to open in (the address's `?lang=`, else the browser's).
    pub lang: Lang,
}

/// The workbench's root: owns the state, loads the words and hands them to
/// every component as a context.
#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(move || State::new(lang));
    let Some(words) = use_words(state.lang) else {
        return html! { <div class="wb-loading" aria-busy="true"></div> };
    };
    let dispatch = state.dispatcher().to_callback();
    let on_language = dispatch.reform(Action::SetLanguage);
    let on_section = dispatch.reform(Action::Show);
    let text = words.trainer;
    html! {
        <ContextProvider<Words> context={words}>
            <div class="wb" lang={words.lang.code()} data-sr-crash={text.crash.clone()}>
                <header class="wb-header">
                    <h1>{ &text.title }</h1>
                    <LanguageSelect onchange={on_language} />
                </header>
                <p class="wb-intro">{ &text.intro }</p>
                <p class="wb-privacy">{ &text.privacy }</p>
                <SectionNav current={state.section} onselect={on_section} />
                { section(state.section) }
            </div>
        </ContextProvider<Words>>
    }
}

fn section(section: Section) -> Html {
    match section {
        Section::Invite | Section::Collect | Section::Screen | Section::Plan => Html::default(),
    }
}

/// The three files of `lang`, once all are here (English standing in for
/// any that cannot be loaded).
#[hook]
fn use_words(lang: Lang) -> Option<Words> {
    let trainer = use_part::<TrainerText>(lang, true);
    let ui = use_part::<Catalog>(lang, true);
    let assessment = use_part::<Assessment>(lang, true);
    match (trainer, ui, assessment) {
        (
            Shown::Ready {
                lang,
                text: trainer,
                ..
            },
            Shown::Ready { text: ui, .. },
            Shown::Ready {
                text: assessment, ..
            },
        ) => Some(Words {
            lang,
            trainer,
            ui,
            assessment,
        }),
        _ => None,
    }
}

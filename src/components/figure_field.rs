use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::{Action, AppContext};
use crate::domain::answers::Figure;
use crate::domain::model::Indicator;
use crate::i18n::{catalog, format};

#[derive(Properties, PartialEq)]
pub struct FigureFieldProps {
    pub indicator: &'static Indicator,
}

/// One figure: a number in the respondent's notation, or "we don't track
/// this". What is typed stays on screen even while it is not a number yet.
#[component]
pub fn FigureField(props: &FigureFieldProps) -> Html {
    let state = use_context::<AppContext>();
    let stored = state
        .as_ref()
        .and_then(|s| s.record.figure(props.indicator.id));
    let lang = state.as_ref().map(|s| s.lang);
    let typed = use_state(|| match (stored, lang) {
        (Some(Figure::Value(v)), Some(lang)) => format::number(lang, v),
        _ => String::new(),
    });
    let Some(state) = state else {
        return html! {};
    };
    let text = catalog(state.lang);
    let indicator = props.indicator;
    let not_tracked = stored == Some(Figure::NotTracked);
    let invalid = !typed.is_empty()
        && !not_tracked
        && format::parse_number(&typed)
            .and_then(Figure::value)
            .is_none();
    let oninput = {
        let state = state.clone();
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let value = input.value();
            let figure = format::parse_number(&value).and_then(Figure::value);
            if figure.is_some() || value.trim().is_empty() {
                state.dispatch(Action::SetFigure {
                    indicator: indicator.id,
                    figure,
                });
            }
            typed.set(value);
        })
    };
    let ontoggle = {
        let state = state.clone();
        let typed = typed.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|input| input.checked());
            let figure = if checked {
                Some(Figure::NotTracked)
            } else {
                format::parse_number(&typed).and_then(Figure::value)
            };
            state.dispatch(Action::SetFigure {
                indicator: indicator.id,
                figure,
            });
        })
    };
    let disabled = !state.editable();
    html! {
        <div class={classes!("sr-figure", invalid.then_some("sr-invalid"))} data-indicator={indicator.id}>
            <label class="sr-field">
                <span class="sr-label">{ indicator.label.get(state.lang) }</span>
                <span class="sr-input-unit">
                    <input class="sr-input sr-input-number" type="text" inputmode="decimal"
                        value={(*typed).clone()} {oninput} disabled={disabled || not_tracked}
                        aria-invalid={invalid.then_some("true")} />
                    <span class="sr-unit">{ indicator.unit.get(state.lang) }</span>
                </span>
            </label>
            if invalid { <p class="sr-error-text">{ text.figure_invalid }</p> }
            <label class="sr-option sr-option-compact">
                <input type="checkbox" checked={not_tracked} onchange={ontoggle} {disabled} />
                <span>{ text.not_tracked }</span>
            </label>
        </div>
    }
}

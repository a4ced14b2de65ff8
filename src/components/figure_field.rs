use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::answers::Figure;
use crate::domain::model::Indicator;
use crate::i18n::format;

use super::ui::Ui;

/// One figure: a number in the respondent's notation, or "we don't track
/// this". What is typed stays on screen even while it is not a number yet.
pub fn figure_field(ui: &Ui, indicator: &'static Indicator) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let stored = state.record.figure(indicator.id);
    let typed = match (state.figure_drafts.get(indicator.id), stored) {
        (Some(draft), _) => draft.clone(),
        (None, Some(Figure::Value(v))) => format::number(state.lang, v),
        _ => String::new(),
    };
    let not_tracked = stored == Some(Figure::NotTracked);
    let invalid =
        !typed.trim().is_empty() && !not_tracked && !matches!(stored, Some(Figure::Value(_)));
    let dispatcher = state.dispatcher();
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            dispatcher.dispatch(Action::TypeFigure {
                indicator: indicator.id,
                typed: input.value(),
            });
        }
    });
    let toggle = if not_tracked {
        Action::TypeFigure {
            indicator: indicator.id,
            typed: typed.clone(),
        }
    } else {
        Action::SetFigure {
            indicator: indicator.id,
            figure: Some(Figure::NotTracked),
        }
    };
    let disabled = !state.editable();
    html! {
        <div class={if invalid { "sr-figure sr-invalid" } else { "sr-figure" }} data-indicator={indicator.id}>
            <label class="sr-field">
                <span class="sr-label">{ indicator.label.get(state.lang) }</span>
                <span class="sr-input-unit">
                    <input class="sr-input sr-input-number" type="text" inputmode="decimal"
                        value={typed} {oninput} disabled={disabled || not_tracked}
                        aria-invalid={invalid.then_some("true")} />
                    <span class="sr-unit">{ indicator.unit.get(state.lang) }</span>
                </span>
            </label>
            if invalid { <p class="sr-error-text">{ text.figure_invalid }</p> }
            <label class="sr-option sr-option-compact">
                <input type="checkbox" checked={not_tracked} onchange={ui.send_on_change(toggle)} {disabled} />
                <span>{ text.not_tracked }</span>
            </label>
        </div>
    }
}

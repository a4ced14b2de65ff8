use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::answers::Figure;
use crate::domain::model::Indicator;
use crate::i18n::format;

use super::dom::el;
use super::ui::Ui;

/// One figure: a number in the respondent's notation, or "we don't track
/// this". What is typed stays on screen even while it is not a number yet.
pub fn figure_field(ui: &Ui, indicator: &'static Indicator) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let assessment = ui.words();
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
    let input = el("input", "sr-input sr-input-number")
        .attr("type", "text")
        .attr("inputmode", "decimal")
        .maybe("aria-invalid", invalid.then_some("true"))
        .flag("disabled", disabled || not_tracked)
        .value(typed)
        .on_input(oninput);
    let number = el("label", "sr-field")
        .child(
            el("span", "sr-label")
                .text(assessment.instrument.indicator(indicator.id).label.as_str()),
        )
        .child(el("span", "sr-input-unit").child(input).child(
            el("span", "sr-unit").text(assessment.instrument.indicator(indicator.id).unit.as_str()),
        ));
    let checkbox = el("input", "")
        .attr("type", "checkbox")
        .flag("disabled", disabled)
        .checked(not_tracked)
        .on_change(ui.send_on_change(toggle));
    let mut field = el(
        "div",
        if invalid {
            "sr-figure sr-invalid"
        } else {
            "sr-figure"
        },
    )
    .attr("data-indicator", indicator.id)
    .child(number);
    if invalid {
        field = field.child(el("p", "sr-error-text").text(text.figure_invalid.as_str()));
    }
    field
        .child(
            el("label", "sr-option sr-option-compact")
                .child(checkbox)
                .child(el("span", "").text(text.not_tracked.as_str())),
        )
        .into()
}

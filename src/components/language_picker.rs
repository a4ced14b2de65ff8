use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::lang::Lang;

use super::dom::el;
use super::ui::Ui;

/// Switches the language at any step; answers are untouched.
pub fn language_picker(ui: &Ui) -> Html {
    let dispatcher = ui.state.dispatcher();
    let onchange = Callback::from(move |event: Event| {
        let chosen = event
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|select| Lang::from_tag(&select.value()));
        if let Some(lang) = chosen {
            dispatcher.dispatch(Action::SetLanguage(lang));
        }
    });
    let options = Lang::ALL.into_iter().map(|lang| {
        el("option", "")
            .attr("value", lang.code())
            .flag("selected", lang == ui.lang())
            .attr("lang", lang.code())
            .text(ui.text.languages.name(lang))
            .into()
    });
    el("label", "sr-language sr-no-print")
        .child(el("span", "").text(ui.text.language_label.as_str()))
        .child(
            el("select", "sr-select")
                .on_change(onchange)
                .children(options),
        )
        .into()
}

use yew::prelude::*;

use super::dom::el;

/// The heading of a step. The app moves focus here after every navigation
/// (see `App`), so keyboard and screen-reader users start at the top of the
/// new step; `tabindex=-1` lets it take focus without joining the tab order.
pub fn step_heading(text: impl Into<AttrValue>) -> Html {
    el("h1", "sr-title sr-step-heading")
        .attr("tabindex", "-1")
        .text(text)
        .into()
}

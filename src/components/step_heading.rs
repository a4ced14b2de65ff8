use yew::prelude::*;

/// The heading of a step. The app moves focus here after every navigation
/// (see `App`), so keyboard and screen-reader users start at the top of the
/// new step; `tabindex=-1` lets it take focus without joining the tab order.
pub fn step_heading(text: impl Into<AttrValue>) -> Html {
    html! {
        <h1 class="sr-title sr-step-heading" tabindex="-1">{ text.into() }</h1>
    }
}

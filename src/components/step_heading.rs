use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::AppContext;

#[derive(Properties, PartialEq)]
pub struct StepHeadingProps {
    pub text: AttrValue,
}

/// The heading of a step. After every navigation (not on first load, where
/// the page, not the widget, owns focus) focus moves here, so keyboard and
/// screen-reader users start at the top of the new step.
#[component]
pub fn StepHeading(props: &StepHeadingProps) -> Html {
    let heading = use_node_ref();
    let navigation = use_context::<AppContext>().map_or(0, |state| state.navigation);
    {
        let heading = heading.clone();
        use_effect_with(navigation, move |navigation| {
            if *navigation > 0
                && let Some(element) = heading.cast::<HtmlElement>()
            {
                let _ = element.focus();
            }
        });
    }
    html! {
        <h1 class="sr-title sr-step-heading" tabindex="-1" ref={heading}>{ props.text.clone() }</h1>
    }
}

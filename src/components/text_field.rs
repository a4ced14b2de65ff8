use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub label: AttrValue,
    /// Shown after the label, e.g. "optional".
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub max_chars: usize,
    pub disabled: bool,
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    pub on_input: Callback<String>,
}

/// A labelled single-line text input.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                on_input.emit(input.value());
            }
        })
    };
    html! {
        <label class="sr-field">
            <span class="sr-label">
                { props.label.clone() }
                if let Some(hint) = &props.hint { <span class="sr-hint">{ format!(" ({hint})") }</span> }
            </span>
            <input class="sr-input" type="text" value={props.value.clone()} {oninput}
                maxlength={props.max_chars.to_string()} disabled={props.disabled}
                autocomplete={props.autocomplete.clone()} />
        </label>
    }
}

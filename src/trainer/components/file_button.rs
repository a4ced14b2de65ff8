use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FileButtonProps {
    pub label: AttrValue,
    /// File types offered, as the input's `accept`.
    pub accept: AttrValue,
    #[prop_or(false)]
    pub multiple: bool,
    pub onfiles: Callback<Vec<File>>,
}

/// A file picker that looks like a button: the native input stays in the
/// page, visually hidden but focusable, so keyboard and screen readers use
/// it as any file input.
#[component]
pub fn FileButton(props: &FileButtonProps) -> Html {
    let onfiles = props.onfiles.clone();
    let onchange = Callback::from(move |event: Event| {
        let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        let files: Vec<File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect())
            .unwrap_or_default();
        // The same file can be picked again after a refusal.
        input.set_value("");
        if !files.is_empty() {
            onfiles.emit(files);
        }
    });
    html! {
        <label class="wb-button wb-file">
            <input type="file" class="wb-visually-hidden" accept={props.accept.clone()}
                multiple={props.multiple} {onchange} />
            { props.label.clone() }
        </label>
    }
}

use yew::prelude::*;

use crate::trainer::sentences;
use crate::trainer::state::Notice;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Option<Notice>,
    pub ondismiss: Callback<()>,
}

/// The workbench's one message at a time: failures interrupt (`alert`),
/// the rest are announced politely (`status`).
#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let Some(notice) = &props.notice else {
        return html! { <div class="wb-notice-slot" role="status"></div> };
    };
    let failed = matches!(notice, Notice::Keep(_) | Notice::WorkspaceRefused { .. });
    let (class, role) = if failed {
        ("wb-notice wb-notice-error", "alert")
    } else {
        ("wb-notice", "status")
    };
    let onclick = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="wb-notice-slot" {role}>
            <p class={class}>
                <span>{ sentences::notice(&words, notice) }</span>
                <button type="button" class="wb-link" {onclick}>{ &words.trainer.workspace.dismiss }</button>
            </p>
        </div>
    }
}

use yew::prelude::*;

use crate::trainer::state::Section;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct SectionNavProps {
    pub current: Section,
    pub onselect: Callback<Section>,
}

/// The workbench's screens as buttons: one screen shows at a time, and the
/// current one says so to assistive technology (`aria-current`).
#[component]
pub fn SectionNav(props: &SectionNavProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let names = &words.trainer.sections;
    let button = |section: Section| {
        let name = match section {
            Section::Invite => &names.invite,
            Section::Collect => &names.collect,
            Section::Screen => &names.screen,
            Section::Plan => &names.plan,
        };
        let current = (section == props.current).then_some("page");
        let onclick = props.onselect.reform(move |_: MouseEvent| section);
        html! {
            <li><button type="button" aria-current={current} {onclick}>{ name }</button></li>
        }
    };
    html! {
        <nav class="wb-nav" aria-label={words.trainer.sections_label.clone()}>
            <ul>{ for Section::ALL.into_iter().map(button) }</ul>
        </nav>
    }
}

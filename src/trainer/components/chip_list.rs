use yew::prelude::*;

use crate::domain::workbench::{Chip, Filter};
use crate::i18n::fill;
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct ChipListProps {
    pub filter: Filter,
    pub onremove: Callback<Chip>,
    pub onclear: Callback<()>,
}

/// The active filters as chips, each removable, and "clear all".
#[component]
pub fn ChipList(props: &ChipListProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let chips = props.filter.chips();
    if chips.is_empty() {
        return Html::default();
    }
    let text = &words.trainer.screen;
    let chip = |chip: Chip| {
        let label = sentences::chip(&words, &chip);
        let remove = fill(&text.remove_chip, &[("chip", &label)]);
        let onclick = props.onremove.reform(move |_: MouseEvent| chip.clone());
        html! {
            <li>
                <button type="button" class="wb-chip" aria-label={remove} {onclick}>
                    <span>{ label }</span>
                    <span aria-hidden="true">{ " ×" }</span>
                </button>
            </li>
        }
    };
    let onclear = props.onclear.reform(|_: MouseEvent| ());
    html! {
        <div class="wb-chips">
            <span id="wb-chips-label">{ &text.active }</span>
            <ul aria-labelledby="wb-chips-label">{ for chips.into_iter().map(chip) }</ul>
            <button type="button" class="wb-link" onclick={onclear}>{ &text.clear }</button>
        </div>
    }
}

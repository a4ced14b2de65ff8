use yew::prelude::*;

use crate::domain::scoring::Band;

use super::ui::Ui;

/// What each band means, so a score is never a bare number.
pub fn band_guide(ui: &Ui) -> Html {
    let lang = ui.lang();
    html! {
        <details class="sr-bands">
            <summary>{ ui.text.bands_title }</summary>
            <dl>
                { for Band::ALL.iter().map(|band| {
                    let (low, high) = band.range();
                    html! {
                        <>
                            <dt>{ format!("{} ({low}–{high})", band.label().get(lang)) }</dt>
                            <dd>{ band.interpretation().get(lang) }</dd>
                        </>
                    }
                }) }
            </dl>
        </details>
    }
}

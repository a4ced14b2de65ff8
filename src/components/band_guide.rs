use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::scoring::Band;
use crate::i18n::catalog;

/// What each band means, so a score is never a bare number.
#[component]
pub fn BandGuide() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
    html! {
        <details class="sr-bands">
            <summary>{ text.bands_title }</summary>
            <dl>
                { for Band::ALL.iter().map(|band| {
                    let (low, high) = band.range();
                    html! {
                        <>
                            <dt>{ format!("{} ({low}–{high})", band.label().get(state.lang)) }</dt>
                            <dd>{ band.interpretation().get(state.lang) }</dd>
                        </>
                    }
                }) }
            </dl>
        </details>
    }
}

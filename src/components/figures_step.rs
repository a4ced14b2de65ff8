use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::catalog;

use super::figure_field::FigureField;
use super::step_heading::StepHeading;
use super::step_nav::StepNav;

/// The optional performance figures, grouped by module.
#[component]
pub fn FiguresStep() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
    let groups = state.instrument.modules.iter().map(|module| {
        html! {
            <fieldset class="sr-fieldset sr-figures-group">
                <legend class="sr-legend">
                    { format!("{}. {}", module.id.number(), module.title.get(state.lang)) }
                </legend>
                { for module.indicators.iter().map(|indicator| html! { <FigureField {indicator} /> }) }
            </fieldset>
        }
    });
    html! {
        <section class="sr-step sr-figures" data-testid="step-figures">
            <StepHeading text={text.step_figures} />
            <p class="sr-lead">{ text.figures_intro }</p>
            { for groups }
            <StepNav />
        </section>
    }
}

use yew::prelude::*;

use super::figure_field::figure_field;
use super::step_heading::step_heading;
use super::step_nav::step_nav;
use super::ui::Ui;

/// The optional performance figures, grouped by module.
pub fn figures_step(ui: &Ui) -> Html {
    let state = &ui.state;
    let groups = state.instrument.modules.iter().map(|module| {
        html! {
            <fieldset class="sr-fieldset sr-figures-group">
                <legend class="sr-legend">
                    { format!("{}. {}", module.id.number(), module.title.get(state.lang)) }
                </legend>
                { for module.indicators.iter().map(|indicator| figure_field(ui, indicator)) }
            </fieldset>
        }
    });
    html! {
        <section class="sr-step sr-figures" data-testid="step-figures">
            { step_heading(ui.text.step_figures) }
            <p class="sr-lead">{ ui.text.figures_intro }</p>
            { for groups }
            { step_nav(ui) }
        </section>
    }
}

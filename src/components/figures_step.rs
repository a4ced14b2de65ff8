use yew::prelude::*;

use super::dom::el;
use super::figure_field::figure_field;
use super::step_heading::step_heading;
use super::step_nav::step_nav;
use super::ui::Ui;

/// The optional performance figures, grouped by module.
pub fn figures_step(ui: &Ui) -> Html {
    let state = &ui.state;
    let groups = state.instrument.modules.iter().map(|module| {
        let title = format!(
            "{}. {}",
            module.id.number(),
            ui.words().instrument.module(module.id).title
        );
        el("fieldset", "sr-fieldset sr-figures-group")
            .child(el("legend", "sr-legend").text(title))
            .children(
                module
                    .indicators
                    .iter()
                    .map(|indicator| figure_field(ui, indicator)),
            )
            .into()
    });
    el("section", "sr-step sr-figures")
        .attr("data-testid", "step-figures")
        .child(step_heading(ui.text.step_figures.as_str()))
        .child(el("p", "sr-lead").text(ui.text.figures_intro.as_str()))
        .children(groups)
        .child(step_nav(ui))
        .into()
}

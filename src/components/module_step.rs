use yew::prelude::*;

use crate::domain::model::ModuleId;
use crate::i18n::fill;

use super::question_field::question_field;
use super::step_heading::step_heading;
use super::step_nav::step_nav;
use super::ui::Ui;
use super::unanswered_summary::unanswered_summary;

/// One SCORE module's questions.
pub fn module_step(ui: &Ui, module: ModuleId) -> Html {
    let lang = ui.lang();
    let content = ui.state.instrument.module(module);
    let number = module.number();
    let heading = format!(
        "{}: {}",
        fill(
            ui.text.progress_module,
            &[("n", &number.to_string()), ("total", "5")]
        ),
        content.title.get(lang)
    );
    html! {
        <section class="sr-step sr-module" data-testid={format!("step-{}", module.key())}
            key={module.key()}>
            { step_heading(heading) }
            <p class="sr-lead">{ content.summary.get(lang) }</p>
            <p class="sr-hint">{ ui.text.module_intro }</p>
            { unanswered_summary(ui) }
            { for content.questions.iter().zip(1..).map(|(question, position)| {
                question_field(ui, question, &format!("{number}.{position}"))
            }) }
            { step_nav(ui) }
        </section>
    }
}

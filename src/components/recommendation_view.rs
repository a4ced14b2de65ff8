use yew::prelude::*;

use crate::i18n::fill;

use super::results::Outcome;
use super::ui::Ui;

/// "Start with Module 1", what it builds here, the next module and the whole
/// path with reasons, quick wins, figures to measure and notes on fit.
pub fn recommendation_view(ui: &Ui, outcome: &Outcome) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let lang = state.lang;
    let instrument = state.instrument;
    let rec = &outcome.recommendation;
    let title = |module: crate::domain::model::ModuleId| instrument.module(module).title.get(lang);
    let start = &rec.ranking[0];
    let path = rec.ranking.iter().map(|ranked| {
        let is_next = ranked.module == rec.next_module;
        html! {
            <li class={if is_next { "sr-path-item sr-path-next" } else { "sr-path-item" }}
                data-module={ranked.module.number().to_string()}>
                <strong>{ format!("{} (M{})", title(ranked.module), ranked.module.number()) }</strong>
                <span>{ format!(" — {}", ranked.reason.render(instrument, lang)) }</span>
            </li>
        }
    });
    let quick_wins = rec.quick_wins.iter().map(|win| {
        html! {
            <li class="sr-quick-win">
                <p class="sr-quick-win-title">
                    <strong>{ capitalise(win.question.practice.get(lang)) }</strong>
                    { format!(" ({}. {}; {})", win.module.number(), title(win.module),
                        fill(text.quick_win_level, &[("level", &win.level.to_string()), ("max", &win.max_level.to_string())])) }
                </p>
                <p>{ format!("{}: ", text.first_step) }{ win.question.first_step.get(lang) }</p>
            </li>
        }
    });
    let measures = rec.start_measuring.iter().map(|m| {
        html! {
            <li>
                <strong>{ m.indicator.label.get(lang) }</strong>
                { format!(" ({}) — {}", m.indicator.unit.get(lang), m.indicator.why.get(lang)) }
            </li>
        }
    });
    let fit = rec.fit_notes.iter().map(|note| {
        html! { <li data-note={note.key()}>{ note.render(instrument, lang) }</li> }
    });
    html! {
        <section class="sr-recommendation" data-testid="recommendation"
            data-next-module={rec.next_module.number().to_string()}>
            <div class="sr-start">
                <h2 class="sr-subtitle">{ fill(text.start_title, &[("module", title(rec.start))]) }</h2>
                <p><strong>{ format!("{}: ", text.start_builds) }</strong>{ start.reason.render(instrument, lang) }</p>
                <p class="sr-next">
                    <strong>{ fill(text.next_title, &[("n", &rec.next_module.number().to_string()), ("module", title(rec.next_module))]) }</strong>
                    { rec.ranked(rec.next_module).map(|r| format!(" — {}", r.reason.render(instrument, lang))).unwrap_or_default() }
                </p>
            </div>
            <h3 class="sr-subtitle">{ text.path_title }</h3>
            <ol class="sr-path">{ for path }</ol>
            if !rec.quick_wins.is_empty() {
                <h3 class="sr-subtitle">{ text.quick_wins_title }</h3>
                <ol class="sr-quick-wins">{ for quick_wins }</ol>
            }
            <h3 class="sr-subtitle">{ text.measure_title }</h3>
            if rec.start_measuring.is_empty() {
                <p>{ text.measure_none }</p>
            } else {
                <ul class="sr-measures">{ for measures }</ul>
            }
            if !rec.fit_notes.is_empty() {
                <h3 class="sr-subtitle">{ text.fit_title }</h3>
                <ul class="sr-fit-notes">{ for fit }</ul>
            }
        </section>
    }
}

/// Practice names are written to sit inside a sentence; as a list title
/// they start with a capital.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

//! Sentences for fit notes, from templates in the catalog's `notes` part,
//! filled like the reasons' (see `text.rs`).

use serde::Deserialize;

use super::FitNote;
use super::text::Words;
use crate::domain::digits::number;
use crate::i18n::fill;

/// The sentences of [`FitNote::render`], as the `notes` part of a catalog.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteText {
    pub small_firm: String,
    pub large_firm: String,
    pub trains_together: String,
    pub ask_a_manager: String,
    pub ask_both: String,
    pub none_answered: String,
    pub one_answered: String,
    pub some_answered: String,
    pub all_dont_know: String,
    pub many_dont_know: String,
}

impl FitNote {
    pub fn render(&self, w: &Words) -> String {
        let say = w.notes;
        match self {
            FitNote::SmallFirm { size } | FitNote::LargeFirm { size } => {
                let template = match self {
                    FitNote::SmallFirm { .. } => &say.small_firm,
                    _ => &say.large_firm,
                };
                let size = w.choice(&w.text.sizes, size);
                fill(template, &[("size", size)])
            }
            FitNote::LowCompleteness { answered, total } => {
                let template = match answered {
                    0 => &say.none_answered,
                    1 => &say.one_answered,
                    _ => &say.some_answered,
                };
                let (a, total) = (number(*answered), number(*total));
                fill(template, &[("a", a.as_str()), ("total", total.as_str())])
            }
            FitNote::ManyDontKnow { dont_know, total } => {
                let template = if dont_know >= total {
                    &say.all_dont_know
                } else {
                    &say.many_dont_know
                };
                let dk = w.quote(&w.text.dont_know);
                let (d, total) = (number(*dont_know), number(*total));
                fill(
                    template,
                    &[("dk", &dk), ("d", d.as_str()), ("total", total.as_str())],
                )
            }
            FitNote::CompareViews { role } => {
                let ask = if *role == "worker" {
                    &say.ask_a_manager
                } else {
                    &say.ask_both
                };
                format!("{}{ask}", say.trains_together)
            }
        }
    }
}

//! Sentences for fit notes, from templates in the catalog's `notes` part,
//! filled like the reasons' (see `text.rs`).

use super::FitNote;
use super::text::Words;
use crate::domain::digits::number;
use crate::i18n::fill;
use crate::i18n::texts::texts;

texts! {
    /// The sentences of [`FitNote::render`], as the `notes` part of a catalog.
    pub struct NoteText {
        small_firm,
        large_firm,
        trains_together,
        ask_a_manager,
        ask_both,
        none_answered,
        one_answered,
        some_answered,
        all_dont_know,
        many_dont_know,
    }
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

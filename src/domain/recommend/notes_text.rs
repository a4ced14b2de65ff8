//! Sentences for fit notes, from templates in the catalog's `notes` part,
//! filled like the reasons' (see `text.rs`).

use super::text::Words;
use super::{FiguresGiven, FitNote, Recommendation};
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
        /// Size brackets as they read inside a sentence (the profile's
        /// labels start with a capital, as list entries do).
        size_under_10,
        size_10_49,
        size_251_500,
        size_over_500,
        /// Under "Figures to start measuring" when none is untracked: every
        /// figure given, some given, or none given.
        measure_all,
        measure_some,
        measure_no_figures,
    }
}

impl Recommendation {
    /// What to say about the firm's figures when no figure is listed as
    /// untracked; `None` when there is a list to show.
    pub fn measuring(&self, w: &Words) -> Option<String> {
        if !self.start_measuring.is_empty() {
            return None;
        }
        let say = w.notes;
        let sentence = match self.figures_given {
            FiguresGiven::All => &say.measure_all,
            FiguresGiven::Some => &say.measure_some,
            FiguresGiven::None => &say.measure_no_figures,
        };
        Some(sentence.clone())
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
                let size = match *size {
                    "under-10" => say.size_under_10.as_str(),
                    "10-49" => &say.size_10_49,
                    "251-500" => &say.size_251_500,
                    "over-500" => &say.size_over_500,
                    other => w.choice(&w.text.sizes, other),
                };
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

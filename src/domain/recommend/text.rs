//! Sentences for reasons, from templates in the catalog's `reasons` part.
//!
//! Each sentence is one template with `{name}` placeholders, filled by
//! [`fill`]; the domain chooses the template and the values (ids, numbers),
//! the catalog of the visitor's language gives the words.
//!
//! Practice names come from the instrument as noun phrases that may carry
//! an article ("la pratique des 5S", "un plan de mejora"), so the templates
//! only put them after words that never contract with an article: "on",
//! "sur", "par", "en", "est", "es" or a colon, never French "de"/"à" or
//! Spanish "de"/"a".

use super::Reason;
use super::notes_text::NoteText;
use crate::domain::digits::number;
use crate::domain::instrument::text::{InstrumentText, Labels};
use crate::domain::model::{Instrument, ModuleId};
use crate::domain::scoring::{Band, ScoringText};
use crate::i18n::fill;
use crate::i18n::texts::texts;

texts! {
    /// The sentences of [`Reason::render`], as the `reasons` part of a catalog.
    pub struct ReasonText {
        /// "Module 2 (Quality)" at the start of a sentence, with the article
        /// French and Spanish need there.
        module_start,
        /// The same inside a sentence.
        module_inside,
        /// A quoted answer label, with the language's quotation marks.
        quote,
        /// Practices in the order to tackle them, with and without the
        /// preposition repeated. Joined by "then", not "and", because practice
        /// names often contain "and" themselves.
        then_on,
        then,
        foundation,
        build_unknown,
        build,
        lowest_one,
        lowest_many,
        extend,
        extend_tail,
        urgent,
        urgent_tail,
        priority,
        priority_unknown,
        priority_score,
        priority_weakest,
        /// A module that relies on a weaker one: `{what}` is
        /// `measuring_habits_of` (what Module 2 lends Module 3) or `module_inside`.
        builds_on,
        measuring_habits_of,
        gap,
        gap_tail,
        strong,
        strong_tail,
        /// For [`Reason::NothingToClose`]: `{lowest}` is the lowest score
        /// after Module 1 (the `_top` form when it is 100), `{offer}` is
        /// `sustain_offer`.
        sustain,
        sustain_top,
        sustain_offer,
        unknown_all,
        unknown_none,
        unknown_some,
        was,
        were,
    }
}

impl Reason {
    pub fn module(&self) -> ModuleId {
        match self {
            Reason::BuildFoundation { .. } | Reason::ExtendFoundation { .. } => {
                ModuleId::Cooperation
            }
            Reason::UrgentSafety { .. } => ModuleId::SafetyHealth,
            Reason::Priority { module, .. }
            | Reason::BuildsOn { module, .. }
            | Reason::Gap { module, .. }
            | Reason::Strong { module, .. }
            | Reason::NothingToClose { module, .. }
            | Reason::Unknown { module, .. } => *module,
        }
    }

    /// One sentence built from the firm's own answers.
    ///
    /// Apart from Module 1's and a priority's, every sentence is filled from
    /// the same list of values, of which its template uses a few: each arm
    /// only picks the template and its values.
    pub fn render(&self, w: &Words) -> String {
        let say = w.reasons;
        let (mut needs, mut needs_score, mut dont_know, mut total) = (ModuleId::Quality, 0, 0, 0);
        let (template, score, tail, weakest) = match self {
            Reason::BuildFoundation { score, practices } => {
                return w.build_foundation(*score, practices);
            }
            Reason::Priority {
                module,
                priority,
                score,
                weakest,
            } => return w.priority(*module, priority, *score, *weakest),
            Reason::NothingToClose { lowest, .. } => return w.nothing_to_close(*lowest),
            Reason::ExtendFoundation { score, weakest } => {
                (&say.extend, *score, &say.extend_tail, *weakest)
            }
            Reason::UrgentSafety { score, weakest } => {
                (&say.urgent, *score, &say.urgent_tail, *weakest)
            }
            Reason::Gap { score, weakest, .. } => (&say.gap, *score, &say.gap_tail, *weakest),
            Reason::Strong { score, weakest, .. } => {
                (&say.strong, *score, &say.strong_tail, *weakest)
            }
            Reason::BuildsOn {
                score,
                needs: n,
                needs_score: s,
                ..
            } => {
                (needs, needs_score) = (*n, *s);
                (&say.builds_on, *score, &say.gap_tail, None)
            }
            Reason::Unknown {
                dont_know: d,
                total: t,
                ..
            } => {
                (dont_know, total) = (*d, *t);
                let template = match dont_know {
                    d if d == total => &say.unknown_all,
                    0 => &say.unknown_none,
                    _ => &say.unknown_some,
                };
                (template, 0, &say.gap_tail, None)
            }
        };
        let start = match self {
            Reason::ExtendFoundation { .. } => w.foundation(),
            _ => String::new(),
        };
        // Written for the one dependency there is (see `DEPENDENCIES`).
        let what = if needs == ModuleId::Quality {
            &say.measuring_habits_of
        } else {
            &say.module_inside
        };
        let were = if dont_know == 1 { &say.was } else { &say.were };
        fill(
            template,
            &[
                ("m", &w.module(self.module(), &say.module_start)),
                ("start", &start),
                ("score", number(score.into()).as_str()),
                ("band", &w.scoring.band(Band::from_score(score)).label),
                ("tail", &w.tail(tail, weakest)),
                ("what", &w.module(needs, what)),
                ("needs", number(needs_score.into()).as_str()),
                ("d", number(dont_know).as_str()),
                ("total", number(total).as_str()),
                ("dk", &w.quote(&w.text.dont_know)),
                ("were", were),
            ],
        )
    }
}

/// The instrument and its words in one language: what every sentence of a
/// recommendation is made from. Built from a loaded catalog
/// (`i18n::Catalog::words`).
pub struct Words<'a> {
    pub instrument: &'a Instrument,
    pub text: &'a InstrumentText,
    pub scoring: &'a ScoringText,
    pub reasons: &'a ReasonText,
    pub notes: &'a NoteText,
}

impl Words<'_> {
    /// "Module 2 (Quality)" through `template` ([`ReasonText::module_start`]
    /// or one like it).
    fn module(&self, id: ModuleId, template: &str) -> String {
        let title = &self.text.module(id).title;
        fill(
            template,
            &[("n", number(id.number().into()).as_str()), ("title", title)],
        )
    }

    fn practice<'q>(&'q self, question: &'q str) -> &'q str {
        match self.text.questions.get(question) {
            Some(q) => &q.practice,
            None => question,
        }
    }

    /// `template` naming the weakest practice, or nothing without one.
    fn tail(&self, template: &str, weakest: Option<&str>) -> String {
        match weakest {
            Some(q) => fill(template, &[("p", self.practice(q))]),
            None => String::new(),
        }
    }

    /// The label of choice `id`, or the id itself if the list lacks it.
    pub(super) fn choice<'s>(&'s self, labels: &'s Labels, id: &'s str) -> &'s str {
        self.text.choice(labels, id)
    }

    pub(super) fn quote(&self, text: &str) -> String {
        fill(&self.reasons.quote, &[("text", text)])
    }

    fn foundation(&self) -> String {
        let m1 = self.module(ModuleId::Cooperation, &self.reasons.module_inside);
        fill(&self.reasons.foundation, &[("m1", &m1)])
    }

    fn build_foundation(&self, score: Option<u8>, practices: &[&'static str]) -> String {
        let say = self.reasons;
        let start = self.foundation();
        let (template, then) = match score {
            None if practices.is_empty() => return start + ".",
            None => (&say.build_unknown, &say.then),
            Some(_) => (&say.build, &say.then_on),
        };
        let list = practices
            .iter()
            .map(|q| self.practice(q))
            .collect::<Vec<_>>()
            .join(then);
        let which = if practices.len() > 1 {
            &say.lowest_many
        } else {
            &say.lowest_one
        };
        // Only the template with a score has `{s}`.
        let s = number(score.unwrap_or_default().into());
        fill(
            template,
            &[
                ("start", &start),
                ("list", &list),
                ("which", which),
                ("s", s.as_str()),
            ],
        )
    }

    fn nothing_to_close(&self, lowest: u8) -> String {
        let say = self.reasons;
        let template = if lowest == 100 {
            &say.sustain_top
        } else {
            &say.sustain
        };
        let lowest = number(lowest.into());
        fill(
            template,
            &[("lowest", lowest.as_str()), ("offer", &say.sustain_offer)],
        )
    }

    fn priority(
        &self,
        module: ModuleId,
        priority: &str,
        score: Option<u8>,
        weakest: Option<&'static str>,
    ) -> String {
        let say = self.reasons;
        let label = self.quote(self.choice(&self.text.priorities, priority));
        let m = self.module(module, &say.module_inside);
        let end = match (score, weakest) {
            (None, _) => &say.priority_unknown,
            (Some(_), None) => &say.priority_score,
            (Some(_), Some(_)) => &say.priority_weakest,
        };
        // Only the templates with a score have `{s}`.
        let s = number(score.unwrap_or_default().into());
        let p = weakest.map(|q| self.practice(q)).unwrap_or_default();
        let end = fill(end, &[("s", s.as_str()), ("p", p)]);
        fill(
            &say.priority,
            &[("label", &label), ("m", &m), ("end", &end)],
        )
    }
}

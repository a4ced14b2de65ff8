//! Sentences for reasons in English, French and Spanish.
//!
//! Each sentence is one [`Text`] template with `{name}` placeholders, filled
//! by [`fill`]: a table of texts and one shared filler cost the wasm bundle
//! far less than a `format!` per language and variant.
//!
//! Practice names come from the instrument as noun phrases that may carry
//! an article ("la pratique des 5S", "un plan de mejora"), so the templates
//! only put them after words that never contract with an article: "on",
//! "sur", "par", "en", "est", "es" or a colon, never French "de"/"à" or
//! Spanish "de"/"a".

use super::Reason;
use crate::domain::digits::number;
use crate::domain::lang::{Lang, Text};
use crate::domain::model::{Choice, Instrument, ModuleId};
use crate::domain::scoring::Band;
use crate::i18n::fill;
use crate::t;

const MODULE_START: Text = t!(
    "Module {n} ({title})",
    "Le module {n} ({title})",
    "El módulo {n} ({title})"
);
const MODULE_INSIDE: Text = t!(
    "Module {n} ({title})",
    "le module {n} ({title})",
    "el módulo {n} ({title})"
);
const QUOTE: Text = t!("“{text}”", "« {text} »", "«{text}»");
/// Practices in the order to tackle them, with and without the preposition
/// repeated. Joined by "then", not "and", because practice names often
/// contain "and" themselves.
const THEN_ON: Text = t!(", then on ", ", puis sur ", " y luego en ");
const THEN: Text = t!(", then ", ", puis ", " y luego ");
const FOUNDATION: Text = t!(
    "Every SCORE firm starts with {m1}",
    "Toute entreprise SCORE commence par {m1}",
    "Toda empresa SCORE empieza por {m1}"
);

const BUILD_UNKNOWN: Text = t!(
    "{start}; your answers do not yet show how cooperation works in your firm, so it will start \
     from its core: {list}.",
    "{start} ; vos réponses ne montrent pas encore comment la coopération fonctionne chez vous, \
     il partira donc de l'essentiel : {list}.",
    "{start}; sus respuestas aún no muestran cómo funciona la cooperación en su empresa, así que \
     partirá de lo esencial: {list}."
);
const BUILD: Text = t!(
    "{start}; in your firm it will work first on {list}, {which} (cooperation score {s}/100).",
    "{start} ; chez vous, il portera d'abord sur {list}, {which} (score de coopération : {s}/100).",
    "{start}; en su empresa se centrará primero en {list}, {which} (puntuación de cooperación: \
     {s}/100)."
);
const LOWEST_ONE: Text = t!(
    "the cooperation practice you rated lowest",
    "la pratique de coopération que vous avez notée le plus bas",
    "la práctica de cooperación peor valorada"
);
const LOWEST_MANY: Text = t!(
    "the cooperation practices you rated lowest",
    "les pratiques de coopération que vous avez notées le plus bas",
    "las prácticas de cooperación peor valoradas"
);

const EXTEND: Text = t!(
    "{start}; with cooperation already at {score}/100, it will formalise and extend what \
     exists{tail}.",
    "{start} ; avec une coopération déjà à {score}/100, il formalisera et étendra \
     l'existant{tail}.",
    "{start}; con la cooperación ya en {score}/100, formalizará y ampliará lo que existe{tail}."
);
const EXTEND_TAIL: Text = t!(
    ", starting with {p}",
    ", en commençant par {p}",
    ", empezando por {p}"
);

const URGENT: Text = t!(
    "{m} scores only {score}/100{tail}: safety gaps put lives and legal compliance at risk, so \
     it should come early.",
    "{m} n'obtient que {score}/100{tail} : les lacunes de sécurité mettent en jeu des vies et la \
     conformité légale, il doit donc venir tôt.",
    "{m} solo obtiene {score}/100{tail}: las carencias de seguridad ponen en riesgo vidas y el \
     cumplimiento legal, así que debe abordarse pronto."
);
const URGENT_TAIL: Text = t!(
    " and its weakest practice is {p}",
    " et sa pratique la plus faible est {p}",
    " y su práctica más débil es {p}"
);

const PRIORITY: Text = t!(
    "You named {label} as a priority, which {m} addresses{end}",
    "Vous avez cité {label} parmi vos priorités, ce que traite {m}{end}",
    "Usted indicó {label} como prioridad, y {m} la aborda{end}"
);
const PRIORITY_UNKNOWN: Text = t!(
    "; your answers do not yet show where the firm stands there.",
    " ; vos réponses ne disent pas encore où en est l'entreprise dans ce domaine.",
    "; sus respuestas aún no muestran dónde está la empresa en este ámbito."
);
const PRIORITY_SCORE: Text = t!(
    "; it already scores {s}/100.",
    " ; il obtient déjà {s}/100.",
    "; ya obtiene {s}/100."
);
const PRIORITY_WEAKEST: Text = t!(
    "; it scores {s}/100 and its weakest practice is {p}.",
    " ; il obtient {s}/100 et sa pratique la plus faible est {p}.",
    "; obtiene {s}/100 y su práctica más débil es {p}."
);

/// What Module 2 lends Module 3 is the habit of measuring.
const BUILDS_ON: Text = t!(
    "{m} scores {score}/100, but it builds on {what}Module {n} ({title}), which scores only \
     {needs}/100, so it is best taken after that module.",
    "{m} obtient {score}/100, mais il s'appuie sur {what} module {n} ({title}), qui n'obtient \
     que {needs}/100 : mieux vaut le suivre après celui-ci.",
    "{m} obtiene {score}/100, pero se apoya en {what} módulo {n} ({title}), que solo obtiene \
     {needs}/100, así que conviene cursarlo después."
);
const MEASURING_HABITS_OF: Text = t!(
    "the measuring habits of ",
    "les habitudes de mesure du",
    "los hábitos de medición del"
);
const THE_MODULE: Text = t!("", "le", "el");

const GAP: Text = t!(
    "{m} scores {score}/100 ({band}){tail}.",
    "{m} obtient {score}/100 ({band}){tail}.",
    "{m} obtiene {score}/100 ({band}){tail}."
);
const GAP_TAIL: Text = t!(
    "; its weakest practice is {p}",
    " ; sa pratique la plus faible est {p}",
    "; su práctica más débil es {p}"
);
const STRONG: Text = t!(
    "{m} already scores {score}/100 ({band}), so it can wait{tail}.",
    "{m} obtient déjà {score}/100 ({band}), il peut donc attendre{tail}.",
    "{m} ya obtiene {score}/100 ({band}), así que puede esperar{tail}."
);
const STRONG_TAIL: Text = t!(
    "; what room is left lies in {p}",
    " ; la marge restante porte sur {p}",
    "; el margen restante está en {p}"
);

const UNKNOWN_ALL: Text = t!(
    "{m} could not be scored: all {total} of its questions were answered {dk}; ask a colleague \
     who knows this area.",
    "{m} n'a pas pu être évalué : ses {total} questions ont toutes reçu la réponse {dk} ; \
     demandez à un collègue qui connaît ce domaine.",
    "{m} no pudo evaluarse: sus {total} preguntas se respondieron todas con {dk}; consulte a un \
     colega que conozca esta área."
);
const UNKNOWN_NONE: Text = t!(
    "{m} could not be scored: none of its {total} questions has been answered yet.",
    "{m} n'a pas pu être évalué : aucune de ses {total} questions n'a encore de réponse.",
    "{m} no pudo evaluarse: ninguna de sus {total} preguntas tiene respuesta todavía."
);
const UNKNOWN_SOME: Text = t!(
    "{m} could not be scored: {d} of its {total} questions {were} answered {dk}; ask a \
     colleague who knows this area.",
    "{m} n'a pas pu être évalué : {d} de ses {total} questions {were} la réponse {dk} ; \
     demandez à un collègue qui connaît ce domaine.",
    "{m} no pudo evaluarse: {d} de sus {total} preguntas se {were} {dk}; consulte a un colega \
     que conozca esta área."
);
const WAS: Text = t!("was", "a reçu", "respondió");
const WERE: Text = t!("were", "ont reçu", "respondieron");

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
            | Reason::Unknown { module, .. } => *module,
        }
    }

    /// One sentence built from the firm's own answers.
    ///
    /// Apart from Module 1's and a priority's, every sentence is filled from
    /// the same list of values, of which its template uses a few: each arm
    /// only picks the template and its values, and the one call to fill
    /// keeps the wasm code far smaller than a call per arm.
    pub fn render(&self, instrument: &Instrument, lang: Lang) -> String {
        let w = Words { instrument, lang };
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
            Reason::ExtendFoundation { score, weakest } => (EXTEND, *score, EXTEND_TAIL, *weakest),
            Reason::UrgentSafety { score, weakest } => (URGENT, *score, URGENT_TAIL, *weakest),
            Reason::Gap { score, weakest, .. } => (GAP, *score, GAP_TAIL, *weakest),
            Reason::Strong { score, weakest, .. } => (STRONG, *score, STRONG_TAIL, *weakest),
            Reason::BuildsOn {
                score,
                needs: n,
                needs_score: s,
                ..
            } => {
                (needs, needs_score) = (*n, *s);
                (BUILDS_ON, *score, GAP_TAIL, None)
            }
            Reason::Unknown {
                dont_know: d,
                total: t,
                ..
            } => {
                (dont_know, total) = (*d, *t);
                let template = match dont_know {
                    d if d == total => UNKNOWN_ALL,
                    0 => UNKNOWN_NONE,
                    _ => UNKNOWN_SOME,
                };
                (template, 0, GAP_TAIL, None)
            }
        };
        let start = match self {
            Reason::ExtendFoundation { .. } => w.foundation(),
            _ => String::new(),
        };
        // Written for the one dependency there is (see `DEPENDENCIES`).
        let what = if needs == ModuleId::Quality {
            MEASURING_HABITS_OF
        } else {
            THE_MODULE
        };
        let were = if dont_know == 1 { WAS } else { WERE };
        w.say(
            template,
            &[
                ("m", &w.module(self.module(), MODULE_START)),
                ("start", &start),
                ("score", number(score.into()).as_str()),
                ("band", Band::from_score(score).label().get(lang)),
                ("tail", &w.tail(tail, weakest)),
                ("what", what.get(lang)),
                ("n", number(needs.number().into()).as_str()),
                ("title", instrument.module(needs).title.get(lang)),
                ("needs", number(needs_score.into()).as_str()),
                ("d", number(dont_know).as_str()),
                ("total", number(total).as_str()),
                ("dk", &w.quote(instrument.dont_know.get(lang))),
                ("were", were.get(lang)),
            ],
        )
    }
}

/// The instrument's words in one language, and the phrasing shared by
/// several sentences.
pub(super) struct Words<'a> {
    pub(super) instrument: &'a Instrument,
    pub(super) lang: Lang,
}

impl Words<'_> {
    /// `template` in this language, filled with `args`.
    pub(super) fn say(&self, template: Text, args: &[(&str, &str)]) -> String {
        fill(template.get(self.lang), args)
    }

    /// "Module 2 (Quality)", with the article French and Spanish need, in
    /// capitals at the start of a sentence ([`MODULE_START`]).
    fn module(&self, id: ModuleId, template: Text) -> String {
        let title = self.instrument.module(id).title.get(self.lang);
        self.say(
            template,
            &[("n", number(id.number().into()).as_str()), ("title", title)],
        )
    }

    fn practice(&self, question: &'static str) -> &'static str {
        match self.instrument.question(question) {
            Some((_, q)) => q.practice.get(self.lang),
            None => question,
        }
    }

    /// `template` naming the weakest practice, or nothing without one.
    fn tail(&self, template: Text, weakest: Option<&'static str>) -> String {
        match weakest {
            Some(q) => self.say(template, &[("p", self.practice(q))]),
            None => String::new(),
        }
    }

    /// The label of choice `id`, or the id itself if the list lacks it.
    pub(super) fn choice<'s>(&self, list: &[Choice], id: &'s str) -> &'s str {
        for c in list {
            if c.id == id {
                return c.label.get(self.lang);
            }
        }
        id
    }

    pub(super) fn quote(&self, text: &str) -> String {
        self.say(QUOTE, &[("text", text)])
    }

    fn foundation(&self) -> String {
        let m1 = self.module(ModuleId::Cooperation, MODULE_INSIDE);
        self.say(FOUNDATION, &[("m1", &m1)])
    }

    fn build_foundation(&self, score: Option<u8>, practices: &[&'static str]) -> String {
        let start = self.foundation();
        let (template, then) = match score {
            None if practices.is_empty() => return start + ".",
            None => (BUILD_UNKNOWN, THEN),
            Some(_) => (BUILD, THEN_ON),
        };
        let mut list = String::new();
        for (i, q) in practices.iter().enumerate() {
            if i > 0 {
                list.push_str(then.get(self.lang));
            }
            list.push_str(self.practice(q));
        }
        let which = if practices.len() > 1 {
            LOWEST_MANY
        } else {
            LOWEST_ONE
        };
        // Only the template with a score has `{s}`.
        let s = number(score.unwrap_or_default().into());
        self.say(
            template,
            &[
                ("start", &start),
                ("list", &list),
                ("which", which.get(self.lang)),
                ("s", s.as_str()),
            ],
        )
    }

    fn priority(
        &self,
        module: ModuleId,
        priority: &str,
        score: Option<u8>,
        weakest: Option<&'static str>,
    ) -> String {
        let label = self.quote(self.choice(self.instrument.profile.priorities, priority));
        let m = self.module(module, MODULE_INSIDE);
        let end = match (score, weakest) {
            (None, _) => PRIORITY_UNKNOWN,
            (Some(_), None) => PRIORITY_SCORE,
            (Some(_), Some(_)) => PRIORITY_WEAKEST,
        };
        // Only the templates with a score have `{s}`.
        let s = number(score.unwrap_or_default().into());
        let p = weakest.map(|q| self.practice(q)).unwrap_or_default();
        let end = self.say(end, &[("s", s.as_str()), ("p", p)]);
        self.say(PRIORITY, &[("label", &label), ("m", &m), ("end", &end)])
    }
}

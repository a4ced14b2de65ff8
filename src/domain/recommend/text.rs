//! Sentences for reasons in English, French and Spanish.
//!
//! Practice names come from the instrument as noun phrases that may carry
//! an article ("la pratique des 5S", "un plan de mejora"), so the templates
//! only put them after words that never contract with an article: "on",
//! "sur", "par", "en", "est", "es" or a colon, never French "de"/"à" or
//! Spanish "de"/"a".

use super::Reason;
use crate::domain::lang::Lang;
use crate::domain::model::{Instrument, ModuleId};
use crate::domain::scoring::Band;

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
    pub fn render(&self, instrument: &Instrument, lang: Lang) -> String {
        let w = Words { instrument, lang };
        let m = w.module(self.module(), true);
        match self {
            Reason::BuildFoundation { score, practices } => w.build_foundation(*score, practices),
            Reason::ExtendFoundation { score, weakest } => {
                let tail = weakest.map(|q| w.practice(q));
                match (lang, tail) {
                    (Lang::En, t) => format!(
                        "{}; with cooperation already at {score}/100, it will formalise and \
                         extend what exists{}.",
                        w.foundation(),
                        t.map(|p| format!(", starting with {p}"))
                            .unwrap_or_default()
                    ),
                    (Lang::Fr, t) => format!(
                        "{} ; avec une coopération déjà à {score}/100, il formalisera et étendra \
                         l'existant{}.",
                        w.foundation(),
                        t.map(|p| format!(", en commençant par {p}"))
                            .unwrap_or_default()
                    ),
                    (Lang::Es, t) => format!(
                        "{}; con la cooperación ya en {score}/100, formalizará y ampliará lo que \
                         existe{}.",
                        w.foundation(),
                        t.map(|p| format!(", empezando por {p}"))
                            .unwrap_or_default()
                    ),
                }
            }
            Reason::UrgentSafety { score, weakest } => {
                let weakest = weakest.map(|q| w.practice(q));
                match lang {
                    Lang::En => format!(
                        "{m} scores only {score}/100{}: safety gaps put lives and legal \
                         compliance at risk, so it should come early.",
                        weakest
                            .map(|p| format!(" and its weakest practice is {p}"))
                            .unwrap_or_default()
                    ),
                    Lang::Fr => format!(
                        "{m} n'obtient que {score}/100{} : les lacunes de sécurité mettent en jeu \
                         des vies et la conformité légale, il doit donc venir tôt.",
                        weakest
                            .map(|p| format!(" et sa pratique la plus faible est {p}"))
                            .unwrap_or_default()
                    ),
                    Lang::Es => format!(
                        "{m} solo obtiene {score}/100{}: las carencias de seguridad ponen en \
                         riesgo vidas y el cumplimiento legal, así que debe abordarse pronto.",
                        weakest
                            .map(|p| format!(" y su práctica más débil es {p}"))
                            .unwrap_or_default()
                    ),
                }
            }
            Reason::Priority {
                module,
                priority,
                score,
                weakest,
            } => w.priority(*module, priority, *score, weakest.map(|q| w.practice(q))),
            Reason::BuildsOn {
                score,
                needs,
                needs_score,
                ..
            } => w.builds_on(&m, *score, *needs, *needs_score),
            Reason::Gap { score, weakest, .. } => {
                let band = w.band(*score);
                let start = match lang {
                    Lang::En => format!("{m} scores {score}/100 ({band})"),
                    Lang::Fr => format!("{m} obtient {score}/100 ({band})"),
                    Lang::Es => format!("{m} obtiene {score}/100 ({band})"),
                };
                match (lang, weakest.map(|q| w.practice(q))) {
                    (_, None) => format!("{start}."),
                    (Lang::En, Some(p)) => format!("{start}; its weakest practice is {p}."),
                    (Lang::Fr, Some(p)) => format!("{start} ; sa pratique la plus faible est {p}."),
                    (Lang::Es, Some(p)) => format!("{start}; su práctica más débil es {p}."),
                }
            }
            Reason::Strong { score, weakest, .. } => {
                let band = w.band(*score);
                let start = match lang {
                    Lang::En => format!("{m} already scores {score}/100 ({band}), so it can wait"),
                    Lang::Fr => {
                        format!("{m} obtient déjà {score}/100 ({band}), il peut donc attendre")
                    }
                    Lang::Es => {
                        format!("{m} ya obtiene {score}/100 ({band}), así que puede esperar")
                    }
                };
                match (lang, weakest.map(|q| w.practice(q))) {
                    (_, None) => format!("{start}."),
                    (Lang::En, Some(p)) => format!("{start}; what room is left lies in {p}."),
                    (Lang::Fr, Some(p)) => format!("{start} ; la marge restante porte sur {p}."),
                    (Lang::Es, Some(p)) => format!("{start}; el margen restante está en {p}."),
                }
            }
            Reason::Unknown {
                dont_know, total, ..
            } => w.unknown(&m, *dont_know, *total),
        }
    }
}

/// The instrument's words in one language, and the phrasing shared by
/// several sentences.
pub(super) struct Words<'a> {
    pub(super) instrument: &'a Instrument,
    pub(super) lang: Lang,
}

impl Words<'_> {
    /// "Module 2 (Quality)", with the article French and Spanish need.
    fn module(&self, id: ModuleId, sentence_start: bool) -> String {
        let n = id.number();
        let title = self.instrument.module(id).title.get(self.lang);
        match (self.lang, sentence_start) {
            (Lang::En, _) => format!("Module {n} ({title})"),
            (Lang::Fr, true) => format!("Le module {n} ({title})"),
            (Lang::Fr, false) => format!("le module {n} ({title})"),
            (Lang::Es, true) => format!("El módulo {n} ({title})"),
            (Lang::Es, false) => format!("el módulo {n} ({title})"),
        }
    }

    fn practice(&self, question: &'static str) -> &'static str {
        match self.instrument.question(question) {
            Some((_, q)) => q.practice.get(self.lang),
            None => question,
        }
    }

    pub(super) fn choice(&self, list: &[crate::domain::model::Choice], id: &str) -> String {
        let label = list
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.label.get(self.lang));
        label.to_owned()
    }

    pub(super) fn quote(&self, text: &str) -> String {
        match self.lang {
            Lang::En => format!("“{text}”"),
            Lang::Fr => format!("« {text} »"),
            Lang::Es => format!("«{text}»"),
        }
    }

    fn band(&self, score: u8) -> &'static str {
        Band::from_score(score).label().get(self.lang)
    }

    /// Practices in the order to tackle them. Joined by "then", not "and",
    /// because practice names often contain "and" themselves.
    fn sequence(&self, items: &[&str], repeat_preposition: bool) -> String {
        let then = match (self.lang, repeat_preposition) {
            (Lang::En, true) => ", then on ",
            (Lang::En, false) => ", then ",
            (Lang::Fr, true) => ", puis sur ",
            (Lang::Fr, false) => ", puis ",
            (Lang::Es, true) => " y luego en ",
            (Lang::Es, false) => " y luego ",
        };
        items.join(then)
    }

    fn foundation(&self) -> String {
        let m1 = self.module(ModuleId::Cooperation, false);
        match self.lang {
            Lang::En => format!("Every SCORE firm starts with {m1}"),
            Lang::Fr => format!("Toute entreprise SCORE commence par {m1}"),
            Lang::Es => format!("Toda empresa SCORE empieza por {m1}"),
        }
    }

    fn build_foundation(&self, score: Option<u8>, practices: &[&'static str]) -> String {
        let names: Vec<&str> = practices.iter().map(|q| self.practice(q)).collect();
        let list = self.sequence(&names, score.is_some());
        let start = self.foundation();
        let plural = names.len() > 1;
        match (self.lang, score) {
            (_, None) if names.is_empty() => format!("{start}."),
            (Lang::En, None) => format!(
                "{start}; your answers do not yet show how cooperation works in your firm, so it \
                 will start from its core: {list}."
            ),
            (Lang::Fr, None) => format!(
                "{start} ; vos réponses ne montrent pas encore comment la coopération fonctionne \
                 chez vous, il partira donc de l'essentiel : {list}."
            ),
            (Lang::Es, None) => format!(
                "{start}; sus respuestas aún no muestran cómo funciona la cooperación en su \
                 empresa, así que partirá de lo esencial: {list}."
            ),
            (Lang::En, Some(s)) => format!(
                "{start}; in your firm it will work first on {list}, the cooperation {} you \
                 rated lowest (cooperation score {s}/100).",
                if plural { "practices" } else { "practice" }
            ),
            (Lang::Fr, Some(s)) => format!(
                "{start} ; chez vous, il portera d'abord sur {list}, {} (score de coopération : \
                 {s}/100).",
                if plural {
                    "les pratiques de coopération que vous avez notées le plus bas"
                } else {
                    "la pratique de coopération que vous avez notée le plus bas"
                }
            ),
            (Lang::Es, Some(s)) => format!(
                "{start}; en su empresa se centrará primero en {list}, {} (puntuación de \
                 cooperación: {s}/100).",
                if plural {
                    "las prácticas de cooperación peor valoradas"
                } else {
                    "la práctica de cooperación peor valorada"
                }
            ),
        }
    }

    fn priority(
        &self,
        module: ModuleId,
        priority: &str,
        score: Option<u8>,
        weakest: Option<&str>,
    ) -> String {
        let label = self.quote(&self.choice(self.instrument.profile.priorities, priority));
        let m = self.module(module, false);
        let start = match self.lang {
            Lang::En => format!("You named {label} as a priority, which {m} addresses"),
            Lang::Fr => format!("Vous avez cité {label} parmi vos priorités, ce que traite {m}"),
            Lang::Es => format!("Usted indicó {label} como prioridad, y {m} la aborda"),
        };
        let end = match (self.lang, score, weakest) {
            (Lang::En, None, _) => {
                "; your answers do not yet show where the firm stands there.".to_owned()
            }
            (Lang::Fr, None, _) => {
                " ; vos réponses ne disent pas encore où en est l'entreprise dans ce domaine."
                    .to_owned()
            }
            (Lang::Es, None, _) => {
                "; sus respuestas aún no muestran dónde está la empresa en este ámbito.".to_owned()
            }
            (Lang::En, Some(s), None) => format!("; it already scores {s}/100."),
            (Lang::Fr, Some(s), None) => format!(" ; il obtient déjà {s}/100."),
            (Lang::Es, Some(s), None) => format!("; ya obtiene {s}/100."),
            (Lang::En, Some(s), Some(p)) => {
                format!("; it scores {s}/100 and its weakest practice is {p}.")
            }
            (Lang::Fr, Some(s), Some(p)) => {
                format!(" ; il obtient {s}/100 et sa pratique la plus faible est {p}.")
            }
            (Lang::Es, Some(s), Some(p)) => {
                format!("; obtiene {s}/100 y su práctica más débil es {p}.")
            }
        };
        format!("{start}{end}")
    }

    fn builds_on(&self, m: &str, score: u8, needs: ModuleId, needs_score: u8) -> String {
        let n = needs.number();
        let title = self.instrument.module(needs).title.get(self.lang);
        // Written for the one dependency there is (see `DEPENDENCIES`):
        // what Module 2 lends Module 3 is the habit of measuring.
        let measuring = needs == ModuleId::Quality;
        match self.lang {
            Lang::En => format!(
                "{m} scores {score}/100, but it builds on {}Module {n} ({title}), which scores \
                 only {needs_score}/100, so it is best taken after that module.",
                if measuring {
                    "the measuring habits of "
                } else {
                    ""
                }
            ),
            Lang::Fr => format!(
                "{m} obtient {score}/100, mais il s'appuie sur {} module {n} ({title}), qui \
                 n'obtient que {needs_score}/100 : mieux vaut le suivre après celui-ci.",
                if measuring {
                    "les habitudes de mesure du"
                } else {
                    "le"
                }
            ),
            Lang::Es => format!(
                "{m} obtiene {score}/100, pero se apoya en {} módulo {n} ({title}), que solo \
                 obtiene {needs_score}/100, así que conviene cursarlo después.",
                if measuring {
                    "los hábitos de medición del"
                } else {
                    "el"
                }
            ),
        }
    }

    fn unknown(&self, m: &str, dont_know: u16, total: u16) -> String {
        let dk = self.quote(self.instrument.dont_know.get(self.lang));
        let one = dont_know == 1;
        match (self.lang, dont_know) {
            (Lang::En, d) if d == total => format!(
                "{m} could not be scored: all {total} of its questions were answered {dk}; ask \
                 a colleague who knows this area."
            ),
            (Lang::Fr, d) if d == total => format!(
                "{m} n'a pas pu être évalué : ses {total} questions ont toutes reçu la réponse \
                 {dk} ; demandez à un collègue qui connaît ce domaine."
            ),
            (Lang::Es, d) if d == total => format!(
                "{m} no pudo evaluarse: sus {total} preguntas se respondieron todas con {dk}; \
                 consulte a un colega que conozca esta área."
            ),
            (Lang::En, 0) => format!(
                "{m} could not be scored: none of its {total} questions has been answered yet."
            ),
            (Lang::Fr, 0) => format!(
                "{m} n'a pas pu être évalué : aucune de ses {total} questions n'a encore de \
                 réponse."
            ),
            (Lang::Es, 0) => format!(
                "{m} no pudo evaluarse: ninguna de sus {total} preguntas tiene respuesta todavía."
            ),
            (Lang::En, d) => format!(
                "{m} could not be scored: {d} of its {total} questions {} answered {dk}; ask a \
                 colleague who knows this area.",
                if one { "was" } else { "were" }
            ),
            (Lang::Fr, d) => format!(
                "{m} n'a pas pu être évalué : {d} de ses {total} questions {} la réponse {dk} ; \
                 demandez à un collègue qui connaît ce domaine.",
                if one { "a reçu" } else { "ont reçu" }
            ),
            (Lang::Es, d) => format!(
                "{m} no pudo evaluarse: {d} de sus {total} preguntas se {} {dk}; consulte a un \
                 colega que conozca esta área.",
                if one { "respondió" } else { "respondieron" }
            ),
        }
    }
}

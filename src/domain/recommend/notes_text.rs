//! Sentences for fit notes in English, French and Spanish.

use super::FitNote;
use super::text::Words;
use crate::domain::lang::Lang;
use crate::domain::model::Instrument;

impl FitNote {
    pub fn render(&self, instrument: &Instrument, lang: Lang) -> String {
        let w = Words { instrument, lang };
        match self {
            FitNote::SmallFirm { size } => {
                let size = w.choice(instrument.profile.sizes, size);
                match lang {
                    Lang::En => format!(
                        "SCORE is designed for firms of about 50 to 250 employees; a smaller firm \
                         ({size}) can still take part: ask the training provider how the \
                         workshops and visits fit a small team."
                    ),
                    Lang::Fr => format!(
                        "SCORE s'adresse surtout aux entreprises d'environ 50 à 250 salariés ; une \
                         entreprise plus petite ({size}) peut tout de même participer : demandez \
                         au prestataire de formation comment adapter les ateliers et les visites \
                         à une petite équipe."
                    ),
                    Lang::Es => format!(
                        "SCORE está pensado para empresas de unos 50 a 250 empleados; una empresa \
                         más pequeña ({size}) también puede participar: pregunte al proveedor de \
                         formación cómo adaptar los talleres y las visitas a un equipo pequeño."
                    ),
                }
            }
            FitNote::LargeFirm { size } => {
                let size = w.choice(instrument.profile.sizes, size);
                match lang {
                    Lang::En => format!(
                        "SCORE is designed for firms of about 50 to 250 employees; a larger firm \
                         ({size}) can still take part, for example by starting with one site or \
                         department."
                    ),
                    Lang::Fr => format!(
                        "SCORE s'adresse surtout aux entreprises d'environ 50 à 250 salariés ; une \
                         entreprise plus grande ({size}) peut tout de même participer, par \
                         exemple en commençant par un site ou un service."
                    ),
                    Lang::Es => format!(
                        "SCORE está pensado para empresas de unos 50 a 250 empleados; una empresa \
                         más grande ({size}) también puede participar, por ejemplo empezando por \
                         un centro o un departamento."
                    ),
                }
            }
            FitNote::LowCompleteness { answered, total } => w.low_completeness(*answered, *total),
            FitNote::ManyDontKnow { dont_know, total } => w.many_dont_know(*dont_know, *total),
            FitNote::CompareViews { role } => {
                let start = match lang {
                    Lang::En => "SCORE trains two managers and two workers from each firm together",
                    Lang::Fr => {
                        "SCORE forme ensemble deux cadres et deux travailleurs de chaque entreprise"
                    }
                    Lang::Es => {
                        "SCORE forma juntos a dos directivos y dos trabajadores de cada empresa"
                    }
                };
                let ask = match (lang, *role == "worker") {
                    (Lang::En, true) => ": ask a manager to answer too, and compare your views.",
                    (Lang::En, false) => {
                        ": ask a manager and a worker of the firm to answer too, and compare \
                         their views with yours."
                    }
                    (Lang::Fr, true) => {
                        " : demandez à un cadre de répondre aussi, et comparez vos points de vue."
                    }
                    (Lang::Fr, false) => {
                        " : demandez à un cadre et à un travailleur de l'entreprise de répondre \
                         aussi, et comparez leurs points de vue avec le vôtre."
                    }
                    (Lang::Es, true) => {
                        ": pida a un directivo que también responda y comparen sus puntos de vista."
                    }
                    (Lang::Es, false) => {
                        ": pida a un directivo y a un trabajador de la empresa que también \
                         respondan y compare sus puntos de vista con el suyo."
                    }
                };
                format!("{start}{ask}")
            }
        }
    }
}

impl Words<'_> {
    fn low_completeness(&self, answered: u16, total: u16) -> String {
        let one = answered == 1;
        match (self.lang, answered) {
            (Lang::En, 0) => format!(
                "None of the {total} questions is answered yet; answer them for a reliable \
                 recommendation."
            ),
            (Lang::Fr, 0) => format!(
                "Aucune des {total} questions n'a encore de réponse ; répondez-y pour obtenir une \
                 recommandation fiable."
            ),
            (Lang::Es, 0) => format!(
                "Ninguna de las {total} preguntas tiene respuesta todavía; respóndalas para \
                 obtener una recomendación fiable."
            ),
            (Lang::En, a) => format!(
                "Only {a} of the {total} questions {} answered, so this profile is partial; \
                 complete it for a reliable recommendation.",
                if one { "is" } else { "are" }
            ),
            (Lang::Fr, a) => format!(
                "{} {a} des {total} questions {} une réponse : ce profil est partiel ; \
                 complétez-le pour une recommandation fiable.",
                if one { "Seule" } else { "Seules" },
                if one { "a" } else { "ont" }
            ),
            (Lang::Es, a) => format!(
                "Solo {a} de las {total} preguntas {} respuesta, así que este perfil es parcial; \
                 complételo para obtener una recomendación fiable.",
                if one { "tiene" } else { "tienen" }
            ),
        }
    }

    fn many_dont_know(&self, dont_know: u16, total: u16) -> String {
        let dk = self.quote(self.instrument.dont_know.get(self.lang));
        let all = dont_know >= total;
        match (self.lang, all) {
            (Lang::En, true) => format!(
                "{dk} was the answer to all {total} questions, so nothing can be scored yet: ask \
                 colleagues who know these areas, or answer together."
            ),
            (Lang::Fr, true) => format!(
                "{dk} est la réponse aux {total} questions : rien ne peut encore être évalué ; \
                 demandez à des collègues qui connaissent ces domaines, ou répondez ensemble."
            ),
            (Lang::Es, true) => format!(
                "{dk} fue la respuesta a las {total} preguntas, así que aún no se puede evaluar \
                 nada: consulte a colegas que conozcan estas áreas o respondan juntos."
            ),
            (Lang::En, false) => format!(
                "{dk} was the answer to {dont_know} of the {total} questions, so the scores rest \
                 on fewer answers and deserve less confidence; ask colleagues who know those \
                 areas, or answer together."
            ),
            (Lang::Fr, false) => format!(
                "{dk} est la réponse à {dont_know} des {total} questions : les scores reposent \
                 sur moins de réponses et sont moins fiables ; demandez à des collègues qui \
                 connaissent ces domaines, ou répondez ensemble."
            ),
            (Lang::Es, false) => format!(
                "{dk} fue la respuesta a {dont_know} de las {total} preguntas, así que las \
                 puntuaciones se basan en menos respuestas y son menos fiables; consulte a \
                 colegas que conozcan esas áreas o respondan juntos."
            ),
        }
    }
}

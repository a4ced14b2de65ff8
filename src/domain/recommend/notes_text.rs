//! Sentences for fit notes in English, French and Spanish, as templates
//! like the reasons' (see `text.rs`).

use super::FitNote;
use super::text::Words;
use crate::domain::digits::number;
use crate::domain::lang::{Lang, Text};
use crate::domain::model::Instrument;
use crate::t;

const SMALL_FIRM: Text = t!(
    "SCORE is designed for firms of about 50 to 250 employees; a smaller firm ({size}) can still \
     take part: ask the training provider how the workshops and visits fit a small team.",
    "SCORE s'adresse surtout aux entreprises d'environ 50 à 250 salariés ; une entreprise plus \
     petite ({size}) peut tout de même participer : demandez au prestataire de formation comment \
     adapter les ateliers et les visites à une petite équipe.",
    "SCORE está pensado para empresas de unos 50 a 250 empleados; una empresa más pequeña \
     ({size}) también puede participar: pregunte al proveedor de formación cómo adaptar los \
     talleres y las visitas a un equipo pequeño."
);
const LARGE_FIRM: Text = t!(
    "SCORE is designed for firms of about 50 to 250 employees; a larger firm ({size}) can still \
     take part, for example by starting with one site or department.",
    "SCORE s'adresse surtout aux entreprises d'environ 50 à 250 salariés ; une entreprise plus \
     grande ({size}) peut tout de même participer, par exemple en commençant par un site ou un \
     service.",
    "SCORE está pensado para empresas de unos 50 a 250 empleados; una empresa más grande ({size}) \
     también puede participar, por ejemplo empezando por un centro o un departamento."
);

const TRAINS_TOGETHER: Text = t!(
    "SCORE trains two managers and two workers from each firm together",
    "SCORE forme ensemble deux cadres et deux travailleurs de chaque entreprise",
    "SCORE forma juntos a dos directivos y dos trabajadores de cada empresa"
);
const ASK_A_MANAGER: Text = t!(
    ": ask a manager to answer too, and compare your views.",
    " : demandez à un cadre de répondre aussi, et comparez vos points de vue.",
    ": pida a un directivo que también responda y comparen sus puntos de vista."
);
const ASK_BOTH: Text = t!(
    ": ask a manager and a worker of the firm to answer too, and compare their views with yours.",
    " : demandez à un cadre et à un travailleur de l'entreprise de répondre aussi, et comparez \
     leurs points de vue avec le vôtre.",
    ": pida a un directivo y a un trabajador de la empresa que también respondan y compare sus \
     puntos de vista con el suyo."
);

const NONE_ANSWERED: Text = t!(
    "None of the {total} questions is answered yet; answer them for a reliable recommendation.",
    "Aucune des {total} questions n'a encore de réponse ; répondez-y pour obtenir une \
     recommandation fiable.",
    "Ninguna de las {total} preguntas tiene respuesta todavía; respóndalas para obtener una \
     recomendación fiable."
);
const ONE_ANSWERED: Text = t!(
    "Only {a} of the {total} questions is answered, so this profile is partial; complete it for \
     a reliable recommendation.",
    "Seule {a} des {total} questions a une réponse : ce profil est partiel ; complétez-le pour \
     une recommandation fiable.",
    "Solo {a} de las {total} preguntas tiene respuesta, así que este perfil es parcial; \
     complételo para obtener una recomendación fiable."
);
const SOME_ANSWERED: Text = t!(
    "Only {a} of the {total} questions are answered, so this profile is partial; complete it for \
     a reliable recommendation.",
    "Seules {a} des {total} questions ont une réponse : ce profil est partiel ; complétez-le pour \
     une recommandation fiable.",
    "Solo {a} de las {total} preguntas tienen respuesta, así que este perfil es parcial; \
     complételo para obtener una recomendación fiable."
);

const ALL_DONT_KNOW: Text = t!(
    "{dk} was the answer to all {total} questions, so nothing can be scored yet: ask colleagues \
     who know these areas, or answer together.",
    "{dk} est la réponse aux {total} questions : rien ne peut encore être évalué ; demandez à des \
     collègues qui connaissent ces domaines, ou répondez ensemble.",
    "{dk} fue la respuesta a las {total} preguntas, así que aún no se puede evaluar nada: \
     consulte a colegas que conozcan estas áreas o respondan juntos."
);
const MANY_DONT_KNOW: Text = t!(
    "{dk} was the answer to {d} of the {total} questions, so the scores rest on fewer answers and \
     deserve less confidence; ask colleagues who know those areas, or answer together.",
    "{dk} est la réponse à {d} des {total} questions : les scores reposent sur moins de réponses \
     et sont moins fiables ; demandez à des collègues qui connaissent ces domaines, ou répondez \
     ensemble.",
    "{dk} fue la respuesta a {d} de las {total} preguntas, así que las puntuaciones se basan en \
     menos respuestas y son menos fiables; consulte a colegas que conozcan esas áreas o respondan \
     juntos."
);

impl FitNote {
    pub fn render(&self, instrument: &Instrument, lang: Lang) -> String {
        let w = Words { instrument, lang };
        match self {
            FitNote::SmallFirm { size } | FitNote::LargeFirm { size } => {
                let template = match self {
                    FitNote::SmallFirm { .. } => SMALL_FIRM,
                    _ => LARGE_FIRM,
                };
                let size = w.choice(instrument.profile.sizes, size);
                w.say(template, &[("size", size)])
            }
            FitNote::LowCompleteness { answered, total } => {
                let template = match answered {
                    0 => NONE_ANSWERED,
                    1 => ONE_ANSWERED,
                    _ => SOME_ANSWERED,
                };
                let (a, total) = (number(*answered), number(*total));
                w.say(template, &[("a", a.as_str()), ("total", total.as_str())])
            }
            FitNote::ManyDontKnow { dont_know, total } => {
                let template = if dont_know >= total {
                    ALL_DONT_KNOW
                } else {
                    MANY_DONT_KNOW
                };
                let dk = w.quote(instrument.dont_know.get(lang));
                let (d, total) = (number(*dont_know), number(*total));
                w.say(
                    template,
                    &[("dk", &dk), ("d", d.as_str()), ("total", total.as_str())],
                )
            }
            FitNote::CompareViews { role } => {
                let ask = if *role == "worker" {
                    ASK_A_MANAGER
                } else {
                    ASK_BOTH
                };
                let mut sentence = TRAINS_TOGETHER.get(lang).to_owned();
                sentence.push_str(ask.get(lang));
                sentence
            }
        }
    }
}

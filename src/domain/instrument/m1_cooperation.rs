//! Module 1, Workplace Cooperation: the foundation every firm starts with.
//! The improvement team and regular worker-manager meetings carry the most
//! weight; the other questions cover the tools that keep them alive.

use crate::domain::model::{Indicator, Module, ModuleId, Question, Scale};
use crate::t;

pub const MODULE: Module = Module {
    id: ModuleId::Cooperation,
    title: t!(
        "Workplace Cooperation",
        "Coopération sur le lieu de travail",
        "Cooperación en el lugar de trabajo"
    ),
    summary: t!(
        "How managers and workers solve problems together: improvement team, meetings, figures. The base of SCORE.",
        "Direction et personnel règlent ensemble les problèmes : équipe d'amélioration, réunions, chiffres. La base de SCORE.",
        "Cómo dirección y personal resuelven juntos problemas: equipo de mejora, reuniones, cifras. La base de SCORE."
    ),
    questions: &[
        Question {
            id: "m1.improvement-team",
            prompt: t!(
                "Does a team of managers and workers meet to improve how the workplace runs?",
                "Une équipe direction-personnel se réunit-elle pour améliorer le travail ?",
                "¿Se reúne un equipo de dirección y personal para mejorar el trabajo?"
            ),
            practice: t!(
                "a joint improvement team of managers and workers",
                "l'équipe d'amélioration réunissant direction et personnel",
                "un equipo de mejora que reúna a la dirección y al personal"
            ),
            help: t!(
                "SCORE's Enterprise Improvement Team: managers and workers who meet regularly and act on problems.",
                "Équipe d'amélioration (SCORE) : cadres et personnel réunis régulièrement pour régler des problèmes.",
                "El Equipo de Mejora de SCORE: dirección y personal que se reúnen con regularidad y resuelven problemas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No such team; improvement is left to managers alone.",
                    "Pas d'équipe : seule la direction s'occupe d'améliorer.",
                    "No hay equipo: solo la dirección se ocupa de mejorar."
                ),
                t!(
                    "A team exists on paper or meets only now and then.",
                    "Une équipe existe sur le papier ou se réunit sans régularité.",
                    "Hay un equipo en el papel o se reúne sin regularidad."
                ),
                t!(
                    "The team meets monthly and agrees on some actions.",
                    "L'équipe se réunit chaque mois et décide d'actions.",
                    "El equipo se reúne cada mes y acuerda algunas acciones."
                ),
                t!(
                    "The team follows an action plan and reports to all.",
                    "L'équipe suit un plan d'action et rend compte à tous.",
                    "El equipo sigue un plan de acción e informa a todos."
                ),
                t!(
                    "The team leads change, rotates members, raises targets.",
                    "L'équipe pilote le progrès, se renouvelle, relève ses objectifs.",
                    "El equipo lidera la mejora, rota integrantes y sube sus metas."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Get two managers and two workers chosen by their peers to list the five worst problems in an hour.",
                "Réunissez une heure deux cadres et deux représentants du personnel : listez les cinq pires problèmes.",
                "Reúna una hora a dos mandos y dos representantes del personal para listar los cinco peores problemas."
            ),
        },
        Question {
            id: "m1.team-meetings",
            prompt: t!(
                "How often do managers and workers meet to discuss work problems and results?",
                "À quel rythme direction et personnel parlent-ils des problèmes et résultats ?",
                "¿Cada cuánto hablan dirección y personal de problemas y resultados?"
            ),
            practice: t!(
                "a routine of regular meetings between managers and workers",
                "la tenue régulière de réunions entre direction et personnel",
                "una rutina de reuniones periódicas entre la dirección y el personal"
            ),
            help: t!(
                "Count short team or shift meetings where workers speak, not briefings that only give orders.",
                "Comptez les réunions d'équipe, même brèves, où le personnel parle, pas les simples consignes.",
                "Cuente las reuniones breves de equipo o turno donde el personal opina, no las que solo dan órdenes."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No group meetings; instructions only go top-down.",
                    "Aucune réunion commune : les consignes descendent, c'est tout.",
                    "No hay reuniones de grupo; las órdenes solo bajan."
                ),
                t!(
                    "Meetings happen only when something goes wrong.",
                    "On ne se réunit que lorsqu'un problème survient.",
                    "Solo hay reuniones cuando algo sale mal."
                ),
                t!(
                    "Meetings are held regularly, but mostly managers talk.",
                    "Réunions régulières, où parlent surtout les cadres.",
                    "Hay reuniones periódicas, pero hablan sobre todo los mandos."
                ),
                t!(
                    "Agenda used; workers raise issues, actions are noted.",
                    "Ordre du jour, sujets soulevés par le personnel, actions notées.",
                    "Orden del día; el personal plantea temas, se anotan acciones."
                ),
                t!(
                    "Fixed rhythm; actions followed up, results shared with all.",
                    "Rythme fixe ; actions suivies et résultats partagés avec tous.",
                    "Ritmo fijo; acciones seguidas, resultados compartidos."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Hold a weekly 15-minute stand-up at the start of a shift; note every problem workers raise.",
                "Chaque semaine, tenez en début de poste une réunion debout de 15 minutes ; notez les problèmes.",
                "Cada semana, al inicio de un turno, haga una reunión de pie de 15 minutos; anote cada problema."
            ),
        },
        Question {
            id: "m1.suggestion-scheme",
            prompt: t!(
                "Can workers make suggestions for improvement, and do they hear back?",
                "Le personnel peut-il proposer des améliorations, et reçoit-il une réponse ?",
                "¿Puede el personal proponer mejoras y recibe una respuesta?"
            ),
            practice: t!(
                "a suggestion scheme that answers every idea",
                "le système de suggestions qui répond à chaque idée",
                "un sistema de sugerencias que responda a cada idea"
            ),
            help: t!(
                "A box, form, meeting slot or chat group counts if suggestions are recorded and answered.",
                "Boîte, formulaire, réunion ou messagerie : tout compte si les idées sont notées et ont une réponse.",
                "Sirve buzón, formulario, reunión o chat si las sugerencias se registran y se responden."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "There is no way for workers to make suggestions.",
                    "Le personnel n'a aucun moyen de faire des suggestions.",
                    "El personal no tiene ninguna forma de hacer sugerencias."
                ),
                t!(
                    "A box exists, but suggestions are rarely read or answered.",
                    "Une boîte existe, mais les idées sont rarement lues ou traitées.",
                    "Hay buzón, pero las ideas casi nunca se leen ni responden."
                ),
                t!(
                    "Suggestions are recorded and some are carried out.",
                    "Les suggestions sont notées et certaines appliquées.",
                    "Las sugerencias se registran y algunas se aplican."
                ),
                t!(
                    "Each idea gets a quick reply; good ones are used and thanked.",
                    "Réponse rapide à chaque idée ; les bonnes appliquées et saluées.",
                    "Respuesta rápida a cada idea; las buenas se aplican y reconocen."
                ),
                t!(
                    "Ideas come in monthly; most are used, figures are posted.",
                    "Des idées chaque mois, la plupart appliquées, chiffres affichés.",
                    "Ideas cada mes, la mayoría aplicadas, cifras publicadas."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Put up a suggestion box, promise an answer within two weeks and post the answers on the board.",
                "Posez une boîte à suggestions, promettez une réponse sous deux semaines et affichez les réponses.",
                "Ponga un buzón de sugerencias, prometa respuesta en dos semanas y publique las respuestas."
            ),
        },
        Question {
            id: "m1.housekeeping-5s",
            prompt: t!(
                "How tidy and organised are work areas, tools and storage?",
                "Postes, outils et zones de stockage sont-ils rangés et bien organisés ?",
                "¿Están ordenados y organizados los puestos, herramientas y almacenes?"
            ),
            practice: t!(
                "5S housekeeping (sort, set in order, shine, standardise, sustain)",
                "la pratique des 5S (trier, ranger, nettoyer, standardiser, maintenir)",
                "la práctica de las 5S (clasificar, ordenar, limpiar, estandarizar, mantener)"
            ),
            help: t!(
                "5S: remove what is not needed, mark a place for everything, clean, set simple rules, keep it up.",
                "5S : trier, marquer une place pour chaque chose, nettoyer, fixer des règles, les faire durer.",
                "5S: retirar lo innecesario, marcar un lugar para cada cosa, limpiar, fijar reglas y mantenerlas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Aisles blocked, tools hard to find, scrap lying around.",
                    "Allées encombrées, outils introuvables, déchets qui traînent.",
                    "Pasillos bloqueados, herramientas perdidas, restos por el suelo."
                ),
                t!(
                    "Tidied before visits or audits, then things slide back.",
                    "On range avant les visites ou audits, puis le désordre revient.",
                    "Se ordena para visitas o auditorías y luego vuelve el desorden."
                ),
                t!(
                    "Unneeded items removed; most tools have a place.",
                    "L'inutile est retiré ; presque tous les outils ont leur place.",
                    "Se retiró lo innecesario; casi todo tiene un lugar asignado."
                ),
                t!(
                    "Marked places, cleaning schedules and regular 5S checks.",
                    "Places marquées, nettoyage planifié, contrôles 5S réguliers.",
                    "Lugares marcados, turnos de limpieza y revisiones 5S periódicas."
                ),
                t!(
                    "Workers keep up 5S themselves; posted scores keep rising.",
                    "Le personnel fait vivre les 5S ; scores affichés en hausse.",
                    "El personal mantiene las 5S; las notas publicadas suben."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "With one area's team, spend an hour removing what went unused last month; mark places for the rest.",
                "En une heure, avec l'équipe d'une zone, ôtez ce qui n'a pas servi depuis un mois ; marquez les places.",
                "Con el equipo de una zona, retire en una hora lo que no se usó en un mes y marque el sitio del resto."
            ),
        },
        Question {
            id: "m1.notice-board",
            prompt: t!(
                "Is there a notice board where everyone can see news, targets and results?",
                "Un tableau d'affichage montre-t-il à tous nouvelles, objectifs et résultats ?",
                "¿Hay un tablero informativo donde todos puedan ver noticias, metas y resultados?"
            ),
            practice: t!(
                "a notice board with up-to-date news, targets and results",
                "le tableau d'affichage tenu à jour (nouvelles, objectifs, résultats)",
                "un tablero informativo al día con noticias, metas y resultados"
            ),
            help: t!(
                "Yes only if it is up to date and workers read it; a screen or chat group also counts.",
                "Oui seulement s'il est à jour et lu par le personnel ; un écran ou une messagerie comptent aussi.",
                "Sí solo si está al día y el personal lo lee; una pantalla o un grupo de mensajería también cuentan."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Post this month's output, one target and replies to suggestions on a board; update it every week.",
                "Affichez la production du mois, un objectif et les réponses aux idées ; actualisez chaque semaine.",
                "Publique en un tablero la producción del mes, una meta y respuestas a ideas; actualícelo cada semana."
            ),
        },
        Question {
            id: "m1.performance-measurement",
            prompt: t!(
                "Are a few key figures (output, quality, delays) measured and used to improve?",
                "Suit-on quelques chiffres clés (production, qualité, retards) pour progresser ?",
                "¿Se miden algunas cifras clave (producción, calidad, retrasos) para mejorar?"
            ),
            practice: t!(
                "regular measuring of key figures to guide improvement",
                "le suivi régulier de chiffres clés pour guider l'amélioration",
                "la medición periódica de cifras clave para orientar la mejora"
            ),
            help: t!(
                "Numbers tracked over time (pieces per day, defects, late orders) to see whether changes work.",
                "Des chiffres suivis dans le temps (pièces par jour, défauts, retards) pour juger les changements.",
                "Datos seguidos en el tiempo (piezas por día, defectos, retrasos) para ver si los cambios funcionan."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No figures are recorded beyond sales and wages.",
                    "Aucun chiffre suivi hormis les ventes et les salaires.",
                    "No se registra ninguna cifra aparte de ventas y salarios."
                ),
                t!(
                    "Some figures are recorded, but nobody looks at them.",
                    "Certains chiffres sont notés, mais personne ne les regarde.",
                    "Se registran algunas cifras, pero nadie las mira."
                ),
                t!(
                    "Managers review figures monthly; workers rarely see them.",
                    "Chiffres revus chaque mois par la direction, peu vus du personnel.",
                    "La dirección revisa cifras al mes; el personal casi no las ve."
                ),
                t!(
                    "Figures are charted, shared and discussed in team meetings.",
                    "Chiffres mis en graphique, partagés et discutés en réunion.",
                    "Cifras graficadas, compartidas y comentadas en reuniones."
                ),
                t!(
                    "Figures set targets and show the effect of every change.",
                    "Les chiffres fixent les objectifs et mesurent chaque changement.",
                    "Las cifras fijan metas y muestran el efecto de cada cambio."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Note one key figure, such as pieces made, every day for a month and post the chart on the board.",
                "Pendant un mois, notez chaque jour un chiffre clé, comme les pièces produites, et affichez la courbe.",
                "Anote a diario durante un mes una cifra clave, como piezas por día, y publique el gráfico."
            ),
        },
        Question {
            id: "m1.joint-problem-solving",
            prompt: t!(
                "When a problem arises, do managers and the workers concerned solve it together?",
                "Face à un problème, direction et personnel concerné le règlent-ils ensemble ?",
                "Ante un problema, ¿lo resuelven juntos la dirección y el personal afectado?"
            ),
            practice: t!(
                "joint problem solving by managers and the workers concerned",
                "la résolution des problèmes en commun avec le personnel concerné",
                "la resolución conjunta de problemas con el personal afectado"
            ),
            help: t!(
                "Yes means those who do the job are asked for causes and ideas before deciding.",
                "Oui si l'on consulte ceux qui font le travail sur causes et idées avant de décider.",
                "Sí significa pedir causas e ideas a quien hace el trabajo antes de decidir."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "At the next stoppage, gather those involved for ten minutes to find the cause and a fix.",
                "Au prochain blocage, réunissez dix minutes les personnes concernées pour trouver cause et remède.",
                "En la próxima parada, reúna diez minutos a los implicados para hallar la causa y una solución."
            ),
        },
        Question {
            id: "m1.improvement-plan",
            prompt: t!(
                "Is there a written improvement plan with actions, people responsible and deadlines?",
                "Y a-t-il un plan d'amélioration écrit avec actions, responsables et échéances ?",
                "¿Hay un plan de mejora escrito con acciones, responsables y plazos?"
            ),
            practice: t!(
                "a written improvement plan with people responsible and deadlines",
                "le plan d'amélioration écrit avec responsables et échéances",
                "un plan de mejora escrito con responsables y plazos"
            ),
            help: t!(
                "A one-page table is enough if followed up. If nobody checks progress, answer Partly.",
                "Un tableau d'une page suffit s'il est suivi. Si nul n'en vérifie l'avancement, répondez En partie.",
                "Basta una tabla de una página si se sigue. Si nadie revisa el avance, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "List three problems to fix, each with an action, a person in charge and a date; review monthly.",
                "Notez trois problèmes à régler, chacun avec action, responsable et date ; revoyez-les chaque mois.",
                "Anote tres problemas a resolver, cada uno con acción, responsable y fecha; revise la lista cada mes."
            ),
        },
    ],
    indicators: &[
        Indicator {
            id: "m1.suggestions-made",
            label: t!(
                "Suggestions made",
                "Suggestions déposées",
                "Sugerencias presentadas"
            ),
            unit: t!("per month", "par mois", "al mes"),
            why: t!(
                "A steady flow of ideas shows that workers feel heard.",
                "Un flux régulier d'idées montre que le personnel se sent écouté.",
                "Un flujo constante de ideas muestra que el personal se siente escuchado."
            ),
        },
        Indicator {
            id: "m1.suggestions-implemented",
            label: t!(
                "Suggestions implemented",
                "Suggestions mises en œuvre",
                "Sugerencias aplicadas"
            ),
            unit: t!("per month", "par mois", "al mes"),
            why: t!(
                "Ideas carried out turn cooperation into savings and keep suggestions coming.",
                "Appliquer les idées change la coopération en gains et relance les suggestions.",
                "Las ideas aplicadas convierten la cooperación en ahorros y animan a sugerir más."
            ),
        },
        Indicator {
            id: "m1.meetings-held",
            label: t!(
                "Improvement team meetings held",
                "Réunions tenues par l'équipe d'amélioration",
                "Reuniones del equipo de mejora realizadas"
            ),
            unit: t!("per month", "par mois", "al mes"),
            why: t!(
                "Regular meetings show the team works, not just exists on paper.",
                "Des réunions régulières montrent que l'équipe vit, pas seulement sur le papier.",
                "Las reuniones periódicas prueban que el equipo funciona, no solo en el papel."
            ),
        },
    ],
};

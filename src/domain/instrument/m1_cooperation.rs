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
        "How managers and workers solve problems together through an improvement team, regular meetings and shared figures: the foundation for every other module.",
        "Comment la direction et le personnel résolvent ensemble les problèmes grâce à une équipe d'amélioration, des réunions régulières et des chiffres partagés : le socle de tous les autres modules.",
        "Cómo la dirección y el personal resuelven juntos los problemas mediante un equipo de mejora, reuniones periódicas y cifras compartidas: la base de todos los demás módulos."
    ),
    questions: &[
        Question {
            id: "m1.improvement-team",
            prompt: t!(
                "Is there a team of managers and workers that meets to improve how the workplace runs?",
                "Une équipe réunissant direction et personnel travaille-t-elle à améliorer le fonctionnement de l'entreprise ?",
                "¿Hay un equipo que reúna a la dirección y al personal para mejorar el funcionamiento de la empresa?"
            ),
            practice: t!(
                "a joint improvement team of managers and workers",
                "l'équipe d'amélioration réunissant direction et personnel",
                "un equipo de mejora que reúna a la dirección y al personal"
            ),
            help: t!(
                "SCORE calls it the Enterprise Improvement Team: a few managers and workers who meet regularly, choose problems to work on and follow up actions.",
                "SCORE l'appelle l'équipe d'amélioration de l'entreprise : quelques cadres et membres du personnel qui se réunissent régulièrement, choisissent les problèmes à traiter et suivent les actions.",
                "SCORE lo llama Equipo de Mejora de la Empresa: algunas personas de la dirección y del personal que se reúnen con regularidad, eligen problemas y dan seguimiento a las acciones."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No such team; improvement is left to the owner or managers alone.",
                    "Aucune équipe de ce type : l'amélioration reste l'affaire de la seule direction.",
                    "No existe tal equipo: mejorar queda solo en manos de la dirección."
                ),
                t!(
                    "A team exists on paper or met once, but it does not meet regularly.",
                    "Une équipe existe sur le papier ou s'est réunie une fois, mais pas régulièrement.",
                    "Hay un equipo en el papel o se reunió una vez, pero no se reúne con regularidad."
                ),
                t!(
                    "Managers and workers meet at least monthly and agree on some actions.",
                    "Direction et personnel se réunissent au moins une fois par mois et décident d'actions.",
                    "Dirección y personal se reúnen al menos una vez al mes y acuerdan algunas acciones."
                ),
                t!(
                    "The team meets monthly, follows an action plan and reports results to all staff.",
                    "L'équipe se réunit chaque mois, suit un plan d'action et rend compte à tout le personnel.",
                    "El equipo se reúne cada mes, sigue un plan de acción e informa a todo el personal."
                ),
                t!(
                    "The team leads improvement, rotates members and sets new targets from results.",
                    "L'équipe pilote l'amélioration, renouvelle ses membres et se fixe de nouveaux objectifs.",
                    "El equipo impulsa la mejora, rota a sus integrantes y fija nuevas metas según resultados."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Invite two managers and two or three workers chosen by their colleagues to a one-hour meeting to list the five problems that bother them most.",
                "Invitez deux cadres et deux ou trois membres du personnel choisis par leurs collègues à une réunion d'une heure pour lister les cinq problèmes qui les gênent le plus.",
                "Invite a dos personas de la dirección y a dos o tres del personal, elegidas por sus colegas, a una reunión de una hora para listar los cinco problemas que más les molestan."
            ),
        },
        Question {
            id: "m1.team-meetings",
            prompt: t!(
                "How often do managers and workers meet to discuss work problems and results?",
                "À quelle fréquence la direction et le personnel se réunissent-ils pour parler des problèmes et des résultats du travail ?",
                "¿Con qué frecuencia se reúnen la dirección y el personal para hablar de los problemas y resultados del trabajo?"
            ),
            practice: t!(
                "a routine of regular meetings between managers and workers",
                "la tenue régulière de réunions entre direction et personnel",
                "una rutina de reuniones periódicas entre la dirección y el personal"
            ),
            help: t!(
                "Count short team or shift meetings where workers can speak, not only briefings where instructions are handed out.",
                "Comptez les courtes réunions d'équipe ou de début de poste où le personnel peut s'exprimer, pas seulement celles où l'on donne des consignes.",
                "Cuente las reuniones breves de equipo o de turno en las que el personal puede opinar, no solo aquellas en las que se dan instrucciones."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Managers and workers never meet as a group; instructions only go top-down.",
                    "Direction et personnel ne se réunissent jamais : les consignes descendent, c'est tout.",
                    "Dirección y personal nunca se reúnen; las instrucciones solo bajan de arriba."
                ),
                t!(
                    "Meetings happen only when something goes wrong.",
                    "On ne se réunit que lorsqu'un problème survient.",
                    "Solo hay reuniones cuando algo sale mal."
                ),
                t!(
                    "Meetings are held regularly, but mostly managers talk.",
                    "Des réunions ont lieu régulièrement, mais ce sont surtout les cadres qui parlent.",
                    "Hay reuniones periódicas, pero hablan sobre todo los mandos."
                ),
                t!(
                    "Regular meetings with an agenda; workers raise issues and actions are noted.",
                    "Réunions régulières avec ordre du jour ; le personnel soulève des sujets, les actions sont notées.",
                    "Reuniones periódicas con orden del día; el personal plantea temas y se anotan acciones."
                ),
                t!(
                    "Meetings follow a fixed rhythm, actions are followed up and results shared with all.",
                    "Les réunions suivent un rythme fixe, les actions sont suivies et les résultats partagés.",
                    "Las reuniones tienen un ritmo fijo, las acciones se siguen y los resultados se comparten."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Hold a 15-minute stand-up meeting at the start of one shift each week and note every problem workers raise.",
                "Organisez chaque semaine, en début de poste, une réunion debout de 15 minutes et notez chaque problème soulevé par le personnel.",
                "Haga cada semana, al inicio de un turno, una reunión de pie de 15 minutos y anote cada problema que plantee el personal."
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
                "A box, a form, a slot in meetings or a chat group all count, as long as suggestions are recorded and answered.",
                "Une boîte, un formulaire, un temps en réunion ou un groupe de messagerie conviennent, si les suggestions sont notées et reçoivent une réponse.",
                "Sirven un buzón, un formulario, un espacio en las reuniones o un grupo de mensajería, siempre que las sugerencias se registren y se respondan."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "There is no way for workers to make suggestions.",
                    "Le personnel n'a aucun moyen de faire des suggestions.",
                    "El personal no tiene ninguna forma de hacer sugerencias."
                ),
                t!(
                    "A box or channel exists, but suggestions are rarely read or answered.",
                    "Une boîte ou un canal existe, mais les suggestions sont rarement lues ou traitées.",
                    "Existe un buzón o canal, pero las sugerencias casi nunca se leen ni se responden."
                ),
                t!(
                    "Suggestions are recorded and some are put into practice.",
                    "Les suggestions sont enregistrées et certaines sont mises en œuvre.",
                    "Las sugerencias se registran y algunas se ponen en práctica."
                ),
                t!(
                    "Every idea gets an answer within weeks; good ones are carried out and thanked.",
                    "Chaque idée reçoit une réponse sous quelques semaines ; les bonnes sont appliquées et saluées.",
                    "Cada idea recibe respuesta en pocas semanas; las buenas se aplican y se reconocen."
                ),
                t!(
                    "Suggestions come in every month, most are carried out, and the numbers are shown.",
                    "Des suggestions arrivent chaque mois, la plupart sont appliquées et les chiffres affichés.",
                    "Llegan sugerencias cada mes, la mayoría se aplica y las cifras se publican."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Put up a suggestion box or sheet, promise an answer within two weeks, and post the answers on the notice board.",
                "Installez une boîte ou une feuille à suggestions, promettez une réponse sous deux semaines et affichez les réponses au tableau d'affichage.",
                "Coloque un buzón o una hoja de sugerencias, prometa una respuesta en dos semanas y publique las respuestas en el tablero informativo."
            ),
        },
        Question {
            id: "m1.housekeeping-5s",
            prompt: t!(
                "How tidy and organised are work areas, tools and storage?",
                "Les postes de travail, les outils et les zones de stockage sont-ils rangés et organisés ?",
                "¿Están ordenados y organizados los puestos de trabajo, las herramientas y los almacenes?"
            ),
            practice: t!(
                "5S housekeeping (sort, set in order, shine, standardise, sustain)",
                "la pratique des 5S (trier, ranger, nettoyer, standardiser, maintenir)",
                "la práctica de las 5S (clasificar, ordenar, limpiar, estandarizar, mantener)"
            ),
            help: t!(
                "5S means: sort out what is not needed, give everything a marked place, clean, agree simple rules, and keep it up.",
                "Les 5S : trier ce qui est inutile, donner à chaque chose une place marquée, nettoyer, fixer des règles simples et les faire durer.",
                "Las 5S consisten en separar lo que no se necesita, dar a cada cosa un lugar marcado, limpiar, acordar reglas sencillas y mantenerlas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Aisles blocked, tools hard to find, unused items and scrap lying around.",
                    "Allées encombrées, outils introuvables, objets inutiles et déchets qui traînent.",
                    "Pasillos bloqueados, herramientas difíciles de encontrar, objetos sin uso y restos por el suelo."
                ),
                t!(
                    "Clean-ups happen before visits or audits, then things slide back.",
                    "On range avant les visites ou les audits, puis le désordre revient.",
                    "Se ordena antes de visitas o auditorías y luego todo vuelve a estar como antes."
                ),
                t!(
                    "Unneeded items removed; most tools and materials have a place.",
                    "L'inutile a été retiré ; la plupart des outils et matières ont leur place.",
                    "Se retiró lo innecesario; casi todas las herramientas y materiales tienen su lugar."
                ),
                t!(
                    "Marked places for everything, cleaning schedules and regular 5S checks.",
                    "Emplacements marqués pour tout, plannings de nettoyage et contrôles 5S réguliers.",
                    "Lugares marcados para todo, turnos de limpieza y revisiones 5S periódicas."
                ),
                t!(
                    "Workers keep 5S up themselves; checks are scored, shown and improved on.",
                    "Le personnel fait vivre les 5S de lui-même ; les contrôles sont notés et affichés.",
                    "El personal mantiene las 5S por sí mismo; las revisiones se puntúan y se publican."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Pick one work area, spend an hour with its team removing everything not used in the last month, and mark a place for what stays.",
                "Choisissez une zone, passez une heure avec son équipe à retirer tout ce qui n'a pas servi depuis un mois et marquez une place pour ce qui reste.",
                "Elija una zona de trabajo, dedique una hora con su equipo a retirar todo lo que no se usó en el último mes y marque un lugar para lo que se queda."
            ),
        },
        Question {
            id: "m1.notice-board",
            prompt: t!(
                "Is there a notice board or similar place where everyone can see news, targets and results?",
                "Existe-t-il un tableau d'affichage ou un équivalent où chacun voit les nouvelles, les objectifs et les résultats ?",
                "¿Hay un tablero informativo o un lugar similar donde todos puedan ver noticias, metas y resultados?"
            ),
            practice: t!(
                "a notice board with up-to-date news, targets and results",
                "le tableau d'affichage tenu à jour (nouvelles, objectifs, résultats)",
                "un tablero informativo al día con noticias, metas y resultados"
            ),
            help: t!(
                "Answer yes only if it is kept up to date and workers actually read it; a screen or chat group also counts.",
                "Répondez oui seulement s'il est tenu à jour et réellement lu par le personnel ; un écran ou un groupe de messagerie compte aussi.",
                "Responda sí solo si está al día y el personal realmente lo lee; una pantalla o un grupo de mensajería también cuentan."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Put a board near the entrance or canteen, post this month's output, one target and the answers to suggestions, and update it every week.",
                "Placez un tableau près de l'entrée ou de la cantine, affichez la production du mois, un objectif et les réponses aux suggestions, et mettez-le à jour chaque semaine.",
                "Ponga un tablero cerca de la entrada o del comedor con la producción del mes, una meta y las respuestas a las sugerencias, y actualícelo cada semana."
            ),
        },
        Question {
            id: "m1.performance-measurement",
            prompt: t!(
                "Does the firm measure a few key figures (output, quality, delays) and use them to improve?",
                "L'entreprise mesure-t-elle quelques chiffres clés (production, qualité, retards) et s'en sert-elle pour progresser ?",
                "¿Mide la empresa algunas cifras clave (producción, calidad, retrasos) y las usa para mejorar?"
            ),
            practice: t!(
                "regular measuring of key figures to guide improvement",
                "le suivi régulier de chiffres clés pour guider l'amélioration",
                "la medición periódica de cifras clave para orientar la mejora"
            ),
            help: t!(
                "Key figures are numbers tracked over time, such as pieces per day, defects or late orders, so you can see whether changes work.",
                "Les chiffres clés sont des données suivies dans le temps, comme les pièces par jour, les défauts ou les commandes en retard, pour voir si les changements marchent.",
                "Las cifras clave son datos que se siguen en el tiempo, como piezas por día, defectos o pedidos atrasados, para ver si los cambios funcionan."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No figures are recorded beyond sales and wages.",
                    "Aucun chiffre n'est suivi en dehors des ventes et des salaires.",
                    "No se registra ninguna cifra aparte de ventas y salarios."
                ),
                t!(
                    "Some figures are recorded, but nobody looks at them.",
                    "Certains chiffres sont notés, mais personne ne les regarde.",
                    "Se registran algunas cifras, pero nadie las mira."
                ),
                t!(
                    "Managers review a few figures monthly; workers rarely see them.",
                    "La direction examine quelques chiffres chaque mois ; le personnel les voit rarement.",
                    "La dirección revisa algunas cifras cada mes; el personal casi nunca las ve."
                ),
                t!(
                    "Key figures are charted, shared with teams and discussed in meetings.",
                    "Les chiffres clés sont mis en graphique, partagés avec les équipes et discutés en réunion.",
                    "Las cifras clave se grafican, se comparten con los equipos y se comentan en reuniones."
                ),
                t!(
                    "Figures are used to set targets and to check the effect of every change.",
                    "Les chiffres servent à fixer des objectifs et à vérifier l'effet de chaque changement.",
                    "Las cifras sirven para fijar metas y comprobar el efecto de cada cambio."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Choose one figure that matters, such as pieces per day or late orders, record it daily for a month and pin the chart where workers can see it.",
                "Choisissez un chiffre qui compte, comme les pièces par jour ou les commandes en retard, notez-le chaque jour pendant un mois et affichez le graphique à la vue du personnel.",
                "Elija una cifra importante, como piezas por día o pedidos atrasados, anótela a diario durante un mes y publique el gráfico donde el personal lo vea."
            ),
        },
        Question {
            id: "m1.joint-problem-solving",
            prompt: t!(
                "When a problem comes up, do managers and the workers concerned look for a solution together?",
                "Quand un problème survient, la direction et le personnel concerné cherchent-ils une solution ensemble ?",
                "Cuando surge un problema, ¿buscan juntos una solución la dirección y el personal afectado?"
            ),
            practice: t!(
                "joint problem solving by managers and the workers concerned",
                "la résolution des problèmes en commun avec le personnel concerné",
                "la resolución conjunta de problemas con el personal afectado"
            ),
            help: t!(
                "Yes means the people who do the job are asked about causes and ideas before a decision, not just told the answer.",
                "Oui signifie qu'on demande les causes et des idées aux personnes qui font le travail avant de décider, au lieu de leur imposer la solution.",
                "Sí significa que se pide causas e ideas a quienes hacen el trabajo antes de decidir, en lugar de solo comunicarles la solución."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Next time a problem stops work, gather the people involved for ten minutes and ask them what caused it and what they would change.",
                "La prochaine fois qu'un problème arrête le travail, réunissez dix minutes les personnes concernées et demandez-leur la cause et ce qu'elles changeraient.",
                "La próxima vez que un problema detenga el trabajo, reúna diez minutos a las personas implicadas y pregúnteles qué lo causó y qué cambiarían."
            ),
        },
        Question {
            id: "m1.improvement-plan",
            prompt: t!(
                "Is there a written improvement plan with actions, people responsible and deadlines?",
                "Existe-t-il un plan d'amélioration écrit, avec des actions, des responsables et des échéances ?",
                "¿Hay un plan de mejora escrito con acciones, responsables y plazos?"
            ),
            practice: t!(
                "a written improvement plan with people responsible and deadlines",
                "le plan d'amélioration écrit avec responsables et échéances",
                "un plan de mejora escrito con responsables y plazos"
            ),
            help: t!(
                "A one-page table is enough if it is followed up. If a plan exists but nobody checks progress, answer Partly.",
                "Un tableau d'une page suffit s'il est suivi. Si un plan existe mais que personne n'en vérifie l'avancement, répondez En partie.",
                "Basta una tabla de una página si se le da seguimiento. Si hay un plan pero nadie revisa su avance, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Write the three problems your team most wants to fix on one sheet, each with one action, one person responsible and a date, and review it monthly.",
                "Écrivez sur une feuille les trois problèmes que l'équipe veut le plus résoudre, chacun avec une action, un responsable et une date, et faites le point chaque mois.",
                "Escriba en una hoja los tres problemas que el equipo más quiere resolver, cada uno con una acción, una persona responsable y una fecha, y revísela cada mes."
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
                "A steady flow of suggestions shows that workers trust their ideas are wanted.",
                "Un flux régulier de suggestions montre que le personnel sent que ses idées sont attendues.",
                "Un flujo constante de sugerencias muestra que el personal confía en que sus ideas importan."
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
                "Ideas that are carried out turn cooperation into savings and keep suggestions coming.",
                "Les idées appliquées transforment la coopération en gains et entretiennent le flux de suggestions.",
                "Las ideas aplicadas convierten la cooperación en ahorros y mantienen vivas las sugerencias."
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
                "Regular meetings are the clearest sign that the improvement team works rather than exists on paper.",
                "Des réunions régulières sont le signe le plus net que l'équipe d'amélioration fonctionne, et pas seulement sur le papier.",
                "Las reuniones periódicas son la señal más clara de que el equipo de mejora funciona y no solo existe en el papel."
            ),
        },
    ],
};

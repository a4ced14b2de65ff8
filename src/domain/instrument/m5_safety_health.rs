//! Module 5, Safety and Health at Work: risk assessment and accident records
//! carry the most weight; the rest covers the committee, equipment,
//! emergencies, working conditions, welfare and the law.

use crate::domain::model::{Indicator, Module, ModuleId, Question, Scale};
use crate::t;

pub const MODULE: Module = Module {
    id: ModuleId::SafetyHealth,
    title: t!(
        "Safety and Health at Work",
        "Sécurité et santé au travail",
        "Seguridad y salud en el trabajo"
    ),
    summary: t!(
        "How to find and control hazards together with workers, record accidents and near misses, and make the workplace safer and healthier as a basis for productivity.",
        "Comment repérer et maîtriser les dangers avec le personnel, enregistrer accidents et presque-accidents, et rendre le lieu de travail plus sûr et plus sain, base de la productivité.",
        "Cómo identificar y controlar los peligros junto con el personal, registrar accidentes y casi accidentes, y hacer el lugar de trabajo más seguro y saludable como base de la productividad."
    ),
    questions: &[
        Question {
            id: "m5.risk-assessment",
            prompt: t!(
                "Has the firm checked every work area for hazards and decided how to control them?",
                "L'entreprise a-t-elle passé en revue chaque zone de travail pour repérer les dangers et décider comment les maîtriser ?",
                "¿Ha revisado la empresa cada zona de trabajo para identificar los peligros y decidir cómo controlarlos?"
            ),
            practice: t!(
                "a risk assessment of every work area",
                "l'évaluation des risques de chaque zone de travail",
                "una evaluación de riesgos de cada zona de trabajo"
            ),
            help: t!(
                "A hazard is anything that can cause harm, such as machines, chemicals, noise or heavy loads. A risk assessment rates how likely and how serious the harm is, and sets controls.",
                "Un danger est tout ce qui peut nuire : machines, produits chimiques, bruit, charges lourdes. L'évaluation des risques estime la probabilité et la gravité du dommage, et fixe des mesures.",
                "Un peligro es todo lo que puede causar daño: máquinas, productos químicos, ruido, cargas pesadas. La evaluación de riesgos estima la probabilidad y la gravedad del daño, y fija medidas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Hazards are not looked at; accidents are seen as bad luck.",
                    "Personne n'examine les dangers ; les accidents passent pour de la malchance.",
                    "Nadie analiza los peligros; los accidentes se ven como mala suerte."
                ),
                t!(
                    "Hazards are dealt with only after an accident or an inspection.",
                    "Les dangers ne sont traités qu'après un accident ou une inspection.",
                    "Los peligros solo se atienden tras un accidente o una inspección."
                ),
                t!(
                    "A list of hazards exists for the main areas, with some controls in place.",
                    "Une liste des dangers existe pour les zones principales, avec quelques mesures.",
                    "Hay una lista de peligros de las zonas principales, con algunas medidas aplicadas."
                ),
                t!(
                    "Every area is assessed with workers; controls are set and reviewed yearly.",
                    "Chaque zone est évaluée avec le personnel ; les mesures sont fixées et revues chaque année.",
                    "Cada zona se evalúa con el personal; las medidas se fijan y se revisan cada año."
                ),
                t!(
                    "Assessments are updated whenever the work changes, and risks keep falling.",
                    "L'évaluation est mise à jour à chaque changement du travail, et les risques diminuent.",
                    "La evaluación se actualiza cada vez que cambia el trabajo y los riesgos siguen bajando."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Walk one work area with a supervisor and two workers, list everything that could hurt someone, and agree on one fix for the most serious item.",
                "Parcourez une zone avec un responsable et deux membres du personnel, listez tout ce qui pourrait blesser quelqu'un et convenez d'une mesure pour le danger le plus grave.",
                "Recorra una zona con un mando y dos personas que trabajen allí, liste todo lo que podría lastimar a alguien y acuerden una medida para el peligro más grave."
            ),
        },
        Question {
            id: "m5.safety-committee",
            prompt: t!(
                "Is there a safety and health committee where managers and workers meet?",
                "Existe-t-il un comité de sécurité et santé où se réunissent direction et personnel ?",
                "¿Existe un comité de seguridad y salud en el que se reúnan la dirección y el personal?"
            ),
            practice: t!(
                "a joint safety and health committee",
                "le comité mixte de sécurité et santé",
                "un comité mixto de seguridad y salud"
            ),
            help: t!(
                "Joint means the workers' members are chosen by workers, not only appointed by management. In a small firm the improvement team can play this role.",
                "Mixte signifie que les membres du personnel sont choisis par leurs collègues, pas seulement nommés par la direction. Dans une petite entreprise, l'équipe d'amélioration peut jouer ce rôle.",
                "Mixto significa que los miembros del personal los eligen sus colegas, no solo los nombra la dirección. En una empresa pequeña, el equipo de mejora puede cumplir esta función."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No committee; safety is left to management or to each worker.",
                    "Aucun comité ; la sécurité est laissée à la direction ou à chacun.",
                    "No hay comité; la seguridad queda en manos de la dirección o de cada persona."
                ),
                t!(
                    "A committee exists on paper or meets only after serious accidents.",
                    "Un comité existe sur le papier ou ne se réunit qu'après un accident grave.",
                    "Hay un comité en el papel o solo se reúne tras accidentes graves."
                ),
                t!(
                    "The committee meets a few times a year and discusses incidents.",
                    "Le comité se réunit quelques fois par an et examine les incidents.",
                    "El comité se reúne unas pocas veces al año y analiza los incidentes."
                ),
                t!(
                    "It meets monthly, inspects the workplace and follows up its actions.",
                    "Il se réunit chaque mois, inspecte les lieux et suit ses actions.",
                    "Se reúne cada mes, inspecciona el lugar de trabajo y da seguimiento a sus acciones."
                ),
                t!(
                    "Elected worker members lead inspections, and the committee's results are shared.",
                    "Des membres élus par le personnel mènent les inspections, et les résultats sont partagés.",
                    "Miembros elegidos por el personal dirigen las inspecciones y los resultados se comparten."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Ask workers to choose two colleagues to join two managers on a monthly 30-minute safety walk, and post what they find.",
                "Demandez au personnel de choisir deux collègues qui accompagneront deux cadres lors d'une visite de sécurité mensuelle de 30 minutes, et affichez les constats.",
                "Pida al personal que elija a dos colegas para acompañar a dos mandos en un recorrido mensual de seguridad de 30 minutos, y publique lo que encuentren."
            ),
        },
        Question {
            id: "m5.accident-recording",
            prompt: t!(
                "Are accidents and near misses written down and looked into?",
                "Les accidents et les presque-accidents sont-ils consignés et analysés ?",
                "¿Se registran y analizan los accidentes y los casi accidentes?"
            ),
            practice: t!(
                "regular recording of accidents and near misses",
                "l'enregistrement systématique des accidents et presque-accidents",
                "el registro sistemático de accidentes y casi accidentes"
            ),
            help: t!(
                "A near miss is an event that could have hurt someone but did not, such as a box falling next to a worker. Reporting them prevents the next accident.",
                "Un presque-accident est un événement qui aurait pu blesser quelqu'un sans le faire, comme une caisse qui tombe à côté d'une personne. Les signaler évite le prochain accident.",
                "Un casi accidente es un hecho que pudo lastimar a alguien pero no lo hizo, como una caja que cae junto a una persona. Informar de ellos evita el próximo accidente."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No accident records; injured workers are simply treated or sent home.",
                    "Aucun registre ; la personne blessée est simplement soignée ou renvoyée chez elle.",
                    "No hay registro; a la persona herida solo se la atiende o se la manda a casa."
                ),
                t!(
                    "Only serious accidents are recorded, as the law requires.",
                    "Seuls les accidents graves sont consignés, comme l'exige la loi.",
                    "Solo se registran los accidentes graves, como exige la ley."
                ),
                t!(
                    "All accidents are recorded; their causes are sometimes discussed.",
                    "Tous les accidents sont consignés ; leurs causes sont parfois discutées.",
                    "Se registran todos los accidentes; a veces se comentan sus causas."
                ),
                t!(
                    "Accidents and near misses are recorded and investigated, and causes are fixed.",
                    "Accidents et presque-accidents sont consignés, analysés, et leurs causes supprimées.",
                    "Accidentes y casi accidentes se registran, se investigan y se eliminan sus causas."
                ),
                t!(
                    "Workers report near misses freely; figures are posted and trends drive action.",
                    "Le personnel signale librement les presque-accidents ; les chiffres affichés guident l'action.",
                    "El personal informa libremente de casi accidentes; las cifras se publican y guían acciones."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Start an accident and near-miss logbook at the first-aid point (date, place, what happened, why, what was done) and review it every month.",
                "Ouvrez au poste de secours un registre des accidents et presque-accidents (date, lieu, faits, cause, mesure prise) et relisez-le chaque mois.",
                "Abra junto al botiquín un registro de accidentes y casi accidentes (fecha, lugar, qué pasó, por qué, qué se hizo) y revíselo cada mes."
            ),
        },
        Question {
            id: "m5.protective-equipment",
            prompt: t!(
                "Do workers get suitable protective equipment free of charge, and do they wear it?",
                "Le personnel reçoit-il gratuitement des équipements de protection adaptés, et les porte-t-il ?",
                "¿Recibe el personal gratis un equipo de protección adecuado, y lo usa?"
            ),
            practice: t!(
                "free, suitable protective equipment that is actually worn",
                "le port d'équipements de protection adaptés et gratuits",
                "el uso de equipo de protección adecuado y gratuito"
            ),
            help: t!(
                "Protective equipment (gloves, masks, ear plugs, safety shoes) is the last line of defence: it should fit, be replaced when worn out and be used every time.",
                "Les équipements de protection individuelle (gants, masques, bouchons d'oreilles, chaussures de sécurité) sont le dernier rempart : ils doivent être adaptés, remplacés quand ils sont usés et portés à chaque fois.",
                "El equipo de protección personal (guantes, mascarillas, tapones, calzado de seguridad) es la última barrera: debe ajustarse bien, reponerse cuando se gaste y usarse siempre."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Ask workers in each area which protective equipment is uncomfortable or missing, and replace the worst item with a model they have tried on.",
                "Demandez au personnel de chaque zone quels équipements sont inconfortables ou manquants, et remplacez le pire par un modèle essayé par les personnes qui le porteront.",
                "Pregunte al personal de cada zona qué equipo de protección es incómodo o falta, y sustituya el peor por un modelo que hayan probado quienes lo usarán."
            ),
        },
        Question {
            id: "m5.fire-emergency",
            prompt: t!(
                "Is the workplace ready for a fire or other emergency, with clear exits, working extinguishers and drills?",
                "Le lieu de travail est-il prêt pour un incendie ou une autre urgence : issues dégagées, extincteurs en état, exercices ?",
                "¿Está el lugar de trabajo preparado para un incendio u otra emergencia, con salidas despejadas, extintores en buen estado y simulacros?"
            ),
            practice: t!(
                "fire and emergency preparedness",
                "la préparation aux incendies et aux urgences",
                "la preparación ante incendios y emergencias"
            ),
            help: t!(
                "Think of exits unlocked during working hours, alarms, extinguishers that are checked, trained first-aiders and evacuation drills.",
                "Pensez aux issues non verrouillées pendant le travail, aux alarmes, aux extincteurs vérifiés, aux secouristes formés et aux exercices d'évacuation.",
                "Piense en salidas sin llave durante la jornada, alarmas, extintores revisados, personal formado en primeros auxilios y simulacros de evacuación."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Exits are locked or blocked, and extinguishers are missing or out of date.",
                    "Issues verrouillées ou encombrées, extincteurs absents ou périmés.",
                    "Salidas cerradas con llave u obstruidas, extintores ausentes o vencidos."
                ),
                t!(
                    "Extinguishers and exits exist, but nobody checks them and there are no drills.",
                    "Extincteurs et issues existent, mais personne ne les vérifie et il n'y a pas d'exercice.",
                    "Hay extintores y salidas, pero nadie los revisa y no se hacen simulacros."
                ),
                t!(
                    "Exits are clear and equipment is checked, but drills are rare.",
                    "Les issues sont dégagées et le matériel vérifié, mais les exercices sont rares.",
                    "Las salidas están despejadas y el equipo se revisa, pero los simulacros son raros."
                ),
                t!(
                    "Exits, alarms and extinguishers are checked monthly; a drill is held every year.",
                    "Issues, alarmes et extincteurs vérifiés chaque mois ; un exercice d'évacuation par an.",
                    "Salidas, alarmas y extintores se revisan cada mes; se hace un simulacro al año."
                ),
                t!(
                    "Drills on every shift, trained fire wardens and first-aiders, lessons acted on.",
                    "Exercices pour chaque équipe, équipiers incendie et secouristes formés, leçons appliquées.",
                    "Simulacros en cada turno, brigadas de emergencia y socorristas formados, y se aplican las lecciones."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Walk every escape route today, unlock and clear every exit, check the date on each extinguisher, and set a date for an evacuation drill.",
                "Parcourez aujourd'hui chaque voie d'évacuation, déverrouillez et dégagez chaque issue, vérifiez la date de chaque extincteur et fixez la date d'un exercice d'évacuation.",
                "Recorra hoy cada ruta de evacuación, quite la llave y despeje cada salida, revise la fecha de cada extintor y fije la fecha de un simulacro."
            ),
        },
        Question {
            id: "m5.work-environment",
            prompt: t!(
                "Are lighting, ventilation, heat, noise and workstation layout suited to the work done?",
                "L'éclairage, l'aération, la chaleur, le bruit et l'aménagement des postes sont-ils adaptés au travail ?",
                "¿La iluminación, la ventilación, el calor, el ruido y el diseño de los puestos son adecuados para el trabajo?"
            ),
            practice: t!(
                "a comfortable work environment (lighting, ventilation, ergonomics)",
                "le confort des postes de travail (éclairage, aération, ergonomie)",
                "un entorno de trabajo confortable (iluminación, ventilación, ergonomía)"
            ),
            help: t!(
                "Ergonomics means fitting the work to the person: working height, seating, reach, lifting and repetitive movements.",
                "L'ergonomie consiste à adapter le travail à la personne : hauteur de travail, sièges, distances à atteindre, port de charges et gestes répétitifs.",
                "La ergonomía consiste en adaptar el trabajo a la persona: altura de trabajo, asientos, alcances, levantamiento de cargas y movimientos repetitivos."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Poor light, heat, dust or noise and awkward postures are taken as normal.",
                    "Mauvais éclairage, chaleur, poussière, bruit et postures pénibles sont jugés normaux.",
                    "Mala luz, calor, polvo o ruido y posturas forzadas se consideran normales."
                ),
                t!(
                    "Problems are known, but fixed only when someone falls ill or complains.",
                    "Les problèmes sont connus, mais réglés seulement en cas de maladie ou de plainte.",
                    "Los problemas se conocen, pero solo se corrigen si alguien enferma o se queja."
                ),
                t!(
                    "Some improvements have been made, such as extra lights, fans or adjustable seats.",
                    "Quelques améliorations : éclairage d'appoint, ventilateurs ou sièges réglables.",
                    "Se han hecho algunas mejoras, como más luz, ventiladores o asientos regulables."
                ),
                t!(
                    "Conditions are checked regularly with workers and problems fixed by priority.",
                    "Les conditions sont vérifiées avec le personnel et les problèmes traités par priorité.",
                    "Las condiciones se revisan a menudo con el personal y los problemas se corrigen por prioridad."
                ),
                t!(
                    "New workstations are designed with workers; complaints and strains keep falling.",
                    "Les nouveaux postes sont conçus avec le personnel ; plaintes et douleurs diminuent.",
                    "Los nuevos puestos se diseñan con el personal; las quejas y dolencias siguen bajando."
                ),
            ]),
            weight: 1,
            first_step: t!(
                "Ask each team which spot is too dark, hot, noisy or tiring, and fix one cheaply this month, for example by moving a lamp, a fan or a work table.",
                "Demandez à chaque équipe quel endroit est trop sombre, chaud, bruyant ou fatigant, et corrigez-en un à peu de frais ce mois-ci, par exemple en déplaçant une lampe, un ventilateur ou une table.",
                "Pregunte a cada equipo qué lugar es demasiado oscuro, caluroso, ruidoso o agotador, y corrija uno con poco gasto este mes, por ejemplo moviendo una lámpara, un ventilador o una mesa."
            ),
        },
        Question {
            id: "m5.welfare-facilities",
            prompt: t!(
                "Do workers have clean toilets, safe drinking water, a place to eat and first-aid supplies?",
                "Le personnel dispose-t-il de toilettes propres, d'eau potable, d'un lieu pour manger et d'une trousse de secours ?",
                "¿Dispone el personal de baños limpios, agua potable, un lugar para comer y un botiquín de primeros auxilios?"
            ),
            practice: t!(
                "access to decent welfare facilities (toilets, drinking water, eating area)",
                "l'accès à des installations d'hygiène décentes (toilettes, eau potable, coin repas)",
                "el acceso a servicios de bienestar dignos (baños, agua potable, comedor)"
            ),
            help: t!(
                "Count separate toilets for women and men, enough for the number of staff, and a clean place to eat away from machines and chemicals.",
                "Comptez des toilettes séparées pour les femmes et les hommes, en nombre suffisant, et un lieu propre pour manger, à l'écart des machines et des produits chimiques.",
                "Cuente baños separados para mujeres y hombres, suficientes para el personal, y un lugar limpio para comer, lejos de máquinas y productos químicos."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Check toilets, water points and the first-aid box with two workers, fix what is dirty, broken or empty, and agree who checks them each day.",
                "Vérifiez toilettes, points d'eau et trousse de secours avec deux membres du personnel, réparez ce qui est sale, cassé ou vide, et désignez qui les contrôle chaque jour.",
                "Revise con dos colegas los baños, los puntos de agua y el botiquín, arregle lo que esté sucio, roto o vacío y acuerden quién los revisa cada día."
            ),
        },
        Question {
            id: "m5.legal-compliance",
            prompt: t!(
                "Does the firm know the safety and health laws that apply to it, and meet them?",
                "L'entreprise connaît-elle les lois de sécurité et santé qui s'appliquent à elle, et les respecte-t-elle ?",
                "¿Conoce la empresa las leyes de seguridad y salud que le corresponden, y las cumple?"
            ),
            practice: t!(
                "compliance with safety and health law",
                "le respect de la législation sur la sécurité et la santé",
                "el cumplimiento de la ley de seguridad y salud"
            ),
            help: t!(
                "This includes required permits, inspections of boilers and lifts, medical checks and reporting serious accidents. If some gaps are known, answer Partly.",
                "Cela comprend les autorisations requises, l'inspection des chaudières et ascenseurs, les visites médicales et la déclaration des accidents graves. Si des écarts sont connus, répondez En partie.",
                "Incluye los permisos obligatorios, la inspección de calderas y ascensores, los exámenes médicos y la notificación de accidentes graves. Si se conocen carencias, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Ask the labour inspectorate, your business association or a buyer's auditors for the safety checklist for your sector, and tick off where you stand.",
                "Demandez à l'inspection du travail, à votre organisation professionnelle ou à l'équipe d'audit d'un acheteur la liste de contrôle de sécurité de votre secteur, et cochez où vous en êtes.",
                "Pida a la inspección del trabajo, a su gremio o al equipo auditor de un comprador la lista de verificación de seguridad de su sector, y marque en qué punto está."
            ),
        },
    ],
    indicators: &[
        Indicator {
            id: "m5.accidents",
            label: t!(
                "Accidents with injury",
                "Accidents avec blessure",
                "Accidentes con lesión"
            ),
            unit: t!("per year", "par an", "al año"),
            why: t!(
                "Each accident costs treatment, lost work and morale; counting them is the first step to preventing them.",
                "Chaque accident coûte en soins, en travail perdu et en moral ; les compter est le premier pas vers la prévention.",
                "Cada accidente cuesta atención médica, trabajo perdido y ánimo; contarlos es el primer paso para prevenirlos."
            ),
        },
        Indicator {
            id: "m5.lost-days",
            label: t!(
                "Days lost to work injuries",
                "Jours perdus pour accidents du travail",
                "Días perdidos por accidentes de trabajo"
            ),
            unit: t!("days per year", "jours par an", "días al año"),
            why: t!(
                "Lost days show how serious accidents are and what they cost in output and replacement staff.",
                "Les jours perdus montrent la gravité des accidents et leur coût en production et en remplacements.",
                "Los días perdidos muestran la gravedad de los accidentes y lo que cuestan en producción y reemplazos."
            ),
        },
        Indicator {
            id: "m5.near-misses",
            label: t!(
                "Near misses reported",
                "Presque-accidents signalés",
                "Casi accidentes notificados"
            ),
            unit: t!("per month", "par mois", "al mes"),
            why: t!(
                "Many reports are a good sign: each near miss is a free warning to fix a hazard before someone gets hurt.",
                "Beaucoup de signalements, c'est bon signe : chaque presque-accident est un avertissement gratuit pour corriger un danger avant qu'une personne soit blessée.",
                "Muchos avisos son buena señal: cada casi accidente es una advertencia gratuita para corregir un peligro antes de que alguien se lesione."
            ),
        },
    ],
};

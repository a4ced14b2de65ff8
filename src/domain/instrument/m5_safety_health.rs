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
        "How to control hazards with workers and record accidents and near misses: a safer, more productive workplace.",
        "Maîtriser les dangers avec le personnel et consigner accidents et presque-accidents, pour un travail plus sûr et productif.",
        "Cómo controlar los peligros con el personal y registrar accidentes y casi accidentes: un trabajo más seguro y productivo."
    ),
    questions: &[
        Question {
            id: "m5.risk-assessment",
            prompt: t!(
                "Has every work area been checked for hazards, with controls decided?",
                "Chaque zone a-t-elle été examinée pour repérer les dangers et décider des mesures ?",
                "¿Se ha revisado cada zona para identificar peligros y decidir cómo controlarlos?"
            ),
            practice: t!(
                "a risk assessment of every work area",
                "l'évaluation des risques de chaque zone de travail",
                "una evaluación de riesgos de cada zona de trabajo"
            ),
            help: t!(
                "Hazards are anything that can hurt: machines, chemicals, noise, loads. Rate likelihood and severity.",
                "Danger : tout ce qui peut blesser (machines, produits, bruit, charges). Évaluez probabilité et gravité.",
                "Peligro es todo lo que puede dañar (máquinas, químicos, ruido, cargas). Evalúe probabilidad y gravedad."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Nobody looks at hazards; accidents are bad luck.",
                    "Dangers ignorés ; les accidents passent pour de la malchance.",
                    "Nadie mira los peligros; los accidentes son mala suerte."
                ),
                t!(
                    "Hazards tackled only after an accident or inspection.",
                    "Dangers traités seulement après un accident ou une inspection.",
                    "Peligros atendidos solo tras un accidente o inspección."
                ),
                t!(
                    "Main areas have a hazard list and some controls.",
                    "Liste des dangers des zones principales ; quelques mesures.",
                    "Lista de peligros de las zonas principales; algunas medidas."
                ),
                t!(
                    "Every area assessed with workers; controls reviewed yearly.",
                    "Zones évaluées avec le personnel ; mesures revues chaque année.",
                    "Cada zona evaluada con el personal; medidas revisadas cada año."
                ),
                t!(
                    "Updated whenever work changes; risks keep falling.",
                    "Mise à jour à chaque changement ; les risques baissent.",
                    "Se actualiza con cada cambio; los riesgos siguen bajando."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "With a supervisor and two workers, list what could hurt someone in one area; fix the worst.",
                "Avec un responsable et deux collègues, listez ce qui peut blesser dans une zone ; traitez le pire.",
                "Con un mando y dos colegas, liste lo que puede lastimar en una zona y corrija lo más grave."
            ),
        },
        Question {
            id: "m5.safety-committee",
            prompt: t!(
                "Is there a safety and health committee where managers and workers meet?",
                "Existe-t-il un comité de sécurité et santé où se réunissent direction et personnel ?",
                "¿Hay un comité de seguridad y salud donde se reúnan dirección y personal?"
            ),
            practice: t!(
                "a joint safety and health committee",
                "le comité mixte de sécurité et santé",
                "un comité mixto de seguridad y salud"
            ),
            help: t!(
                "Joint: workers choose their own members. In a small firm, the improvement team can do this job.",
                "Mixte : le personnel élit ses membres. En petite entreprise, l'équipe d'amélioration peut suffire.",
                "Mixto: el personal elige a sus miembros. En empresas pequeñas puede hacerlo el equipo de mejora."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No committee; safety left to managers or to each worker.",
                    "Aucun comité ; sécurité laissée à la direction ou à chacun.",
                    "Sin comité; la seguridad queda en la dirección o en cada uno."
                ),
                t!(
                    "A paper committee, meeting only after serious accidents.",
                    "Comité sur le papier, réuni seulement après un accident grave.",
                    "Comité en el papel, o solo se reúne tras accidentes graves."
                ),
                t!(
                    "It meets a few times a year to discuss incidents.",
                    "Il se réunit quelques fois par an et examine les incidents.",
                    "Se reúne pocas veces al año y analiza incidentes."
                ),
                t!(
                    "It meets monthly, inspects and follows up actions.",
                    "Il se réunit chaque mois, inspecte et suit ses actions.",
                    "Se reúne cada mes, inspecciona y da seguimiento a sus acciones."
                ),
                t!(
                    "Elected workers lead inspections; results are shared.",
                    "Élus du personnel en tête des inspections ; résultats partagés.",
                    "Personal elegido dirige inspecciones; se comparten resultados."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Start a monthly 30-minute safety walk by two managers and two workers chosen by peers; post findings.",
                "Chaque mois, 30 min de visite sécurité : deux cadres, deux élus du personnel ; affichez les constats.",
                "Cada mes, recorra 30 minutos la planta con dos mandos y dos representantes; publique lo hallado."
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
                "Near miss: a box falls next to someone, nobody is hurt. Reporting these prevents accidents.",
                "Presque-accident : une caisse tombe près de quelqu'un, sans blessé. Les signaler prévient les accidents.",
                "Casi accidente: cae una caja junto a alguien, sin heridos. Informarlos previene accidentes."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No records; the injured are just treated or sent home.",
                    "Aucun registre ; le blessé est soigné ou renvoyé chez lui.",
                    "Sin registro; al herido se le atiende o se le manda a casa."
                ),
                t!(
                    "Only serious accidents are recorded, as the law requires.",
                    "Seuls les accidents graves sont consignés, comme l'exige la loi.",
                    "Solo se registran los accidentes graves, como exige la ley."
                ),
                t!(
                    "All accidents recorded; causes sometimes discussed.",
                    "Tous les accidents consignés ; causes parfois discutées.",
                    "Se registran todos los accidentes; a veces se ven sus causas."
                ),
                t!(
                    "Accidents and near misses investigated; causes fixed.",
                    "Accidents et presque-accidents analysés ; causes supprimées.",
                    "Accidentes y casi accidentes investigados; causas eliminadas."
                ),
                t!(
                    "Near misses reported freely; figures posted and acted on.",
                    "Presque-accidents signalés sans crainte ; chiffres affichés.",
                    "Casi accidentes notificados sin miedo; cifras publicadas."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Start an accident and near-miss log (date, place, what, why, action) and review it every month.",
                "Ouvrez un registre des accidents et presque-accidents (date, lieu, faits, cause, mesure), relu chaque mois.",
                "Abra un registro de accidentes y casi accidentes (fecha, lugar, qué, por qué, medida); revíselo cada mes."
            ),
        },
        Question {
            id: "m5.protective-equipment",
            prompt: t!(
                "Do workers get suitable protective equipment free, and do they wear it?",
                "Le personnel reçoit-il gratuitement des protections adaptées, et les porte-t-il ?",
                "¿Recibe el personal gratis un equipo de protección adecuado, y lo usa?"
            ),
            practice: t!(
                "free, suitable protective equipment that is actually worn",
                "le port d'équipements de protection adaptés et gratuits",
                "el uso de equipo de protección adecuado y gratuito"
            ),
            help: t!(
                "Gloves, masks, ear plugs, safety shoes: the last defence. They must fit, be renewed and always worn.",
                "Gants, masques, bouchons, chaussures : le dernier rempart, adapté, renouvelé et toujours porté.",
                "Guantes, mascarillas, tapones, calzado: la última barrera; debe ajustar, renovarse y usarse siempre."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Ask workers which protection is missing or uncomfortable; replace the worst with one they tried on.",
                "Demandez au personnel quelle protection manque ou gêne ; remplacez la pire par un modèle essayé.",
                "Pregunte al personal qué protección falta o molesta y cambie la peor por un modelo que hayan probado."
            ),
        },
        Question {
            id: "m5.fire-emergency",
            prompt: t!(
                "Is the site ready for fire or emergencies: clear exits, working extinguishers, drills?",
                "Est-on prêt en cas d'incendie ou d'urgence : issues dégagées, extincteurs, exercices ?",
                "¿Hay preparación ante incendios y emergencias: salidas libres, extintores, simulacros?"
            ),
            practice: t!(
                "fire and emergency preparedness",
                "la préparation aux incendies et aux urgences",
                "la preparación ante incendios y emergencias"
            ),
            help: t!(
                "Exits unlocked during work, alarms, checked extinguishers, trained first-aiders, evacuation drills.",
                "Issues non verrouillées, alarmes, extincteurs vérifiés, secouristes formés, exercices d'évacuation.",
                "Salidas sin llave, alarmas, extintores revisados, socorristas formados y simulacros de evacuación."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Exits locked or blocked; extinguishers missing or expired.",
                    "Issues verrouillées ou encombrées, extincteurs absents ou périmés.",
                    "Salidas cerradas u obstruidas, extintores ausentes o vencidos."
                ),
                t!(
                    "Equipment exists, but is never checked; no drills.",
                    "Matériel présent mais jamais vérifié ; aucun exercice.",
                    "Hay equipo, pero nadie lo revisa; no hay simulacros."
                ),
                t!(
                    "Exits clear, equipment checked, but drills are rare.",
                    "Issues dégagées, matériel vérifié, mais exercices rares.",
                    "Salidas despejadas, equipo revisado, pero pocos simulacros."
                ),
                t!(
                    "Monthly checks of exits and alarms; a drill every year.",
                    "Issues et alarmes vérifiées chaque mois ; un exercice par an.",
                    "Salidas y alarmas revisadas cada mes; un simulacro al año."
                ),
                t!(
                    "Drills on every shift, trained wardens, lessons acted on.",
                    "Exercices par équipe, équipiers formés, leçons appliquées.",
                    "Simulacros por turno, brigadas formadas, lecciones aplicadas."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Today, unlock and clear every exit, check each extinguisher's date and set a date for a drill.",
                "Aujourd'hui, déverrouillez et dégagez les issues, vérifiez la date des extincteurs, fixez un exercice.",
                "Hoy mismo, abra y despeje cada salida, revise la fecha de los extintores y fije un simulacro."
            ),
        },
        Question {
            id: "m5.work-environment",
            prompt: t!(
                "Are light, ventilation, heat, noise and workstation layout right for the work?",
                "Éclairage, aération, chaleur, bruit et postes sont-ils adaptés au travail ?",
                "¿Luz, ventilación, calor, ruido y puestos son adecuados para el trabajo?"
            ),
            practice: t!(
                "a comfortable work environment (lighting, ventilation, ergonomics)",
                "le confort des postes de travail (éclairage, aération, ergonomie)",
                "un entorno de trabajo confortable (iluminación, ventilación, ergonomía)"
            ),
            help: t!(
                "Ergonomics fits the work to the person: working height, seats, reach, lifting, repeated movements.",
                "L'ergonomie adapte le travail à la personne : hauteur, sièges, distances, charges, gestes répétés.",
                "La ergonomía adapta el trabajo a la persona: altura, asientos, alcance, cargas, movimientos repetidos."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Poor light, heat, dust, noise, bad postures seen as normal.",
                    "Mauvais éclairage, chaleur, bruit, postures pénibles jugés normaux.",
                    "Mala luz, calor, ruido o malas posturas se ven como normales."
                ),
                t!(
                    "Problems fixed only when someone falls ill or complains.",
                    "Problèmes réglés seulement en cas de maladie ou de plainte.",
                    "Solo se corrige si alguien enferma o se queja."
                ),
                t!(
                    "Some fixes, such as extra lights, fans or adjustable seats.",
                    "Quelques améliorations : lampes, ventilateurs, sièges réglables.",
                    "Algunas mejoras: más luz, ventiladores, asientos regulables."
                ),
                t!(
                    "Regular checks with workers; problems fixed by priority.",
                    "Contrôles réguliers avec le personnel ; priorités traitées.",
                    "Revisiones periódicas con el personal; se corrige por prioridad."
                ),
                t!(
                    "Workstations designed with workers; strains keep falling.",
                    "Postes conçus avec le personnel ; plaintes et douleurs baissent.",
                    "Puestos diseñados con el personal; quejas y dolencias a la baja."
                ),
            ]),
            weight: 1,
            first_step: t!(
                "Ask teams which spot is too dark, hot, noisy or tiring, and fix one cheaply this month.",
                "Demandez quel poste est trop sombre, chaud, bruyant ou pénible ; corrigez-en un à peu de frais ce mois-ci.",
                "Pregunte qué lugar es demasiado oscuro, caluroso, ruidoso o agotador y corrija uno barato este mes."
            ),
        },
        Question {
            id: "m5.welfare-facilities",
            prompt: t!(
                "Do workers have clean toilets, drinking water, a place to eat and first aid?",
                "Le personnel a-t-il toilettes propres, eau potable, coin repas et trousse de secours ?",
                "¿Tiene el personal baños limpios, agua potable, comedor y botiquín?"
            ),
            practice: t!(
                "access to decent welfare facilities (toilets, drinking water, eating area)",
                "l'accès à des installations d'hygiène décentes (toilettes, eau potable, coin repas)",
                "el acceso a servicios de bienestar dignos (baños, agua potable, comedor)"
            ),
            help: t!(
                "Enough separate toilets for women and men, and a clean place to eat away from machines and chemicals.",
                "Des toilettes séparées femmes-hommes en nombre suffisant, et un coin repas propre, loin des machines.",
                "Baños separados para mujeres y hombres, suficientes, y un comedor limpio lejos de máquinas y químicos."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "With two workers, check toilets, water and first-aid box, fix faults, and name a daily checker.",
                "Avec deux collègues, vérifiez toilettes, eau et trousse, réparez, et nommez qui contrôle chaque jour.",
                "Con dos colegas, revise baños, agua y botiquín, arregle fallos y decida quién los revisa a diario."
            ),
        },
        Question {
            id: "m5.legal-compliance",
            prompt: t!(
                "Does the firm know the safety and health laws that apply to it, and meet them?",
                "L'entreprise connaît-elle et respecte-t-elle ses obligations de sécurité et santé ?",
                "¿Conoce la empresa las leyes de seguridad y salud que le corresponden, y las cumple?"
            ),
            practice: t!(
                "compliance with safety and health law",
                "le respect de la législation sur la sécurité et la santé",
                "el cumplimiento de la ley de seguridad y salud"
            ),
            help: t!(
                "Permits, boiler and lift checks, medical checks, accident reports. If gaps are known, answer Partly.",
                "Permis, chaudières, ascenseurs, visites médicales, accidents déclarés. Écarts connus : répondez En partie.",
                "Permisos, calderas, ascensores, exámenes médicos, aviso de accidentes. Si hay fallos, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Get your sector's safety checklist from the labour inspectorate or business association; tick it off.",
                "Demandez à l'inspection du travail ou à votre fédération la liste de sécurité du secteur ; cochez-la.",
                "Pida a la inspección del trabajo o a su gremio la lista de seguridad del sector y revísela."
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
                "Accidents cost care, lost work and morale; counting them starts prevention.",
                "Un accident coûte soins, travail perdu et moral ; les compter amorce la prévention.",
                "Un accidente cuesta atención, trabajo y ánimo; contarlos inicia la prevención."
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
                "Lost days show how serious accidents are and what they cost in output.",
                "Les jours perdus montrent la gravité des accidents et leur coût en production.",
                "Los días perdidos muestran la gravedad de los accidentes y su costo en producción."
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
                "Many reports are a good sign: each near miss warns before someone is hurt.",
                "Beaucoup de signalements, bon signe : chaque presque-accident avertit avant la blessure.",
                "Muchos avisos son buena señal: cada casi accidente avisa antes de una lesión."
            ),
        },
    ],
};

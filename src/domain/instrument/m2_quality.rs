//! Module 2, Quality: customer requirements, measuring defects, finding root
//! causes and preventing defects rather than inspecting them out.

use crate::domain::model::{Indicator, Module, ModuleId, Question, Scale};
use crate::t;

pub const MODULE: Module = Module {
    id: ModuleId::Quality,
    title: t!(
        "Quality Management",
        "Gestion de la qualité",
        "Gestión de la calidad"
    ),
    summary: t!(
        "How to meet customer requirements: measure defects, find root causes, and prevent defects instead of sorting them out.",
        "Satisfaire les clients : mesurer les défauts, trouver leurs causes profondes, les prévenir plutôt que les trier.",
        "Cómo cumplir los requisitos del cliente: medir defectos, hallar sus causas raíz y prevenirlos en vez de separarlos."
    ),
    questions: &[
        Question {
            id: "m2.customer-requirements",
            prompt: t!(
                "Do those doing the work know exactly what the customer requires?",
                "Ceux qui font le travail savent-ils exactement ce que le client exige ?",
                "¿Saben exactamente quienes hacen el trabajo lo que exige el cliente?"
            ),
            practice: t!(
                "clear knowledge of customer requirements where the work is done",
                "la connaissance des exigences des clients là où se fait le travail",
                "el conocimiento de los requisitos del cliente donde se hace el trabajo"
            ),
            help: t!(
                "Includes specifications, tolerances, packing, delivery dates and buyers' codes of conduct.",
                "Comprend spécifications, tolérances, emballage, délais et codes de conduite des acheteurs.",
                "Incluye especificaciones, tolerancias, embalaje, plazos y códigos de conducta de los compradores."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Requirements are not written down; workers guess.",
                    "Rien d'écrit sur les exigences ; le personnel devine.",
                    "Los requisitos no están escritos; el personal adivina."
                ),
                t!(
                    "Known to sales, but rarely passed on to workstations.",
                    "Connues des ventes, les exigences arrivent rarement aux postes.",
                    "Ventas conoce los requisitos, pero rara vez llegan a los puestos."
                ),
                t!(
                    "Written specifications reach workstations with each order.",
                    "Spécifications écrites transmises aux postes à chaque commande.",
                    "Cada pedido llega a los puestos con especificaciones escritas."
                ),
                t!(
                    "Samples on hand; workers know what the customer wants.",
                    "Échantillons aux postes ; chacun sait ce que veut le client.",
                    "Muestras en los puestos; todos saben qué quiere el cliente."
                ),
                t!(
                    "Teams review customer feedback and update requirements.",
                    "Retours clients étudiés en équipe, exigences mises à jour.",
                    "Los equipos revisan la opinión del cliente y los requisitos."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "For the next order, post key requirements and a photo of acceptable work at the workstations.",
                "Pour la prochaine commande, affichez aux postes les exigences clés et une photo d'un travail conforme.",
                "En el próximo pedido, coloque en los puestos los requisitos clave y una foto de un trabajo aceptable."
            ),
        },
        Question {
            id: "m2.defect-tracking",
            prompt: t!(
                "Are defects, rework and customer returns counted and recorded?",
                "Défauts, retouches et retours clients sont-ils comptés et enregistrés ?",
                "¿Se cuentan y registran defectos, reprocesos y devoluciones de clientes?"
            ),
            practice: t!(
                "regular recording of defects, rework and returns",
                "l'enregistrement régulier des défauts, retouches et retours",
                "el registro periódico de defectos, reprocesos y devoluciones"
            ),
            help: t!(
                "Rework is fixing what was not right the first time. In services, count errors and complaints.",
                "Une retouche corrige ce qui a été raté du premier coup. En services, comptez erreurs et plaintes.",
                "Reproceso es corregir lo que no salió bien a la primera. En servicios, cuente errores y quejas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Defects are fixed or thrown away without being counted.",
                    "Les défauts sont repris ou jetés sans être comptés.",
                    "Los defectos se corrigen o se tiran sin contarlos."
                ),
                t!(
                    "Defects are counted only when a big order is rejected.",
                    "Défauts comptés seulement si une grosse commande est refusée.",
                    "Solo se cuentan si se rechaza un pedido grande."
                ),
                t!(
                    "Defects and rework are recorded daily, but rarely analysed.",
                    "Défauts et retouches notés chaque jour, mais peu analysés.",
                    "Defectos y reprocesos anotados a diario, poco analizados."
                ),
                t!(
                    "Weekly defect charts by type are discussed with workers.",
                    "Taux de défauts par type suivis chaque semaine avec le personnel.",
                    "Tasas de defectos por tipo revisadas cada semana con el personal."
                ),
                t!(
                    "Defect targets are set and the rate keeps falling.",
                    "Objectifs fixés ; le taux de défauts baisse sans cesse.",
                    "Hay metas de defectos y la tasa sigue bajando."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "At the final check, tally the five most common defects on a sheet for two weeks.",
                "Au contrôle final, relevez deux semaines durant les cinq défauts les plus fréquents sur une feuille.",
                "En el control final, anote en una hoja durante dos semanas los cinco defectos más frecuentes."
            ),
        },
        Question {
            id: "m2.root-cause",
            prompt: t!(
                "When a defect recurs, does someone look for its root cause, not just fix it?",
                "Quand un défaut se répète, cherche-t-on sa cause profonde au lieu de le corriger ?",
                "Cuando un defecto se repite, ¿se busca su causa raíz en lugar de solo corregirlo?"
            ),
            practice: t!(
                "root-cause analysis of recurring defects",
                "l'analyse des causes profondes des défauts répétés",
                "el análisis de la causa raíz de los defectos repetidos"
            ),
            help: t!(
                "The real reason behind a problem. Asking why five times, or a fishbone diagram, helps find it.",
                "La vraie raison d'un problème. Les 5 pourquoi ou le diagramme en arête de poisson aident à la trouver.",
                "La verdadera razón de un problema. Los 5 porqués o el diagrama de espina de pescado ayudan a hallarla."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Defects are fixed or blamed on someone; nobody asks why.",
                    "On corrige ou on blâme quelqu'un ; nul ne cherche pourquoi.",
                    "Se corrige o se culpa a alguien; nadie pregunta por qué."
                ),
                t!(
                    "Causes are discussed after big complaints, without method.",
                    "On parle des causes après une grosse réclamation, sans méthode.",
                    "Se habla de las causas tras una queja grave, pero sin método."
                ),
                t!(
                    "Some recurring defects are analysed with the 5 whys.",
                    "Certains défauts répétés sont analysés avec les 5 pourquoi.",
                    "Algunos defectos repetidos se analizan con los 5 porqués."
                ),
                t!(
                    "Major repeat defects are analysed with workers and removed.",
                    "Défauts répétés majeurs analysés avec le personnel et éliminés.",
                    "Defectos repetidos graves analizados con el personal y eliminados."
                ),
                t!(
                    "Root-cause analysis is routine and shared across lines.",
                    "L'analyse des causes est une routine partagée entre lignes.",
                    "El análisis de causas es rutina y se comparte entre líneas."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "For your most frequent defect, ask the team why five times, each time about the last answer.",
                "Pour le défaut le plus fréquent, demandez cinq fois pourquoi à l'équipe, en repartant de chaque réponse.",
                "Para el defecto más frecuente, pregunte al equipo por qué cinco veces, partiendo de cada respuesta."
            ),
        },
        Question {
            id: "m2.pdca",
            prompt: t!(
                "Are improvements tested, checked with figures, then made standard practice?",
                "Les améliorations sont-elles testées, vérifiées par des chiffres, puis généralisées ?",
                "¿Las mejoras se prueban, se verifican con cifras y luego se vuelven la norma?"
            ),
            practice: t!(
                "the Plan-Do-Check-Act improvement cycle",
                "le cycle d'amélioration PDCA (planifier, faire, vérifier, agir)",
                "el ciclo de mejora PHVA (planificar, hacer, verificar, actuar)"
            ),
            help: t!(
                "The Plan-Do-Check-Act cycle: plan a change, try it small, check, then adopt or adjust it.",
                "Le cycle PDCA : planifier un changement, l'essayer en petit, vérifier, puis l'adopter ou l'ajuster.",
                "El ciclo PHVA: planificar un cambio, probarlo en pequeño, verificar y luego adoptarlo o ajustarlo."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Note today's figure, try one small change on one line for two weeks, then compare.",
                "Notez le chiffre actuel, testez un petit changement deux semaines sur une ligne, puis comparez.",
                "Anote la cifra actual, pruebe un cambio pequeño en una línea dos semanas y compare."
            ),
        },
        Question {
            id: "m2.work-instructions",
            prompt: t!(
                "Are clear, up-to-date instructions, in words or pictures, posted for key tasks?",
                "Les tâches clés ont-elles des instructions claires et à jour, écrites ou illustrées ?",
                "¿Tienen las tareas clave instrucciones claras y al día, escritas o con imágenes?"
            ),
            practice: t!(
                "a set of standard work instructions at the workstations",
                "l'affichage de modes opératoires standard aux postes",
                "el uso de instrucciones de trabajo estándar en los puestos"
            ),
            help: t!(
                "Standard instructions set the agreed best way to do a task, with photos, the same for all.",
                "Un mode opératoire fixe la meilleure façon convenue de faire une tâche, photos à l'appui, pour tous.",
                "Un procedimiento estándar fija la mejor forma acordada de hacer una tarea, con fotos, para todos."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Photograph each step of a key task done by your most skilled person; post the sheet at the station.",
                "Photographiez les étapes d'une tâche clé faite par la personne la plus experte ; affichez-les au poste.",
                "Fotografíe cada paso de una tarea clave hecha por la persona más experta; ponga la hoja en el puesto."
            ),
        },
        Question {
            id: "m2.prevention",
            prompt: t!(
                "Is quality checked during the work, or only at the end?",
                "La qualité est-elle contrôlée en cours de travail, ou seulement à la fin ?",
                "¿Se controla la calidad durante el trabajo o solo al final?"
            ),
            practice: t!(
                "quality checking built into every step of the work",
                "le contrôle de la qualité intégré à chaque étape du travail",
                "el control de calidad integrado en cada etapa del trabajo"
            ),
            help: t!(
                "Catching problems at the source: first-piece checks, self-checks, well-set machines.",
                "Détecter les problèmes à la source : première pièce contrôlée, autocontrôle, machines bien réglées.",
                "Detectar los problemas donde nacen: primera pieza revisada, autocontrol, máquinas bien ajustadas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No checks, or defects are found by the customer.",
                    "Aucun contrôle : c'est le client qui trouve les défauts.",
                    "No hay controles, o los defectos los descubre el cliente."
                ),
                t!(
                    "Only a final inspection sorts good from bad.",
                    "Seul un contrôle final trie le bon du mauvais.",
                    "Solo una inspección final separa lo bueno de lo malo."
                ),
                t!(
                    "First-piece checks at some key steps.",
                    "Contrôle de la première pièce à quelques étapes clés.",
                    "Control de la primera pieza en algunos pasos clave."
                ),
                t!(
                    "Workers check their own work and may stop the job.",
                    "Chacun contrôle son travail et peut arrêter en cas de problème.",
                    "Cada persona revisa su trabajo y puede pararlo si algo falla."
                ),
                t!(
                    "Work is set up to prevent errors; final checks shrink.",
                    "Travail conçu pour éviter les erreurs ; contrôle final en baisse.",
                    "Trabajo pensado para evitar errores; menos inspección final."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Where most defects start, compare the first piece of each batch with a sample before going on.",
                "Là où naissent la plupart des défauts, comparez la première pièce de chaque lot à un échantillon.",
                "Donde nacen más defectos, compare la primera pieza de cada lote con una muestra antes de seguir."
            ),
        },
        Question {
            id: "m2.incoming-materials",
            prompt: t!(
                "Are materials and parts from suppliers checked when they arrive?",
                "Les matières et pièces des fournisseurs sont-elles contrôlées à leur arrivée ?",
                "¿Se revisan los materiales y piezas de los proveedores cuando llegan?"
            ),
            practice: t!(
                "a check of supplier materials on arrival",
                "le contrôle des matières des fournisseurs à la réception",
                "el control de los materiales de proveedores a su llegada"
            ),
            help: t!(
                "Checking quantity, labels and samples counts if problems are noted and raised with the supplier.",
                "Vérifier quantités, étiquettes et échantillons suffit si les écarts sont notés et signalés.",
                "Basta revisar cantidades, etiquetas y muestras si se anotan los fallos y se avisa al proveedor."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Check every delivery of your main material against five points for a month; note what you reject.",
                "Un mois durant, contrôlez chaque livraison de matière principale sur cinq points ; notez les refus.",
                "Por un mes, revise cada entrega del material principal con cinco puntos y anote lo rechazado."
            ),
        },
    ],
    indicators: &[
        Indicator {
            id: "m2.defect-rate",
            label: t!(
                "Defect or rework rate",
                "Taux de défauts ou de retouches",
                "Tasa de defectos o reprocesos"
            ),
            unit: t!(
                "% of units produced",
                "% des unités produites",
                "% de las unidades producidas"
            ),
            why: t!(
                "Defects cost material, time and customers; the rate shows where to start.",
                "Les défauts coûtent matières, temps et clients ; le taux montre où agir d'abord.",
                "Los defectos cuestan material, tiempo y clientes; la tasa dice dónde actuar."
            ),
        },
        Indicator {
            id: "m2.customer-returns",
            label: t!(
                "Customer returns",
                "Retours des clients",
                "Devoluciones de clientes"
            ),
            unit: t!(
                "% of units delivered",
                "% des unités livrées",
                "% de las unidades entregadas"
            ),
            why: t!(
                "Returns are the defects customers see, and the likeliest to cost you orders.",
                "Les retours sont les défauts que voit le client, ceux qui coûtent des commandes.",
                "Las devoluciones son los defectos que ve el cliente y los que más pedidos cuestan."
            ),
        },
        Indicator {
            id: "m2.on-time-delivery",
            label: t!(
                "On-time delivery",
                "Livraisons à temps",
                "Entregas a tiempo"
            ),
            unit: t!("% of orders", "% des commandes", "% de los pedidos"),
            why: t!(
                "Buyers judge delivery; late orders often reveal quality or planning problems.",
                "Les acheteurs jugent les délais ; un retard vient souvent de la qualité ou du planning.",
                "El comprador mira los plazos; un retraso suele deberse a la calidad o la planificación."
            ),
        },
    ],
};

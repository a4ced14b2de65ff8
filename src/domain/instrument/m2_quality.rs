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
        "How to meet customer requirements by measuring defects, finding their root causes and preventing them rather than sorting them out at the end.",
        "Comment satisfaire les exigences des clients en mesurant les défauts, en trouvant leurs causes profondes et en les prévenant plutôt qu'en les triant au contrôle final.",
        "Cómo cumplir los requisitos de los clientes midiendo los defectos, hallando sus causas raíz y previniéndolos en lugar de separarlos en la inspección final."
    ),
    questions: &[
        Question {
            id: "m2.customer-requirements",
            prompt: t!(
                "Do the people making the product or service know exactly what the customer requires?",
                "Les personnes qui réalisent le produit ou le service savent-elles exactement ce que le client exige ?",
                "¿Saben exactamente quienes elaboran el producto o prestan el servicio lo que exige el cliente?"
            ),
            practice: t!(
                "clear knowledge of customer requirements where the work is done",
                "la connaissance des exigences des clients là où se fait le travail",
                "el conocimiento de los requisitos del cliente donde se hace el trabajo"
            ),
            help: t!(
                "Requirements include specifications, tolerances, packing, delivery dates and buyers' codes of conduct.",
                "Les exigences comprennent spécifications, tolérances, emballage, délais de livraison et codes de conduite des acheteurs.",
                "Los requisitos incluyen especificaciones, tolerancias, embalaje, plazos de entrega y códigos de conducta de los compradores."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Requirements are in managers' heads or emails; workers guess.",
                    "Les exigences sont dans la tête de la direction ou dans des messages ; le personnel devine.",
                    "Los requisitos están en la cabeza de la dirección o en mensajes; el personal adivina."
                ),
                t!(
                    "Sales or managers know the requirements, but they rarely reach the workstations.",
                    "Les commerciaux ou la direction les connaissent, mais elles arrivent rarement aux postes.",
                    "Ventas o la dirección conocen los requisitos, pero rara vez llegan a los puestos."
                ),
                t!(
                    "Written specifications go with each order to the people doing the work.",
                    "Des spécifications écrites accompagnent chaque commande jusqu'aux postes de travail.",
                    "Cada pedido llega a los puestos de trabajo con especificaciones escritas."
                ),
                t!(
                    "Samples or checklists at workstations; workers can explain what the customer wants.",
                    "Échantillons ou listes de contrôle aux postes ; le personnel sait dire ce que veut le client.",
                    "Muestras o listas de control en los puestos; el personal sabe explicar qué quiere el cliente."
                ),
                t!(
                    "Customer feedback is collected and reviewed, and requirements updated with teams.",
                    "Les retours des clients sont recueillis et analysés, et les exigences revues avec les équipes.",
                    "Se recoge y analiza la opinión de los clientes y los requisitos se revisan con los equipos."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "For your next order, post a one-page sheet at the workstations with the customer's key requirements and a sample or photo of acceptable work.",
                "Pour la prochaine commande, affichez aux postes une fiche d'une page avec les exigences clés du client et un échantillon ou une photo d'un travail conforme.",
                "Para el próximo pedido, coloque en los puestos una hoja de una página con los requisitos clave del cliente y una muestra o foto de un trabajo aceptable."
            ),
        },
        Question {
            id: "m2.defect-tracking",
            prompt: t!(
                "Are defects, rework and customer returns counted and recorded?",
                "Les défauts, les retouches et les retours des clients sont-ils comptés et enregistrés ?",
                "¿Se cuentan y registran los defectos, los reprocesos y las devoluciones de los clientes?"
            ),
            practice: t!(
                "regular recording of defects, rework and returns",
                "l'enregistrement régulier des défauts, retouches et retours",
                "el registro periódico de defectos, reprocesos y devoluciones"
            ),
            help: t!(
                "Rework means fixing something that was not right the first time. In services, count errors and customer complaints.",
                "Une retouche consiste à reprendre ce qui n'était pas bon du premier coup. Dans les services, comptez les erreurs et les réclamations des clients.",
                "Reproceso significa corregir lo que no salió bien a la primera. En los servicios, cuente los errores y las quejas de los clientes."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Defects are fixed or thrown away without being counted.",
                    "Les défauts sont repris ou jetés sans être comptés.",
                    "Los defectos se corrigen o se tiran sin contarlos."
                ),
                t!(
                    "Defects are counted only when a big order is rejected.",
                    "On ne compte les défauts que lorsqu'une grosse commande est refusée.",
                    "Solo se cuentan los defectos cuando se rechaza un pedido grande."
                ),
                t!(
                    "Defects and rework are recorded daily, but rarely analysed.",
                    "Défauts et retouches sont notés chaque jour, mais rarement analysés.",
                    "Defectos y reprocesos se anotan a diario, pero casi nunca se analizan."
                ),
                t!(
                    "Defect rates by type and line are charted weekly and discussed with workers.",
                    "Les taux de défauts par type et par ligne sont suivis chaque semaine avec le personnel.",
                    "Las tasas de defectos por tipo y línea se grafican cada semana y se comentan con el personal."
                ),
                t!(
                    "Defect figures drive targets; trends are reviewed and the rate keeps falling.",
                    "Les chiffres des défauts fixent les objectifs ; les tendances sont revues et le taux baisse.",
                    "Las cifras de defectos fijan metas; se revisan las tendencias y la tasa sigue bajando."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Put a tally sheet at the final check listing the five most common defects, and ask the checkers to mark each case for two weeks.",
                "Placez au contrôle final une feuille de relevé des cinq défauts les plus fréquents et demandez à l'équipe de contrôle de cocher chaque cas pendant deux semaines.",
                "Coloque en el control final una hoja de conteo con los cinco defectos más frecuentes y pida al equipo de control que marque cada caso durante dos semanas."
            ),
        },
        Question {
            id: "m2.root-cause",
            prompt: t!(
                "When a defect keeps coming back, does someone look for its root cause rather than just fixing it?",
                "Quand un défaut se répète, cherche-t-on sa cause profonde au lieu de simplement le corriger ?",
                "Cuando un defecto se repite, ¿se busca su causa raíz en lugar de solo corregirlo?"
            ),
            practice: t!(
                "root-cause analysis of recurring defects",
                "l'analyse des causes profondes des défauts répétés",
                "el análisis de la causa raíz de los defectos repetidos"
            ),
            help: t!(
                "The root cause is the real reason behind a problem. Asking why five times in a row, or sorting possible causes in a fishbone diagram, helps to find it.",
                "La cause profonde est la vraie raison d'un problème. Se demander pourquoi cinq fois de suite, ou classer les causes possibles dans un diagramme en arête de poisson, aide à la trouver.",
                "La causa raíz es la verdadera razón de un problema. Preguntar por qué cinco veces seguidas, u ordenar las causas posibles en un diagrama de espina de pescado, ayuda a encontrarla."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Defects are fixed or blamed on a worker; nobody asks why they happen.",
                    "On corrige ou on blâme quelqu'un ; nul ne cherche pourquoi le défaut survient.",
                    "Se corrige el defecto o se culpa a alguien; nadie pregunta por qué ocurre."
                ),
                t!(
                    "Causes are discussed after big complaints, but without a method.",
                    "On discute des causes après une grosse réclamation, mais sans méthode.",
                    "Se habla de las causas tras una queja grave, pero sin método."
                ),
                t!(
                    "Some recurring defects are analysed with simple tools such as the 5 whys.",
                    "Certains défauts répétés sont analysés avec des outils simples comme les 5 pourquoi.",
                    "Algunos defectos repetidos se analizan con herramientas sencillas como los 5 porqués."
                ),
                t!(
                    "Every major recurring defect is analysed with workers and its cause removed.",
                    "Chaque défaut répété important est analysé avec le personnel et sa cause supprimée.",
                    "Cada defecto repetido importante se analiza con el personal y se elimina su causa."
                ),
                t!(
                    "Root-cause analysis is routine; results are checked and shared across lines.",
                    "L'analyse des causes est une routine ; les résultats sont vérifiés et partagés entre lignes.",
                    "El análisis de causas es rutina; los resultados se verifican y se comparten entre líneas."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Take your most frequent defect, gather the people who do that operation and ask why five times in a row, each time about the last answer, writing each one down.",
                "Prenez le défaut le plus fréquent, réunissez les personnes qui font cette opération et demandez pourquoi cinq fois de suite, chaque fois sur la dernière réponse, en les notant toutes.",
                "Tome el defecto más frecuente, reúna a quienes hacen esa operación y pregunte por qué cinco veces seguidas, cada vez sobre la última respuesta, anotándolas todas."
            ),
        },
        Question {
            id: "m2.pdca",
            prompt: t!(
                "Are improvements tried out, checked with figures and then made the standard way of working?",
                "Les améliorations sont-elles testées, vérifiées par des chiffres, puis adoptées comme méthode standard ?",
                "¿Las mejoras se prueban, se verifican con cifras y luego se adoptan como forma estándar de trabajar?"
            ),
            practice: t!(
                "the Plan-Do-Check-Act improvement cycle",
                "le cycle d'amélioration PDCA (planifier, faire, vérifier, agir)",
                "el ciclo de mejora PHVA (planificar, hacer, verificar, actuar)"
            ),
            help: t!(
                "This is the Plan-Do-Check-Act cycle: plan a change, try it on a small scale, check the results, then adopt it or adjust it and try again.",
                "C'est le cycle PDCA : planifier un changement, l'essayer à petite échelle, vérifier les résultats, puis l'adopter ou l'ajuster et recommencer.",
                "Es el ciclo PHVA: planificar un cambio, probarlo a pequeña escala, verificar los resultados y luego adoptarlo o ajustarlo y volver a probar."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Choose one small change, note today's figure, try the change on one line for two weeks, then compare the figures before deciding.",
                "Choisissez un petit changement, notez le chiffre actuel, testez-le sur une ligne pendant deux semaines, puis comparez les chiffres avant de décider.",
                "Elija un cambio pequeño, anote la cifra actual, pruébelo en una línea durante dos semanas y compare las cifras antes de decidir."
            ),
        },
        Question {
            id: "m2.work-instructions",
            prompt: t!(
                "Are there clear, up-to-date instructions, in words or pictures, for the key tasks at the workstations?",
                "Y a-t-il aux postes des instructions claires et à jour, écrites ou illustrées, pour les tâches clés ?",
                "¿Hay en los puestos instrucciones claras y al día, escritas o con imágenes, para las tareas clave?"
            ),
            practice: t!(
                "a set of standard work instructions at the workstations",
                "l'affichage de modes opératoires standard aux postes",
                "el uso de instrucciones de trabajo estándar en los puestos"
            ),
            help: t!(
                "Standard operating procedures describe the agreed best way to do a task, with photos or drawings where possible, so that everyone does it the same way.",
                "Les modes opératoires standard décrivent la meilleure façon convenue de faire une tâche, si possible avec photos ou dessins, pour que chacun la fasse de la même manière.",
                "Los procedimientos estándar de trabajo describen la mejor forma acordada de hacer una tarea, con fotos o dibujos si es posible, para que todos la hagan igual."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Ask the most experienced person on one key task to show the steps, photograph each one and post the sheet at the workstation.",
                "Demandez à la personne la plus expérimentée sur une tâche clé de montrer les étapes, photographiez chacune et affichez la fiche au poste.",
                "Pida a la persona con más experiencia en una tarea clave que muestre los pasos, fotografíe cada uno y coloque la hoja en el puesto."
            ),
        },
        Question {
            id: "m2.prevention",
            prompt: t!(
                "Is quality checked during the work to prevent defects, or only at the end?",
                "La qualité est-elle contrôlée pendant le travail pour prévenir les défauts, ou seulement à la fin ?",
                "¿Se controla la calidad durante el trabajo para prevenir defectos, o solo al final?"
            ),
            practice: t!(
                "quality checking built into every step of the work",
                "le contrôle de la qualité intégré à chaque étape du travail",
                "el control de calidad integrado en cada etapa del trabajo"
            ),
            help: t!(
                "Prevention means catching problems where they start: first-piece checks, workers checking their own work, machines set up correctly.",
                "Prévenir, c'est détecter les problèmes à la source : contrôle de la première pièce, autocontrôle par le personnel, machines bien réglées.",
                "Prevenir es detectar los problemas donde nacen: control de la primera pieza, autocontrol del personal, máquinas bien ajustadas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No checks, or defects are found by the customer.",
                    "Aucun contrôle, ou les défauts sont découverts par le client.",
                    "No hay controles, o los defectos los descubre el cliente."
                ),
                t!(
                    "Only a final inspection sorts good products from bad ones.",
                    "Seul un contrôle final sépare les bons produits des mauvais.",
                    "Solo una inspección final separa los productos buenos de los malos."
                ),
                t!(
                    "Some checks during the work, such as first-piece checks at key steps.",
                    "Quelques contrôles en cours de travail, comme la première pièce aux étapes clés.",
                    "Hay algunos controles durante el proceso, como la primera pieza en pasos clave."
                ),
                t!(
                    "Workers check their own work and can stop the job when something is wrong.",
                    "Le personnel contrôle son propre travail et peut l'arrêter quand quelque chose cloche.",
                    "El personal revisa su propio trabajo y puede detenerlo cuando algo va mal."
                ),
                t!(
                    "Work is set up so that errors are hard to make; final inspection keeps shrinking.",
                    "Le travail est conçu pour éviter les erreurs ; le contrôle final ne cesse de diminuer.",
                    "El trabajo está pensado para evitar errores; la inspección final es cada vez menor."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "At the step where most defects start, ask the worker to compare the first piece of every batch with a sample before carrying on.",
                "À l'étape où naissent la plupart des défauts, faites comparer la première pièce de chaque lot à un échantillon avant de continuer.",
                "En la etapa donde nacen la mayoría de los defectos, pida comparar la primera pieza de cada lote con una muestra antes de continuar."
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
                "A quick check of quantities, labels and a few samples counts, as long as problems are recorded and raised with the supplier.",
                "Un contrôle rapide des quantités, des étiquettes et de quelques échantillons suffit, si les problèmes sont notés et signalés au fournisseur.",
                "Basta una revisión rápida de cantidades, etiquetas y algunas muestras, siempre que los problemas se anoten y se comuniquen al proveedor."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Write a five-point checklist for your main material and use it on every delivery for a month, noting what you reject.",
                "Rédigez une liste de contrôle de cinq points pour votre principale matière et appliquez-la à chaque livraison pendant un mois, en notant les refus.",
                "Redacte una lista de control de cinco puntos para su material principal y úsela en cada entrega durante un mes, anotando lo que rechaza."
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
                "Every defect costs material, time and sometimes a customer; the rate shows where improvement pays most.",
                "Chaque défaut coûte des matières, du temps et parfois un client ; le taux montre où l'amélioration rapporte le plus.",
                "Cada defecto cuesta material, tiempo y a veces un cliente; la tasa muestra dónde mejorar rinde más."
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
                "Returns are the defects your customers see, and the ones most likely to cost you orders.",
                "Les retours sont les défauts que voient vos clients, et ceux qui risquent le plus de vous coûter des commandes.",
                "Las devoluciones son los defectos que ven sus clientes y los que más pueden costarle pedidos."
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
                "Buyers rate suppliers on delivery, and late orders often point to quality and planning problems upstream.",
                "Les acheteurs jugent leurs fournisseurs sur les délais, et les retards révèlent souvent des problèmes de qualité et de planification en amont.",
                "Los compradores evalúan a sus proveedores por los plazos, y los retrasos suelen revelar problemas de calidad y planificación previos."
            ),
        },
    ],
};

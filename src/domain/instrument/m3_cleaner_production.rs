//! Module 3, Cleaner Production: resource use per unit of output, waste,
//! chemicals, leaks and the low-cost measures that cut them.

use crate::domain::model::{Indicator, Module, ModuleId, Question, Scale};
use crate::t;

pub const MODULE: Module = Module {
    id: ModuleId::CleanerProduction,
    title: t!(
        "Cleaner Production",
        "Production plus propre",
        "Producción más limpia"
    ),
    summary: t!(
        "How to cut energy, water, material and chemical costs: track use per unit and stop waste, mostly at little or no cost.",
        "Réduire les coûts d'énergie, d'eau, de matières et de produits chimiques : suivi par unité, moins de gaspillage, à peu de frais.",
        "Cómo reducir con poco gasto el costo de energía, agua, materiales y químicos: consumo por unidad y menos desperdicio."
    ),
    questions: &[
        Question {
            id: "m3.energy-tracking",
            prompt: t!(
                "Does the firm track its electricity and fuel use per unit of output?",
                "Suit-on la consommation d'électricité et de combustible par unité produite ?",
                "¿Sigue la empresa cuánta electricidad y combustible usa por unidad producida?"
            ),
            practice: t!(
                "tracking of energy use per unit of output",
                "le suivi de la consommation d'énergie par unité produite",
                "el seguimiento del consumo de energía por unidad producida"
            ),
            help: t!(
                "A unit is what you sell (pieces, kilos, meals, room-nights); per-unit figures show efficiency.",
                "L'unité est ce que vous vendez (pièces, kilos, repas, nuitées) ; par unité, on voit les progrès.",
                "La unidad es lo que vende (piezas, kilos, comidas, noches de hotel); por unidad se ve la eficiencia."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Nobody looks at energy use; the bills are just paid.",
                    "Personne ne suit l'énergie ; on paie les factures.",
                    "Nadie mira el consumo; solo se pagan las facturas."
                ),
                t!(
                    "Bills are checked, but not compared with output.",
                    "Factures vérifiées, mais pas rapportées à la production.",
                    "Se revisan las facturas, pero no frente a la producción."
                ),
                t!(
                    "Energy per unit is worked out now and then.",
                    "L'énergie par unité est calculée de temps en temps.",
                    "De vez en cuando se calcula la energía por unidad."
                ),
                t!(
                    "Tracked monthly; big users such as boilers have meters.",
                    "Suivi mensuel ; les gros consommateurs ont un compteur.",
                    "Seguimiento mensual; los grandes consumidores tienen medidor."
                ),
                t!(
                    "Targets are posted and energy per unit falls every year.",
                    "Objectifs affichés ; l'énergie par unité baisse chaque année.",
                    "Con metas visibles; la energía por unidad baja cada año."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Set twelve months of energy bills against monthly output and work out energy per unit.",
                "Rapportez douze mois de factures d'énergie à la production mensuelle : calculez l'énergie par unité.",
                "Compare doce meses de facturas de energía con la producción y calcule la energía por unidad."
            ),
        },
        Question {
            id: "m3.water-tracking",
            prompt: t!(
                "Is water use measured with a meter and compared with output?",
                "L'eau consommée est-elle mesurée au compteur et rapportée à la production ?",
                "¿Se mide el consumo de agua con un medidor y se compara con la producción?"
            ),
            practice: t!(
                "metering of water use per unit of output",
                "le suivi de la consommation d'eau par unité produite",
                "la medición del consumo de agua por unidad producida"
            ),
            help: t!(
                "Include wells and tankers. If water is metered but not compared with output, answer Partly.",
                "Comptez forages et citernes. Eau mesurée mais pas rapportée à la production : répondez En partie.",
                "Incluya pozos y cisternas. Si el agua se mide pero no frente a la producción, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "For a week, read the water meter morning and evening and divide each day's use by its output.",
                "Une semaine durant, relevez le compteur matin et soir ; divisez chaque jour l'eau par la production.",
                "Durante una semana, lea el medidor mañana y tarde y divida el consumo diario entre la producción."
            ),
        },
        Question {
            id: "m3.material-yield",
            prompt: t!(
                "Does the firm know how much of its raw material is lost?",
                "L'entreprise sait-elle quelle part de ses matières premières est perdue ?",
                "¿Sabe la empresa qué parte de su materia prima se pierde?"
            ),
            practice: t!(
                "tracking of material yield and losses",
                "le suivi du rendement matière et des pertes",
                "el seguimiento del rendimiento de materiales y de las pérdidas"
            ),
            help: t!(
                "Yield is the share of bought material in the final product; offcuts, spills and rejects are losses.",
                "Rendement : part des matières achetées qui finit dans le produit ; chutes, fuites et rebuts sont perdus.",
                "Rendimiento: lo comprado que acaba en el producto. Recortes, derrames, mermas y rechazos son pérdidas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Material is used with no count of losses.",
                    "Les matières sont utilisées sans compter les pertes.",
                    "Se usa el material sin contar las pérdidas."
                ),
                t!(
                    "Losses show up only when stock runs short.",
                    "Les pertes ne se voient que quand le stock manque.",
                    "Las pérdidas solo se notan cuando falta inventario."
                ),
                t!(
                    "Material in and product out compared for some orders.",
                    "Matière entrée et produit sorti comparés sur quelques commandes.",
                    "En algunos pedidos se compara material usado y producto."
                ),
                t!(
                    "Yield of main materials tracked; big losses investigated.",
                    "Rendement des matières clés suivi ; grosses pertes analysées.",
                    "Se sigue el rendimiento y se investigan las grandes pérdidas."
                ),
                t!(
                    "Yield targets per product; losses keep falling.",
                    "Objectifs de rendement par produit ; les pertes baissent.",
                    "Metas de rendimiento por producto; las pérdidas siguen bajando."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "For one order, weigh or count material issued and output made, and note where the gap went.",
                "Sur une commande, pesez ou comptez matière sortie et produits finis ; notez où est passé l'écart.",
                "En un pedido, pese o cuente el material entregado y lo producido, y anote adónde fue la diferencia."
            ),
        },
        Question {
            id: "m3.waste-management",
            prompt: t!(
                "Is waste measured, sorted and reduced?",
                "Les déchets sont-ils mesurés, triés et réduits ?",
                "¿Se miden, se separan y se reducen los residuos?"
            ),
            practice: t!(
                "systematic waste management (measuring, sorting, reducing)",
                "la gestion des déchets (mesure, tri, réduction)",
                "la gestión de residuos (medición, separación, reducción)"
            ),
            help: t!(
                "Include scrap, packaging, wastewater and fumes. Selling or reusing counts as reducing.",
                "Incluez rebuts, emballages, eaux usées et fumées. Vendre ou réutiliser compte comme réduire.",
                "Incluya desechos, envases, aguas residuales y humos. Vender o reutilizar cuenta como reducir."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "All waste is mixed in one bin, burned or dumped.",
                    "Déchets mélangés dans une benne, brûlés ou jetés.",
                    "Residuos mezclados en un contenedor, quemados o tirados."
                ),
                t!(
                    "Some waste is sold or reused; nobody knows how much.",
                    "Une partie est vendue ou réutilisée ; nul ne sait combien.",
                    "Algo se vende o reutiliza; nadie sabe cuánto hay."
                ),
                t!(
                    "Main waste types are sorted and their volume noted.",
                    "Les principaux déchets sont triés et leur volume est noté.",
                    "Se separan los residuos principales y se anota su volumen."
                ),
                t!(
                    "Waste weighed monthly by type; biggest sources tackled.",
                    "Pesée mensuelle par type ; actions sur les grosses sources.",
                    "Pesaje mensual por tipo; acciones sobre las fuentes mayores."
                ),
                t!(
                    "Waste avoided at source; what remains is reused or sold.",
                    "Déchets évités à la source ; le reste est réutilisé ou vendu.",
                    "Residuos evitados en origen; el resto se reutiliza o vende."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Set out labelled bins for your three main waste types and weigh each weekly for a month.",
                "Posez des bacs étiquetés pour vos trois grands déchets et pesez-les chaque semaine pendant un mois.",
                "Ponga contenedores rotulados para sus tres residuos principales y péselos cada semana un mes."
            ),
        },
        Question {
            id: "m3.chemicals",
            prompt: t!(
                "Are chemicals labelled, stored safely and measured out, not poured by eye?",
                "Les produits chimiques sont-ils étiquetés, bien stockés et dosés, pas versés au jugé ?",
                "¿Los químicos están etiquetados, bien guardados y se dosifican, no se echan a ojo?"
            ),
            practice: t!(
                "safe, measured use of chemicals",
                "l'usage sûr et dosé des produits chimiques",
                "el uso seguro y dosificado de los productos químicos"
            ),
            help: t!(
                "Dyes, solvents, oils, cleaners and pesticides, each with its safety data sheet at hand.",
                "Teintures, solvants, huiles, détergents, pesticides : chacun avec sa fiche de données de sécurité.",
                "Tintes, solventes, aceites, detergentes y plaguicidas, cada uno con su hoja de datos de seguridad."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "List all chemicals and their storage place, label unmarked containers, put a scale where you mix.",
                "Listez les produits chimiques et leur stockage, étiquetez chaque récipient, mettez un doseur au mélange.",
                "Liste los químicos y su lugar, rotule los envases sin etiqueta y ponga una balanza donde se mezclan."
            ),
        },
        Question {
            id: "m3.leaks-maintenance",
            prompt: t!(
                "Are leaks of water, steam, compressed air or oil found and fixed quickly?",
                "Repère-t-on et répare-t-on vite les fuites d'eau, de vapeur, d'air ou d'huile ?",
                "¿Se detectan y reparan rápido las fugas de agua, vapor, aire comprimido o aceite?"
            ),
            practice: t!(
                "prompt repair of leaks through preventive maintenance",
                "la réparation rapide des fuites grâce à la maintenance préventive",
                "la reparación rápida de fugas mediante el mantenimiento preventivo"
            ),
            help: t!(
                "Preventive maintenance means servicing before breakdowns. A leak soon costs more than its fix.",
                "Maintenance préventive : entretenir avant la panne. Une fuite coûte vite plus que sa réparation.",
                "Mantenimiento preventivo: revisar antes de la avería. Una fuga pronto cuesta más que repararla."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Leaks ignored; machines fixed only when they break.",
                    "Fuites ignorées ; machines réparées seulement en panne.",
                    "Fugas ignoradas; las máquinas solo se reparan al averiarse."
                ),
                t!(
                    "Leaks are fixed when someone complains, often weeks later.",
                    "Fuites réparées sur plainte, souvent des semaines après.",
                    "Fugas reparadas tras una queja, a menudo semanas después."
                ),
                t!(
                    "Workers report leaks; most are fixed within days.",
                    "Le personnel signale les fuites, réparées en quelques jours.",
                    "El personal avisa de fugas; casi todas se reparan en días."
                ),
                t!(
                    "Regular leak checks; a maintenance schedule is followed.",
                    "Recherche régulière des fuites ; calendrier d'entretien suivi.",
                    "Revisión periódica de fugas; plan de mantenimiento cumplido."
                ),
                t!(
                    "Planned maintenance; breakdowns rare, savings tracked.",
                    "Maintenance planifiée, pannes rares, économies suivies.",
                    "Mantenimiento planificado, averías raras, ahorros medidos."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "With two workers, walk the floor while machines are idle, tag every leak and fix the three biggest.",
                "Parcourez l'atelier à l'arrêt avec deux collègues ; marquez les fuites, réparez les trois pires.",
                "Recorra la planta parada con dos colegas, marque cada fuga y repare las tres mayores."
            ),
        },
        Question {
            id: "m3.saving-measures",
            prompt: t!(
                "In the past year, has the firm taken simple steps to save energy, water or materials?",
                "En un an, a-t-on pris des mesures simples pour économiser énergie, eau ou matières ?",
                "En el último año, ¿se tomaron medidas sencillas para ahorrar energía, agua o material?"
            ),
            practice: t!(
                "a habit of low-cost saving measures",
                "la pratique de mesures d'économie peu coûteuses",
                "la aplicación de medidas de ahorro de bajo costo"
            ),
            help: t!(
                "Switching off idle machines, using daylight, insulating hot pipes, reusing rinse water, etc.",
                "Éteindre les machines à l'arrêt, profiter du jour, isoler les tuyaux, réutiliser l'eau de rinçage, etc.",
                "Apagar máquinas sin uso, usar la luz natural, aislar tuberías, reutilizar el agua de enjuague, etc."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Ask each team for one free saving idea, try the best three next month and record the savings.",
                "Recueillez une idée d'économie gratuite par équipe ; testez les trois meilleures et notez les gains.",
                "Pida una idea de ahorro gratis por equipo, pruebe las tres mejores el mes próximo y anote lo ahorrado."
            ),
        },
    ],
    indicators: &[
        Indicator {
            id: "m3.energy-per-unit",
            label: t!(
                "Energy use per unit of output",
                "Énergie consommée par unité produite",
                "Consumo de energía por unidad producida"
            ),
            unit: t!(
                "kWh per unit of output",
                "kWh par unité produite",
                "kWh por unidad producida"
            ),
            why: t!(
                "Energy per unit, not the total bill, shows real efficiency gains.",
                "L'énergie par unité, pas la facture, montre les vrais gains d'efficacité.",
                "La energía por unidad, no la factura, muestra la eficiencia real."
            ),
        },
        Indicator {
            id: "m3.water-per-unit",
            label: t!(
                "Water use per unit of output",
                "Eau consommée par unité produite",
                "Consumo de agua por unidad producida"
            ),
            unit: t!(
                "litres per unit of output",
                "litres par unité produite",
                "litros por unidad producida"
            ),
            why: t!(
                "Water is often paid for three times: to buy, to heat or treat, to dispose of.",
                "L'eau se paie souvent trois fois : à l'achat, au chauffage ou traitement, au rejet.",
                "El agua suele pagarse tres veces: al comprarla, calentarla o tratarla, y desecharla."
            ),
        },
        Indicator {
            id: "m3.material-waste",
            label: t!(
                "Material wasted",
                "Matières perdues",
                "Material desperdiciado"
            ),
            unit: t!(
                "% of raw material used",
                "% des matières utilisées",
                "% del material utilizado"
            ),
            why: t!(
                "Material is usually the biggest cost; every loss avoided goes to profit.",
                "Les matières sont souvent le premier coût ; chaque perte évitée va au bénéfice.",
                "La materia prima suele ser el mayor costo; cada pérdida evitada va a la ganancia."
            ),
        },
        Indicator {
            id: "m3.waste-volume",
            label: t!("Waste volume", "Volume de déchets", "Volumen de residuos"),
            unit: t!("kg per month", "kg par mois", "kg al mes"),
            why: t!(
                "Weighing waste shows its real cost and what could be sold.",
                "Peser les déchets révèle leur coût réel et ce qui pourrait se vendre.",
                "Pesar los residuos revela su costo real y lo que podría venderse."
            ),
        },
    ],
};

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
        "How to cut the cost of energy, water, materials and chemicals by tracking their use per unit and stopping waste, mostly with low- or no-cost measures.",
        "Comment réduire le coût de l'énergie, de l'eau, des matières et des produits chimiques en suivant leur consommation par unité et en évitant le gaspillage, surtout par des mesures peu ou pas coûteuses.",
        "Cómo reducir el costo de la energía, el agua, los materiales y los productos químicos siguiendo su consumo por unidad y evitando el desperdicio, sobre todo con medidas de bajo o ningún costo."
    ),
    questions: &[
        Question {
            id: "m3.energy-tracking",
            prompt: t!(
                "Does the firm track how much electricity and fuel it uses per unit of output?",
                "L'entreprise suit-elle sa consommation d'électricité et de combustible par unité produite ?",
                "¿Sigue la empresa cuánta electricidad y combustible usa por unidad producida?"
            ),
            practice: t!(
                "tracking of energy use per unit of output",
                "le suivi de la consommation d'énergie par unité produite",
                "el seguimiento del consumo de energía por unidad producida"
            ),
            help: t!(
                "A unit of output is what you sell: pieces, kilos, meals or room-nights. Dividing energy use by it shows whether you are becoming more efficient.",
                "L'unité produite est ce que vous vendez : pièces, kilos, repas ou nuitées. Diviser la consommation d'énergie par ce nombre montre si vous gagnez en efficacité.",
                "La unidad producida es lo que usted vende: piezas, kilos, comidas o noches de hotel. Dividir el consumo de energía entre esa cifra muestra si gana eficiencia."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Nobody looks at energy use; the bills are just paid.",
                    "Personne ne s'intéresse à la consommation d'énergie ; on paie les factures.",
                    "Nadie mira el consumo de energía; las facturas simplemente se pagan."
                ),
                t!(
                    "Monthly bills are checked for cost, but not compared with output.",
                    "Les factures mensuelles sont vérifiées, mais pas rapportées à la production.",
                    "Se revisa el importe de las facturas, pero no se compara con la producción."
                ),
                t!(
                    "Energy use per unit of output is worked out now and then.",
                    "La consommation d'énergie par unité produite est calculée de temps en temps.",
                    "De vez en cuando se calcula el consumo de energía por unidad producida."
                ),
                t!(
                    "Energy per unit is tracked monthly, and big users such as boilers are metered.",
                    "L'énergie par unité est suivie chaque mois et les gros consommateurs ont un compteur.",
                    "La energía por unidad se sigue cada mes y los grandes consumidores tienen medidor."
                ),
                t!(
                    "Energy per unit has targets, is shown to teams and falls year after year.",
                    "L'énergie par unité a des objectifs, est affichée et baisse d'année en année.",
                    "La energía por unidad tiene metas, se muestra a los equipos y baja año tras año."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Put the last twelve electricity and fuel bills next to monthly output in one table and work out the energy used per unit for each month.",
                "Mettez les douze dernières factures d'électricité et de combustible à côté de la production mensuelle dans un tableau et calculez l'énergie par unité pour chaque mois.",
                "Ponga en una tabla las últimas doce facturas de electricidad y combustible junto a la producción mensual y calcule la energía por unidad de cada mes."
            ),
        },
        Question {
            id: "m3.water-tracking",
            prompt: t!(
                "Is water use measured with a meter and compared with output?",
                "La consommation d'eau est-elle mesurée par un compteur et rapportée à la production ?",
                "¿Se mide el consumo de agua con un medidor y se compara con la producción?"
            ),
            practice: t!(
                "metering of water use per unit of output",
                "le suivi de la consommation d'eau par unité produite",
                "la medición del consumo de agua por unidad producida"
            ),
            help: t!(
                "Include wells and tanker deliveries. If water is metered or billed but not compared with output, answer Partly.",
                "Incluez les forages et les livraisons par camion-citerne. Si l'eau est comptée ou facturée sans être rapportée à la production, répondez En partie.",
                "Incluya pozos y entregas en camión cisterna. Si el agua se mide o se factura pero no se compara con la producción, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Read the water meter at the start and end of each working day for a week and divide each day's use by that day's output.",
                "Relevez le compteur d'eau au début et à la fin de chaque journée pendant une semaine et divisez la consommation de chaque jour par la production du jour.",
                "Lea el medidor de agua al inicio y al final de cada jornada durante una semana y divida el consumo de cada día entre la producción de ese día."
            ),
        },
        Question {
            id: "m3.material-yield",
            prompt: t!(
                "Does the firm know how much raw material ends up in the product and how much is lost?",
                "L'entreprise sait-elle quelle part des matières premières finit dans le produit et quelle part est perdue ?",
                "¿Sabe la empresa qué parte de la materia prima termina en el producto y cuánta se pierde?"
            ),
            practice: t!(
                "tracking of material yield and losses",
                "le suivi du rendement matière et des pertes",
                "el seguimiento del rendimiento de materiales y de las pérdidas"
            ),
            help: t!(
                "Material yield is the share of purchased material that ends up in what you sell; offcuts, spills, spoilage and rejects are losses.",
                "Le rendement matière est la part des matières achetées qui finit dans ce que vous vendez ; chutes, fuites, produits avariés et rebuts sont des pertes.",
                "El rendimiento de materiales es la parte del material comprado que termina en lo que usted vende; recortes, derrames, mermas y rechazos son pérdidas."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Material is bought and used without any count of losses.",
                    "Les matières sont achetées et utilisées sans aucun comptage des pertes.",
                    "Se compra y se usa material sin contar las pérdidas."
                ),
                t!(
                    "Losses are noticed when stock runs short, but not measured.",
                    "On remarque les pertes quand le stock manque, sans les mesurer.",
                    "Las pérdidas se notan cuando se agota el inventario, pero no se miden."
                ),
                t!(
                    "Material in and product out are compared for some orders.",
                    "Matières entrées et produits sortis sont comparés pour certaines commandes.",
                    "Se compara el material que entra con el producto que sale en algunos pedidos."
                ),
                t!(
                    "Yield is tracked for the main materials and big losses are investigated.",
                    "Le rendement est suivi pour les matières principales et les grosses pertes analysées.",
                    "Se sigue el rendimiento de los materiales principales y se investigan las grandes pérdidas."
                ),
                t!(
                    "Yield targets are set per product, and cutting and handling keep improving.",
                    "Des objectifs de rendement existent par produit ; découpe et manutention progressent.",
                    "Hay metas de rendimiento por producto; el corte y la manipulación mejoran sin cesar."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "For one order, weigh or count the main material issued and the finished output, and note where the difference went.",
                "Pour une commande, pesez ou comptez la matière principale sortie du stock et la production finie, et notez où est passée la différence.",
                "En un pedido, pese o cuente el material principal entregado y la producción terminada, y anote adónde fue la diferencia."
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
                "Include scrap, packaging, wastewater and fumes. Selling or reusing waste counts as reducing it.",
                "Incluez rebuts, emballages, eaux usées et fumées. Vendre ou réutiliser des déchets compte comme une réduction.",
                "Incluya desechos, envases, aguas residuales y humos. Vender o reutilizar residuos cuenta como reducirlos."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "All waste goes mixed into one bin, or is burned or dumped.",
                    "Tous les déchets sont mélangés dans une benne, brûlés ou jetés.",
                    "Todos los residuos van mezclados a un contenedor, se queman o se tiran."
                ),
                t!(
                    "Some waste is sold or reused, but nobody knows how much there is.",
                    "Certains déchets sont vendus ou réutilisés, mais personne ne sait combien il y en a.",
                    "Algunos residuos se venden o reutilizan, pero nadie sabe cuántos hay."
                ),
                t!(
                    "The main waste types are sorted and their volume is noted.",
                    "Les principaux déchets sont triés et leur volume est noté.",
                    "Los principales tipos de residuos se separan y se anota su volumen."
                ),
                t!(
                    "Waste is weighed monthly by type, and the biggest sources have reduction actions.",
                    "Les déchets sont pesés chaque mois par type ; les plus grosses sources font l'objet d'actions.",
                    "Los residuos se pesan cada mes por tipo y las fuentes mayores tienen acciones de reducción."
                ),
                t!(
                    "Waste per unit has targets; it is avoided at source and the rest is reused or sold.",
                    "Les déchets par unité ont des objectifs ; on les évite à la source, le reste est valorisé.",
                    "Los residuos por unidad tienen metas; se evitan en origen y el resto se reutiliza o vende."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Set out separate labelled bins for your three biggest waste types and weigh each one at the end of every week for a month.",
                "Installez des bacs étiquetés pour vos trois principaux types de déchets et pesez chacun en fin de semaine pendant un mois.",
                "Coloque contenedores rotulados para sus tres tipos principales de residuos y pese cada uno al final de cada semana durante un mes."
            ),
        },
        Question {
            id: "m3.chemicals",
            prompt: t!(
                "Are chemicals labelled, stored safely and measured out rather than poured by eye?",
                "Les produits chimiques sont-ils étiquetés, stockés en sécurité et dosés plutôt que versés au jugé ?",
                "¿Los productos químicos están etiquetados, bien almacenados y se dosifican en lugar de echarse a ojo?"
            ),
            practice: t!(
                "safe, measured use of chemicals",
                "l'usage sûr et dosé des produits chimiques",
                "el uso seguro y dosificado de los productos químicos"
            ),
            help: t!(
                "Includes dyes, solvents, oils, cleaning agents and pesticides. A safety data sheet should be at hand for each one.",
                "Comprend teintures, solvants, huiles, produits de nettoyage et pesticides. Une fiche de données de sécurité doit être disponible pour chacun.",
                "Incluye tintes, solventes, aceites, productos de limpieza y plaguicidas. Debe haber a mano una hoja de datos de seguridad de cada uno."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "List every chemical on site with its quantity and storage place, label any unmarked container, and give the mixing area a measuring jug or scale.",
                "Dressez la liste des produits chimiques avec leur quantité et leur lieu de stockage, étiquetez chaque récipient non marqué et équipez la zone de mélange d'un doseur ou d'une balance.",
                "Haga una lista de los productos químicos con su cantidad y lugar de almacenamiento, etiquete los envases sin rótulo y dote la zona de mezcla de una jarra medidora o una balanza."
            ),
        },
        Question {
            id: "m3.leaks-maintenance",
            prompt: t!(
                "Are leaks of water, steam, compressed air or oil found and fixed quickly?",
                "Les fuites d'eau, de vapeur, d'air comprimé ou d'huile sont-elles repérées et réparées rapidement ?",
                "¿Se detectan y reparan rápido las fugas de agua, vapor, aire comprimido o aceite?"
            ),
            practice: t!(
                "prompt repair of leaks through preventive maintenance",
                "la réparation rapide des fuites grâce à la maintenance préventive",
                "la reparación rápida de fugas mediante el mantenimiento preventivo"
            ),
            help: t!(
                "Preventive maintenance means servicing machines on a schedule instead of waiting for breakdowns. A small air or steam leak soon costs more than its repair.",
                "La maintenance préventive consiste à entretenir les machines selon un calendrier plutôt qu'à attendre les pannes. Une petite fuite d'air ou de vapeur coûte vite plus que sa réparation.",
                "El mantenimiento preventivo consiste en revisar las máquinas según un calendario en vez de esperar a que se averíen. Una pequeña fuga de aire o vapor pronto cuesta más que su reparación."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Leaks are ignored, and machines are repaired only when they break down.",
                    "Les fuites sont ignorées et les machines ne sont réparées qu'en cas de panne.",
                    "Las fugas se ignoran y las máquinas solo se reparan cuando se averían."
                ),
                t!(
                    "Leaks are fixed when someone complains, often weeks later.",
                    "Les fuites sont réparées quand quelqu'un se plaint, souvent des semaines après.",
                    "Las fugas se reparan cuando alguien se queja, a menudo semanas después."
                ),
                t!(
                    "Workers report leaks and most are fixed within a few days.",
                    "Le personnel signale les fuites et la plupart sont réparées en quelques jours.",
                    "El personal avisa de las fugas y la mayoría se repara en pocos días."
                ),
                t!(
                    "Leaks are checked regularly and a maintenance schedule for main machines is followed.",
                    "Tournées régulières de détection des fuites et calendrier d'entretien des machines suivi.",
                    "Recorridos periódicos para detectar fugas y un calendario de mantenimiento que se cumple."
                ),
                t!(
                    "Maintenance is planned, breakdowns are rare and the savings are tracked.",
                    "La maintenance est planifiée, les pannes sont rares et les économies suivies.",
                    "El mantenimiento se planifica, las averías son raras y se siguen los ahorros."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Walk the shop floor with two workers while machines are idle, tag every leak of air, steam or water you find, and fix the three biggest.",
                "Parcourez l'atelier avec deux membres du personnel quand les machines sont à l'arrêt, étiquetez chaque fuite d'air, de vapeur ou d'eau et réparez les trois plus grosses.",
                "Recorra la planta con dos colegas cuando las máquinas estén paradas, marque cada fuga de aire, vapor o agua que encuentre y repare las tres mayores."
            ),
        },
        Question {
            id: "m3.saving-measures",
            prompt: t!(
                "In the past year, has the firm carried out simple measures to save energy, water or materials?",
                "Au cours de l'année écoulée, l'entreprise a-t-elle pris des mesures simples pour économiser l'énergie, l'eau ou les matières ?",
                "En el último año, ¿ha aplicado la empresa medidas sencillas para ahorrar energía, agua o materiales?"
            ),
            practice: t!(
                "a habit of low-cost saving measures",
                "la pratique de mesures d'économie peu coûteuses",
                "la aplicación de medidas de ahorro de bajo costo"
            ),
            help: t!(
                "For example: switching off idle machines and lights, using daylight, insulating hot pipes, tuning the boiler, reusing rinse water, better cutting layouts.",
                "Par exemple : éteindre machines et éclairage inutilisés, profiter de la lumière du jour, isoler les tuyaux chauds, régler la chaudière, réutiliser l'eau de rinçage, optimiser la découpe.",
                "Por ejemplo: apagar máquinas y luces sin uso, aprovechar la luz natural, aislar tuberías calientes, ajustar la caldera, reutilizar el agua de enjuague, mejorar el corte."
            ),
            scale: Scale::Practice,
            weight: 1,
            first_step: t!(
                "Ask each team for one free way to save energy, water or material, try the best three next month and record the savings.",
                "Demandez à chaque équipe une idée gratuite pour économiser énergie, eau ou matières, testez les trois meilleures le mois prochain et notez les économies.",
                "Pida a cada equipo una idea sin costo para ahorrar energía, agua o material, pruebe las tres mejores el próximo mes y anote los ahorros."
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
                "Energy per unit, not the total bill, shows whether the firm is becoming more efficient as output changes.",
                "C'est l'énergie par unité, et non la facture totale, qui montre si l'entreprise gagne en efficacité quand la production varie.",
                "Es la energía por unidad, y no la factura total, lo que muestra si la empresa gana eficiencia cuando cambia la producción."
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
                "Water is often paid for three times, to buy, to heat or treat and to dispose of; the per-unit figure shows where to save.",
                "L'eau se paie souvent trois fois, à l'achat, au chauffage ou au traitement, et au rejet ; le chiffre par unité montre où économiser.",
                "El agua suele pagarse tres veces, al comprarla, al calentarla o tratarla y al desecharla; la cifra por unidad muestra dónde ahorrar."
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
                "Raw material is usually the biggest cost, so every point of waste cut goes straight to profit.",
                "Les matières premières sont souvent le premier poste de coût : chaque point de perte en moins va droit au bénéfice.",
                "La materia prima suele ser el mayor costo, así que cada punto de desperdicio que se reduce va directo a las ganancias."
            ),
        },
        Indicator {
            id: "m3.waste-volume",
            label: t!("Waste volume", "Volume de déchets", "Volumen de residuos"),
            unit: t!("kg per month", "kg par mois", "kg al mes"),
            why: t!(
                "Weighing waste shows its true cost in disposal fees and lost material, and the value of what could be sold.",
                "Peser les déchets révèle leur vrai coût en frais d'élimination et en matière perdue, et la valeur de ce qui pourrait être vendu.",
                "Pesar los residuos revela su costo real en tasas de eliminación y material perdido, y el valor de lo que podría venderse."
            ),
        },
    ],
};

//! Module 4, Workforce Management: clear and lawful HR practice, skills,
//! feedback, complaints, retention and equal treatment of women and men.

use crate::domain::model::{Indicator, Module, ModuleId, Question, Scale};
use crate::t;

pub const MODULE: Module = Module {
    id: ModuleId::WorkforceManagement,
    title: t!(
        "Workforce Management",
        "Gestion du personnel",
        "Gestión del personal"
    ),
    summary: t!(
        "How clear, fair and lawful HR practices, skills development and open communication help a firm keep motivated staff and reduce turnover.",
        "Comment des pratiques RH claires, équitables et légales, le développement des compétences et une communication ouverte aident l'entreprise à garder un personnel motivé et à réduire la rotation.",
        "Cómo unas prácticas de personal claras, justas y legales, el desarrollo de competencias y una comunicación abierta ayudan a retener a un personal motivado y a reducir la rotación."
    ),
    questions: &[
        Question {
            id: "m4.hr-policies",
            prompt: t!(
                "Are the rules on pay, hours, leave, discipline and promotion written down and explained to all staff?",
                "Les règles sur la paie, les horaires, les congés, la discipline et les promotions sont-elles écrites et expliquées à tout le personnel ?",
                "¿Las reglas sobre salario, horario, permisos, disciplina y ascensos están por escrito y se explican a todo el personal?"
            ),
            practice: t!(
                "a written set of HR policies explained to all staff",
                "la politique RH écrite et expliquée à tout le personnel",
                "una política laboral escrita y explicada a todo el personal"
            ),
            help: t!(
                "HR policies are the firm's rules on pay, hours, leave, discipline and promotion. They should be written in a language workers read.",
                "La politique RH regroupe les règles de l'entreprise sur la paie, les horaires, les congés, la discipline et les promotions. Elle doit être écrite dans une langue que le personnel lit.",
                "La política laboral reúne las reglas de la empresa sobre salario, horario, permisos, disciplina y ascensos. Debe estar escrita en un idioma que el personal lea."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No written rules; management decides each case on the day.",
                    "Aucune règle écrite ; la direction tranche chaque cas au jour le jour.",
                    "No hay reglas escritas; la dirección decide cada caso sobre la marcha."
                ),
                t!(
                    "Some rules exist in writing, but staff have never seen them.",
                    "Certaines règles sont écrites, mais le personnel ne les a jamais vues.",
                    "Existen algunas reglas escritas, pero el personal nunca las ha visto."
                ),
                t!(
                    "Written rules or contract terms exist and are handed to new staff.",
                    "Un règlement intérieur ou des contrats écrits existent et sont remis aux recrues.",
                    "Hay un reglamento interno o contratos escritos que se entregan al personal nuevo."
                ),
                t!(
                    "Rules are posted, explained at induction and applied the same way to everyone.",
                    "Les règles sont affichées, expliquées à l'accueil et appliquées de la même façon à tous.",
                    "Las reglas se publican, se explican en la inducción y se aplican igual a todos."
                ),
                t!(
                    "Policies are reviewed with worker representatives and updated when the law changes.",
                    "Les règles sont revues avec les représentants du personnel et suivent l'évolution de la loi.",
                    "Las reglas se revisan con la representación del personal y se actualizan según la ley."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Write the ten rules staff ask about most (pay day, overtime, leave, absence) on two pages in their language, and go through them at the next meeting.",
                "Rédigez sur deux pages, dans la langue du personnel, les dix règles les plus demandées (jour de paie, heures supplémentaires, congés, absences) et présentez-les à la prochaine réunion.",
                "Escriba en dos páginas, en el idioma del personal, las diez reglas por las que más se pregunta (día de pago, horas extra, permisos, ausencias) y explíquelas en la próxima reunión."
            ),
        },
        Question {
            id: "m4.recruitment-induction",
            prompt: t!(
                "How are new staff recruited and introduced to their job?",
                "Comment recrute-t-on et accueille-t-on les nouveaux membres du personnel ?",
                "¿Cómo se contrata y se recibe al personal nuevo?"
            ),
            practice: t!(
                "fair recruitment with a planned induction for new staff",
                "le recrutement équitable suivi d'un accueil organisé",
                "una contratación justa con un programa de inducción para el personal nuevo"
            ),
            help: t!(
                "Induction covers the first days: explaining the rules, safety, pay and who to ask, and pairing the newcomer with an experienced colleague.",
                "L'accueil couvre les premiers jours : expliquer les règles, la sécurité, la paie et à qui s'adresser, et confier la recrue à une personne expérimentée.",
                "La inducción abarca los primeros días: explicar las reglas, la seguridad, el pago y a quién acudir, y acompañar a la persona nueva con alguien con experiencia."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "People are hired by word of mouth and start work with no introduction.",
                    "On embauche par le bouche-à-oreille et l'on commence sans aucune présentation.",
                    "Se contrata de boca en boca y se empieza a trabajar sin ninguna presentación."
                ),
                t!(
                    "Job needs are stated, but new staff learn by watching others.",
                    "Les besoins du poste sont définis, mais les recrues apprennent en regardant les autres.",
                    "Se definen las necesidades del puesto, pero el personal nuevo aprende mirando."
                ),
                t!(
                    "Jobs have a short description; newcomers are told the rules and safety basics.",
                    "Les postes ont une courte description ; les recrues apprennent les règles et la sécurité.",
                    "Los puestos tienen una breve descripción; al llegar se explican las reglas y la seguridad."
                ),
                t!(
                    "Fair selection against job needs, an induction checklist and a named mentor.",
                    "Sélection équitable selon le poste, liste d'accueil et tutorat par une personne désignée.",
                    "Selección justa según el puesto, lista de inducción y una persona mentora asignada."
                ),
                t!(
                    "Induction is reviewed with newcomers, and staff who leave early are asked why.",
                    "L'accueil est évalué avec les recrues, et les départs rapides sont analysés.",
                    "La inducción se evalúa con el personal nuevo y se pregunta el motivo a quien se va pronto."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Write a one-page checklist for a newcomer's first day (rules, pay, safety, toilets, who to ask) and assign an experienced colleague to each new hire.",
                "Rédigez une liste d'une page pour le premier jour (règles, paie, sécurité, sanitaires, à qui s'adresser) et confiez chaque recrue à une personne expérimentée.",
                "Redacte una lista de una página para el primer día (reglas, pago, seguridad, baños, a quién acudir) y asigne a cada persona nueva alguien con experiencia."
            ),
        },
        Question {
            id: "m4.pay-working-time",
            prompt: t!(
                "Do all staff get a pay slip showing hours, overtime and deductions, with pay and hours within the law?",
                "Tout le personnel reçoit-il un bulletin de paie détaillant heures, heures supplémentaires et retenues, avec un salaire et des horaires conformes à la loi ?",
                "¿Todo el personal recibe un recibo de pago con horas, horas extra y descuentos, con salario y horario conformes a la ley?"
            ),
            practice: t!(
                "a clear and lawful system of pay and working hours",
                "le système de paie et d'horaires clair et conforme à la loi",
                "un sistema de salarios y horarios claro y conforme a la ley"
            ),
            help: t!(
                "At least the minimum wage, overtime paid and within legal limits, rest days and paid leave. Answer for all staff, temporary workers included.",
                "Au minimum : salaire minimum, heures supplémentaires payées et dans les limites légales, jours de repos et congés payés. Répondez pour tout le personnel, temporaire compris.",
                "Como mínimo: salario mínimo, horas extra pagadas y dentro de los límites legales, días de descanso y vacaciones pagadas. Responda por todo el personal, incluido el temporal."
            ),
            scale: Scale::Practice,
            weight: 3,
            first_step: t!(
                "Compare last month's payroll with the legal minimum wage and overtime limits, and give every worker a pay slip that shows how their pay was worked out.",
                "Comparez la paie du mois dernier au salaire minimum et aux limites d'heures supplémentaires, et remettez à chacun un bulletin qui montre le calcul de sa paie.",
                "Compare la nómina del mes pasado con el salario mínimo y los límites de horas extra, y entregue a cada persona un recibo que muestre cómo se calculó su pago."
            ),
        },
        Question {
            id: "m4.skills-development",
            prompt: t!(
                "Are workers trained to improve and widen their skills, beyond picking things up on the job?",
                "Le personnel est-il formé pour améliorer et élargir ses compétences, au-delà de l'apprentissage sur le tas ?",
                "¿Se forma al personal para mejorar y ampliar sus competencias, más allá de aprender sobre la marcha?"
            ),
            practice: t!(
                "planned skills development for workers",
                "le développement planifié des compétences du personnel",
                "el desarrollo planificado de las competencias del personal"
            ),
            help: t!(
                "Count training by colleagues, supervisors or outside trainers, and learning a second job (multi-skilling).",
                "Comptez les formations données par des collègues, l'encadrement ou un organisme externe, ainsi que l'apprentissage d'un second poste (polyvalence).",
                "Cuente la formación impartida por colegas, mandos o entidades externas, y el aprendizaje de un segundo puesto (polivalencia)."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No training beyond watching others; skills leave with the people who have them.",
                    "Aucune formation, on regarde faire ; les savoir-faire partent avec les personnes.",
                    "No hay formación más allá de mirar; el saber se va con las personas."
                ),
                t!(
                    "Training happens only when a new machine or customer demands it.",
                    "On ne forme que lorsqu'une nouvelle machine ou un client l'impose.",
                    "Solo se forma cuando lo exige una máquina nueva o un cliente."
                ),
                t!(
                    "Key jobs have on-the-job training; a skills chart exists for some areas.",
                    "Les postes clés ont une formation sur le tas ; une grille de compétences existe par endroits.",
                    "Los puestos clave tienen formación en el puesto; hay una matriz de competencias en algunas áreas."
                ),
                t!(
                    "A yearly training plan based on a skills chart; workers learn more than one job.",
                    "Un plan de formation annuel fondé sur une grille de compétences ; la polyvalence progresse.",
                    "Un plan anual de formación basado en una matriz de competencias; se fomenta la polivalencia."
                ),
                t!(
                    "Needs are reviewed with workers, results are checked and training opens promotion.",
                    "Les besoins sont revus avec le personnel, les effets vérifiés, et la formation ouvre des promotions.",
                    "Las necesidades se revisan con el personal, se evalúan los resultados y la formación abre ascensos."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Make a skills chart for one section, with people down the side and tasks across the top, tick who can do what, and pick two gaps to train next month.",
                "Faites une grille de compétences pour un atelier, les personnes en lignes et les tâches en colonnes, cochez qui sait faire quoi et choisissez deux manques à combler le mois prochain.",
                "Haga una matriz de competencias de una sección, con personas en filas y tareas en columnas, marque quién sabe hacer qué y elija dos carencias para formar el próximo mes."
            ),
        },
        Question {
            id: "m4.performance-feedback",
            prompt: t!(
                "Do supervisors regularly talk with each worker about their work and how to improve?",
                "L'encadrement fait-il régulièrement le point avec chaque personne sur son travail et ses progrès ?",
                "¿Los mandos conversan con regularidad con cada persona sobre su trabajo y cómo mejorar?"
            ),
            practice: t!(
                "regular performance feedback from supervisors to each worker",
                "l'entretien régulier de chaque personne avec son responsable",
                "la conversación periódica entre los mandos y cada persona sobre su desempeño"
            ),
            help: t!(
                "A short one-to-one talk is enough; it should cover what goes well, what to improve and what support the worker needs.",
                "Un court échange en tête-à-tête suffit ; il porte sur ce qui va bien, ce qui peut s'améliorer et le soutien nécessaire.",
                "Basta una conversación breve a solas; debe tratar lo que va bien, lo que se puede mejorar y el apoyo que la persona necesita."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Workers hear from supervisors only when something goes wrong.",
                    "Le personnel n'entend l'encadrement que lorsque quelque chose ne va pas.",
                    "El personal solo sabe de sus mandos cuando algo sale mal."
                ),
                t!(
                    "Feedback is informal and depends on the supervisor.",
                    "Les retours sont informels et dépendent de chaque responsable.",
                    "La retroalimentación es informal y depende de cada mando."
                ),
                t!(
                    "Yearly reviews exist for some staff, mostly linked to pay.",
                    "Des entretiens annuels existent pour une partie du personnel, surtout liés au salaire.",
                    "Hay evaluaciones anuales para parte del personal, ligadas sobre todo al salario."
                ),
                t!(
                    "All workers have a regular talk on results, strengths and training needs.",
                    "Chaque personne a un entretien régulier sur ses résultats, ses atouts et ses besoins de formation.",
                    "Cada persona tiene una charla periódica sobre resultados, fortalezas y necesidades de formación."
                ),
                t!(
                    "Feedback goes both ways, agreed goals are followed up and good work is recognised.",
                    "Les retours vont dans les deux sens, les objectifs convenus sont suivis et le bon travail reconnu.",
                    "Hay retroalimentación en ambos sentidos, seguimiento de las metas y reconocimiento del buen trabajo."
                ),
            ]),
            weight: 1,
            first_step: t!(
                "Ask each supervisor to hold a ten-minute talk with two workers this week: one thing that goes well, one thing to improve, one kind of help they need.",
                "Demandez à chaque responsable d'avoir cette semaine un échange de dix minutes avec deux personnes : un point fort, un point à améliorer, une aide nécessaire.",
                "Pida a cada mando que esta semana tenga una charla de diez minutos con dos personas: algo que va bien, algo que mejorar y una ayuda que necesiten."
            ),
        },
        Question {
            id: "m4.grievance-handling",
            prompt: t!(
                "Can workers raise a complaint without fear and get a fair answer?",
                "Le personnel peut-il formuler une plainte sans crainte et obtenir une réponse juste ?",
                "¿Puede el personal presentar una queja sin temor y recibir una respuesta justa?"
            ),
            practice: t!(
                "a fair and safe way to handle workers' complaints",
                "la procédure équitable de traitement des plaintes du personnel",
                "un procedimiento justo y seguro para atender las quejas del personal"
            ),
            help: t!(
                "A grievance procedure says who to go to, how fast an answer comes and how to appeal, and protects those who complain from retaliation.",
                "Une procédure de plainte indique à qui s'adresser, dans quel délai une réponse arrive et comment faire appel, et protège contre les représailles.",
                "Un procedimiento de quejas indica a quién acudir, en qué plazo llega la respuesta y cómo apelar, y protege de represalias a quien se queja."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Complaints are not welcome; people keep quiet or leave.",
                    "Les plaintes sont mal vues ; on se tait ou on part.",
                    "Las quejas no son bienvenidas; la gente calla o se va."
                ),
                t!(
                    "Workers can speak to management, but the answer depends on the mood of the day.",
                    "On peut parler à la direction, mais la réponse dépend de l'humeur du jour.",
                    "Se puede hablar con la dirección, pero la respuesta depende del humor del día."
                ),
                t!(
                    "A known person or box takes complaints, and most get an answer.",
                    "Une personne ou une boîte connue reçoit les plaintes, et la plupart obtiennent réponse.",
                    "Una persona o un buzón conocido recibe las quejas, y la mayoría obtiene respuesta."
                ),
                t!(
                    "A written procedure with deadlines and a right of appeal; complaints are logged.",
                    "Une procédure écrite avec délais et droit de recours ; les plaintes sont enregistrées.",
                    "Un procedimiento escrito con plazos y derecho de apelación; las quejas se registran."
                ),
                t!(
                    "Complaints are analysed for patterns, workers trust the system and causes are fixed.",
                    "Les plaintes sont analysées, le personnel fait confiance au système et les causes sont traitées.",
                    "Las quejas se analizan, el personal confía en el sistema y se corrigen las causas."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Name one trusted person, other than the direct supervisor, to receive complaints, announce it to all staff and commit to answering within one week.",
                "Désignez une personne de confiance, hors hiérarchie directe, pour recevoir les plaintes, annoncez-le à tout le personnel et engagez-vous à répondre sous une semaine.",
                "Designe a una persona de confianza, distinta del mando directo, para recibir las quejas, anúncielo a todo el personal y comprométase a responder en una semana."
            ),
        },
        Question {
            id: "m4.turnover-tracking",
            prompt: t!(
                "Does the firm count how many workers leave and how many days are lost to absence, and look at why?",
                "L'entreprise compte-t-elle les départs et les jours d'absence, et en cherche-t-elle les raisons ?",
                "¿Cuenta la empresa las salidas de personal y los días de ausencia, y analiza sus motivos?"
            ),
            practice: t!(
                "tracking of staff turnover and absenteeism",
                "le suivi de la rotation du personnel et de l'absentéisme",
                "el seguimiento de la rotación del personal y del ausentismo"
            ),
            help: t!(
                "If the numbers are known but nobody asks why people leave or stay away, answer Partly.",
                "Si les chiffres sont connus mais que personne ne cherche pourquoi les gens partent ou s'absentent, répondez En partie.",
                "Si se conocen las cifras pero nadie pregunta por qué la gente se va o falta, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Count last year's leavers and absence days from the payroll, and ask the next three people who resign why they are leaving.",
                "Comptez dans la paie les départs et les jours d'absence de l'an dernier, et demandez aux trois prochaines personnes qui démissionnent pourquoi elles partent.",
                "Cuente en la nómina las salidas y los días de ausencia del año pasado, y pregunte a las próximas tres personas que renuncien por qué se van."
            ),
        },
        Question {
            id: "m4.equal-treatment",
            prompt: t!(
                "Do women and men get equal pay for equal work and equal chances of training and promotion?",
                "Les femmes et les hommes ont-ils un salaire égal à travail égal et les mêmes chances de formation et de promotion ?",
                "¿Mujeres y hombres reciben igual salario por igual trabajo y tienen las mismas oportunidades de formación y ascenso?"
            ),
            practice: t!(
                "equal treatment of women and men in pay, training and promotion",
                "l'égalité de traitement entre femmes et hommes (salaire, formation, promotion)",
                "la igualdad de trato entre mujeres y hombres en salario, formación y ascensos"
            ),
            help: t!(
                "Look at who holds supervisory jobs and who gets trained. Protection from harassment and of pregnant workers is part of equal treatment.",
                "Regardez qui occupe les postes d'encadrement et qui est formé. La protection contre le harcèlement et celle des travailleuses enceintes font partie de l'égalité de traitement.",
                "Observe quién ocupa los puestos de supervisión y quién recibe formación. La protección frente al acoso y la de las trabajadoras embarazadas forman parte de la igualdad de trato."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "List supervisors and last year's trainees by sex, compare the pay of women and men in the same jobs, and discuss any gap with the improvement team.",
                "Listez par sexe l'encadrement et les personnes formées l'an dernier, comparez les salaires des femmes et des hommes à poste égal et discutez des écarts avec l'équipe d'amélioration.",
                "Liste por sexo a los mandos y a quienes recibieron formación el año pasado, compare los salarios de mujeres y hombres en el mismo puesto y comente las diferencias con el equipo de mejora."
            ),
        },
    ],
    indicators: &[
        Indicator {
            id: "m4.staff-turnover",
            label: t!(
                "Staff turnover",
                "Rotation du personnel",
                "Rotación del personal"
            ),
            unit: t!(
                "% of staff per year",
                "% de l'effectif par an",
                "% del personal al año"
            ),
            why: t!(
                "Each worker who leaves costs recruitment, training and lost output; high turnover is often the first sign of a problem.",
                "Chaque départ coûte en recrutement, en formation et en production perdue ; une forte rotation est souvent le premier signe d'un problème.",
                "Cada salida cuesta contratación, formación y producción perdida; una rotación alta suele ser la primera señal de un problema."
            ),
        },
        Indicator {
            id: "m4.absenteeism",
            label: t!("Absenteeism", "Absentéisme", "Ausentismo"),
            unit: t!(
                "% of scheduled working days",
                "% des jours de travail prévus",
                "% de los días laborables previstos"
            ),
            why: t!(
                "Absence disrupts work and overloads colleagues; its trend shows how healthy and motivated staff are.",
                "Les absences désorganisent le travail et surchargent les collègues ; leur évolution reflète la santé et la motivation du personnel.",
                "Las ausencias desorganizan el trabajo y sobrecargan a los colegas; su evolución refleja la salud y la motivación del personal."
            ),
        },
        Indicator {
            id: "m4.training-hours",
            label: t!(
                "Training hours",
                "Heures de formation",
                "Horas de formación"
            ),
            unit: t!(
                "hours per employee per year",
                "heures par personne et par an",
                "horas por persona al año"
            ),
            why: t!(
                "Skills drive quality and productivity; a low figure shows under-investment in the people who do the work.",
                "Les compétences font la qualité et la productivité ; un chiffre faible révèle un sous-investissement dans les personnes qui font le travail.",
                "Las competencias impulsan la calidad y la productividad; una cifra baja revela poca inversión en quienes hacen el trabajo."
            ),
        },
        Indicator {
            id: "m4.women-supervisors",
            label: t!(
                "Women in supervisory roles",
                "Femmes dans l'encadrement",
                "Mujeres en puestos de supervisión"
            ),
            unit: t!("% of supervisors", "% de l'encadrement", "% de los mandos"),
            why: t!(
                "When many women work in the firm but few supervise, talent is wasted, and buyers' audits may flag it.",
                "Quand les femmes sont nombreuses dans l'entreprise mais rares dans l'encadrement, des talents sont perdus, et les audits des acheteurs peuvent le relever.",
                "Cuando muchas mujeres trabajan en la empresa pero pocas supervisan, se desaprovecha talento, y las auditorías de los compradores pueden señalarlo."
            ),
        },
    ],
};

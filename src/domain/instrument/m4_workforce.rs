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
        "How clear, fair, lawful HR practice, skills and open communication keep staff motivated and turnover low.",
        "Comment des règles RH claires, justes et légales, la formation et le dialogue gardent un personnel motivé et stable.",
        "Cómo unas reglas laborales claras, justas y legales, la formación y el diálogo retienen a un personal motivado."
    ),
    questions: &[
        Question {
            id: "m4.hr-policies",
            prompt: t!(
                "Pay, hours, leave, discipline, promotion: are the rules written and explained to all?",
                "Paie, horaires, congés, discipline, promotion : les règles sont-elles écrites et expliquées ?",
                "Salario, horario, permisos, disciplina, ascensos: ¿hay reglas escritas y explicadas?"
            ),
            practice: t!(
                "a written set of HR policies explained to all staff",
                "la politique RH écrite et expliquée à tout le personnel",
                "una política laboral escrita y explicada a todo el personal"
            ),
            help: t!(
                "HR policies are these rules. They must be in a language every worker reads.",
                "La politique RH, ce sont ces règles, à écrire dans une langue que le personnel lit.",
                "La política laboral son estas reglas, escritas en un idioma que el personal lea."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No written rules; each case is decided on the day.",
                    "Aucune règle écrite ; chaque cas se décide au jour le jour.",
                    "Sin reglas escritas; cada caso se decide sobre la marcha."
                ),
                t!(
                    "Some rules are written, but staff have never seen them.",
                    "Quelques règles écrites, jamais montrées au personnel.",
                    "Hay reglas escritas, pero el personal nunca las ha visto."
                ),
                t!(
                    "Written rules or contracts are handed to new staff.",
                    "Règlement ou contrat écrit remis à chaque recrue.",
                    "Reglamento o contrato escrito entregado al personal nuevo."
                ),
                t!(
                    "Rules posted, explained at induction, applied to all alike.",
                    "Règles affichées, expliquées à l'accueil et appliquées à tous.",
                    "Reglas publicadas, explicadas al ingresar y aplicadas a todos."
                ),
                t!(
                    "Rules reviewed with worker representatives and kept lawful.",
                    "Règles revues avec les élus du personnel, à jour de la loi.",
                    "Reglas revisadas con representantes del personal y al día con la ley."
                ),
            ]),
            weight: 3,
            first_step: t!(
                "Write the ten rules staff ask about most (pay day, leave) in their language and explain them.",
                "Rédigez dans la langue du personnel les dix règles les plus demandées (paie, congés) et expliquez-les.",
                "Escriba en el idioma del personal las diez reglas más consultadas (pago, permisos) y explíquelas."
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
                "Induction: the first days, covering rules, safety, pay, who to ask, with an experienced colleague.",
                "L'accueil : premiers jours, règles, sécurité, paie, à qui s'adresser, avec une personne expérimentée.",
                "Inducción: primeros días, reglas, seguridad, pago, a quién acudir, junto a alguien experto."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Hired by word of mouth; start with no introduction.",
                    "Embauche par bouche-à-oreille, début sans aucune présentation.",
                    "Se contrata de boca en boca y se empieza sin presentación."
                ),
                t!(
                    "Job needs are defined; newcomers learn by watching.",
                    "Besoins du poste définis ; les recrues apprennent en regardant.",
                    "Se define el puesto; el personal nuevo aprende mirando."
                ),
                t!(
                    "Short job descriptions; newcomers learn rules and safety.",
                    "Fiches de poste ; les recrues apprennent règles et sécurité.",
                    "Breve descripción de puestos; se explican reglas y seguridad."
                ),
                t!(
                    "Fair selection, an induction checklist and a named mentor.",
                    "Sélection équitable, liste d'accueil et tuteur désigné.",
                    "Selección justa, lista de inducción y mentor asignado."
                ),
                t!(
                    "Newcomers rate induction; early leavers are asked why.",
                    "Les recrues notent l'accueil ; on interroge qui part vite.",
                    "Los nuevos valoran la inducción; se pregunta a quien se va pronto."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Write a first-day checklist (rules, pay, safety, who to ask) and give each newcomer a mentor.",
                "Rédigez une liste du premier jour (règles, paie, sécurité, contacts) ; un tuteur par recrue.",
                "Haga una lista del primer día (reglas, pago, seguridad, contactos) y asigne un mentor a cada nuevo."
            ),
        },
        Question {
            id: "m4.pay-working-time",
            prompt: t!(
                "Are pay and hours lawful, with a detailed pay slip for everyone?",
                "Paie et horaires sont-ils légaux, avec un bulletin détaillé pour chacun ?",
                "¿Son legales salarios y horarios, con un recibo detallado para cada persona?"
            ),
            practice: t!(
                "a clear and lawful system of pay and working hours",
                "le système de paie et d'horaires clair et conforme à la loi",
                "un sistema de salarios y horarios claro y conforme a la ley"
            ),
            help: t!(
                "Minimum wage, lawful paid overtime, rest days and paid leave, temporary staff included.",
                "Salaire minimum, heures supplémentaires légales et payées, repos et congés payés, temporaires compris.",
                "Salario mínimo, horas extra legales y pagadas, descansos y vacaciones, incluido el personal temporal."
            ),
            scale: Scale::Practice,
            weight: 3,
            first_step: t!(
                "Check last month's pay against minimum wage and overtime rules; give each worker a clear pay slip.",
                "Vérifiez la dernière paie (salaire minimum, plafonds d'heures) ; remettez à chacun un bulletin clair.",
                "Compare la última nómina con el salario mínimo y el tope de horas extra; entregue recibos detallados."
            ),
        },
        Question {
            id: "m4.skills-development",
            prompt: t!(
                "Are workers trained to widen their skills, beyond learning on the job?",
                "Le personnel est-il formé à de nouvelles compétences, pas seulement sur le tas ?",
                "¿Se forma al personal para ampliar sus competencias, no solo sobre la marcha?"
            ),
            practice: t!(
                "planned skills development for workers",
                "le développement planifié des compétences du personnel",
                "el desarrollo planificado de las competencias del personal"
            ),
            help: t!(
                "Count training by colleagues, supervisors or outsiders, and learning a second job.",
                "Comptez la formation par collègues, encadrement ou externe, et l'apprentissage d'un autre poste.",
                "Cuente la formación por colegas, mandos o externos, y aprender un segundo puesto."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "No training; skills leave with the people who have them.",
                    "Aucune formation ; les savoir-faire partent avec les gens.",
                    "Sin formación; el saber se va con las personas."
                ),
                t!(
                    "Training only when a new machine or customer demands it.",
                    "Formation seulement si une machine ou un client l'impose.",
                    "Solo se forma cuando lo exige una máquina nueva o un cliente."
                ),
                t!(
                    "On-the-job training for key jobs; some skills charts.",
                    "Formation aux postes clés ; quelques grilles de compétences.",
                    "Formación en puestos clave; algunas matrices de competencias."
                ),
                t!(
                    "Yearly plan from a skills chart; workers learn several jobs.",
                    "Plan annuel selon une grille de compétences ; polyvalence accrue.",
                    "Plan anual según una matriz de competencias; más polivalencia."
                ),
                t!(
                    "Training planned with workers, checked, leading to promotion.",
                    "Formation choisie avec le personnel, évaluée, source de promotions.",
                    "Formación acordada con el personal, evaluada y que abre ascensos."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Make a skills chart for one section (who can do what) and train to fill two gaps next month.",
                "Faites la grille de compétences d'un atelier (qui sait quoi) et comblez deux lacunes le mois prochain.",
                "Haga la matriz de competencias de una sección (quién sabe qué) y cubra dos carencias el próximo mes."
            ),
        },
        Question {
            id: "m4.performance-feedback",
            prompt: t!(
                "Do supervisors regularly talk with each worker about their work and progress?",
                "L'encadrement fait-il régulièrement le point avec chaque personne sur son travail ?",
                "¿Los mandos hablan a menudo con cada persona sobre su trabajo y cómo mejorar?"
            ),
            practice: t!(
                "regular performance feedback from supervisors to each worker",
                "l'entretien régulier de chaque personne avec son responsable",
                "la conversación periódica entre los mandos y cada persona sobre su desempeño"
            ),
            help: t!(
                "A short one-to-one talk is enough: what goes well, what to improve, what support is needed.",
                "Un court tête-à-tête suffit : ce qui va bien, ce qui peut s'améliorer, le soutien nécessaire.",
                "Basta una charla breve a solas: qué va bien, qué mejorar y qué apoyo se necesita."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Supervisors speak up only when something goes wrong.",
                    "L'encadrement ne parle que lorsque quelque chose ne va pas.",
                    "El personal solo sabe de sus mandos cuando algo sale mal."
                ),
                t!(
                    "Feedback is informal and depends on the supervisor.",
                    "Retours informels, selon chaque responsable.",
                    "Retroalimentación informal, según cada mando."
                ),
                t!(
                    "Yearly reviews for some staff, mostly about pay.",
                    "Entretien annuel pour certains, surtout lié au salaire.",
                    "Evaluación anual para algunos, ligada sobre todo al salario."
                ),
                t!(
                    "Regular talks with all on results, strengths and training.",
                    "Entretiens réguliers : résultats, atouts, besoins de formation.",
                    "Charlas periódicas: resultados, fortalezas y formación."
                ),
                t!(
                    "Two-way feedback; goals followed up, good work recognised.",
                    "Retours réciproques ; objectifs suivis, bon travail reconnu.",
                    "Diálogo mutuo; metas seguidas y buen trabajo reconocido."
                ),
            ]),
            weight: 1,
            first_step: t!(
                "This week, have each supervisor give two workers ten minutes: a strength, a weak point, a need.",
                "Demandez à chaque responsable dix minutes avec deux personnes : un atout, un point faible, un besoin.",
                "Pida a cada mando diez minutos con dos personas esta semana: un logro, un punto débil, una necesidad."
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
                "A procedure says who to go to, how fast answers come and how to appeal, and bars reprisals.",
                "La procédure dit à qui s'adresser, sous quel délai et comment faire appel, et interdit les représailles.",
                "El procedimiento dice a quién acudir, en qué plazo y cómo apelar, y prohíbe las represalias."
            ),
            scale: Scale::Maturity(&[
                t!(
                    "Complaints are not welcome; people keep quiet or leave.",
                    "Les plaintes sont mal vues ; on se tait ou on part.",
                    "Las quejas no son bienvenidas; la gente calla o se va."
                ),
                t!(
                    "Workers may speak up, but answers depend on the boss's mood.",
                    "On peut parler à la direction, mais tout dépend de son humeur.",
                    "Se puede hablar con la dirección, pero todo depende de su humor."
                ),
                t!(
                    "A known person or box takes complaints; most get answered.",
                    "Plaintes reçues par une personne connue ; la plupart ont réponse.",
                    "Una persona o un buzón recibe quejas; casi todas se responden."
                ),
                t!(
                    "Written procedure with deadlines and appeal; cases logged.",
                    "Procédure écrite avec délais et recours ; plaintes enregistrées.",
                    "Procedimiento escrito con plazos y apelación; quejas registradas."
                ),
                t!(
                    "Workers trust the system; recurring causes are fixed.",
                    "Le personnel a confiance ; les causes récurrentes sont traitées.",
                    "El personal confía; se analizan las causas y se corrigen."
                ),
            ]),
            weight: 2,
            first_step: t!(
                "Announce a trusted person, not the direct supervisor, to take complaints; reply within a week.",
                "Annoncez une personne de confiance, hors hiérarchie, pour les plaintes ; répondez sous une semaine.",
                "Anuncie a alguien de confianza, no el mando directo, para las quejas; responda en una semana."
            ),
        },
        Question {
            id: "m4.turnover-tracking",
            prompt: t!(
                "Are leavers and absence days counted, and the reasons looked into?",
                "Compte-t-on les départs et les jours d'absence, et en cherche-t-on les raisons ?",
                "¿Se cuentan las salidas y los días de ausencia, y se analizan sus motivos?"
            ),
            practice: t!(
                "tracking of staff turnover and absenteeism",
                "le suivi de la rotation du personnel et de l'absentéisme",
                "el seguimiento de la rotación del personal y del ausentismo"
            ),
            help: t!(
                "If the numbers are known but nobody asks why people leave or stay away, answer Partly.",
                "Chiffres connus, mais personne ne cherche pourquoi on part ou s'absente : répondez En partie.",
                "Si se conocen las cifras pero nadie pregunta por qué la gente se va o falta, responda En parte."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "From payroll, count last year's leavers and absence days; ask the next three who resign why.",
                "Comptez dans la paie départs et absences de l'an dernier ; interrogez les trois prochains partants.",
                "Cuente en la nómina salidas y ausencias del año pasado; pregunte el motivo a los tres próximos que se vayan."
            ),
        },
        Question {
            id: "m4.equal-treatment",
            prompt: t!(
                "Do women and men get equal pay for equal work and the same chances of promotion?",
                "Femmes et hommes ont-ils salaire égal à travail égal et mêmes chances de promotion ?",
                "¿Tienen mujeres y hombres igual salario por igual trabajo e iguales opciones de ascenso?"
            ),
            practice: t!(
                "equal treatment of women and men in pay, training and promotion",
                "l'égalité de traitement entre femmes et hommes (salaire, formation, promotion)",
                "la igualdad de trato entre mujeres y hombres en salario, formación y ascensos"
            ),
            help: t!(
                "See who supervises and who gets trained; harassment prevention and maternity protection count too.",
                "Voyez qui encadre et qui est formé ; prévenir le harcèlement et protéger la maternité compte aussi.",
                "Vea quién supervisa y quién se forma; también cuentan prevenir el acoso y proteger la maternidad."
            ),
            scale: Scale::Practice,
            weight: 2,
            first_step: t!(
                "Compare women and men (supervisors, training, pay in the same job) and discuss any gaps as a team.",
                "Comparez femmes et hommes (encadrement, formation, salaire par poste) et discutez des écarts en équipe.",
                "Compare mujeres y hombres (mandos, formación, salario por puesto) y comente las diferencias en equipo."
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
                "Each leaver costs hiring, training and output; high turnover is a warning sign.",
                "Un départ coûte embauche, formation et production ; une forte rotation doit alerter.",
                "Cada salida cuesta contratación, formación y producción; mucha rotación es una alarma."
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
                "Absence disrupts work and overloads others; its trend shows health and morale.",
                "L'absence désorganise et surcharge les collègues ; sa courbe reflète santé et moral.",
                "La ausencia desorganiza y sobrecarga a otros; su evolución refleja salud y ánimo."
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
                "Skills drive quality and output; a low figure means under-investing in people.",
                "Les compétences font la qualité ; un chiffre bas révèle un sous-investissement.",
                "Las competencias dan calidad y productividad; una cifra baja indica poca inversión."
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
                "Many women but few women supervisors: wasted talent that buyers' audits may flag.",
                "Beaucoup de femmes, peu d'encadrantes : du talent perdu, que les audits peuvent relever.",
                "Muchas mujeres, pocas supervisoras: talento perdido que las auditorías pueden señalar."
            ),
        },
    ],
};

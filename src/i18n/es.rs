use super::Catalog;

pub const CATALOG: Catalog = Catalog {
    language_name: "Español",
    language_label: "Idioma",
    app_title: "Preparación SCORE",
    intro: "Descubra qué tan preparada está su empresa para los cinco módulos del programa de formación SCORE de la OIT y por dónde empezar. Responda a preguntas sobre cómo funciona hoy su lugar de trabajo: obtendrá un perfil de preparación y un punto de partida recomendado, con razones y primeros pasos.",
    duration: "Unos 10 a 15 minutos. Puede detenerse y volver: su progreso se guarda en este navegador.",
    privacy: "Sus respuestas se quedan en este navegador. No se envía nada a ninguna parte, salvo que usted decida compartirlas o descargarlas.",
    start: "Comenzar la evaluación",
    crash: "Lo sentimos, algo salió mal y la evaluación se detuvo. Recargue la página para continuar; las respuestas ya dadas se conservan en este navegador.",
};

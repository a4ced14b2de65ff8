use super::Catalog;

pub const CATALOG: Catalog = Catalog {
    language_name: "English",
    language_label: "Language",
    app_title: "SCORE Readiness",
    intro: "Find out how ready your enterprise is for the five modules of the ILO's SCORE training programme, and where to start. Answer questions about how your workplace runs today; you get a readiness profile and a recommended starting point, with reasons and first steps.",
    duration: "About 10 to 15 minutes. You can stop and come back: your progress is kept in this browser.",
    privacy: "Your answers stay in this browser. Nothing is sent anywhere unless you choose to share or download it.",
    start: "Start the assessment",
    crash: "Sorry, something went wrong and the assessment stopped. Reload the page to continue; answers already given are kept in this browser.",
};

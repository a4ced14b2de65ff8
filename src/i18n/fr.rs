use super::Catalog;

pub const CATALOG: Catalog = Catalog {
    language_name: "Français",
    language_label: "Langue",
    app_title: "Préparation SCORE",
    intro: "Découvrez à quel point votre entreprise est prête pour les cinq modules du programme de formation SCORE de l’OIT, et par où commencer. Répondez à des questions sur le fonctionnement actuel de votre lieu de travail : vous obtenez un profil de préparation et un point de départ recommandé, avec les raisons et les premières actions.",
    duration: "Environ 10 à 15 minutes. Vous pouvez vous arrêter et revenir : votre progression est conservée dans ce navigateur.",
    privacy: "Vos réponses restent dans ce navigateur. Rien n’est envoyé nulle part, sauf si vous choisissez de les partager ou de les télécharger.",
    start: "Commencer l’évaluation",
    crash: "Désolé, une erreur est survenue et l’évaluation s’est arrêtée. Rechargez la page pour continuer ; les réponses déjà données sont conservées dans ce navigateur.",
};

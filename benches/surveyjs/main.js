// Renders survey.json with SurveyJS in the language of `?lang=` (en, fr or
// es), loading SurveyJS's own interface strings for that language only, and
// marks `bench-interactive` once the survey and its first page are rendered.
/* global Survey, SurveyUI */
const LOCALES = { fr: 'french', es: 'spanish' };
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';

function script(src) {
  return new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.src = src;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(element);
  });
}

const [json] = await Promise.all([
  fetch('survey.json').then((response) => response.json()),
  LOCALES[lang] ? script(`core/i18n/${LOCALES[lang]}.min.js`) : null,
]);
const model = new Survey.Model(json);
model.locale = lang === 'en' ? '' : lang;
model.onAfterRenderSurvey.add(() => performance.mark('bench-interactive'));
SurveyUI.renderSurvey(model, document.getElementById('survey'));

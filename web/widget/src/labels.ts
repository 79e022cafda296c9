/**
 * Interface texts per language. Other languages: `SavoirFAQ.addLabels('de', {...})` before or after the script loads.
 */
export interface Labels {
  title: string;
  searchLabel: string;
  placeholder: string;
  popular: string;
  topics: string;
  allTopics: string;
  /** `{n}`: number of answers */
  resultsOne: string;
  resultsMany: string;
  /** `{q}`: the question */
  noResults: string;
  searching: string;
  back: string;
  helpful: string;
  yes: string;
  no: string;
  thanks: string;
  reasonLegend: string;
  reasons: Record<string, string>;
  send: string;
  contact: string;
  open: string;
  close: string;
  error: string;
  /** `{language}`: the language the answer is shown in */
  servedIn: string;
}

const en: Labels = {
  title: 'Help centre',
  searchLabel: 'Search the help centre',
  placeholder: 'Type your question',
  popular: 'Popular questions',
  topics: 'Topics',
  allTopics: 'All topics',
  resultsOne: '1 answer',
  resultsMany: '{n} answers',
  noResults: 'No answer found for “{q}”. Try other words or contact us.',
  searching: 'Searching…',
  back: 'Back',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for your feedback.',
  reasonLegend: 'What was missing? (optional)',
  reasons: {
    unclear: 'It is not clear',
    outdated: 'It is out of date',
    'not-my-question': 'It does not answer my question',
    other: 'Something else',
  },
  send: 'Send',
  contact: 'Contact us',
  open: 'Help',
  close: 'Close help',
  error: 'Something went wrong. Please try again.',
  servedIn: 'Shown in {language}',
};

const fr: Labels = {
  title: 'Centre d’aide',
  searchLabel: 'Rechercher dans le centre d’aide',
  placeholder: 'Posez votre question',
  popular: 'Questions fréquentes',
  topics: 'Thèmes',
  allTopics: 'Tous les thèmes',
  resultsOne: '1 réponse',
  resultsMany: '{n} réponses',
  noResults: 'Aucune réponse pour « {q} ». Essayez d’autres mots ou contactez-nous.',
  searching: 'Recherche…',
  back: 'Retour',
  helpful: 'Cette réponse vous a-t-elle aidé ?',
  yes: 'Oui',
  no: 'Non',
  thanks: 'Merci pour votre avis.',
  reasonLegend: 'Qu’est-ce qui manquait ? (facultatif)',
  reasons: {
    unclear: 'Ce n’est pas clair',
    outdated: 'Ce n’est plus à jour',
    'not-my-question': 'Cela ne répond pas à ma question',
    other: 'Autre chose',
  },
  send: 'Envoyer',
  contact: 'Nous contacter',
  open: 'Aide',
  close: 'Fermer l’aide',
  error: 'Une erreur est survenue. Veuillez réessayer.',
  servedIn: 'Affiché en {language}',
};

const registry = new Map<string, Labels>([
  ['en', en],
  ['fr', fr],
]);

/** Adds or completes a language's texts (missing ones come from English). */
export function addLabels(language: string, labels: Partial<Labels>): void {
  const key = language.toLowerCase();
  registry.set(key, { ...en, ...registry.get(key), ...labels });
}

/** The texts for a locale: its own, else its language's, else English. */
export function labelsFor(locale: string): Labels {
  return registry.get(locale.toLowerCase()) ?? registry.get(primaryLanguage(locale)) ?? en;
}

export const primaryLanguage = (locale: string): string => locale.split('-')[0].toLowerCase();

export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

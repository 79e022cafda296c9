import type { SeedArticle, SeedContent } from './types.js';

/** The parts of the CLINC150 files this loader reads (see ../shared/datasets/clinc150/README.md). */
export interface Clinc150Dataset {
  train: [query: string, intent: string][];
}
export type Clinc150Domains = Record<string, string[]>;

const words = (name: string) => name.replace(/_/g, ' ');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const clincIntentKey = (intent: string) => `clinc150.${intent}`;
export const clincSlug = (intent: string) => `clinc150-${intent.replace(/_/g, '-')}`;

/**
 * One English article per CLINC150 intent, filed under its domain, with the intent's training queries as
 * alternative questions: a larger, labelled knowledge base to measure how well questions find their article (the
 * validation queries, kept out of the articles, are the test set).
 */
export function clincContent(dataset: Clinc150Dataset, domains: Clinc150Domains): SeedContent {
  const queries = new Map<string, string[]>();
  for (const [query, intent] of dataset.train) {
    const list = queries.get(intent) ?? [];
    list.push(query.trim());
    queries.set(intent, list);
  }
  const articles: SeedArticle[] = [];
  for (const [domain, intents] of Object.entries(domains)) {
    for (const intent of intents) {
      const subject = words(intent);
      articles.push({
        slug: clincSlug(intent),
        category: `clinc150-${domain.replace(/_/g, '-')}`,
        audience: 'public',
        tags: ['clinc150', domain.replace(/_/g, '-')],
        intents: [clincIntentKey(intent)],
        locales: {
          en: {
            title: capitalised(subject),
            summary: `Help with "${subject}" requests (${words(domain)}).`,
            body: `## ${capitalised(subject)}\n\nThis article answers customer requests about **${subject}**, in the *${words(domain)}* domain of the CLINC150 benchmark.\n\nIts alternative questions are the benchmark's training queries for the intent \`${intent}\`.\n`,
            alternativeQuestions: [...new Set(queries.get(intent) ?? [])],
          },
        },
      });
    }
  }
  return {
    categories: [
      { slug: 'clinc150', names: { en: 'CLINC150 benchmark' }, position: 100 },
      ...Object.keys(domains).map((domain, position) => ({
        slug: `clinc150-${domain.replace(/_/g, '-')}`,
        names: { en: capitalised(words(domain)) },
        parent: 'clinc150',
        position,
      })),
    ],
    intents: Object.entries(domains).flatMap(([domain, intents]) =>
      intents.map((intent) => ({
        key: clincIntentKey(intent),
        name: capitalised(words(intent)),
        description: `CLINC150 intent, domain ${words(domain)}`,
      })),
    ),
    articles,
  };
}

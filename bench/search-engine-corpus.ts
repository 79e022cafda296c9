import type { SearchDocument } from '../src/modules/search/search-engine.js';

/** Deterministic pseudo-random numbers (mulberry32), so that every run indexes and queries the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = {
  en: {
    nouns: [
      'invoice',
      'password',
      'card',
      'account',
      'roaming',
      'subscription',
      'refund',
      'delivery',
      'order',
      'voicemail',
      'router',
      'modem',
      'e-mail',
      'wi-fi',
      'contract',
      'plan',
      'payment',
      'direct debit',
      'sim card',
      'pin code',
      'puk code',
      'number',
      'address',
      'appointment',
      'warranty',
      'repair',
      'screen',
      'battery',
      'charger',
      'fibre',
      'bill',
      'balance',
      'credit',
      'overdraft',
      'transfer',
      'statement',
      'login',
      'profile',
      'notification',
      'app',
      'tariff',
      'data',
      'bundle',
      'upgrade',
      'cancellation',
      'complaint',
      'parcel',
      'voucher',
    ],
    verbs: [
      'change',
      'cancel',
      'reset',
      'update',
      'activate',
      'block',
      'track',
      'pay',
      'download',
      'renew',
      'transfer',
      'check',
      'replace',
      'report',
      'recover',
    ],
    qualifiers: [
      'online',
      'abroad',
      'from the app',
      'by phone',
      'in a shop',
      'this month',
      'after moving',
      'for a child',
      'on a second line',
      'quickly',
    ],
    question: (v: string, n: string, q: string) => `How do I ${v} my ${n} ${q}?`,
    asked: [
      (v: string, n: string) => `how can i ${v} my ${n}`,
      (v: string, n: string) => `i need to ${v} the ${n}`,
      (v: string, n: string) => `${n} ${v}`,
      (v: string, n: string) => `is it possible to ${v} my ${n} online?`,
    ],
    alt: [
      (v: string, n: string) => `${v} ${n}`,
      (v: string, n: string) => `can i ${v} the ${n}`,
      (v: string, n: string) => `problem with my ${n}, how to ${v} it`,
    ],
    sentences: [
      (v: string, n: string) => `To ${v} your ${n}, open your customer area and choose the matching option.`,
      (v: string, n: string) => `You can ${v} the ${n} at any time; the change applies within 24 hours.`,
      (_v: string, n: string) => `Your ${n} details are shown in the app under Settings.`,
      (v: string, n: string) =>
        `If you cannot ${v} your ${n}, call customer service and have your contract number ready.`,
      (_v: string, n: string) => `Fees may apply to the ${n} depending on your plan.`,
    ],
  },
  fr: {
    nouns: [
      'facture',
      'mot de passe',
      'carte',
      'compte',
      'itinérance',
      'abonnement',
      'remboursement',
      'livraison',
      'commande',
      'messagerie',
      'box',
      'modem',
      'e-mail',
      'wi-fi',
      'contrat',
      'forfait',
      'paiement',
      'prélèvement',
      'carte SIM',
      'code PIN',
      'code PUK',
      'numéro',
      'adresse',
      'rendez-vous',
      'garantie',
      'réparation',
      'écran',
      'batterie',
      'chargeur',
      'fibre',
      'solde',
      'crédit',
      'découvert',
      'virement',
      'relevé',
      'identifiant',
      'profil',
      'notification',
      'application',
      'tarif',
      'données',
      'option',
      'résiliation',
      'réclamation',
      'colis',
      'bon d’achat',
    ],
    verbs: [
      'modifier',
      'annuler',
      'réinitialiser',
      'mettre à jour',
      'activer',
      'bloquer',
      'suivre',
      'payer',
      'télécharger',
      'renouveler',
      'transférer',
      'vérifier',
      'remplacer',
      'signaler',
      'récupérer',
    ],
    qualifiers: [
      'en ligne',
      "à l'étranger",
      "depuis l'application",
      'par téléphone',
      'en boutique',
      'ce mois-ci',
      'après un déménagement',
      'pour un enfant',
      'sur une deuxième ligne',
      'rapidement',
    ],
    question: (v: string, n: string, q: string) => `Comment ${v} mon ${n} ${q} ?`,
    asked: [
      (v: string, n: string) => `comment ${v} mon ${n}`,
      (v: string, n: string) => `je dois ${v} le ${n}`,
      (v: string, n: string) => `${n} ${v}`,
      (v: string, n: string) => `est-ce possible de ${v} mon ${n} en ligne ?`,
    ],
    alt: [
      (v: string, n: string) => `${v} ${n}`,
      (v: string, n: string) => `puis-je ${v} le ${n}`,
      (v: string, n: string) => `problème avec mon ${n}, comment le ${v}`,
    ],
    sentences: [
      (v: string, n: string) =>
        `Pour ${v} votre ${n}, ouvrez votre espace client et choisissez l'option correspondante.`,
      (v: string, n: string) => `Vous pouvez ${v} le ${n} à tout moment ; le changement s'applique sous 24 heures.`,
      (_v: string, n: string) => `Les informations de votre ${n} sont affichées dans l'application, rubrique Réglages.`,
      (v: string, n: string) =>
        `Si vous ne parvenez pas à ${v} votre ${n}, appelez le service client avec votre numéro de contrat.`,
      (_v: string, n: string) => `Des frais peuvent s'appliquer au ${n} selon votre forfait.`,
    ],
  },
};

export type BenchLocale = keyof typeof VOCABULARY;
export const BENCH_LOCALES = Object.keys(VOCABULARY) as BenchLocale[];

const pick = <T>(rnd: () => number, items: T[]): T => items[Math.floor(rnd() * items.length)];

/** FAQ-like articles: a question title, a one-sentence summary, a few paragraphs, three alternative phrasings. */
export function generateArticles(count: number, locale: BenchLocale, seed = 42): SearchDocument[] {
  const rnd = random(seed);
  const words = VOCABULARY[locale];
  const documents: SearchDocument[] = [];
  for (let i = 0; i < count; i += 1) {
    const verb = pick(rnd, words.verbs);
    const noun = pick(rnd, words.nouns);
    const sentences = Array.from({ length: 4 + Math.floor(rnd() * 5) }, () =>
      pick(rnd, words.sentences)(pick(rnd, words.verbs), pick(rnd, words.nouns)),
    );
    documents.push({
      articleId: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      locale,
      revision: 1,
      slug: `article-${i}`,
      title: words.question(verb, noun, pick(rnd, words.qualifiers)),
      summary: words.sentences[0](verb, noun),
      body: sentences.join(' '),
      alternativeQuestions: words.alt.map((phrase) => phrase(verb, noun)),
      audience: rnd() < 0.8 ? 'public' : 'internal',
      categoryId: null,
      tags: [],
      intents: [],
      expiresAt: null,
    });
  }
  return documents;
}

/** One- and two-word queries as customers type them: nouns, verb + noun, some prefixes and typos. */
export function generateQueries(count: number, locale: BenchLocale, seed = 7): string[] {
  const rnd = random(seed);
  const words = VOCABULARY[locale];
  return Array.from({ length: count }, () => {
    const noun = pick(rnd, words.nouns).split(' ')[0];
    const roll = rnd();
    if (roll < 0.4) return noun;
    if (roll < 0.7) return `${pick(rnd, words.verbs).split(' ')[0]} ${noun}`;
    if (roll < 0.85) return noun.slice(0, Math.max(3, Math.ceil(noun.length * 0.6))); // still typing
    const at = 1 + Math.floor(rnd() * (noun.length - 2));
    return noun.slice(0, at) + noun[at + 1] + noun[at] + noun.slice(at + 2); // a swapped pair of letters
  });
}

/** Questions as customers ask a bot: a verb and a noun of the knowledge base in one of a few everyday phrasings. */
export function generateQuestions(count: number, locale: BenchLocale, seed = 11): string[] {
  const rnd = random(seed);
  const words = VOCABULARY[locale];
  return Array.from({ length: count }, () => pick(rnd, words.asked)(pick(rnd, words.verbs), pick(rnd, words.nouns)));
}

/** `count` generated articles in every bench locale (the same articles, translated), keyed by locale. */
export function benchContent(count: number): Record<BenchLocale, SearchDocument[]> {
  return Object.fromEntries(
    BENCH_LOCALES.map((locale, i) => [locale, generateArticles(count, locale, i + 1)]),
  ) as Record<BenchLocale, SearchDocument[]>;
}

import { analyzerFor } from '../../common/language/analysis.js';

/**
 * How failing questions are grouped into gap topics: two normalised queries of one locale are the same topic when
 * their word sets are similar enough and the matcher does not name two different nearest articles for them (a query
 * too far from every article has none, and may join a topic that has one). Pure and
 * in memory: the gap pass loads the topics of the locales it sees and asks this for each query it has not seen yet.
 */

/**
 * Least Jaccard similarity of two queries' word sets for them to be one topic. Words are compared as the question
 * matcher analyses them (stemmed, stop words left out): "where can i park my car" and "where do i park my car" are
 * {park, car} both; "how do i reset my pin" and "how do i pay my bill" share nothing.
 */
export const SAME_TOPIC_WORDS = 0.6;
/**
 * Words shared by more topics than this are not used to find candidates (they are too common to tell topics apart,
 * and would make every query compare with every topic); the similarity itself is always computed on all words.
 */
const MAX_POSTING = 200;

export interface TopicKey {
  id: string;
  locale: string;
  /** The normalised query the topic was founded on. */
  key: string;
  nearestArticleId: string | null;
}

/** The topic words of a query: its terms less stop words (all of its terms when it has nothing else). */
export function wordsOf(locale: string, query: string): Set<string> {
  const words = analyzerFor(locale || 'en', true).questionWords(query);
  const content = words.filter((w) => !w.stop);
  return new Set((content.length > 0 ? content : words).map((w) => w.term));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface Bucket {
  topics: Map<string, { words: Set<string>; nearestArticleId: string | null }>;
  postings: Map<string, string[]>;
}

export class TopicGrouper {
  /** Per locale: the topics' word sets and nearest articles, and which topics each word occurs in. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(topics: TopicKey[] = []) {
    for (const topic of topics) this.add(topic);
  }

  add(topic: TopicKey): void {
    const bucket = this.buckets.get(topic.locale) ?? { topics: new Map(), postings: new Map() };
    this.buckets.set(topic.locale, bucket);
    const words = wordsOf(topic.locale, topic.key);
    bucket.topics.set(topic.id, { words, nearestArticleId: topic.nearestArticleId });
    for (const w of words) {
      const list = bucket.postings.get(w) ?? [];
      list.push(topic.id);
      bucket.postings.set(w, list);
    }
  }

  /** The most similar topic a query belongs to, if one is similar enough. */
  find(locale: string, query: string, nearestArticleId: string | null): string | undefined {
    const bucket = this.buckets.get(locale);
    if (!bucket) return undefined;
    const words = wordsOf(locale, query);
    const candidates = new Set<string>();
    for (const w of words) {
      const list = bucket.postings.get(w);
      if (list && list.length <= MAX_POSTING) list.forEach((id) => candidates.add(id));
    }
    let best: { id: string; score: number } | undefined;
    for (const id of candidates) {
      const topic = bucket.topics.get(id)!;
      if (nearestArticleId && topic.nearestArticleId && nearestArticleId !== topic.nearestArticleId) continue;
      const score = jaccard(words, topic.words);
      if (score >= SAME_TOPIC_WORDS && (!best || score > best.score)) best = { id, score };
    }
    return best?.id;
  }
}

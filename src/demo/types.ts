import type { Audience, Channel } from '../common/domain.js';

/** One locale's content of a seeded article: what an editor would type into revision 1. */
export interface SeedLocaleContent {
  title: string;
  /** The short answer: one or two sentences. */
  summary: string;
  /** Markdown. */
  body: string;
  /** How customers actually phrase the question. */
  alternativeQuestions: string[];
  variants?: Partial<Record<Channel, string>>;
  /** Shown to agents only. */
  internalNotes?: string;
}

export interface SeedArticle {
  slug: string;
  /** Slug of a category of the same content set. */
  category?: string;
  audience: Audience;
  tags: string[];
  /** Keys of intents of the same content set. */
  intents: string[];
  /** Content per locale; the first locale is the article's default locale. */
  locales: Record<string, SeedLocaleContent>;
}

export interface SeedCategory {
  slug: string;
  names: Record<string, string>;
  /** Slug of the parent category, listed earlier in the same content set. */
  parent?: string;
  position: number;
}

export interface SeedIntent {
  key: string;
  name: string;
  description?: string;
}

/** A knowledge base as data: loaded by `loadContent`, which creates what is missing and publishes it. */
export interface SeedContent {
  categories: SeedCategory[];
  intents: SeedIntent[];
  articles: SeedArticle[];
}

import type { Audience, Channel } from '../../common/domain.js';

export const IMPORT_FORMATS = ['zendesk', 'csv', 'markdown'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['markdown', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What happens to a locale whose latest revision was written in Savoir after the last import. */
export const CONFLICT_POLICIES = ['report', 'draft'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

/** Where an item was read, for the report. */
export interface SourcePlace {
  file: string;
  line?: number;
}

/** One locale of an imported article: the content of the revision it should have. */
export interface ImportLocale extends SourcePlace {
  locale: string;
  title: string;
  body: string;
  summary?: string;
  alternativeQuestions?: string[];
  variants?: Partial<Record<Channel, string>>;
  internalNotes?: string;
  changeNote?: string;
  /** Said by the source (a Zendesk draft, `status:` in a Markdown file or CSV row); the import option otherwise. */
  status?: 'published' | 'draft';
}

export interface ImportArticle extends SourcePlace {
  /** Identity in the source system: the next import of the same source finds the article by it. */
  externalId: string;
  slug?: string;
  audience: Audience;
  /** Category slug. */
  category?: string;
  tags: string[];
  intents: string[];
  /** Archived in the source (a Savoir export): imported as drafts, then archived. */
  archived?: boolean;
  /** The first is the article's default locale. */
  locales: ImportLocale[];
}

export interface ImportCategory {
  slug: string;
  names: Record<string, string>;
  parent?: string;
  position: number;
}

export interface ImportIntent {
  key: string;
  name: string;
  description?: string;
}

export interface ImportSynonymGroup {
  locale: string;
  terms: string[];
}

export interface ImportChannelProfile {
  channel: Channel;
  audiences: Audience[];
  variantOrder: Channel[];
  format: string;
  includeInternalNotes: boolean;
  maxChars: number;
  minConfidence: number | null;
}

/** What a format reader yields, in order: taxonomy first, then articles; errors where the input could not be read. */
export type ImportItem =
  | ({ kind: 'category'; category: ImportCategory } & SourcePlace)
  | ({ kind: 'intent'; intent: ImportIntent } & SourcePlace)
  | ({ kind: 'synonyms'; group: ImportSynonymGroup } & SourcePlace)
  | ({ kind: 'channelProfile'; profile: ImportChannelProfile } & SourcePlace)
  | { kind: 'article'; article: ImportArticle }
  /** How many articles are coming, when the reader knows it ahead (for progress). */
  | { kind: 'total'; articles: number }
  | ({ kind: 'error' | 'warning'; message: string; slug?: string; locale?: string } & SourcePlace);

/** A readable input: the namespace of its external ids and its items. */
export interface ImportSource {
  source: ImportFormat;
  items(): AsyncIterable<ImportItem>;
}

export interface ImportOptions {
  /** Publish imported revisions (unless the source marks them as drafts). */
  publish: boolean;
  /** Report what would change; write nothing. */
  dryRun: boolean;
  onConflict: ConflictPolicy;
  /** Written as the author of the revisions. */
  author: string;
}

export type ImportJobOptions = Pick<ImportOptions, 'publish' | 'dryRun' | 'onConflict'> & { format: ImportFormat };

export interface ImportIssue {
  level: 'error' | 'conflict' | 'warning';
  file?: string;
  line?: number;
  slug?: string;
  locale?: string;
  message: string;
}

export interface Tally {
  created: number;
  existing: number;
}

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  articles: { created: number; updated: number; unchanged: number; failed: number };
  locales: { created: number; revised: number; unchanged: number; published: number; conflicts: number };
  categories: Tally;
  intents: Tally;
  synonyms: Tally;
  channelProfiles: { updated: number; unchanged: number };
  issues: ImportIssue[];
  /** Issues beyond the first 1,000 are counted, not listed. */
  issuesOmitted: number;
}

export interface ImportProgress {
  /** Articles handled so far (written, unchanged or failed). */
  done: number;
  /** Articles in the input, when known. */
  total: number | null;
}

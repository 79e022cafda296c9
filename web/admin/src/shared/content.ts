import type { components } from './api-schema.js';

export type Variants = components['schemas']['ChannelVariantsDto'];
export type Channel = keyof Variants & string;
export const CHANNELS: Channel[] = ['web', 'bot', 'voice', 'agent', 'email'];

/** A revision's (or a draft's) content, as the editor and the diffs handle it. */
export interface Content {
  title: string;
  body: string;
  summary: string;
  alternativeQuestions: string[];
  variants: Variants;
  internalNotes: string;
}

/** The fields compared and merged one by one, named as the API's merge and diff name them. */
export type ContentField =
  'title' | 'summary' | 'body' | 'alternativeQuestions' | `variants.${Channel}` | 'internalNotes';
export const CONTENT_FIELDS: ContentField[] = [
  'title',
  'summary',
  'body',
  'alternativeQuestions',
  ...CHANNELS.map((c) => `variants.${c}` as const),
  'internalNotes',
];

export const FIELD_LABELS: Record<ContentField, string> = {
  title: 'Title',
  summary: 'Summary',
  body: 'Body',
  alternativeQuestions: 'Alternative questions',
  'variants.web': 'Web variant',
  'variants.bot': 'Bot variant',
  'variants.voice': 'Voice variant',
  'variants.agent': 'Agent variant',
  'variants.email': 'Email variant',
  internalNotes: 'Internal notes',
};

export const EMPTY_CONTENT: Content = {
  title: '',
  body: '',
  summary: '',
  alternativeQuestions: [],
  variants: {},
  internalNotes: '',
};

export const contentOf = (source: Content): Content => ({
  title: source.title,
  body: source.body,
  summary: source.summary,
  alternativeQuestions: [...source.alternativeQuestions],
  variants: { ...source.variants },
  internalNotes: source.internalNotes,
});

/** A field as text: lists one item a line. */
export function fieldText(content: Content, field: ContentField): string {
  if (field === 'alternativeQuestions') return content.alternativeQuestions.join('\n');
  if (field.startsWith('variants.')) return content.variants[field.slice('variants.'.length) as Channel] ?? '';
  return content[field as 'title' | 'summary' | 'body' | 'internalNotes'];
}

/** The content with one field replaced by text (one list item a line). */
export function withField(content: Content, field: ContentField, text: string): Content {
  if (field === 'alternativeQuestions')
    return {
      ...content,
      alternativeQuestions: text
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
    };
  if (field.startsWith('variants.'))
    return { ...content, variants: { ...content.variants, [field.slice('variants.'.length)]: text } };
  return { ...content, [field]: text };
}

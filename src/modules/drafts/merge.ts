import { CHANNELS, type Channel } from '../../common/domain.js';
import type { RevisionContent } from '../articles/revision.entity.js';

/** The fields a merge works on: the same granularity as `diffContent` (variants channel by channel). */
export const MERGE_FIELDS = [
  'title',
  'summary',
  'body',
  'alternativeQuestions',
  ...CHANNELS.map((c) => `variants.${c}`),
  'internalNotes',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export type FieldValue = string | string[];

export const EMPTY_CONTENT: RevisionContent = {
  title: '',
  body: '',
  summary: '',
  alternativeQuestions: [],
  variants: {},
  internalNotes: '',
};

export function readField(content: RevisionContent, field: MergeField): FieldValue {
  if (field.startsWith('variants.')) return content.variants[field.slice('variants.'.length) as Channel] ?? '';
  return content[field as Exclude<keyof RevisionContent, 'variants'>];
}

function writeField(content: RevisionContent, field: MergeField, value: FieldValue): RevisionContent {
  if (field.startsWith('variants.')) {
    const channel = field.slice('variants.'.length) as Channel;
    const variants = { ...content.variants };
    if (value === '') delete variants[channel];
    else variants[channel] = value as string;
    return { ...content, variants };
  }
  return { ...content, [field]: value };
}

const same = (a: FieldValue, b: FieldValue): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface MergeConflict {
  field: MergeField;
  base: FieldValue;
  live: FieldValue;
  draft: FieldValue;
}

/** How an editor settles one conflicting field: keep one side, or write the value by hand. */
export type Resolution =
  { field: MergeField; take: 'live' | 'draft' } | { field: MergeField; take: 'value'; value: FieldValue };

export interface MergeResult {
  content: RevisionContent;
  /** Fields changed only on the live side, carried into the draft. */
  takenFromLive: MergeField[];
  /** Fields changed on both sides differently and settled by a resolution. */
  resolved: MergeField[];
  /** Fields changed on both sides differently with no resolution: the merge must not be applied. */
  conflicts: MergeConflict[];
}

/**
 * Three-way merge, field by field: a field changed on one side only takes that side; changed on both sides to the
 * same value is kept; changed on both sides differently is a conflict unless a resolution names it.
 */
export function mergeContent(
  base: RevisionContent,
  live: RevisionContent,
  draft: RevisionContent,
  resolutions: Resolution[] = [],
): MergeResult {
  const byField = new Map(resolutions.map((r) => [r.field, r]));
  const result: MergeResult = { content: draft, takenFromLive: [], resolved: [], conflicts: [] };
  for (const field of MERGE_FIELDS) {
    const [b, l, d] = [readField(base, field), readField(live, field), readField(draft, field)];
    if (same(l, b) || same(l, d)) continue;
    if (same(d, b)) {
      result.content = writeField(result.content, field, l);
      result.takenFromLive.push(field);
      continue;
    }
    const resolution = byField.get(field);
    if (!resolution) {
      result.conflicts.push({ field, base: b, live: l, draft: d });
      continue;
    }
    const value = 'value' in resolution ? resolution.value : resolution.take === 'live' ? l : d;
    result.content = writeField(result.content, field, value);
    result.resolved.push(field);
  }
  return result;
}

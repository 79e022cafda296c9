import { createHash } from 'node:crypto';
import { diffArrays, diffLines } from 'diff';
import { CHANNELS } from '../../common/domain.js';
import { CONTENT_FIELDS, RevisionContent } from './revision.entity.js';

/** Fills defaults and drops empty variants so that equal content always hashes the same. */
export function normaliseContent(input: Partial<RevisionContent> & { title: string; body: string }): RevisionContent {
  const variants: RevisionContent['variants'] = {};
  for (const channel of CHANNELS) {
    const text = input.variants?.[channel]?.trim();
    if (text) variants[channel] = text;
  }
  return {
    title: input.title.trim(),
    body: input.body,
    summary: (input.summary ?? '').trim(),
    alternativeQuestions: [...new Set((input.alternativeQuestions ?? []).map((q) => q.trim()).filter(Boolean))],
    variants,
    internalNotes: input.internalNotes ?? '',
  };
}

export function contentHash(content: RevisionContent): string {
  const canonical = JSON.stringify(CONTENT_FIELDS.map((field) => [field, content[field]]));
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

export function pickContent(source: RevisionContent): RevisionContent {
  return {
    title: source.title,
    body: source.body,
    summary: source.summary,
    alternativeQuestions: source.alternativeQuestions,
    variants: source.variants,
    internalNotes: source.internalNotes,
  };
}

export interface LineChange {
  op: 'equal' | 'add' | 'remove';
  value: string;
}

export interface FieldDiff {
  field: string;
  changed: boolean;
  from: unknown;
  to: unknown;
  /** Line-level changes for multi-line text (the body, long notes and variants). */
  lines?: LineChange[];
  /** Item-level changes for lists (alternative questions). */
  items?: LineChange[];
}

const opOf = (change: { added?: boolean; removed?: boolean }): LineChange['op'] =>
  change.added ? 'add' : change.removed ? 'remove' : 'equal';

function textDiff(field: string, from: string, to: string): FieldDiff {
  const diff: FieldDiff = { field, changed: from !== to, from, to };
  if (from.includes('\n') || to.includes('\n')) {
    diff.lines = diffLines(from, to).map((c) => ({ op: opOf(c), value: c.value }));
  }
  return diff;
}

/** Field-by-field comparison of two revisions' content; variants compare channel by channel. */
export function diffContent(from: RevisionContent, to: RevisionContent): FieldDiff[] {
  const result: FieldDiff[] = [
    textDiff('title', from.title, to.title),
    textDiff('summary', from.summary, to.summary),
    textDiff('body', from.body, to.body),
  ];
  const questions: FieldDiff = {
    field: 'alternativeQuestions',
    changed: JSON.stringify(from.alternativeQuestions) !== JSON.stringify(to.alternativeQuestions),
    from: from.alternativeQuestions,
    to: to.alternativeQuestions,
    items: diffArrays(from.alternativeQuestions, to.alternativeQuestions).flatMap((c) =>
      c.value.map((value) => ({ op: opOf(c), value })),
    ),
  };
  result.push(questions);
  for (const channel of CHANNELS) {
    result.push(textDiff(`variants.${channel}`, from.variants[channel] ?? '', to.variants[channel] ?? ''));
  }
  result.push(textDiff('internalNotes', from.internalNotes, to.internalNotes));
  return result;
}

/**
 * A URL-safe slug from a title: lowercase ASCII words joined by hyphens (accents folded: "Réinitialiser" →
 * "reinitialiser").
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'article';
}

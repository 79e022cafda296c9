import { describe, expect, it } from 'vitest';
import type { RevisionContent } from '../articles/revision.entity.js';
import { EMPTY_CONTENT, mergeContent } from './merge.js';

const content = (over: Partial<RevisionContent>): RevisionContent => ({
  ...EMPTY_CONTENT,
  title: 'T',
  body: 'B',
  ...over,
});

describe('mergeContent', () => {
  const base = content({ summary: 'old', variants: { bot: 'bot old' } });

  it('takes each side where only that side changed', () => {
    const live = content({ summary: 'old', title: 'Live title', variants: { bot: 'bot old', voice: 'spoken' } });
    const draft = content({ summary: 'new summary', variants: { bot: 'bot old' } });
    const merged = mergeContent(base, live, draft);
    expect(merged.conflicts).toEqual([]);
    expect(merged.content).toMatchObject({
      title: 'Live title',
      summary: 'new summary',
      variants: { bot: 'bot old', voice: 'spoken' },
    });
    expect(merged.takenFromLive).toEqual(['title', 'variants.voice']);
  });

  it('keeps identical changes and reports different changes to the same field as conflicts', () => {
    const live = content({ summary: 'same', body: 'live body', variants: {} });
    const draft = content({ summary: 'same', body: 'draft body', variants: { bot: 'bot new' } });
    const merged = mergeContent(base, live, draft);
    expect(merged.conflicts).toEqual([
      { field: 'body', base: 'B', live: 'live body', draft: 'draft body' },
      { field: 'variants.bot', base: 'bot old', live: '', draft: 'bot new' },
    ]);
  });

  it('applies resolutions: one side or an explicit value', () => {
    const live = content({ body: 'live body', title: 'Live' });
    const draft = content({ body: 'draft body', title: 'Draft' });
    const merged = mergeContent(base, live, draft, [
      { field: 'body', take: 'value', value: 'hand merged' },
      { field: 'title', take: 'live' },
    ]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.resolved).toEqual(['title', 'body']);
    expect(merged.content).toMatchObject({ title: 'Live', body: 'hand merged' });
  });
});

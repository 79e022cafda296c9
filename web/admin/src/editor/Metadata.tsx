import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { ErrorMessage, Field, splitList, useAction, useLoad } from '../shared/ui.js';

type Article = components['schemas']['ArticleView'];

/** Category, tags, intents and audience: saved on top of the article version read (409 when it moved on). */
export function Metadata({ article, onSaved }: { article: Article; onSaved: () => void }) {
  const [audience, setAudience] = useState(article.audience);
  const [categoryId, setCategoryId] = useState(article.categoryId ?? '');
  const [tags, setTags] = useState(article.tags.join(', '));
  const [intents, setIntents] = useState(article.intents.join(', '));
  const [reviewBy, setReviewBy] = useState(article.reviewBy?.slice(0, 10) ?? '');
  const choices = useLoad(
    () =>
      Promise.all([
        ok(api.GET('/v1/categories', { params: { query: { flat: 'true' } } })),
        ok(api.GET('/v1/intents', { params: { query: { limit: 200 } } })),
      ]),
    [],
  );
  const save = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      version: article.version,
      audience,
      categoryId: categoryId || null,
      tags: splitList(tags),
      intents: splitList(intents),
      reviewBy: reviewBy ? new Date(`${reviewBy}T00:00:00`).toISOString() : null,
    };
    if (await save.run(() => ok(api.PATCH('/v1/articles/{id}', { params: { path: { id: article.id } }, body }))))
      onSaved();
  };
  const [categories, intentPage] = choices.data ?? [[], { items: [] }];
  return (
    <form className="panel toolbar" onSubmit={submit} aria-label="Article metadata">
      <Field label="Audience">
        <select value={audience} onChange={(e) => setAudience(e.target.value as Article['audience'])}>
          <option value="public">public</option>
          <option value="internal">internal</option>
        </select>
      </Field>
      <Field label="Category">
        <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
          <option value="">None</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.names.en ?? Object.values(c.names)[0] ?? c.slug}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Tags" hint="Comma-separated">
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <Field label="Intents" hint="Comma-separated keys">
        <input value={intents} onChange={(e) => setIntents(e.target.value)} list="intent-keys" />
      </Field>
      <Field label="Review by">
        <input type="date" value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} />
      </Field>
      <datalist id="intent-keys">
        {intentPage.items.map((i) => (
          <option key={i.key} value={i.key}>
            {i.name}
          </option>
        ))}
      </datalist>
      <button type="submit" disabled={save.busy}>
        Save metadata
      </button>
      <ErrorMessage error={save.error ?? choices.error} />
    </form>
  );
}

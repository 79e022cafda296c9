import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import { type Content, EMPTY_CONTENT } from '../shared/content.js';
import { navigate } from '../shared/router.js';
import { ErrorMessage, Field, useAction } from '../shared/ui.js';
import { ChannelPreview } from './ChannelPreview.js';
import { ContentForm, contentPayload } from './ContentForm.js';

/** A new article: its first revision in one locale (published from the article's screen). */
export default function NewArticle() {
  const [content, setContent] = useState<Content>(EMPTY_CONTENT);
  const [locale, setLocale] = useState('fr');
  const [audience, setAudience] = useState<'public' | 'internal'>('public');
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const article = await create.run(() =>
      ok(api.POST('/v1/articles', { body: { ...contentPayload(content), locale, audience } })),
    );
    if (article) navigate(`/articles/${article.id}`, { locale });
  };
  return (
    <section>
      <h1>New article</h1>
      <div className="columns">
        <form className="panel" onSubmit={submit} aria-label="New article">
          <div className="toolbar">
            <Field label="Locale">
              <input value={locale} onChange={(e) => setLocale(e.target.value)} size={6} required />
            </Field>
            <Field label="Audience">
              <select value={audience} onChange={(e) => setAudience(e.target.value as 'public' | 'internal')}>
                <option value="public">public</option>
                <option value="internal">internal</option>
              </select>
            </Field>
          </div>
          <ContentForm content={content} onChange={setContent} />
          <ErrorMessage error={create.error} />
          <button type="submit" disabled={create.busy}>
            Create article
          </button>
        </form>
        <ChannelPreview content={content} locale={locale} />
      </div>
    </section>
  );
}

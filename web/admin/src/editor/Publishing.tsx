import { useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { ErrorMessage, Field, formatDate, useAction } from '../shared/ui.js';

type Article = components['schemas']['ArticleView'];

/** `datetime-local` input value → ISO time (the browser's zone), or undefined when empty. */
const isoOf = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/** Publish the head revision now or later, with an optional expiry; unpublish the locale; archive the article. */
export function Publishing({
  article,
  locale,
  onChanged,
}: {
  article: Article;
  locale: string;
  onChanged: () => void;
}) {
  const state = article.locales.find((l) => l.locale === locale);
  const head = state?.headRevision ?? 0;
  const [publishAt, setPublishAt] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const action = useAction();
  const done = async (call: () => Promise<unknown>) => {
    if ((await action.run(call)) !== undefined) onChanged();
  };
  const publish = () =>
    done(() =>
      ok(
        api.POST('/v1/articles/{id}/revisions/{n}/publish', {
          params: { path: { id: article.id, n: head } },
          body: { locale, publishAt: isoOf(publishAt), expiresAt: isoOf(expiresAt) },
        }),
      ),
    );
  const path = { params: { path: { id: article.id } } };
  return (
    <section className="panel" aria-label="Publication">
      <h2>Publication of “{locale}”</h2>
      <p>
        {state?.live ? (
          <>
            Live: revision {state.live.number}, published {formatDate(state.live.publishedAt)}
            {state.live.expiresAt && <>, expires {formatDate(state.live.expiresAt)}</>}.
          </>
        ) : (
          'Not live.'
        )}{' '}
        {state?.scheduled.map((s) => (
          <span key={s.number}>
            Revision {s.number} scheduled for {formatDate(s.publishAt)}.{' '}
          </span>
        ))}
      </p>
      <div className="toolbar">
        <Field label="Publish at" hint="Empty: now">
          <input type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
        </Field>
        <Field label="Expires at" hint="Empty: never">
          <input type="datetime-local" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
        </Field>
        <button
          type="button"
          onClick={publish}
          disabled={action.busy || head === 0 || (state?.liveRevision === head && !expiresAt)}
        >
          {publishAt ? `Schedule revision ${head}` : `Publish revision ${head} now`}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={action.busy || !state?.liveRevision}
          onClick={() => done(() => ok(api.POST('/v1/articles/{id}/unpublish', { ...path, body: { locale } })))}
        >
          Unpublish {locale}
        </button>
        {article.state === 'active' ? (
          <button
            type="button"
            className="danger"
            disabled={action.busy}
            onClick={() => done(() => ok(api.POST('/v1/articles/{id}/archive', path)))}
          >
            Archive article
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={action.busy}
            onClick={() => done(() => ok(api.POST('/v1/articles/{id}/unarchive', path)))}
          >
            Unarchive article
          </button>
        )}
      </div>
      <ErrorMessage error={action.error} />
    </section>
  );
}

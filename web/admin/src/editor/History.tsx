import { useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { contentOf } from '../shared/content.js';
import { DiffView } from '../shared/DiffView.js';
import { ErrorMessage, formatDate, Loading, useAction, useLoad } from '../shared/ui.js';

type Article = components['schemas']['ArticleView'];

/** The locale's revisions; any two side by side as a diff; restore an old one as the next revision. */
export function History({
  article,
  locale,
  head,
  onRestored,
}: {
  article: Article;
  locale: string;
  head: number;
  onRestored: () => void;
}) {
  const revisions = useLoad(
    () => ok(api.GET('/v1/articles/{id}/revisions', { params: { path: { id: article.id }, query: { locale } } })),
    [article.id, locale, head],
  );
  const [pair, setPair] = useState<[number, number]>([Math.max(1, head - 1), head]);
  const [compared, setCompared] = useState<[number, number] | null>(null);
  const restore = useAction();
  const restoreRevision = async (n: number) => {
    const body = { locale, baseRevision: head, changeNote: `Restored revision ${n}` };
    if (
      await restore.run(() =>
        ok(api.POST('/v1/articles/{id}/revisions/{n}/restore', { params: { path: { id: article.id, n } }, body })),
      )
    )
      onRestored();
  };
  return (
    <section className="panel" aria-label="History">
      <h2>History of “{locale}”</h2>
      <Loading loaded={revisions}>
        {(list) => (
          <>
            <table>
              <thead>
                <tr>
                  <th>Revision</th>
                  <th>Status</th>
                  <th>Title</th>
                  <th>Author</th>
                  <th>Note</th>
                  <th>Written</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.number}>
                    <td>{r.number}</td>
                    <td>
                      <span className={`badge${r.status === 'published' ? ' live' : ''}`}>{r.status}</span>
                    </td>
                    <td>{r.title}</td>
                    <td>{r.author}</td>
                    <td>{r.changeNote}</td>
                    <td>{formatDate(r.createdAt)}</td>
                    <td>
                      {r.number !== head && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => restoreRevision(r.number)}
                          disabled={restore.busy}
                        >
                          Restore
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ErrorMessage error={restore.error} />
            {list.length > 1 && (
              <div className="toolbar">
                <label>
                  Compare revision{' '}
                  <select
                    value={pair[0]}
                    onChange={(e) => setPair([Number(e.target.value), pair[1]])}
                    aria-label="From revision"
                  >
                    {list.map((r) => (
                      <option key={r.number}>{r.number}</option>
                    ))}
                  </select>
                </label>
                <label>
                  with{' '}
                  <select
                    value={pair[1]}
                    onChange={(e) => setPair([pair[0], Number(e.target.value)])}
                    aria-label="To revision"
                  >
                    {list.map((r) => (
                      <option key={r.number}>{r.number}</option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => setCompared(pair)}>
                  Compare
                </button>
              </div>
            )}
          </>
        )}
      </Loading>
      {compared && <RevisionDiff articleId={article.id} locale={locale} from={compared[0]} to={compared[1]} />}
    </section>
  );
}

function RevisionDiff({
  articleId,
  locale,
  from,
  to,
}: {
  articleId: string;
  locale: string;
  from: number;
  to: number;
}) {
  const get = (n: number) =>
    ok(api.GET('/v1/articles/{id}/revisions/{n}', { params: { path: { id: articleId, n }, query: { locale } } }));
  const pair = useLoad(() => Promise.all([get(from), get(to)]), [articleId, locale, from, to]);
  return (
    <Loading loaded={pair}>
      {([a, b]) => (
        <DiffView
          left={contentOf(a)}
          right={contentOf(b)}
          leftLabel={`Revision ${from}`}
          rightLabel={`Revision ${to}`}
        />
      )}
    </Loading>
  );
}

import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components, operations } from '../shared/api-schema.js';
import { href, navigate } from '../shared/router.js';
import type { ScreenProps } from '../shared/routes.js';
import { Field, formatDate, Loading, useLoad } from '../shared/ui.js';

type Article = components['schemas']['ArticleView'];
type ListQuery = NonNullable<operations['ArticlesController_list']['parameters']['query']>;

const FILTERS = ['q', 'state', 'publication', 'audience', 'category', 'tag', 'intent', 'locale', 'review'] as const;

/** The articles, filtered by the query of the screen's URL (so a filtered list can be bookmarked and shared). */
export default function ArticleList({ query }: ScreenProps) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const cursor = query.get('cursor') ?? undefined;
  const loaded = useLoad(() => {
    const params = Object.fromEntries(Object.entries({ ...filters, cursor }).filter(([, v]) => v)) as ListQuery;
    return ok(api.GET('/v1/articles', { params: { query: { ...params, limit: 25 } } }));
  }, [query.toString()]);
  return (
    <section>
      <div className="row">
        <h1>Articles</h1>
        <a href="#/articles/new" className="button-link" style={{ marginLeft: 'auto' }}>
          New article
        </a>
      </div>
      <Filters initial={filters} />
      <Loading loaded={loaded}>
        {(page) => (
          <>
            <ArticleTable articles={page.items} />
            {page.nextCursor && (
              <p>
                <a href={href('/articles', { ...filters, cursor: page.nextCursor })}>Next page</a>
              </p>
            )}
          </>
        )}
      </Loading>
    </section>
  );
}

function Filters({ initial }: { initial: Record<(typeof FILTERS)[number], string> }) {
  const [values, setValues] = useState(initial);
  const set = (name: (typeof FILTERS)[number]) => (event: { target: { value: string } }) =>
    setValues({ ...values, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate('/articles', values);
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label="Filters">
      <Field label="Search">
        <input type="search" value={values.q} onChange={set('q')} placeholder="Title or slug" />
      </Field>
      <Field label="Status">
        <select value={values.publication} onChange={set('publication')}>
          <option value="">Any</option>
          <option value="live">Live</option>
          <option value="scheduled">Scheduled</option>
          <option value="unpublished">Unpublished</option>
        </select>
      </Field>
      <Field label="State">
        <select value={values.state} onChange={set('state')}>
          <option value="">Any</option>
          <option value="active">Active</option>
          <option value="archived">Archived</option>
        </select>
      </Field>
      <Field label="Audience">
        <select value={values.audience} onChange={set('audience')}>
          <option value="">Any</option>
          <option value="public">Public</option>
          <option value="internal">Internal</option>
        </select>
      </Field>
      <Field label="Category">
        <input value={values.category} onChange={set('category')} placeholder="slug" size={12} />
      </Field>
      <Field label="Tag">
        <input value={values.tag} onChange={set('tag')} size={10} />
      </Field>
      <Field label="Intent">
        <input value={values.intent} onChange={set('intent')} size={12} />
      </Field>
      <Field label="Locale">
        <input value={values.locale} onChange={set('locale')} size={5} placeholder="fr" />
      </Field>
      <label>
        <input
          type="checkbox"
          checked={values.review === 'due'}
          onChange={(e) => setValues({ ...values, review: e.target.checked ? 'due' : '' })}
        />{' '}
        Review due
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

function ArticleTable({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return <p>No article matches.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Title</th>
          <th>Locales</th>
          <th>Audience</th>
          <th>Tags</th>
          <th>Updated</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => {
          const first = article.locales.find((l) => l.locale === article.defaultLocale) ?? article.locales[0];
          return (
            <tr key={article.id}>
              <td>
                <a href={`#/articles/${article.id}`}>{first?.live?.title ?? article.slug}</a>
                {article.state === 'archived' && <span className="badge"> archived</span>}
                {article.reviewDue && <span className="badge"> review due</span>}
                <div className="hint">
                  <code>{article.slug}</code>
                </div>
              </td>
              <td>
                {article.locales.map((l) => (
                  <span
                    key={l.locale}
                    className={`badge${l.liveRevision ? ' live' : ''}`}
                    title={l.liveRevision ? `live: revision ${l.liveRevision}` : 'not live'}
                  >
                    {l.locale} r{l.headRevision}
                    {l.scheduled.length > 0 ? ' ⏱' : ''}
                  </span>
                ))}
              </td>
              <td>{article.audience}</td>
              <td>{article.tags.join(', ')}</td>
              <td>{formatDate(article.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

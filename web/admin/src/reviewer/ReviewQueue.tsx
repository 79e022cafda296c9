import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { operations } from '../shared/api-schema.js';
import { href, navigate } from '../shared/router.js';
import type { ScreenProps } from '../shared/routes.js';
import { Field, formatDate, Loading, useLoad } from '../shared/ui.js';

type Query = NonNullable<operations['DraftsController_list']['parameters']['query']>;
const FILTERS = ['status', 'locale', 'category', 'author', 'articleId'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Drafts waiting for a decision, oldest first; filters in the URL. */
export default function ReviewQueue({ query }: ScreenProps) {
  const filters = Object.fromEntries(
    FILTERS.map((name) => [name, query.get(name) ?? (name === 'status' ? 'submitted' : '')]),
  ) as Filters;
  const cursor = query.get('cursor') ?? undefined;
  const loaded = useLoad(() => {
    const params = Object.fromEntries(Object.entries({ ...filters, cursor }).filter(([, v]) => v)) as Query;
    return ok(api.GET('/v1/drafts', { params: { query: { ...params, limit: 50 } } }));
  }, [query.toString()]);
  return (
    <section>
      <h1>Review queue</h1>
      <QueueFilters initial={filters} />
      <Loading loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p>No draft waits.</p>
          ) : (
            <>
              <table>
                <thead>
                  <tr>
                    <th>Submitted</th>
                    <th>Title</th>
                    <th>Locale</th>
                    <th>Author</th>
                    <th>Change</th>
                    <th>Status</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((d) => (
                    <tr key={d.id}>
                      <td>{formatDate(d.createdAt)}</td>
                      <td>
                        <a href={`#/reviews/${d.id}`}>{d.title}</a>
                        {d.source.ticketId && <div className="hint">ticket {d.source.ticketId}</div>}
                      </td>
                      <td>{d.locale}</td>
                      <td>{d.author}</td>
                      <td>{d.articleId ? `revision on top of ${d.baseRevision}` : 'new article'}</td>
                      <td>{d.status.replace('_', ' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {page.nextCursor && <a href={href('/reviews', { ...filters, cursor: page.nextCursor })}>Next page</a>}
            </>
          )
        }
      </Loading>
    </section>
  );
}

function QueueFilters({ initial }: { initial: Filters }) {
  const [values, setValues] = useState(initial);
  const set = (name: keyof Filters) => (e: { target: { value: string } }) =>
    setValues({ ...values, [name]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate('/reviews', values);
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label="Filters">
      <Field label="Status">
        <select value={values.status} onChange={set('status')}>
          <option value="submitted">Submitted</option>
          <option value="changes_requested">Changes requested</option>
          <option value="approved">Approved</option>
          <option value="rejected">Rejected</option>
          <option value="withdrawn">Withdrawn</option>
        </select>
      </Field>
      <Field label="Locale">
        <input value={values.locale} onChange={set('locale')} size={5} />
      </Field>
      <Field label="Category">
        <input value={values.category} onChange={set('category')} size={12} />
      </Field>
      <Field label="Author">
        <input value={values.author} onChange={set('author')} size={12} />
      </Field>
      <Field label="Article">
        <input value={values.articleId} onChange={set('articleId')} size={14} placeholder="id or slug" />
      </Field>
      <button type="submit">Filter</button>
    </form>
  );
}

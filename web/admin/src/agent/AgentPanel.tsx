import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { ErrorMessage } from '../shared/ui.js';
import type { AgentApi, RenderedArticle, SearchResult } from './agent-api.js';
import { ArticleView } from './ArticleView.js';
import { DraftForm, type DraftTarget } from './DraftForm.js';
import type { Journey } from './journey.js';
import { MyDrafts } from './MyDrafts.js';

type View =
  | { name: 'search' }
  | { name: 'article'; article: RenderedArticle }
  | { name: 'draft'; target: DraftTarget }
  | { name: 'drafts' };

/** The agent desktop panel: search, an article with its internal notes, copy into a reply, propose drafts. */
export function AgentPanel({ api, journey, onSignOut }: { api: AgentApi; journey: Journey; onSignOut?: () => void }) {
  const [view, setView] = useState<View>({ name: 'search' });
  const [query, setQuery] = useState(journey.query ?? '');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function search(q: string) {
    if (!q.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.search(q.trim(), journey.locale));
      setView({ name: 'search' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (journey.query) void search(journey.query);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- the URL's first search, once

  async function open(articleId: string, rank: number, locale: string) {
    setError(null);
    try {
      const article = await api.render(articleId, 'agent', { searchId: result?.searchId, rank, locale });
      setView({ name: 'article', article });
    } catch (e) {
      setError(e);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void search(query);
  };

  const journeyLine = useMemo(
    () =>
      [journey.ticketId && `Ticket ${journey.ticketId}`, journey.sessionId && `Journey ${journey.sessionId}`]
        .filter(Boolean)
        .join(' · '),
    [journey],
  );

  return (
    <div className="agent-panel">
      <header className="agent-bar">
        <strong>Savoir</strong>
        <nav aria-label="Panel">
          <button type="button" aria-pressed={view.name !== 'drafts'} onClick={() => setView({ name: 'search' })}>
            Articles
          </button>
          <button type="button" aria-pressed={view.name === 'drafts'} onClick={() => setView({ name: 'drafts' })}>
            My drafts
          </button>
          {onSignOut && (
            <button type="button" onClick={onSignOut}>
              Sign out
            </button>
          )}
        </nav>
      </header>
      {journeyLine && <p className="agent-journey">{journeyLine}</p>}
      <ErrorMessage error={error} />

      {view.name === 'drafts' && <MyDrafts api={api} />}

      {view.name !== 'drafts' && (
        <form role="search" onSubmit={onSubmit} className="agent-search">
          <input
            type="search"
            aria-label="Search articles"
            placeholder="Search public and internal articles"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            Search
          </button>
        </form>
      )}

      {view.name === 'search' && result && (
        <section aria-label="Results">
          {result.hits.length === 0 ? (
            <div className="agent-empty">
              <p>No article matches “{query}”.</p>
              <button
                type="button"
                onClick={() =>
                  setView({
                    name: 'draft',
                    target: { kind: 'new', title: query, locale: journey.locale ?? result.locales[0] ?? 'en' },
                  })
                }
              >
                Suggest a new article
              </button>
            </div>
          ) : (
            <ol className="agent-hits">
              {result.hits.map((hit, index) => (
                <li key={`${hit.articleId}-${hit.locale}`}>
                  <button
                    type="button"
                    className="agent-hit"
                    onClick={() => void open(hit.articleId, index + 1, hit.locale)}
                  >
                    <span className="agent-hit-title">{hit.title}</span>
                    {/* The API's snippet is escaped text with <mark> only (see SearchHitView.snippet). */}
                    <span className="agent-snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {view.name === 'article' && (
        <ArticleView
          api={api}
          article={view.article}
          onBack={() => setView({ name: 'search' })}
          onSuggest={(target) => setView({ name: 'draft', target })}
          onError={setError}
        />
      )}

      {view.name === 'draft' && (
        <DraftForm
          api={api}
          target={view.target}
          ticketId={journey.ticketId}
          onDone={() => setView({ name: 'drafts' })}
          onCancel={() => setView({ name: 'search' })}
        />
      )}
    </div>
  );
}

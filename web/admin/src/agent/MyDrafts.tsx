import { useEffect, useState } from 'react';
import { ErrorMessage } from '../shared/ui.js';
import type { AgentApi, Draft } from './agent-api.js';

const STATUS_LABELS: Record<Draft['status'], string> = {
  submitted: 'Waiting for review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** The agent's own drafts, newest first, with where each one stands. */
export function MyDrafts({ api }: { api: AgentApi }) {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api
      .myDrafts()
      .then((page) => setDrafts(page.items))
      .catch(setError);
  }, [api]);

  if (error) return <ErrorMessage error={error} />;
  if (!drafts) return <p>Loading…</p>;
  if (drafts.length === 0) return <p>You have not suggested anything yet.</p>;
  return (
    <section aria-labelledby="agent-drafts-heading">
      <h2 id="agent-drafts-heading">My drafts</h2>
      <ul className="agent-drafts">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <span className="agent-hit-title">{draft.title}</span>
            <span className={`agent-status agent-status-${draft.status}`}>{STATUS_LABELS[draft.status]}</span>
            <span className="agent-meta">
              {draft.articleId ? 'Correction' : 'New article'} · {draft.locale}
              {draft.source.ticketId ? ` · ticket ${draft.source.ticketId}` : ''} ·{' '}
              {new Date(draft.createdAt).toLocaleString()}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

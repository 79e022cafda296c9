import { useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { contentOf, EMPTY_CONTENT } from '../shared/content.js';
import { DiffView } from '../shared/DiffView.js';
import type { ScreenProps } from '../shared/routes.js';
import { ErrorMessage, Field, formatDate, Loading, useAction, useLoad } from '../shared/ui.js';
import { Rebase } from './Rebase.js';

type Draft = components['schemas']['DraftDetailView'];

/** A draft beside the live revision as a diff, its history, and the decision. */
export default function DraftReview({ params }: ScreenProps) {
  const loaded = useLoad(async () => {
    const draft = await ok(api.GET('/v1/drafts/{id}', { params: { path: { id: params.id } } }));
    const live =
      draft.articleId && draft.liveRevision
        ? await ok(
            api.GET('/v1/articles/{id}/revisions/{n}', {
              params: { path: { id: draft.articleId, n: draft.liveRevision }, query: { locale: draft.locale } },
            }),
          )
        : null;
    return { draft, live };
  }, [params.id]);
  return (
    <Loading loaded={loaded}>
      {({ draft, live }) => (
        <section>
          <h1>Draft: {draft.title}</h1>
          <p>
            By {draft.author}, {formatDate(draft.createdAt)} · {draft.locale} ·{' '}
            {draft.articleId ? (
              <a href={`#/articles/${draft.articleId}?locale=${draft.locale}`}>the article</a>
            ) : (
              'a new article'
            )}
            {draft.source.ticketId && <> · ticket {draft.source.ticketId}</>} ·{' '}
            <span className="badge">{draft.status.replace('_', ' ')}</span>
          </p>
          {draft.note && <p className="panel">“{draft.note}”</p>}
          {draft.stale && <Rebase draft={draft} onRebased={loaded.reload} />}
          <h2>
            {live ? `Live revision ${live.number} → draft` : draft.articleId ? 'Not live → draft' : 'New article'}
          </h2>
          <DiffView
            left={live ? contentOf(live) : EMPTY_CONTENT}
            right={contentOf(draft)}
            leftLabel={live ? `Live (revision ${live.number})` : 'Nothing live'}
            rightLabel="Draft"
          />
          {(draft.status === 'submitted' || draft.status === 'changes_requested') && (
            <Decision draft={draft} onDecided={loaded.reload} />
          )}
          <h2>History</h2>
          <ul>
            {draft.history.map((h) => (
              <li key={h.id}>
                {formatDate(h.at)} — {h.action.replace('_', ' ')} by {h.actor}
                {h.comment && <>: “{h.comment}”</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Loading>
  );
}

function Decision({ draft, onDecided }: { draft: Draft; onDecided: () => void }) {
  const [comment, setComment] = useState('');
  const [publishAt, setPublishAt] = useState('');
  const action = useAction();
  const path = { params: { path: { id: draft.id } } };
  const decide = async (call: () => Promise<unknown>) => {
    if ((await action.run(call)) !== undefined) onDecided();
  };
  const needsComment = !comment.trim();
  return (
    <section className="panel" aria-label="Decision">
      <h2>Decision</h2>
      <Field label="Comment" hint="Shown to the author; required to request changes or reject">
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
      </Field>
      <div className="toolbar">
        <Field label="Publish at" hint="Empty: on approval">
          <input type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
        </Field>
        <button
          type="button"
          disabled={action.busy || draft.stale || draft.status !== 'submitted'}
          onClick={() =>
            decide(() =>
              ok(
                api.POST('/v1/drafts/{id}/approve', {
                  ...path,
                  body: {
                    version: draft.version,
                    ...(comment.trim() ? { comment } : {}),
                    ...(publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
                  },
                }),
              ),
            )
          }
        >
          Approve
        </button>
        <button
          type="button"
          className="secondary"
          disabled={action.busy || needsComment || draft.status !== 'submitted'}
          onClick={() =>
            decide(() =>
              ok(api.POST('/v1/drafts/{id}/request-changes', { ...path, body: { comment, version: draft.version } })),
            )
          }
        >
          Request changes
        </button>
        <button
          type="button"
          className="danger"
          disabled={action.busy || needsComment}
          onClick={() =>
            decide(() => ok(api.POST('/v1/drafts/{id}/reject', { ...path, body: { comment, version: draft.version } })))
          }
        >
          Reject
        </button>
      </div>
      {draft.stale && (
        <p className="hint">The article changed since this draft was written: rebase it before approving.</p>
      )}
      <ErrorMessage error={action.error} />
    </section>
  );
}

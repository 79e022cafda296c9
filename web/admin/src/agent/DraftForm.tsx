import { type FormEvent, useEffect, useState } from 'react';
import { ErrorMessage } from '../shared/ui.js';
import type { AgentApi, Revision } from './agent-api.js';

/** What the agent proposes: a correction of the revision they read, or a new article. */
export type DraftTarget =
  | { kind: 'change'; articleId: string; locale: string; revision: number; title: string }
  | { kind: 'new'; locale: string; title: string };

/** A proposal to the editors, with the ticket it came from; it is a draft until an editor approves it. */
export function DraftForm({
  api,
  target,
  ticketId,
  onDone,
  onCancel,
}: {
  api: AgentApi;
  target: DraftTarget;
  ticketId?: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [base, setBase] = useState<Revision | null>(null);
  const [title, setTitle] = useState(target.title);
  const [body, setBody] = useState('');
  const [note, setNote] = useState('');
  const [ticket, setTicket] = useState(ticketId ?? '');
  const [audience, setAudience] = useState<'public' | 'internal'>('public');
  const [locale, setLocale] = useState(target.locale);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (target.kind !== 'change') return;
    api
      .revision(target.articleId, target.locale, target.revision)
      .then((revision) => {
        setBase(revision);
        setTitle(revision.title);
        setBody(revision.body);
      })
      .catch(setError);
  }, [api, target]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSending(true);
    setError(null);
    const source = { ...(ticket.trim() ? { ticketId: ticket.trim() } : {}), channel: 'agent' as const };
    try {
      if (target.kind === 'change') {
        // The rest of the revision as it was, so that the editor's diff shows only what the agent changed.
        const { summary, alternativeQuestions, variants, internalNotes } = base!;
        await api.proposeDraft({
          articleId: target.articleId,
          baseRevision: target.revision,
          locale: target.locale,
          title,
          body,
          summary,
          alternativeQuestions,
          variants,
          internalNotes,
          note,
          source,
        });
      } else {
        await api.proposeDraft({ locale, audience, title, body, note, source });
      }
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  }

  const loading = target.kind === 'change' && !base;
  return (
    <form className="agent-form" onSubmit={(e) => void submit(e)} aria-labelledby="agent-draft-heading">
      <h2 id="agent-draft-heading">
        {target.kind === 'change' ? `Suggest a correction (revision ${target.revision})` : 'Suggest a new article'}
      </h2>
      <ErrorMessage error={error} />
      <label>
        Title
        <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} disabled={loading} />
      </label>
      <label>
        Text (Markdown)
        <textarea required rows={10} value={body} onChange={(e) => setBody(e.target.value)} disabled={loading} />
      </label>
      {target.kind === 'new' && (
        <div className="agent-row">
          <label>
            Audience
            <select value={audience} onChange={(e) => setAudience(e.target.value as 'public' | 'internal')}>
              <option value="public">Customers (public)</option>
              <option value="internal">Agents only (internal)</option>
            </select>
          </label>
          <label>
            Language
            <input
              required
              pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"
              value={locale}
              onChange={(e) => setLocale(e.target.value)}
              size={6}
            />
          </label>
        </div>
      )}
      <label>
        Note for the editor
        <textarea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="What is wrong or missing, and why"
        />
      </label>
      <label>
        Ticket
        <input value={ticket} maxLength={200} onChange={(e) => setTicket(e.target.value)} />
      </label>
      <div className="agent-actions">
        <button type="submit" disabled={sending || loading}>
          Send to the editors
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

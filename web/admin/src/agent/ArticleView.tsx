import { useState } from 'react';
import type { AgentApi, RenderedArticle } from './agent-api.js';
import { copyText, replyText } from './clipboard.js';
import type { DraftTarget } from './DraftForm.js';

const COPY_LABELS = { agent: 'Copy agent answer', email: 'Copy email reply' } as const;

/** One article as the agent channel serves it, its internal notes, and the ways to use it or correct it. */
export function ArticleView({
  api,
  article,
  onBack,
  onSuggest,
  onError,
}: {
  api: AgentApi;
  article: RenderedArticle;
  onBack: () => void;
  onSuggest: (target: DraftTarget) => void;
  onError: (error: unknown) => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);

  /**
   * The agent variant is the one on screen; the email variant is served (and logged) for the email channel when
   * asked for. Either is logged as copied_to_reply against the served answer that was copied.
   */
  async function copy(channel: 'agent' | 'email') {
    setCopied(null);
    try {
      const served =
        channel === 'agent' ? article : await api.render(article.articleId, 'email', { locale: article.locale });
      if (!(await copyText(replyText(served.content, served.format))))
        throw new Error('The browser did not allow copying: select the text and copy it');
      await api.copiedToReply(served.servedId);
      setCopied(channel);
    } catch (e) {
      onError(e);
    }
  }

  return (
    <article className="agent-article" aria-labelledby="agent-article-title">
      <button type="button" className="agent-link" onClick={onBack}>
        ← Results
      </button>
      <h2 id="agent-article-title">{article.title}</h2>
      <p className="agent-meta">
        {article.slug} · {article.locale} · revision {article.revision}
      </p>
      <div className="agent-actions">
        {(['agent', 'email'] as const).map((channel) => (
          <button key={channel} type="button" onClick={() => void copy(channel)}>
            {COPY_LABELS[channel]}
          </button>
        ))}
        <button
          type="button"
          onClick={() =>
            onSuggest({
              kind: 'change',
              articleId: article.articleId,
              locale: article.locale,
              revision: article.revision,
              title: article.title,
            })
          }
        >
          Suggest a correction
        </button>
      </div>
      {/* Always in the page, so that screen readers announce what appears in it. */}
      <p role="status" className="agent-meta">
        {copied && `Copied into the reply (${copied} variant).`}
      </p>
      {article.internalNotes && (
        <aside className="agent-notes" aria-label="Internal notes">
          <h3>Internal notes</h3>
          <div className="agent-plain">{article.internalNotes}</div>
        </aside>
      )}
      {article.format === 'html' ? (
        // Served HTML is sanitised by the API (see RenderedArticleView.content).
        <div className="agent-content" dangerouslySetInnerHTML={{ __html: article.content }} />
      ) : (
        <div className="agent-content agent-plain">{article.content}</div>
      )}
    </article>
  );
}

import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';

/** Most documents one call can return: what `POST /v1/answers` ranks (the best answer and its alternatives). */
export const MAX_DOCUMENTS = 4;

export interface SavoirRetrieverInput extends BaseRetrieverInput {
  /** Where Savoir listens, e.g. `https://kb.example.com`. */
  baseUrl: string;
  /** An API key; its role and channel bound what is retrieved. */
  apiKey: string;
  /** BCP 47 locale wanted (Savoir falls back along its chain and reports the locale served). */
  locale?: string;
  /** Serve as this channel instead of the key's own (within what the key's role allows). */
  channel?: 'web' | 'bot' | 'voice' | 'agent' | 'email';
  /**
   * `search` (default): the `k` articles most likely to answer the question, best first, whatever their confidence.
   * `answer`: only the one answer Savoir is confident enough to give on the channel, or no document when it hands off.
   */
  mode?: 'search' | 'answer';
  /** Documents to return in `search` mode: 1 to 4 (default 4). */
  k?: number;
  /** Pseudonymous session id, recorded with what was served. */
  sessionId?: string;
  /** Per-request timeout in milliseconds (default 10 s). */
  timeoutMs?: number;
}

/** What every document's metadata carries. */
export interface SavoirDocumentMetadata {
  articleId: string;
  slug: string;
  revision: number;
  locale: string;
  title: string;
  /**
   * In both modes, Savoir's calibrated confidence (0 to 1) that the article answers the question: the scale of the
   * channel's hand-off threshold, comparable across questions, modes and search engines.
   */
  score: number;
  /** Id of the served-answer log row, for feedback (`POST /v1/feedback`). */
  servedId: string | null;
  searchId: string;
  /** 1 for the best document. */
  rank: number;
  /** `text`, `html`, `markdown` or `ssml`, as the channel renders. */
  format: string;
  [key: string]: unknown;
}

interface Candidate {
  articleId: string;
  slug: string;
  revision: number;
  locale: string;
  title: string;
  confidence: number;
}

interface Rendered {
  servedId: string | null;
  articleId: string;
  slug: string;
  revision: number;
  locale: string;
  title: string;
  format: string;
  content: string;
}

interface AnswerResponse {
  answered: boolean;
  confidence: number;
  servedId: string | null;
  searchId: string;
  answer?: Rendered;
  alternatives: Candidate[];
}

/**
 * A LangChain retriever over a running Savoir, through its public HTTP API: bot frameworks plug it into their
 * chains and get the knowledge base's articles (served and logged like any other channel's) as Documents.
 */
export class SavoirRetriever extends BaseRetriever<SavoirDocumentMetadata> {
  lc_namespace = ['savoir', 'retrievers'];

  static lc_name(): string {
    return 'SavoirRetriever';
  }

  private readonly options: Required<Pick<SavoirRetrieverInput, 'baseUrl' | 'apiKey' | 'mode' | 'k' | 'timeoutMs'>> &
    SavoirRetrieverInput;

  constructor(fields: SavoirRetrieverInput) {
    super(fields);
    this.options = {
      mode: 'search',
      k: MAX_DOCUMENTS,
      timeoutMs: 10_000,
      ...fields,
      baseUrl: fields.baseUrl.replace(/\/+$/, ''),
    };
    const { k } = this.options;
    if (!Number.isInteger(k) || k < 1 || k > MAX_DOCUMENTS)
      throw new RangeError(`SavoirRetriever: k must be an integer from 1 to ${MAX_DOCUMENTS}, got ${k}`);
  }

  async _getRelevantDocuments(query: string): Promise<Document<SavoirDocumentMetadata>[]> {
    const body = {
      question: query,
      locale: this.options.locale,
      channel: this.options.channel,
      sessionId: this.options.sessionId,
    };
    const result = await this.call<AnswerResponse>('POST', '/v1/answers', {}, body);
    const answer = result.answer
      ? [toDocument({ ...result.answer, servedId: result.servedId }, result.confidence, result.searchId, 1)]
      : [];
    if (this.options.mode === 'answer') return answer;
    // The alternatives are listed, not served: each one returned is rendered (and logged as served) at its rank.
    const alternatives = result.alternatives.slice(0, this.options.k - answer.length).map(async (candidate, i) => {
      const rank = answer.length + i + 1;
      const rendered = await this.call<Rendered>(
        'GET',
        `/v1/articles/${encodeURIComponent(candidate.articleId)}/render`,
        {
          locale: candidate.locale,
          channel: this.options.channel,
          searchId: result.searchId,
          rank: String(rank),
          sessionId: this.options.sessionId,
        },
      );
      return toDocument(rendered, candidate.confidence, result.searchId, rank);
    });
    return [...answer, ...(await Promise.all(alternatives))];
  }

  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    params: Record<string, string | undefined>,
    body?: Record<string, unknown>,
  ): Promise<T> {
    const url = new URL(this.options.baseUrl + path);
    for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${this.options.apiKey}`,
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body
        ? JSON.stringify(Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)))
        : undefined,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
      throw new Error(
        `Savoir ${method} ${path} answered ${response.status}: ${problem.detail ?? problem.title ?? response.statusText}`,
      );
    }
    return (await response.json()) as T;
  }
}

function toDocument(
  rendered: Rendered,
  score: number,
  searchId: string,
  rank: number,
): Document<SavoirDocumentMetadata> {
  return new Document({
    pageContent: rendered.content,
    metadata: {
      articleId: rendered.articleId,
      slug: rendered.slug,
      revision: rendered.revision,
      locale: rendered.locale,
      title: rendered.title,
      score,
      servedId: rendered.servedId,
      searchId,
      rank,
      format: rendered.format,
    },
  });
}

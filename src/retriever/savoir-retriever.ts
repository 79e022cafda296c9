import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';

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
   * `search` (default): the top `k` search hits, each rendered for the channel. `answer`: the one best answer of
   * `POST /v1/answers`, or no document when Savoir hands off.
   */
  mode?: 'search' | 'answer';
  /** Documents to return in `search` mode (default 4). */
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
  /** Search relevance in `search` mode, the answer's confidence in `answer` mode. */
  score: number;
  servedId: string | null;
  searchId: string;
  rank: number;
  format: string;
  [key: string]: unknown;
}

interface SearchResponse {
  searchId: string;
  hits: { articleId: string; slug: string; revision: number; locale: string; title: string; score: number }[];
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
  handoff: boolean;
  servedId: string | null;
  searchId: string;
  answer?: Rendered;
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

  private readonly options: Required<Pick<SavoirRetrieverInput, 'baseUrl' | 'apiKey' | 'mode' | 'k' | 'timeoutMs'>> & SavoirRetrieverInput;

  constructor(fields: SavoirRetrieverInput) {
    super(fields);
    this.options = { mode: 'search', k: 4, timeoutMs: 10_000, ...fields, baseUrl: fields.baseUrl.replace(/\/+$/, '') };
  }

  async _getRelevantDocuments(query: string): Promise<Document<SavoirDocumentMetadata>[]> {
    return this.options.mode === 'answer' ? this.answer(query) : this.search(query);
  }

  private async search(query: string): Promise<Document<SavoirDocumentMetadata>[]> {
    const result = await this.call<SearchResponse>('GET', '/v1/search', { q: query, limit: String(this.options.k), locale: this.options.locale, channel: this.options.channel, sessionId: this.options.sessionId });
    return Promise.all(
      result.hits.map(async (hit, i) => {
        const rendered = await this.call<Rendered>('GET', `/v1/articles/${encodeURIComponent(hit.articleId)}/render`, {
          locale: hit.locale,
          channel: this.options.channel,
          searchId: result.searchId,
          rank: String(i + 1),
          sessionId: this.options.sessionId,
        });
        return toDocument(rendered, hit.score, result.searchId, i + 1);
      }),
    );
  }

  private async answer(query: string): Promise<Document<SavoirDocumentMetadata>[]> {
    const body = { question: query, locale: this.options.locale, channel: this.options.channel, sessionId: this.options.sessionId };
    const result = await this.call<AnswerResponse>('POST', '/v1/answers', {}, body);
    if (!result.answer) return [];
    return [toDocument({ ...result.answer, servedId: result.servedId }, result.confidence, result.searchId, 1)];
  }

  private async call<T>(method: 'GET' | 'POST', path: string, params: Record<string, string | undefined>, body?: Record<string, unknown>): Promise<T> {
    const url = new URL(this.options.baseUrl + path);
    for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${this.options.apiKey}`, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined))) : undefined,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
      throw new Error(`Savoir ${method} ${path} answered ${response.status}: ${problem.detail ?? problem.title ?? response.statusText}`);
    }
    return (await response.json()) as T;
  }
}

function toDocument(rendered: Rendered, score: number, searchId: string, rank: number): Document<SavoirDocumentMetadata> {
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

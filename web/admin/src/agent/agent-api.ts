/** The calls the agent panel makes, on the agent's key (channel `agent` unless said otherwise). */

export interface SearchHit {
  articleId: string;
  slug: string;
  revision: number;
  locale: string;
  title: string;
  snippet: string;
}
export interface SearchResult {
  searchId: string;
  /** The locales searched, the one asked for first. */
  locales: string[];
  total: number;
  hits: SearchHit[];
}
export interface RenderedArticle {
  servedId: string;
  articleId: string;
  slug: string;
  revision: number;
  locale: string;
  channel: string;
  title: string;
  format: 'html' | 'markdown' | 'text' | 'speech';
  variant: string;
  content: string;
  internalNotes?: string;
}
export interface Revision {
  number: number;
  locale: string;
  title: string;
  body: string;
  summary: string;
  alternativeQuestions: string[];
  variants: Record<string, string>;
  internalNotes: string;
}
export interface Draft {
  id: string;
  status: 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';
  articleId: string | null;
  locale: string;
  title: string;
  source: { ticketId?: string; conversationId?: string };
  createdAt: string;
  updatedAt: string;
}
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
    return fields ? `${error.message} (${fields})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export type Send = <T>(method: 'GET' | 'POST', path: string, options?: { query?: Record<string, string | undefined>; body?: unknown }) => Promise<T>;

/** A JSON client of the API on one key; errors become ApiError with the problem+json body. */
export function keyedClient(key: string): Send {
  return async (method, path, { query = {}, body } = {}) => {
    const url = new URL(path, location.origin);
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') url.searchParams.set(name, value);
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiError({ status: response.status, ...(payload as object) });
    return payload as never;
  };
}

export function randomId(): string {
  return crypto.randomUUID();
}

/** What the panel needs from the API, bound to one key and to the customer's journey. */
export function agentApi(send: Send, journey: { sessionId?: string }) {
  const sessionId = journey.sessionId;
  return {
    search: (q: string, locale?: string) => send<SearchResult>('GET', '/v1/search', { query: { q, locale, limit: '10', channel: 'agent', sessionId } }),
    /** `searchId` and `rank` say which search result was opened. */
    render: (articleId: string, channel: 'agent' | 'email', options: { locale?: string; searchId?: string; rank?: number } = {}) =>
      send<RenderedArticle>('GET', `/v1/articles/${encodeURIComponent(articleId)}/render`, {
        query: { channel, sessionId, locale: options.locale, searchId: options.searchId, rank: options.rank === undefined ? undefined : String(options.rank) },
      }),
    revision: (articleId: string, locale: string, number: number) => send<Revision>('GET', `/v1/articles/${encodeURIComponent(articleId)}/revisions/${number}`, { query: { locale } }),
    copiedToReply: (servedId: string) => send<unknown>('POST', '/v1/events', { body: [{ id: randomId(), type: 'copied_to_reply', servedId, sessionId, at: new Date().toISOString() }] }),
    proposeDraft: (draft: Record<string, unknown>) => send<Draft>('POST', '/v1/drafts', { body: draft }),
    myDrafts: () => send<{ items: Draft[] }>('GET', '/v1/drafts', { query: { mine: 'true', order: 'desc', limit: '20' } }),
  };
}
export type AgentApi = ReturnType<typeof agentApi>;

import { getSessionId, randomUuid as uuid } from './session.js';

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
  hits: SearchHit[];
}
export interface FaqItem {
  articleId: string;
  categoryId: string | null;
  locale: string;
  title: string;
}
export interface Category {
  id: string;
  slug: string;
  names: Record<string, string>;
  children: Category[];
}
export interface RenderedArticle {
  servedId: string;
  articleId: string;
  locale: string;
  title: string;
  content: string;
}
export type EventType = 'click' | 'handoff';

/** The Savoir REST API as the widget uses it: a public key, the channel `web`, the tab's session id on every call. */
export class SavoirApi {
  constructor(
    private readonly base: string,
    private readonly key: string,
    readonly locale: string,
  ) {}

  search(q: string, signal: AbortSignal): Promise<SearchResult> {
    return this.get(
      '/v1/search',
      { q, locale: this.locale, limit: '8', channel: 'web', sessionId: getSessionId() },
      signal,
    );
  }

  faq(category?: string): Promise<{ items: FaqItem[] }> {
    return this.get('/v1/faq', {
      locale: this.locale,
      channel: 'web',
      limit: category ? '30' : '100',
      ...(category ? { category } : {}),
    });
  }

  categories(): Promise<Category[]> {
    return this.get('/v1/categories', {});
  }

  render(articleId: string, from?: { searchId: string; rank: number }): Promise<RenderedArticle> {
    const query: Record<string, string> = { locale: this.locale, channel: 'web', sessionId: getSessionId() };
    if (from) Object.assign(query, { searchId: from.searchId, rank: String(from.rank) });
    return this.get(`/v1/articles/${encodeURIComponent(articleId)}/render`, query);
  }

  feedback(servedId: string, helpful: boolean, reason?: string): Promise<unknown> {
    return this.post('/v1/feedback', { id: uuid(), servedId, helpful, ...(reason ? { reason } : {}) });
  }

  /** `keepalive`, so that an event sent as the customer follows a link away still arrives. */
  event(type: EventType, about: { servedId: string } | { searchId: string }): Promise<unknown> {
    return this.post('/v1/events', [
      { id: uuid(), type, ...about, sessionId: getSessionId(), at: new Date().toISOString() },
    ]);
  }

  private async get<T>(path: string, query: Record<string, string>, signal?: AbortSignal): Promise<T> {
    const url = new URL(path, this.base);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return this.send<T>(url.href, { signal });
  }

  private post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>(new URL(path, this.base).href, {
      method: 'POST',
      body: JSON.stringify(body),
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    });
  }

  private async send<T>(url: string, init: RequestInit): Promise<T> {
    const response = await fetch(url, {
      ...init,
      credentials: 'omit',
      headers: { ...init.headers, authorization: `Bearer ${this.key}` },
    });
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response.json() as Promise<T>;
  }
}

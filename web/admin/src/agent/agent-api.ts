import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';

type Schemas = components['schemas'];
export type SearchResult = Schemas['SearchResultView'];
export type RenderedArticle = Schemas['RenderedArticleView'];
export type Revision = Schemas['RevisionView'];
export type DraftProposal = Schemas['CreateDraftDto'];

/** A draft as the panel lists it (the fields of the API's draft it shows). */
export interface Draft {
  id: string;
  status: 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';
  articleId: string | null;
  locale: string;
  title: string;
  source: { ticketId?: string; conversationId?: string };
  createdAt: string;
}

/**
 * The calls the agent panel makes, through the back-office's typed client on the signed-in key (channel `agent`
 * unless said otherwise), each with the customer's journey id when the desktop gave one.
 */
export function agentApi(journey: { sessionId?: string }) {
  const sessionId = journey.sessionId;
  return {
    search: (q: string, locale?: string) =>
      ok(api.GET('/v1/search', { params: { query: { q, locale, limit: 10, channel: 'agent', sessionId } } })),
    /** `searchId` and `rank` say which search result was opened. */
    render: (
      idOrSlug: string,
      channel: 'agent' | 'email',
      options: { locale?: string; searchId?: string; rank?: number } = {},
    ) =>
      ok(
        api.GET('/v1/articles/{idOrSlug}/render', {
          params: { path: { idOrSlug }, query: { channel, sessionId, ...options } },
        }),
      ),
    revision: (id: string, locale: string, n: number) =>
      ok(api.GET('/v1/articles/{id}/revisions/{n}', { params: { path: { id, n }, query: { locale } } })),
    copiedToReply: (servedId: string) =>
      ok(
        api.POST('/v1/events', {
          body: [
            { id: crypto.randomUUID(), type: 'copied_to_reply', servedId, sessionId, at: new Date().toISOString() },
          ],
        }),
      ),
    proposeDraft: (draft: DraftProposal) => ok(api.POST('/v1/drafts', { body: draft })),
    // The OpenAPI document does not describe the drafts list's response yet: its shape is stated here.
    myDrafts: () =>
      ok(api.GET('/v1/drafts', { params: { query: { mine: true, order: 'desc', limit: 20 } } })) as unknown as Promise<{
        items: Draft[];
      }>,
  };
}
export type AgentApi = ReturnType<typeof agentApi>;

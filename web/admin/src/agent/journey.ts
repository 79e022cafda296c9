/** Same rule as the API's sessionId: a pseudonymous id, never personal data. */
const SESSION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * What the desktop that embeds the panel tells it in the URL: `/admin/agent?session=<journey id>&ticket=<ticket id>
 * &q=<first search>&locale=<locale>`. The session id makes the agent's views part of the customer's journey (so a
 * self-service answer followed by this contact is counted); an id that is not one is ignored.
 */
export interface Journey {
  sessionId?: string;
  ticketId?: string;
  query?: string;
  locale?: string;
}

export function journeyFromUrl(search: string): Journey {
  const params = new URLSearchParams(search);
  const session = params.get('session') ?? params.get('sessionId') ?? undefined;
  const ticket = params.get('ticket')?.trim().slice(0, 200);
  const locale = params.get('locale') ?? undefined;
  return {
    sessionId: session && SESSION_PATTERN.test(session) ? session : undefined,
    ticketId: ticket || undefined,
    query: params.get('q')?.slice(0, 500) || undefined,
    locale: locale && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : undefined,
  };
}

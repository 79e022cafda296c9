import { DomainError } from '../../common/errors.js';
import type { Principal } from '../../common/domain.js';

/** At most this many origins per key: a site and its few variants, not a registry. */
export const MAX_ALLOWED_ORIGINS = 50;

/**
 * The origin a value names (`https://www.example.com`, `http://localhost:8080`), in the form browsers send in the
 * `Origin` header; null when it is not an http(s) origin alone (a path, query, user or wildcard is refused).
 */
export function normaliseOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  return url.origin;
}

interface BrowserRequest {
  headers: Record<string, string | string[] | undefined>;
}

const firstHeader = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0].trim();

/**
 * The page origin of a cross-origin browser request, or null for a same-origin request or a client that is not a
 * browser (no `Origin` header). Same origin: the `Origin` names the host the request was sent to.
 */
export function crossOriginOf(request: BrowserRequest): string | null {
  const origin = firstHeader(request.headers['origin']);
  if (!origin) return null;
  const host = firstHeader(request.headers['x-forwarded-host']) ?? firstHeader(request.headers['host']);
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // `Origin: null` (sandboxed frames, files) and other opaque origins are never the server's own.
  }
  return originHost !== null && host !== undefined && originHost === host.toLowerCase() ? null : origin;
}

/** Refuses a cross-origin browser request whose page origin the key does not list (403). */
export function assertOriginAllowed(principal: Principal, request: BrowserRequest): void {
  const origin = crossOriginOf(request);
  if (origin === null || principal.allowedOrigins?.includes(origin)) return;
  throw new DomainError(
    'FORBIDDEN',
    `This API key may not be used from pages on ${origin}: add the origin to the key's allowedOrigins`,
    { origin },
  );
}

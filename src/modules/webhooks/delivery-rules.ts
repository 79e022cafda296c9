import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-savoir-signature';
export const TIMESTAMP_HEADER = 'x-savoir-timestamp';

/**
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. Signing the timestamp with the body lets a receiver reject
 * replays: it recomputes the HMAC over the raw body and refuses timestamps too far from its clock.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Exponential backoff with ±20% jitter, so that receivers coming back are not hit by every retry at once. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}

/** Whether a webhook's filter (`*`, `article.*`, or exact types) selects an event type. */
export function selects(filter: string[], type: string): boolean {
  return filter.some(
    (pattern) =>
      pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1))),
  );
}

/** Same rule as the API's sessionId: a pseudonymous id, never personal data. */
export const SESSION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const STORAGE_KEY = 'savoir-faq.session';

let inMemory: string | undefined;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // blocked storage (privacy settings, sandboxed frames): the id lives as long as the page
  }
}

/** A random (v4) uuid; `crypto.randomUUID` exists only on https pages and localhost. */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The tab's journey id: kept in sessionStorage (one per tab, gone with it), created on first use. No cookies. */
export function getSessionId(): string {
  const stored = inMemory ?? storage()?.getItem(STORAGE_KEY) ?? undefined;
  if (stored && SESSION_PATTERN.test(stored)) return (inMemory = stored);
  return setSessionId(randomUuid());
}

/** Sets the journey id (e.g. the one the contact centre's own tools use for this visitor). */
export function setSessionId(id: string): string {
  if (!SESSION_PATTERN.test(id)) throw new TypeError('A session id is 1-128 letters, digits, ".", "_", ":" or "-"');
  inMemory = id;
  try {
    storage()?.setItem(STORAGE_KEY, id);
  } catch {
    // storage full or blocked: the in-memory id still serves this page
  }
  document.dispatchEvent(new CustomEvent('savoir-faq:session', { detail: { sessionId: id } }));
  return id;
}

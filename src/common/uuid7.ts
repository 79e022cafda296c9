import { randomFillSync } from 'node:crypto';

/** Random bytes drawn in bulk (one call to the system's generator per 409 ids, not one per id). */
const pool = Buffer.alloc(4096);
let used = pool.length;

function randomBytes10(): Buffer {
  if (used + 10 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 10;
  return pool.subarray(used - 10, used);
}
/**
 * The time (Unix milliseconds) a UUID version 7 was made at, read from its first 48 bits; undefined for other versions.
 */
export function uuid7Time(id: string): number | undefined {
  return id[14] === '7' ? parseInt(id.slice(0, 8) + id.slice(9, 13), 16) : undefined;
}

/** Any UUID in its textual form (tells an id from a slug). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits. Ids made later sort after
 * earlier ones, so rows keyed by them are appended at the end of their primary-key index instead of landing on a
 * random page of it: cheaper inserts for append-only logs.
 */
export function uuid7(now = Date.now()): string {
  const random = randomBytes10();
  const bytes = [
    Math.floor(now / 2 ** 40) & 0xff,
    Math.floor(now / 2 ** 32) & 0xff,
    (now >>> 24) & 0xff,
    (now >>> 16) & 0xff,
    (now >>> 8) & 0xff,
    now & 0xff,
    0x70 | (random[0] & 0x0f),
    random[1],
    0x80 | (random[2] & 0x3f),
    ...random.subarray(3, 10),
  ];
  const hex = bytes.map((b) => HEX[b]).join('');
  // Joined, not concatenated: one flat string, not a rope that every later read (hashing, JSON, COPY) flattens.
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

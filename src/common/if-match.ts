import { badInput } from './errors.js';
import { MAX_INTEGER } from './input-guard.js';

/**
 * The base a write names: the body's field, or the `If-Match` header (`"3"`, `W/"3"` or `3`). Both present and
 * different is an error, so a client cannot send two contradicting bases.
 */
export function baseFrom(
  bodyValue: number | undefined,
  ifMatch: string | string[] | undefined,
  field: string,
): number | undefined {
  const header = Array.isArray(ifMatch) ? ifMatch[0] : ifMatch;
  let fromHeader: number | undefined;
  if (header !== undefined && header !== '') {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    fromHeader = match ? Number(match[1]) : NaN;
    if (!(fromHeader <= MAX_INTEGER))
      throw badInput(`If-Match must name a revision number, e.g. "3"`, [
        { field: 'If-Match', message: `not a revision number (at most ${MAX_INTEGER})` },
      ]);
  }
  if (bodyValue !== undefined && fromHeader !== undefined && bodyValue !== fromHeader) {
    throw badInput(`${field} (${bodyValue}) and If-Match (${fromHeader}) disagree`, [
      { field, message: 'disagrees with If-Match' },
    ]);
  }
  return bodyValue ?? fromHeader;
}

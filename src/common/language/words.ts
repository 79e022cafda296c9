/** Splitting text into words and folding them, for search and for the question matcher (see analysis.ts). */

/**
 * Words: letters and digits, possibly joined by hyphens or apostrophes, so that `e-mail`, `rendez-vous`, `wi-fi`
 * and `l'application` stay single tokens (a tokeniser splitting on `-` turns `e-mail` into the prefix `e`, which
 * matches every document).
 */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

/** Lowercase without diacritics: `Réinitialiser` → `reinitialiser`, `cœur` → `coeur`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

export interface TokenSpan {
  start: number;
  end: number;
  text: string;
}

export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD))
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return spans;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

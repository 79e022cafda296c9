import { decodeHTML } from 'entities';
import { marked } from 'marked';
import { TokenSpan, tokenSpans } from '../../common/language/words.js';

/** Plain text of a Markdown body, for indexing and snippets: markup, tags and entities gone, whitespace collapsed. */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  // HTML's decoding rules: code points beyond Unicode, surrogates and NUL become U+FFFD (never a throw).
  return stripControl(decodeHTML(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Removes control characters. Indexed text never contains them, so that engines can be asked to highlight with
 * control characters as markers that cannot clash with the content.
 */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** Text with matches delimited by MARK_START/MARK_END → HTML-escaped text with `<mark>` around the matches. */
export function markersToHtml(text: string): string {
  return escapeHtml(text).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Longest snippet, in characters, before cropping. */
export const SNIPPET_LENGTH = 200;
/** Context kept before the first match of a cropped snippet. */
const LEAD = 40;

/**
 * A highlighted excerpt of `text`: the window of about SNIPPET_LENGTH characters holding the most matches,
 * cut at word boundaries, `…` where cropped, matches in `<mark>`, the rest escaped.
 * Returns the number of matched words too, so that callers can pick the best field.
 */
export function highlight(
  text: string,
  isMatch: (token: TokenSpan) => boolean,
  length = SNIPPET_LENGTH,
): { html: string; matches: number } {
  const spans = tokenSpans(text);
  const matched = spans.filter(isMatch);
  let from = 0;
  if (text.length > length && matched.length > 0) {
    // The window starting at some match that covers the most matches.
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < matched.length; i += 1) {
      while (j < matched.length && matched[j].end - matched[i].start <= length - LEAD) j += 1;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = i;
      }
    }
    from = Math.max(0, matched[best].start - LEAD);
  }
  let to = Math.min(text.length, from + length);
  // Snap to word boundaries so that no word is cut in half.
  if (from > 0) {
    const firstWord = spans.find((s) => s.end > from);
    if (firstWord && firstWord.start < from) from = firstWord.end;
  }
  if (to < text.length) {
    const cut = spans.find((s) => s.end > to);
    if (cut && cut.start < to) to = cut.start;
  }
  let html = '';
  let cursor = from;
  let count = 0;
  for (const span of matched) {
    if (span.start < from || span.end > to) continue;
    html += `${escapeHtml(text.slice(cursor, span.start))}<mark>${escapeHtml(span.text)}</mark>`;
    cursor = span.end;
    count += 1;
  }
  html += escapeHtml(text.slice(cursor, to));
  html = html.trim();
  return { html: `${from > 0 ? '… ' : ''}${html}${to < text.length ? ' …' : ''}`, matches: count };
}

// Entities are decoded by HTML's rules: code points beyond Unicode, surrogates and NUL become U+FFFD (never a throw).
import { decodeHTML } from 'entities';
import { LRUCache } from 'lru-cache';
import { lexer, parse, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Output formats of the channel profiles. */
export const FORMATS = ['html', 'markdown', 'text', 'speech'] as const;
export type Format = (typeof FORMATS)[number];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del'],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

/** Markdown → HTML safe to insert into a page: no scripts, event handlers, styles or javascript: links. */
export function markdownToHtml(markdown: string): string {
  return sanitizeHtml(parse(markdown, { async: false, gfm: true }), SANITIZE).trim();
}

interface TextOptions {
  /** Keep link targets, as "text (url)". */
  urls: boolean;
}

/**
 * Link targets written out in plain text: other schemes (javascript:, data:, vbscript:…) and relative links are not.
 */
const SHOWN_SCHEMES = /^(?:https?:\/\/|mailto:|tel:)/i;

/** A link in plain text: its text, and its target when that is a web, mail or phone address worth writing out. */
function linkText(link: Tokens.Link, options: TextOptions): string {
  const text = inline(link.tokens, options);
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"): judge the target without them.
  const href = decodeHTML(link.href).replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!SHOWN_SCHEMES.test(href)) return UNSAFE_URL.test(text.replace(/\s+/g, '')) ? '' : text;
  if (!options.urls || href === text || href.replace(SHOWN_SCHEMES, '') === text) return text;
  return `${text} (${href})`;
}

function inline(tokens: Token[] | undefined, options: TextOptions): string {
  return (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'link':
          return linkText(token as Tokens.Link, options);
        case 'image':
          return (token as Tokens.Image).text;
        case 'br':
          return '\n';
        case 'html':
          return stripTags((token as Tokens.HTML).text);
        case 'text':
        case 'strong':
        case 'em':
        case 'del': {
          const t = token as Tokens.Text;
          return t.tokens ? inline(t.tokens, options) : decodeHTML(t.text);
        }
        case 'codespan':
        case 'escape':
          return decodeHTML((token as Tokens.Codespan).text);
        default:
          return 'text' in token ? String(token.text) : '';
      }
    })
    .join('');
}

function blocks(tokens: Token[], options: TextOptions): string[] {
  return tokens.flatMap((token): string[] => {
    switch (token.type) {
      case 'space':
      case 'hr':
        return [];
      case 'heading':
      case 'paragraph':
        return [inline((token as Tokens.Paragraph).tokens, options)];
      case 'text': {
        const t = token as Tokens.Text;
        return [t.tokens ? inline(t.tokens, options) : t.text];
      }
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        const items = list.items.map(
          (item, i) => `${list.ordered ? `${start + i}.` : '-'} ${blocks(item.tokens, options).join(' ')}`,
        );
        return [items.join('\n')];
      }
      case 'blockquote':
        return blocks((token as Tokens.Blockquote).tokens, options);
      case 'code':
        return [(token as Tokens.Code).text];
      case 'table': {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens, options)).join(' | ');
        return [[row(table.header), ...table.rows.map(row)].join('\n')];
      }
      case 'html':
        return [stripTags((token as Tokens.HTML).text)].filter((s) => s.trim());
      default:
        return 'text' in token ? [String(token.text)] : [];
    }
  });
}

function stripTags(html: string): string {
  return decodeHTML(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }));
}

/** Written-out URLs with a scheme that runs code or embeds a document, wherever they come from (text, code, HTML). */
const UNSAFE_URL = /\b(?:java|vb|live)script:|\bdata:\S/i;
const UNSAFE_URLS = /\b(?:java|vb|live)script:\S+|\bdata:\S+/gi;
/** "<" that would open a tag, comment, doctype or processing instruction for an HTML parser. */
const TAG_OPEN = /<([a-z/!?][^<>]*)(>?)/gi;

/**
 * Plain text that stays text for a client that inserts it into a page as HTML: every "<" that would open a tag
 * becomes "‹" (and the ">" closing it "›"), so `<b>` reads ‹b› and can never be live markup, while "a < b" and
 * "<3" are left alone; javascript:, vbscript: and data: URLs are removed. Entities are already decoded ("&amp;"
 * is "&"): this is text, not HTML, and is to be escaped like any text by a client that builds HTML from it.
 */
export function neutraliseMarkup(text: string): string {
  return text
    .replace(TAG_OPEN, (_tag, inside: string, close: string) => `‹${inside}${close ? '›' : ''}`)
    .replace(UNSAFE_URLS, '');
}

/**
 * Markdown → plain text: paragraphs separated by blank lines, lists as "- item", links as "text (url)" (web, mail and
 * phone targets only), code and HTML as their text, with no tag-shaped sequence nor dangerous URL left
 * (neutraliseMarkup).
 */
export function markdownToText(markdown: string): string {
  return neutraliseMarkup(
    blocks(lexer(markdown, { gfm: true }), { urls: true })
      .map((b) => b.trim())
      .filter(Boolean)
      .join('\n\n'),
  );
}

const SPOKEN: Record<string, Record<string, string>> = {
  en: {
    '&': 'and',
    '%': 'percent',
    '+': 'plus',
    '@': 'at',
    '€': 'euros',
    $: 'dollars',
    '£': 'pounds',
    '#': 'number',
    '=': 'equals',
    '°': 'degrees',
    '/': 'or',
  },
  fr: {
    '&': 'et',
    '%': 'pour cent',
    '+': 'plus',
    '@': 'arobase',
    '€': 'euros',
    $: 'dollars',
    '£': 'livres',
    '#': 'numéro',
    '=': 'égal',
    '°': 'degrés',
    '/': 'ou',
  },
};

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const EMOJI_PATTERN = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

/**
 * Markdown → text a speech synthesiser can read: no URLs or addresses, no markup, no emoji; symbols spelled out in
 * the locale's language (English when it has no table); list items and line breaks become sentences.
 */
export function markdownToSpeech(markdown: string, locale: string): string {
  const spoken = SPOKEN[locale.split('-')[0].toLowerCase()] ?? SPOKEN.en;
  const text = blocks(lexer(markdown, { gfm: true }), { urls: false })
    .join('\n')
    .replace(UNSAFE_URLS, '')
    .replace(URL_PATTERN, '')
    .replace(EMAIL_PATTERN, '')
    .replace(EMOJI_PATTERN, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[&%+@€$£#=°/]/g, (symbol) => ` ${spoken[symbol]} `)
    .replace(/[*_`~|<>[\]{}\\^]/g, ' ');
  return (
    text
      .split(/\n+/)
      // Tidying whitespace can join a scheme split by it ("javascript\t:"): dangerous URLs are removed once more after.
      .map((line) =>
        line
          .replace(/\s+/g, ' ')
          .replace(/\s+([.,;:!?])/g, '$1')
          .replace(UNSAFE_URLS, '')
          .trim(),
      )
      .filter(Boolean)
      .map((line) => (/[.!?:;]$/.test(line) ? line : `${line}.`))
      .join(' ')
  );
}

/**
 * Cuts text to at most `max` characters at a sentence boundary (or, failing one in the second half, at a word
 * boundary with an ellipsis).
 */
export function truncateAtSentence(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const head = text.slice(0, max + 1);
  let cut = -1;
  for (const match of head.matchAll(/[.!?…](?=\s|$)/g)) if (match.index < max) cut = match.index + 1;
  if (cut >= max / 2) return { text: text.slice(0, cut).trim(), truncated: true };
  const space = head.lastIndexOf(' ', max - 1);
  return { text: `${text.slice(0, space > 0 ? space : max - 1).trim()}…`, truncated: true };
}

export interface Rendered {
  content: string;
  truncated: boolean;
}

/**
 * Recent renderings: revisions never change once written and the same popular ones are served all day, so
 * rendering (Markdown parsing, HTML sanitising) is done once per text, format and limit. Bounded by characters held.
 */
const renderings = new LRUCache<string, Rendered>({
  maxSize: 32_000_000,
  sizeCalculation: (value, key) => key.length + value.content.length + 1,
});

/** Renders Markdown in a format, within a length limit (applied to the Markdown for HTML and Markdown output). */
export function renderFor(markdown: string, format: Format, maxChars: number, locale: string): Rendered {
  const key = `${format}\u0000${maxChars}\u0000${locale}\u0000${markdown}`;
  let rendered = renderings.get(key);
  if (!rendered) {
    rendered = render(markdown, format, maxChars, locale);
    renderings.set(key, rendered);
  }
  return rendered;
}

function render(markdown: string, format: Format, maxChars: number, locale: string): Rendered {
  const source =
    format === 'text' ? markdownToText(markdown) : format === 'speech' ? markdownToSpeech(markdown, locale) : markdown;
  const cut = truncateAtSentence(source, maxChars);
  return { content: format === 'html' ? markdownToHtml(cut.text) : cut.text, truncated: cut.truncated };
}

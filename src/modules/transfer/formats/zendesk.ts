import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type TurndownService from 'turndown';
import { slugify } from '../../articles/content.js';
import { canonicalLocale } from '../import-checks.js';
import type { ImportCategory, ImportItem, ImportLocale, ImportSource } from '../transfer.types.js';

/** A page of the Help Center API holds at most 100 articles; a bigger file is refused rather than held in memory. */
export const MAX_ZENDESK_FILE_BYTES = 64 * 1024 * 1024;

interface ZendeskCategory {
  id: number;
  name: string;
  locale?: string;
  source_locale?: string;
  position?: number;
}
interface ZendeskSection extends ZendeskCategory {
  category_id: number;
  parent_section_id?: number | null;
}
interface ZendeskTranslation {
  source_id?: number;
  source_type?: string;
  locale: string;
  title: string;
  body: string | null;
  draft?: boolean;
  outdated?: boolean;
}
interface ZendeskArticle extends ZendeskTranslation {
  id: number;
  source_locale?: string;
  section_id?: number | null;
  label_names?: string[];
  promoted?: boolean;
  user_segment_id?: number | null;
  translations?: ZendeskTranslation[];
}
interface ZendeskPage {
  categories?: ZendeskCategory[];
  sections?: ZendeskSection[];
  articles?: ZendeskArticle[];
  article?: ZendeskArticle;
  translations?: ZendeskTranslation[];
}

/** Looks up the slug an earlier import gave to a Zendesk article, so that links to it are rewritten to that slug. */
export type SlugLookup = (externalId: string) => Promise<string | undefined>;

async function jsonFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The line of a JSON.parse error, from the position in its message. */
function errorLine(text: string, error: Error): number | undefined {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(error.message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
}

async function readPage(path: string): Promise<ZendeskPage> {
  if ((await stat(path)).size > MAX_ZENDESK_FILE_BYTES)
    throw new Error(`The file is over ${MAX_ZENDESK_FILE_BYTES / 1024 / 1024} MB; export smaller pages`);
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  try {
    const page = JSON.parse(text) as unknown;
    if (!page || typeof page !== 'object' || Array.isArray(page))
      throw new Error(
        'Not a Help Center API response: expected an object with "articles", "sections", "categories" or "translations"',
      );
    return page as ZendeskPage;
  } catch (error) {
    const line = errorLine(text, error as Error);
    throw Object.assign(new Error(`Not valid JSON: ${(error as Error).message}`), { line });
  }
}

/**
 * The converter of Help Center HTML to Markdown: GitHub tables and strikethrough. Loaded by the first Zendesk import
 * rather than at every start of the service (~50 ms).
 */
async function htmlConverter(): Promise<TurndownService> {
  const [{ default: Turndown }, { gfm }] = await Promise.all([import('turndown'), import('turndown-plugin-gfm')]);
  const turndown = new Turndown({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  turndown.use(gfm);
  return turndown;
}

/** Help Center HTML as Markdown, links between articles rewritten to their Savoir slugs. */
export function htmlToMarkdown(html: string, slugs: Map<string, string>, turndown: TurndownService): string {
  const markdown = turndown.turndown(html);
  return markdown.replace(
    /\]\(([^)\s]*\/articles\/(\d+)[^)\s#]*)(#[^)\s]*)?\)/g,
    (link, _url: string, id: string, anchor = '') => {
      const slug = slugs.get(id);
      return slug ? `](/articles/${slug}${anchor})` : link;
    },
  );
}

/** The first paragraph of a body, as plain text cut at a sentence boundary: the article's short answer. */
export function firstParagraph(markdown: string, max = 300): string {
  const paragraph = markdown.split(/\n\s*\n/).find((p) => /^[^#!|>\-*\d`\s]/.test(p.trim())) ?? '';
  const plain = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  return sentence > max / 3 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

const locale = (tag: string | undefined) => (tag ? (canonicalLocale(tag) ?? tag) : 'en');

/**
 * Zendesk Help Center JSON, as its API returns it: one file or a folder of paged responses holding `categories`,
 * `sections`, `articles` (each may carry its `translations`) and `translations` (with `source_id`). Read twice: the
 * first pass learns the categories, sections and every article's slug (to rewrite links); the second yields the
 * articles, a page at a time. Separate `translations` are held until their article comes.
 */
export function zendeskSource(path: string, existingSlug: SlugLookup = async () => undefined): ImportSource {
  const root = path;
  const name = (file: string) => relative(root, file) || basename(file);
  return {
    source: 'zendesk',
    async *items(): AsyncGenerator<ImportItem> {
      const files = await jsonFiles(path);
      const categories: ZendeskCategory[] = [];
      const sections: ZendeskSection[] = [];
      const translations = new Map<number, ZendeskTranslation[]>();
      const slugs = new Map<string, string>();
      const taken = new Set<string>();
      const readable: string[] = [];
      let total = 0;
      for (const file of files) {
        let page: ZendeskPage;
        try {
          page = await readPage(file);
        } catch (error) {
          yield {
            kind: 'error',
            file: name(file),
            line: (error as { line?: number }).line,
            message: (error as Error).message,
          };
          continue;
        }
        readable.push(file);
        categories.push(...(page.categories ?? []));
        sections.push(...(page.sections ?? []));
        for (const t of page.translations ?? []) {
          if (t.source_type && t.source_type !== 'Article') continue;
          if (typeof t.source_id === 'number')
            translations.set(t.source_id, [...(translations.get(t.source_id) ?? []), t]);
        }
        for (const article of [...(page.articles ?? []), ...(page.article ? [page.article] : [])]) {
          if (typeof article?.id !== 'number') continue;
          total += 1;
          const id = String(article.id);
          let slug = (await existingSlug(id)) ?? slugify(String(article.title ?? ''));
          if (taken.has(slug)) slug = `${slug}-${id}`;
          taken.add(slug);
          slugs.set(id, slug);
        }
      }
      yield { kind: 'total', articles: total };

      const categorySlugs = new Map<string, string>();
      const claim = (kind: string, item: ZendeskCategory) => {
        let slug = slugify(String(item.name ?? kind));
        if (taken.has(slug)) slug = `${slug}-${item.id}`;
        taken.add(slug);
        categorySlugs.set(`${kind}:${item.id}`, slug);
        return slug;
      };
      const category = (kind: string, item: ZendeskCategory, parent: string | undefined): ImportItem => ({
        kind: 'category',
        file: '(categories and sections)',
        category: {
          slug: claim(kind, item),
          names: { [locale(item.locale ?? item.source_locale)]: item.name },
          parent,
          position: item.position ?? 0,
        } satisfies ImportCategory,
      });
      for (const c of categories) yield category('category', c, undefined);
      // Parents before children: a section is yielded once its category or parent section has been.
      let pending = sections;
      while (pending.length > 0) {
        const next = pending.filter(
          (s) =>
            !categorySlugs.has(s.parent_section_id ? `section:${s.parent_section_id}` : `category:${s.category_id}`),
        );
        if (next.length === pending.length) {
          for (const s of next)
            yield {
              kind: 'warning',
              file: '(sections)',
              message: `Section ${s.id} "${s.name}" names a parent that is not in the export: filed at the top level`,
            };
          for (const s of next) yield category('section', s, undefined);
          break;
        }
        for (const s of pending.filter((p) => !next.includes(p))) {
          yield category(
            'section',
            s,
            categorySlugs.get(s.parent_section_id ? `section:${s.parent_section_id}` : `category:${s.category_id}`),
          );
        }
        pending = next;
      }

      const turndown = await htmlConverter();
      for (const file of readable) {
        const page = await readPage(file).catch(() => ({}) as ZendeskPage);
        for (const article of [...(page.articles ?? []), ...(page.article ? [page.article] : [])]) {
          if (typeof article?.id !== 'number') continue;
          const id = String(article.id);
          const slug = slugs.get(id)!;
          const own = [article, ...(article.translations ?? []), ...(translations.get(article.id) ?? [])];
          const seen = new Set<string>();
          const locales: ImportLocale[] = [];
          for (const t of own) {
            const tag = locale(t.locale);
            if (seen.has(tag)) continue;
            seen.add(tag);
            if (t.outdated)
              yield {
                kind: 'warning',
                file: name(file),
                slug,
                locale: tag,
                message: 'Zendesk marks this translation as outdated; imported as it is',
              };
            const body = htmlToMarkdown(String(t.body ?? ''), slugs, turndown);
            locales.push({
              file: name(file),
              locale: tag,
              title: String(t.title ?? ''),
              body,
              summary: firstParagraph(body),
              status: t.draft ? 'draft' : undefined,
            });
          }
          translations.delete(article.id);
          const section = article.section_id ? categorySlugs.get(`section:${article.section_id}`) : undefined;
          const tags = [...(article.label_names ?? []), ...(article.promoted ? ['promoted'] : [])];
          yield {
            kind: 'article',
            article: {
              file: name(file),
              externalId: id,
              slug,
              audience: article.user_segment_id ? 'internal' : 'public',
              category: section,
              tags,
              intents: [],
              locales,
            },
          };
        }
      }
    },
  };
}

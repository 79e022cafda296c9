import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { findUnstorableText } from '../../common/input-guard.js';
import { flattenValidationErrors } from '../../common/validation.js';
import { CreateArticleDto } from '../articles/articles.dto.js';
import type { ImportArticle, ImportLocale } from './transfer.types.js';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 tag in its canonical case (`en-us` → `en-US`), or undefined when it is not one or names no known language.
 */
export function canonicalLocale(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'));
    return canonical && languageNames.of(canonical) !== undefined && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(canonical)
      ? canonical
      : undefined;
  } catch {
    return undefined;
  }
}

/** The revision fields of an imported locale, as the articles service takes them. */
export function revisionContent(locale: ImportLocale) {
  return {
    title: locale.title,
    body: locale.body,
    summary: locale.summary,
    alternativeQuestions: locale.alternativeQuestions,
    variants: locale.variants,
    internalNotes: locale.internalNotes,
    changeNote: locale.changeNote,
  };
}

/**
 * What is wrong with an article read from a source, one message per locale and field, checked as the API checks an
 * editor's input (lengths, slug and intent syntax, storable text). Locales are rewritten in canonical case.
 */
export function articleProblems(
  article: ImportArticle,
): { locale?: string; file: string; line?: number; message: string }[] {
  const problems: { locale?: string; file: string; line?: number; message: string }[] = [];
  if (article.locales.length === 0)
    problems.push({ file: article.file, line: article.line, message: 'The article has no locale' });
  const seen = new Set<string>();
  for (const locale of article.locales) {
    const where = { locale: locale.locale, file: locale.file, line: locale.line };
    const canonical = canonicalLocale(String(locale.locale ?? ''));
    if (!canonical) {
      problems.push({
        ...where,
        message: `Unknown locale "${locale.locale}": use a BCP 47 tag of a known language such as "en", "fr" or "fr-CA"`,
      });
      continue;
    }
    locale.locale = canonical;
    if (seen.has(canonical))
      problems.push({ ...where, message: `The locale "${canonical}" appears twice for this article` });
    seen.add(canonical);
    const input = {
      ...revisionContent(locale),
      slug: article.slug,
      audience: article.audience,
      tags: article.tags,
      intents: article.intents,
      locale: canonical,
    };
    const fieldErrors = [
      ...flattenValidationErrors(validateSync(plainToInstance(CreateArticleDto, input))),
      ...findUnstorableText(input, ''),
    ];
    for (const error of fieldErrors)
      problems.push({ ...where, message: `${error.field.replace(/^\./, '')}: ${error.message}` });
  }
  return problems;
}

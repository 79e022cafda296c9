import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { conflict } from '../../common/errors.js';
import type { Page } from '../../common/paging.js';
import type { Intent } from '../taxonomy/category.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Article } from './article.entity.js';

export type IntentWithCount = Intent & { articleCount: number };

/**
 * The vocabulary as articles use it: intents with how many articles answer each, the tags in use, and deleting an
 * intent no article names. It lives with the articles, which taxonomy sits below: taxonomy cannot read them (that
 * would be an import circle), so what needs both is composed here.
 */
@Injectable()
export class ArticleVocabularyService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** A page of intents, each with how many active articles answer it. */
  async listIntents(limit: number, cursor?: string): Promise<Page<IntentWithCount>> {
    const page = await this.taxonomy.listIntents(limit, cursor);
    const keys = page.items.map((i) => i.key);
    // The GIN index on articles.intents finds the articles naming any of the page's keys.
    const counts: { key: string; count: number }[] = await this.articles.query(
      `SELECT k AS key, count(DISTINCT a.id)::int AS count
         FROM articles a, unnest(a.intents) AS k
        WHERE a.state = 'active' AND a.intents && $1::text[] AND k = ANY($1::text[])
        GROUP BY k`,
      [keys],
    );
    const byKey = new Map(counts.map((c) => [c.key, c.count]));
    return { ...page, items: page.items.map((i) => ({ ...i, articleCount: byKey.get(i.key) ?? 0 })) };
  }

  /** Deletes an intent no article (active or archived) names. */
  async deleteIntent(key: string): Promise<void> {
    await this.taxonomy.getIntent(key);
    const [{ used }]: { used: number }[] = await this.articles.query(
      `SELECT count(*)::int AS used FROM articles WHERE $1 = ANY(intents)`,
      [key],
    );
    if (used > 0) throw conflict(`The intent "${key}" is used by ${used} article(s); remove it from them first`);
    await this.taxonomy.deleteIntent(key);
  }

  /** Every tag in use, with how many active articles carry it. */
  listTags(): Promise<{ tag: string; articleCount: number }[]> {
    return this.articles.query(
      `SELECT tag, count(*)::int AS "articleCount" FROM articles, unnest(tags) AS tag WHERE state = 'active' GROUP BY tag ORDER BY tag`,
    );
  }
}

import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupBy } from '../../common/group-by.js';
import { ArticleRevision } from './revision.entity.js';

export interface RevisionKey {
  articleId: string;
  locale: string;
  number: number;
}

const revisionKey = (k: RevisionKey) => `${k.articleId}|${k.locale}|${k.number}`;

/**
 * Batch loaders for the revisions that hang off a list of articles (all of an article's, its live or head one per
 * locale): one query per field per GraphQL request, however many parents. Created per request, so nothing is cached
 * across requests or callers.
 */
export class RevisionLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** Every revision of each article, newest first within a locale. */
  readonly revisionsOfArticle = new DataLoader<string, ArticleRevision[]>(async (articleIds) => {
    const rows = await this.dataSource.getRepository(ArticleRevision).find({
      where: { articleId: In([...articleIds]) },
      order: { locale: 'ASC', number: 'DESC' },
    });
    const byArticle = groupBy(rows, (r) => r.articleId);
    return articleIds.map((id) => byArticle.get(id) ?? []);
  });

  /** One revision by article, locale and number. */
  readonly revision = new DataLoader<RevisionKey, ArticleRevision | null, string>(
    async (keys) => {
      const rows = await this.dataSource.getRepository(ArticleRevision).find({
        where: keys.map(({ articleId, locale, number }) => ({ articleId, locale, number })),
      });
      const byKey = new Map(rows.map((r) => [revisionKey(r), r]));
      return keys.map((k) => byKey.get(revisionKey(k)) ?? null);
    },
    { cacheKeyFn: revisionKey },
  );
}

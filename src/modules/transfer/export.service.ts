import { Injectable } from '@nestjs/common';
import type { Audience } from '../../common/domain.js';
import { groupBy } from '../../common/group-by.js';
import { pagedItems, pagesOf } from '../../common/paging.js';
import { ArticlesService, type LocaleView } from '../articles/articles.service.js';
import type { ArticleRevision } from '../articles/revision.entity.js';
import { SynonymsService } from '../search/synonyms.service.js';
import { ChannelProfilesService } from '../channels/channel-profiles.service.js';
import { TaxonomyService, type CategoryNode } from '../taxonomy/taxonomy.service.js';
import type { ImportCategory, ImportChannelProfile, ImportIntent, ImportSynonymGroup } from './transfer.types.js';

const PAGE = 200;
/**
 * Articles read at a time, each with every revision: what an export holds in memory (~50 × the largest article's
 * history).
 */
const ARTICLES_PAGE = 50;

export interface ExportedArticle {
  id: string;
  slug: string;
  audience: Audience;
  category?: string;
  tags: string[];
  intents: string[];
  state: 'active' | 'archived';
  defaultLocale: string;
  locales: Pick<LocaleView, 'locale' | 'headRevision' | 'liveRevision'>[];
  /** Every revision of every locale, oldest first per locale. */
  revisions: ArticleRevision[];
}

export type ExportPart =
  | { kind: 'taxonomy'; categories: ImportCategory[]; intents: ImportIntent[] }
  | { kind: 'synonyms'; groups: ImportSynonymGroup[] }
  | { kind: 'channelProfiles'; profiles: ImportChannelProfile[] }
  | { kind: 'article'; article: ExportedArticle };

/** Reads the whole knowledge base through its owners' services, a page of articles at a time. */
@Injectable()
export class ExportService {
  constructor(
    private readonly articles: ArticlesService,
    private readonly taxonomy: TaxonomyService,
    private readonly synonyms: SynonymsService,
    private readonly profiles: ChannelProfilesService,
  ) {}

  async *knowledgeBase(): AsyncGenerator<ExportPart> {
    const tree = await this.taxonomy.categoryTree();
    const categories: ImportCategory[] = [];
    const slugs = new Map<string, string>();
    // Parents before children, so that an import creates each category under an existing parent.
    const walk = (nodes: CategoryNode[], parent?: string) => {
      for (const node of nodes) {
        slugs.set(node.id, node.slug);
        categories.push({ slug: node.slug, names: node.names, ...(parent ? { parent } : {}), position: node.position });
        walk(node.children, node.slug);
      }
    };
    walk(tree);
    const intents: ImportIntent[] = [];
    for await (const i of pagedItems((cursor) => this.taxonomy.listIntents(PAGE, cursor)))
      intents.push({ key: i.key, name: i.name, ...(i.description ? { description: i.description } : {}) });
    yield { kind: 'taxonomy', categories, intents };

    const groups: ImportSynonymGroup[] = [];
    for await (const g of pagedItems((cursor) => this.synonyms.list({ limit: PAGE, cursor })))
      groups.push({ locale: g.locale, terms: g.terms });
    yield { kind: 'synonyms', groups };

    const profiles = (await this.profiles.list()).map(
      ({ channel, audiences, variantOrder, format, includeInternalNotes, maxChars, minConfidence }) => ({
        channel,
        audiences,
        variantOrder,
        format,
        includeInternalNotes,
        maxChars,
        minConfidence,
      }),
    );
    yield { kind: 'channelProfiles', profiles };

    // Each article's revisions are found by id, not by a scan of the page's.
    for await (const page of pagesOf((cursor) => this.articles.list({ limit: ARTICLES_PAGE, cursor }))) {
      const revisions = groupBy(await this.articles.revisionsOf(page.map((a) => a.id)), (r) => r.articleId);
      for (const article of page) {
        yield {
          kind: 'article',
          article: {
            id: article.id,
            slug: article.slug,
            audience: article.audience,
            ...(article.categoryId ? { category: slugs.get(article.categoryId) } : {}),
            tags: article.tags,
            intents: article.intents,
            state: article.state,
            defaultLocale: article.defaultLocale,
            locales: article.locales.map(({ locale, headRevision, liveRevision }) => ({
              locale,
              headRevision,
              liveRevision,
            })),
            revisions: revisions.get(article.id) ?? [],
          },
        };
      }
    }
  }
}

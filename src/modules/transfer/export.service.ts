import { Injectable } from '@nestjs/common';
import type { Audience } from '../../common/domain.js';
import { ArticlesService, type LocaleView } from '../articles/articles.service.js';
import type { ArticleRevision } from '../articles/revision.entity.js';
import { SynonymsService } from '../search/synonyms.service.js';
import { ChannelProfilesService } from '../channels/channel-profiles.service.js';
import { TaxonomyService, type CategoryNode } from '../taxonomy/taxonomy.service.js';
import type { ImportCategory, ImportChannelProfile, ImportIntent, ImportSynonymGroup } from './transfer.types.js';

const PAGE = 200;

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
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await this.taxonomy.listIntents(PAGE, cursor);
      intents.push(...page.items.map((i) => ({ key: i.key, name: i.name, ...(i.description ? { description: i.description } : {}) })));
      cursor = page.nextCursor ?? undefined;
    }
    yield { kind: 'taxonomy', categories, intents };

    const groups: ImportSynonymGroup[] = [];
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await this.synonyms.list({ limit: PAGE, cursor });
      groups.push(...page.items.map((g) => ({ locale: g.locale, terms: g.terms })));
      cursor = page.nextCursor ?? undefined;
    }
    yield { kind: 'synonyms', groups };

    const profiles = (await this.profiles.list()).map(({ channel, audiences, variantOrder, format, includeInternalNotes, maxChars, minConfidence }) => ({
      channel,
      audiences,
      variantOrder,
      format,
      includeInternalNotes,
      maxChars,
      minConfidence,
    }));
    yield { kind: 'channelProfiles', profiles };

    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await this.articles.list({ limit: PAGE, cursor });
      const revisions = await this.articles.revisionsOf(page.items.map((a) => a.id));
      for (const article of page.items) {
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
            locales: article.locales.map(({ locale, headRevision, liveRevision }) => ({ locale, headRevision, liveRevision })),
            revisions: revisions.filter((r) => r.articleId === article.id),
          },
        };
      }
      cursor = page.nextCursor ?? undefined;
    }
  }
}

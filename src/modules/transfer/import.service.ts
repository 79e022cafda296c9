import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../../common/domain.js';
import { DomainError, notFound } from '../../common/errors.js';
import { groupBy } from '../../common/group-by.js';
import { pagedItems } from '../../common/paging.js';
import { ArticlesService, type ArticleView, type LocaleHead, type NewArticle } from '../articles/articles.service.js';
import { contentHash, normaliseContent } from '../articles/content.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { SynonymsService } from '../search/synonyms.service.js';
import { ChannelProfilesService } from '../channels/channel-profiles.service.js';
import type { UpdateChannelProfileDto } from '../channels/channel-profiles.dto.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { articleProblems, revisionContent } from './import-checks.js';
import { ExternalId, ImportedLocale } from './transfer.entities.js';
import type {
  ImportArticle,
  ImportCategory,
  ImportChannelProfile,
  ImportIssue,
  ImportItem,
  ImportLocale,
  ImportOptions,
  ImportProgress,
  ImportReport,
  ImportSource,
  ImportSynonymGroup,
} from './transfer.types.js';

const MAX_LISTED_ISSUES = 1_000;
/**
 * New articles are written this many at a time, in one transaction of a few multi-row statements: one transaction of
 * ~30 statements per article was most of an import's time (see bench/README.md, "Import and export").
 */
const BATCH_ARTICLES = 200;
/** …or fewer, when their text reaches this many characters: what the import holds in memory stays bounded. */
const BATCH_CHARS = 8_000_000;

/** An article that passed its checks, with its category's id. */
interface CheckedArticle {
  article: ImportArticle;
  categoryId: string | null;
}

/**
 * What an import compares an existing article with: the article, each locale's head, the revision the last import
 * wrote.
 */
interface CurrentArticle {
  view: ArticleView;
  heads: Map<string, LocaleHead>;
  imported: Map<string, number>;
}

const textLength = (article: ImportArticle) =>
  article.locales.reduce(
    (n, l) =>
      n +
      l.title.length +
      l.body.length +
      (l.summary?.length ?? 0) +
      (l.internalNotes?.length ?? 0) +
      JSON.stringify(l.variants ?? {}).length,
    0,
  );

/** What an import does to one locale of an existing article. */
type LocalePlan =
  | { action: 'create'; locale: ImportLocale; publish: boolean }
  | { action: 'revise'; locale: ImportLocale; head: number; publish: boolean }
  | { action: 'publish'; locale: ImportLocale; head: number }
  | { action: 'unchanged'; locale: ImportLocale; head: number; hash: string }
  | { action: 'conflict'; locale: ImportLocale; head: number; asDraft: boolean; imported: number | null };

const isNotFound = (error: unknown) => error instanceof DomainError && error.code === 'NOT_FOUND';

async function orUndefined<T>(lookup: () => Promise<T>): Promise<T | undefined> {
  try {
    return await lookup();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function emptyReport(format: ImportReport['format'], dryRun: boolean): ImportReport {
  return {
    format,
    dryRun,
    articles: { created: 0, updated: 0, unchanged: 0, failed: 0 },
    locales: { created: 0, revised: 0, unchanged: 0, published: 0, conflicts: 0 },
    categories: { created: 0, existing: 0 },
    intents: { created: 0, existing: 0 },
    synonyms: { created: 0, existing: 0 },
    channelProfiles: { updated: 0, unchanged: 0 },
    issues: [],
    issuesOmitted: 0,
  };
}

/** The state of one import while it runs. */
class ImportRun {
  readonly report: ImportReport;
  readonly progress: ImportProgress = { done: 0, total: null };
  readonly categoryIds = new Map<string, string>();
  readonly intents = new Set<string>();
  synonyms: Set<string> | undefined;
  readonly by: Principal;

  constructor(
    readonly source: ImportSource,
    readonly options: ImportOptions,
  ) {
    this.report = emptyReport(source.source, options.dryRun);
    this.by = { keyId: '', name: options.author, role: 'admin', channel: 'agent' };
  }

  issue(issue: ImportIssue): void {
    if (this.report.issues.length < MAX_LISTED_ISSUES) this.report.issues.push(issue);
    else this.report.issuesOmitted += 1;
  }

  publishes(locale: ImportLocale): boolean {
    return locale.status ? locale.status === 'published' : this.options.publish;
  }
}

/**
 * Brings a source's items into the knowledge base through the services that own them: taxonomy, synonyms, channel
 * profiles, and articles (new ones created by the articles service in batches, one transaction per batch; existing
 * ones revised and published in one transaction each; nothing of an article is ever half-written). Idempotent: a locale
 * whose latest revision has the incoming content
 * hash is left alone, and a locale whose latest revision was written in Savoir after the last import is never
 * overwritten (reported as a conflict, or the incoming content becomes a draft on top of it).
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly articles: ArticlesService,
    private readonly taxonomy: TaxonomyService,
    private readonly synonyms: SynonymsService,
    private readonly profiles: ChannelProfilesService,
    private readonly outbox: OutboxService,
    @InjectRepository(ExternalId) private readonly externalIds: Repository<ExternalId>,
    @InjectRepository(ImportedLocale) private readonly importedLocales: Repository<ImportedLocale>,
  ) {}

  /** The slug of the article an earlier import of this source made from `externalId`. */
  async slugOf(source: ImportSource['source'], externalId: string): Promise<string | undefined> {
    const linked = await this.externalIds.findOne({ where: { source, externalId } });
    return linked ? (await orUndefined(() => this.articles.resolve(linked.articleId)))?.slug : undefined;
  }

  /** Imports a source; the search index and question matcher catch up in large steps meanwhile (OutboxService.bulk). */
  run(
    source: ImportSource,
    options: ImportOptions,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportReport> {
    return this.outbox.bulk(() => this.runItems(new ImportRun(source, options), onProgress));
  }

  private async runItems(run: ImportRun, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport> {
    let batch: CheckedArticle[] = [];
    let batchChars = 0;
    const flush = async () => {
      const articles = batch;
      batch = [];
      batchChars = 0;
      await this.importArticles(run, articles);
      run.progress.done += articles.length;
    };
    for await (const item of run.source.items()) {
      if (item.kind === 'article') {
        const checked = await this.guarded(run, item, () => this.checkArticle(run, item.article));
        if (checked) {
          batch.push(checked);
          batchChars += textLength(item.article);
          if (batch.length >= BATCH_ARTICLES || batchChars >= BATCH_CHARS) await flush();
        } else {
          run.progress.done += 1;
        }
        onProgress?.({ ...run.progress });
        continue;
      }
      // Taxonomy, synonyms and profiles are written in their place in the source, after the articles read before them.
      if (item.kind !== 'total' && item.kind !== 'warning' && item.kind !== 'error') await flush();
      await this.guarded(run, item, () => this.importItem(run, item));
      if (item.kind === 'total') onProgress?.({ ...run.progress });
    }
    await flush();
    onProgress?.({ ...run.progress });
    return run.report;
  }

  /**
   * Runs `work` for one item: a refusal of the services (a conflict, a reference gone meanwhile) fails this item only;
   * anything else is a defect.
   */
  private async guarded<T>(run: ImportRun, item: ImportItem, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const where =
        item.kind === 'article'
          ? { file: item.article.file, line: item.article.line, slug: item.article.slug ?? item.article.externalId }
          : 'file' in item
            ? { file: item.file, line: item.line }
            : {};
      run.issue({ level: 'error', ...where, message: error.message });
      if (item.kind === 'article') run.report.articles.failed += 1;
      return undefined;
    }
  }

  private async importItem(run: ImportRun, item: Exclude<ImportItem, { kind: 'article' }>): Promise<void> {
    switch (item.kind) {
      case 'total':
        run.progress.total = item.articles;
        return;
      case 'warning':
      case 'error':
        run.issue({
          level: item.kind,
          file: item.file,
          line: item.line,
          slug: item.slug,
          locale: item.locale,
          message: item.message,
        });
        if (item.kind === 'error' && item.slug) run.report.articles.failed += 1;
        return;
      case 'category':
        return this.importCategory(run, item.category, item);
      case 'intent':
        return this.ensureIntent(run, item.intent.key, item.intent.name, item.intent.description, item);
      case 'synonyms':
        return this.importSynonyms(run, item.group);
      case 'channelProfile':
        return this.importProfile(run, item.profile);
    }
  }

  private async categoryId(run: ImportRun, slug: string): Promise<string | undefined> {
    const known = run.categoryIds.get(slug);
    if (known) return known;
    const found = await orUndefined(() => this.taxonomy.getCategory(slug));
    if (found) run.categoryIds.set(slug, found.id);
    return found?.id;
  }

  private async importCategory(
    run: ImportRun,
    category: ImportCategory,
    where: { file: string; line?: number },
  ): Promise<void> {
    if (await this.categoryId(run, category.slug)) {
      run.report.categories.existing += 1;
      return;
    }
    const parentId = category.parent ? await this.categoryId(run, category.parent) : undefined;
    if (category.parent && !parentId) {
      run.issue({
        level: 'error',
        ...where,
        message: `Category "${category.slug}" names an unknown parent "${category.parent}"`,
      });
      return;
    }
    run.report.categories.created += 1;
    if (run.options.dryRun) {
      run.categoryIds.set(category.slug, `dry-run:${category.slug}`);
      return;
    }
    const created = await this.taxonomy.createCategory({
      slug: category.slug,
      names: category.names,
      parentId: parentId ?? null,
      position: category.position,
    });
    run.categoryIds.set(category.slug, created.id);
  }

  private async ensureIntent(
    run: ImportRun,
    key: string,
    name: string,
    description: string | undefined,
    where: { file: string; line?: number },
    listed = true,
  ): Promise<void> {
    if (run.intents.has(key)) return;
    const exists = await orUndefined(() => this.taxonomy.getIntent(key));
    run.intents.add(key);
    if (exists) {
      if (listed) run.report.intents.existing += 1;
      return;
    }
    run.report.intents.created += 1;
    if (!listed)
      run.issue({ level: 'warning', ...where, message: `Intent "${key}" did not exist: created with its key as name` });
    if (!run.options.dryRun) await this.taxonomy.createIntent({ key, name, description });
  }

  private async importSynonyms(run: ImportRun, group: ImportSynonymGroup): Promise<void> {
    const signature = (locale: string, terms: string[]) =>
      `${locale}\n${[...new Set(terms.map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()))].sort().join('\n')}`;
    if (!run.synonyms) {
      run.synonyms = new Set();
      for await (const existing of pagedItems((cursor) => this.synonyms.list({ limit: 200, cursor })))
        run.synonyms.add(signature(existing.locale, existing.terms));
    }
    const key = signature(group.locale, group.terms);
    if (run.synonyms.has(key)) {
      run.report.synonyms.existing += 1;
      return;
    }
    run.synonyms.add(key);
    run.report.synonyms.created += 1;
    if (!run.options.dryRun) await this.synonyms.create(group);
  }

  private async importProfile(run: ImportRun, profile: ImportChannelProfile): Promise<void> {
    const current = await this.profiles.get(profile.channel);
    const { channel, ...fields } = profile;
    const same = (Object.keys(fields) as (keyof typeof fields)[]).every(
      (field) => JSON.stringify(current[field]) === JSON.stringify(fields[field]),
    );
    if (same) {
      run.report.channelProfiles.unchanged += 1;
      return;
    }
    run.report.channelProfiles.updated += 1;
    if (!run.options.dryRun)
      await this.profiles.update(channel, fields as UpdateChannelProfileDto, current.version, true, run.by);
  }

  /**
   * The checks an article passes before it is written (its intents are created meanwhile); undefined if it fails them.
   */
  private async checkArticle(run: ImportRun, article: ImportArticle): Promise<CheckedArticle | undefined> {
    const label = { slug: article.slug ?? article.externalId };
    const problems = articleProblems(article);
    if (problems.length > 0) {
      for (const problem of problems) run.issue({ level: 'error', ...label, ...problem });
      run.report.articles.failed += 1;
      return undefined;
    }
    const categoryId = article.category ? await this.categoryId(run, article.category) : undefined;
    if (article.category && !categoryId) {
      run.issue({
        level: 'error',
        ...label,
        file: article.file,
        line: article.line,
        message: `Unknown category "${article.category}"`,
      });
      run.report.articles.failed += 1;
      return undefined;
    }
    for (const intent of article.intents) await this.ensureIntent(run, intent, intent, undefined, article, false);
    return { article, categoryId: categoryId ?? null };
  }

  /**
   * Writes a batch of checked articles: those new to Savoir together (see createArticles), then those that exist one
   * by one, compared with their current state read for the whole batch at once. An article whose external id or slug
   * appears earlier in the batch is handled last, on a fresh read (it is then an update of that earlier one), as it
   * would be if read alone.
   */
  private async importArticles(run: ImportRun, batch: CheckedArticle[]): Promise<void> {
    if (batch.length === 0) return;
    const linked = new Map(
      (
        await this.externalIds.find({
          where: { source: run.source.source, externalId: In(batch.map((c) => c.article.externalId)) },
        })
      ).map((l) => [l.externalId, l.articleId]),
    );
    const bySlug = await this.articles.idsBySlug(
      batch.filter((c) => !linked.has(c.article.externalId) && c.article.slug).map((c) => c.article.slug!),
    );
    const creates: CheckedArticle[] = [];
    const updates: { checked: CheckedArticle; articleId: string }[] = [];
    const repeated: CheckedArticle[] = [];
    const claimed = new Set<string>();
    for (const checked of batch) {
      const { article } = checked;
      const articleId = linked.get(article.externalId) ?? (article.slug ? bySlug.get(article.slug) : undefined);
      const keys = [
        `id:${article.externalId}`,
        ...(article.slug ? [`slug:${article.slug}`] : []),
        ...(articleId ? [`article:${articleId}`] : []),
      ];
      if (keys.some((k) => claimed.has(k))) repeated.push(checked);
      else if (articleId) updates.push({ checked, articleId });
      else creates.push(checked);
      for (const key of keys) claimed.add(key);
    }
    await this.createArticles(run, creates);
    const current = await this.currentArticles(updates.map((u) => u.articleId));
    for (const { checked, articleId } of updates) {
      await this.guarded(run, { kind: 'article', article: checked.article }, () =>
        this.updateArticle(run, checked, articleId, current.get(articleId), linked.has(checked.article.externalId)),
      );
    }
    for (const checked of repeated) {
      const { article } = checked;
      await this.guarded(run, { kind: 'article', article }, async () => {
        const articleId = await this.findArticle(run, article);
        if (!articleId) return this.createArticles(run, [checked]);
        const linkedNow = await this.externalIds.exists({
          where: { source: run.source.source, externalId: article.externalId },
        });
        await this.updateArticle(
          run,
          checked,
          articleId,
          (await this.currentArticles([articleId])).get(articleId),
          linkedNow,
        );
      });
    }
  }

  /** The current state of these articles, read in a few queries. */
  private async currentArticles(ids: string[]): Promise<Map<string, CurrentArticle>> {
    if (ids.length === 0) return new Map();
    const heads = groupBy(await this.articles.headsOf(ids), (h) => h.articleId);
    const imported = groupBy(await this.importedLocales.find({ where: { articleId: In(ids) } }), (l) => l.articleId);
    return new Map(
      (await this.articles.getMany(ids)).map((view) => [
        view.id,
        {
          view,
          heads: new Map((heads.get(view.id) ?? []).map((h) => [h.locale, h])),
          imported: new Map((imported.get(view.id) ?? []).map((l) => [l.locale, l.revision])),
        },
      ]),
    );
  }

  private async findArticle(run: ImportRun, article: ImportArticle): Promise<string | undefined> {
    const linked = await this.externalIds.findOne({
      where: { source: run.source.source, externalId: article.externalId },
    });
    if (linked) return linked.articleId;
    return article.slug ? (await orUndefined(() => this.articles.resolve(article.slug!)))?.id : undefined;
  }

  /**
   * Creates new articles in one transaction, with the records of what was imported. Content is normalised and hashed
   * before the transaction opens. If the services refuse the batch (a slug taken meanwhile, a category deleted), each
   * article is tried alone: the one refused is reported, the others are written, and none is half-written.
   */
  private async createArticles(run: ImportRun, batch: CheckedArticle[]): Promise<void> {
    if (batch.length === 0) return;
    const inputs = batch.map(({ article, categoryId }): NewArticle => ({
      slug: article.slug,
      audience: article.audience,
      categoryId,
      tags: article.tags,
      intents: article.intents,
      locales: article.locales.map((locale) => {
        const content = normaliseContent(revisionContent(locale));
        return {
          locale: locale.locale,
          content,
          contentHash: contentHash(content),
          changeNote: locale.changeNote ?? `Imported from ${run.source.source}`,
          publish: !article.archived && run.publishes(locale),
        };
      }),
    }));
    let ids: string[] | undefined;
    if (!run.options.dryRun) {
      try {
        ids = await this.outbox.write(async (m) => {
          const created = await this.articles.createManyIn(m, inputs, run.by);
          await m.upsert(
            ExternalId,
            batch.map(({ article }, i) => ({
              source: run.source.source,
              externalId: article.externalId,
              articleId: created[i],
            })),
            ['source', 'externalId'],
          );
          await m.upsert(
            ImportedLocale,
            inputs.flatMap((input, i) =>
              input.locales.map((l) => ({
                articleId: created[i],
                locale: l.locale,
                revision: 1,
                contentHash: l.contentHash,
                importedAt: new Date(),
              })),
            ),
            ['articleId', 'locale'],
          );
          return created;
        });
      } catch (error) {
        if (batch.length === 1 || !(error instanceof DomainError)) throw error;
        for (const checked of batch)
          await this.guarded(run, { kind: 'article', article: checked.article }, () =>
            this.createArticles(run, [checked]),
          );
        return;
      }
    }
    for (const [i, { article }] of batch.entries()) {
      run.report.articles.created += 1;
      run.report.locales.created += inputs[i].locales.length;
      run.report.locales.published += inputs[i].locales.filter((l) => l.publish).length;
      if (article.archived && ids) await this.articles.archive(ids[i], run.by);
    }
  }

  /** Brings an existing article to the imported content; `linked`: the article's external id is already recorded. */
  private async updateArticle(
    run: ImportRun,
    { article, categoryId }: CheckedArticle,
    articleId: string,
    current: CurrentArticle | undefined,
    linked: boolean,
  ): Promise<void> {
    if (!current) throw notFound('Article', articleId);
    const { report } = run;
    const { view, imported } = current;
    const plans = article.locales.map((locale) => this.planLocale(run, current, locale));
    const metadataChanged =
      view.audience !== article.audience ||
      view.categoryId !== categoryId ||
      !sameSet(
        view.tags,
        article.tags.map((t) => t.trim().toLowerCase()),
      ) ||
      !sameSet(view.intents, article.intents);
    const writes = plans.filter((p) => p.action !== 'unchanged' && !(p.action === 'conflict' && !p.asDraft));
    const adoptions = plans.filter((p) => p.action === 'unchanged' && imported.get(p.locale.locale) !== p.head);

    for (const plan of plans) {
      const where = { slug: view.slug, locale: plan.locale.locale, file: plan.locale.file, line: plan.locale.line };
      if (plan.action === 'create') report.locales.created += 1;
      if (plan.action === 'revise') report.locales.revised += 1;
      if (plan.action === 'unchanged' || plan.action === 'publish') report.locales.unchanged += 1;
      if ((plan.action === 'create' || plan.action === 'revise') && plan.publish) report.locales.published += 1;
      if (plan.action === 'publish') report.locales.published += 1;
      if (plan.action === 'conflict') {
        report.locales.conflicts += 1;
        const since =
          plan.imported === null
            ? 'the article was not written by an import of this source'
            : `the last import wrote revision ${plan.imported}`;
        run.issue({
          level: 'conflict',
          ...where,
          message: plan.asDraft
            ? `Revision ${plan.head} was written in Savoir (${since}): the imported content is draft revision ${plan.head + 1}, to review`
            : `Revision ${plan.head} was written in Savoir (${since}): the imported content was not written; merge it by hand or import with onConflict=draft`,
        });
      }
    }
    const changed = writes.length > 0 || metadataChanged;
    report.articles[changed ? 'updated' : 'unchanged'] += 1;
    if (run.options.dryRun || (!changed && linked && adoptions.length === 0)) return;

    await this.outbox.write(async (m) => {
      if (metadataChanged) {
        await this.articles.updateIn(
          m,
          articleId,
          { audience: article.audience, categoryId, tags: article.tags, intents: article.intents },
          view.version,
          run.by,
        );
      }
      for (const plan of writes) await this.writeLocale(m, run, articleId, plan);
      for (const plan of adoptions)
        if (plan.action === 'unchanged')
          await m.upsert(
            ImportedLocale,
            {
              articleId,
              locale: plan.locale.locale,
              revision: plan.head,
              contentHash: plan.hash,
              importedAt: new Date(),
            },
            ['articleId', 'locale'],
          );
      await m.upsert(ExternalId, { source: run.source.source, externalId: article.externalId, articleId }, [
        'source',
        'externalId',
      ]);
    });
  }

  private planLocale(
    run: ImportRun,
    { view, heads, imported: importedRevisions }: CurrentArticle,
    locale: ImportLocale,
  ): LocalePlan {
    const head = heads.get(locale.locale);
    const imported = importedRevisions.get(locale.locale) ?? null;
    const publish = run.publishes(locale) && view.state === 'active';
    if (!head) return { action: 'create', locale, publish };
    const hash = contentHash(normaliseContent(revisionContent(locale)));
    if (head.contentHash === hash) {
      // An import that publishes what an earlier draft import wrote publishes that revision; an editor's draft stays
      // theirs.
      const publishable = publish && head.status === 'draft' && imported === head.headRevision;
      return publishable
        ? { action: 'publish', locale, head: head.headRevision }
        : { action: 'unchanged', locale, head: head.headRevision, hash };
    }
    if (imported === head.headRevision) return { action: 'revise', locale, head: head.headRevision, publish };
    return {
      action: 'conflict',
      locale,
      head: head.headRevision,
      asDraft: run.options.onConflict === 'draft',
      imported,
    };
  }

  private async writeLocale(m: EntityManager, run: ImportRun, articleId: string, plan: LocalePlan): Promise<void> {
    const { locale } = plan;
    if (plan.action === 'publish') {
      await this.articles.publishIn(m, articleId, locale.locale, plan.head, undefined, undefined, run.by);
      return;
    }
    if (plan.action === 'unchanged') return;
    const base = plan.action === 'create' ? 0 : plan.head;
    const content = {
      ...revisionContent(locale),
      changeNote: locale.changeNote ?? `Imported from ${run.source.source}`,
    };
    const revision = await this.articles.createRevisionIn(m, articleId, locale.locale, base, content, run.by);
    if (plan.action !== 'conflict' && plan.publish)
      await this.articles.publishIn(m, articleId, locale.locale, revision.number, undefined, undefined, run.by);
    // A draft written over a conflict is not recorded as imported: the editor's revision stays the one to reconcile.
    if (plan.action !== 'conflict')
      await this.recordLocale(m, articleId, locale, revision.number, revision.contentHash);
  }

  private async recordLocale(
    m: EntityManager,
    articleId: string,
    locale: ImportLocale,
    revision: number,
    hash: string,
  ): Promise<void> {
    await m.upsert(
      ImportedLocale,
      { articleId, locale: locale.locale, revision, contentHash: hash, importedAt: new Date() },
      ['articleId', 'locale'],
    );
  }
}

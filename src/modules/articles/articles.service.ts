import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { type Audience, hasRole, type Principal } from '../../common/domain.js';
import { badInput, conflict, DomainError, forbidden, notFound } from '../../common/errors.js';
import { groupBy } from '../../common/group-by.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { ApiKeysService } from '../auth/api-keys.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Article, ArticleLocale } from './article.entity.js';
import type { CreateArticleDto, ListArticlesQuery, RevisionContentDto, UpdateArticleDto } from './articles.dto.js';
import { CategoryTree, categoryTreeSql } from '../taxonomy/category-tree.js';
import { contentHash, diffContent, FieldDiff, normaliseContent, pickContent, slugify } from './content.js';
import { applyFreshness, isReviewDue, reviewDateAfter } from './freshness.js';
import { ArticleRevision, type RevisionContent, type RevisionStatus } from './revision.entity.js';

export interface LocaleView {
  locale: string;
  headRevision: number;
  liveRevision: number | null;
  live: Pick<ArticleRevision, 'number' | 'title' | 'summary' | 'publishedAt' | 'expiresAt'> | null;
  scheduled: Pick<ArticleRevision, 'number' | 'publishAt'>[];
}

/** `reviewDue`: an active article past its review date. */
export type ArticleView = Article & { reviewDue: boolean; locales: LocaleView[] };

/** One article of `createManyIn`: its content already normalised and hashed (work done before the transaction). */
export interface NewArticle {
  /** A free slug is derived from the first locale's title when omitted. */
  slug?: string;
  audience: Audience;
  categoryId?: string | null;
  tags?: string[];
  intents?: string[];
  /** The first is the article's default locale. */
  locales: { locale: string; content: RevisionContent; contentHash: string; changeNote: string; publish: boolean }[];
}

/** Where a locale of an article stands: its head revision's number, status and content hash, and its live revision. */
export interface LocaleHead {
  articleId: string;
  locale: string;
  headRevision: number;
  liveRevision: number | null;
  status: RevisionStatus;
  contentHash: string;
}

export type RevisionSummary = Omit<ArticleRevision, 'body' | 'internalNotes' | 'variants' | 'alternativeQuestions'>;

export interface ArticleDiff {
  articleId: string;
  locale: string;
  from: number;
  to: number;
  changes: FieldDiff[];
}

/** The versioned article store: articles, their per-locale revision chains and the publication lifecycle. */
@Injectable()
export class ArticlesService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @InjectRepository(ArticleRevision) private readonly revisions: Repository<ArticleRevision>,
    @InjectRepository(ArticleLocale) private readonly locales: Repository<ArticleLocale>,
    private readonly outbox: OutboxService,
    private readonly taxonomy: CategoryTree,
    private readonly keys: ApiKeysService,
  ) {}

  async create(input: CreateArticleDto, by: Principal): Promise<ArticleView> {
    const article = await this.outbox.write((m) => this.createIn(m, input, by));
    return this.get(article.id);
  }

  /** `create` inside a transaction opened by `OutboxService.write`, so callers can combine it with their own writes. */
  async createIn(m: EntityManager, input: CreateArticleDto, by: Principal): Promise<Article> {
    await this.checkReferences(m, input.categoryId, input.intents);
    const freshness = applyFreshness(
      { ownerKeyId: null, ownerName: null, reviewIntervalDays: null, reviewBy: null, verifiedAt: null },
      input,
      new Date(),
    );
    await this.checkOwner(m, freshness.ownerKeyId);
    const slug = input.slug ?? (await this.freeSlug(m, slugify(input.title)));
    if (input.slug && (await m.exists(Article, { where: { slug } }))) {
      throw conflict(`The slug "${slug}" is already used by another article`, { field: 'slug' });
    }
    const article = await m.save(
      m.create(Article, {
        slug,
        audience: input.audience,
        categoryId: input.categoryId ?? null,
        tags: normaliseTags(input.tags),
        intents: input.intents ?? [],
        state: 'active',
        defaultLocale: input.locale,
        version: 1,
        createdBy: by.name,
        ...freshness,
      }),
    );
    await this.outbox.append(m, { type: 'article.created', articleId: article.id, actor: by.name, data: { slug } });
    await this.insertRevision(m, article, input.locale, 0, input, by);
    if (input.publish) await this.makeLive(m, article, input.locale, 1, null, by);
    return article;
  }

  /**
   * Creates many articles, each with revision 1 of every locale (published where asked), in the caller's transaction
   * and in a handful of multi-row statements: what `createIn` does for one, with the same outbox events in the same
   * order. Refuses the whole set on the first unknown reference or taken slug (the caller retries the others).
   * Returns the new ids, in input order.
   */
  async createManyIn(m: EntityManager, inputs: NewArticle[], by: Principal): Promise<string[]> {
    if (inputs.length === 0) return [];
    for (const categoryId of new Set(inputs.map((i) => i.categoryId).filter((c): c is string => !!c)))
      await this.checkReferences(m, categoryId, undefined);
    await this.checkReferences(m, undefined, [...new Set(inputs.flatMap((i) => i.intents ?? []))]);
    const explicit = inputs.map((i) => i.slug).filter((s): s is string => s !== undefined);
    const seen = new Set<string>();
    for (const slug of explicit) {
      if (seen.has(slug)) throw conflict(`The slug "${slug}" is given to two articles`, { field: 'slug' });
      seen.add(slug);
    }
    const [taken] =
      explicit.length > 0
        ? await m.query(`SELECT slug FROM articles WHERE slug = ANY($1::text[]) LIMIT 1`, [explicit])
        : [];
    if (taken) throw conflict(`The slug "${taken.slug}" is already used by another article`, { field: 'slug' });
    const slugs: string[] = [];
    for (const input of inputs) {
      const slug = input.slug ?? (await this.freeSlug(m, slugify(input.locales[0].content.title), seen));
      seen.add(slug);
      slugs.push(slug);
    }
    const ids = inputs.map(() => randomUUID());
    const articles = inputs.map((input, i) => ({
      id: ids[i],
      slug: slugs[i],
      audience: input.audience,
      category_id: input.categoryId ?? null,
      tags: normaliseTags(input.tags),
      intents: input.intents ?? [],
      default_locale: input.locales[0].locale,
      created_by: by.name,
    }));
    await m.query(
      `INSERT INTO articles (id, slug, audience, category_id, tags, intents, state, default_locale, version, created_by)
       SELECT id, slug, audience, category_id, tags, intents, 'active', default_locale, 1, created_by
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, slug text, audience text, category_id uuid, tags text[], intents text[], default_locale text, created_by text)`,
      [JSON.stringify(articles)],
    );
    const revisions = inputs.flatMap((input, i) =>
      input.locales.map((l) => ({
        article_id: ids[i],
        locale: l.locale,
        published: l.publish,
        ...l.content,
        change_note: l.changeNote,
        content_hash: l.contentHash,
      })),
    );
    const json = JSON.stringify(revisions);
    await m.query(
      `INSERT INTO article_locales (article_id, locale, head_revision, live_revision)
       SELECT article_id, locale, 1, CASE WHEN published THEN 1 END FROM jsonb_to_recordset($1::jsonb) AS x(article_id uuid, locale text, published boolean)`,
      [json],
    );
    await m.query(
      `INSERT INTO article_revisions (article_id, locale, number, status, title, body, summary, alternative_questions, variants, internal_notes,
                                      author, author_key_id, change_note, content_hash, base_revision, published_at)
       SELECT article_id, locale, 1, CASE WHEN published THEN 'published' ELSE 'draft' END, title, body, summary, "alternativeQuestions", variants,
              "internalNotes", $2, $3::uuid, change_note, content_hash, 0, CASE WHEN published THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(article_id uuid, locale text, published boolean, title text, body text, summary text,
              "alternativeQuestions" jsonb, variants jsonb, "internalNotes" text, change_note text, content_hash text)`,
      [json, by.name, by.keyId || null],
    );
    await this.outbox.appendMany(
      m,
      inputs.flatMap((input, i) => [
        { type: 'article.created' as const, articleId: ids[i], actor: by.name, data: { slug: slugs[i] } },
        ...input.locales.flatMap((l) => [
          { type: 'revision.created' as const, articleId: ids[i], locale: l.locale, revision: 1, actor: by.name },
          ...(l.publish
            ? [
                {
                  type: 'article.published' as const,
                  articleId: ids[i],
                  locale: l.locale,
                  revision: 1,
                  actor: by.name,
                  data: { previousRevision: null, expiresAt: null },
                },
              ]
            : []),
        ]),
      ]),
    );
    return ids;
  }

  /** The head revision of every locale of these articles (what an import compares its content with). */
  async headsOf(articleIds: string[]): Promise<LocaleHead[]> {
    if (articleIds.length === 0) return [];
    const rows: {
      article_id: string;
      locale: string;
      head_revision: number;
      live_revision: number | null;
      status: RevisionStatus;
      content_hash: string;
    }[] = await this.locales.query(
      `SELECT l.article_id, l.locale, l.head_revision, l.live_revision, r.status, r.content_hash
         FROM article_locales l JOIN article_revisions r ON r.article_id = l.article_id AND r.locale = l.locale AND r.number = l.head_revision
        WHERE l.article_id = ANY($1::uuid[])`,
      [articleIds],
    );
    return rows.map((r) => ({
      articleId: r.article_id,
      locale: r.locale,
      headRevision: r.head_revision,
      liveRevision: r.live_revision,
      status: r.status,
      contentHash: r.content_hash,
    }));
  }

  /** The ids of the articles that have these slugs. */
  async idsBySlug(slugs: string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows = await this.articles.find({ where: { slug: In(slugs) }, select: { id: true, slug: true } });
    return new Map(rows.map((a) => [a.slug, a.id]));
  }

  async list(query: ListArticlesQuery): Promise<Page<ArticleView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ updatedAt: string; id: string }>(query.cursor, ['updatedAt', 'id']);
    const qb = this.articles
      .createQueryBuilder('a')
      .orderBy('a.updated_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.state) qb.andWhere('a.state = :state', { state: query.state });
    if (query.audience) qb.andWhere('a.audience = :audience', { audience: query.audience });
    if (query.tag) qb.andWhere(':tag = ANY(a.tags)', { tag: query.tag.toLowerCase() });
    if (query.intent) qb.andWhere(':intent = ANY(a.intents)', { intent: query.intent });
    if (query.review === 'due') qb.andWhere(`a.state = 'active' AND a.review_by <= now()`);
    if (query.category) {
      qb.andWhere(`a.category_id IN (${categoryTreeSql(query.category)})`, { category: query.category });
    }
    const localeClause = query.locale ? 'AND l.locale = :locale' : '';
    if (query.locale)
      qb.andWhere(`EXISTS (SELECT 1 FROM article_locales l WHERE l.article_id = a.id ${localeClause})`, {
        locale: query.locale,
      });
    if (query.publication === 'live') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM article_locales l WHERE l.article_id = a.id AND l.live_revision IS NOT NULL ${localeClause})`,
      );
    } else if (query.publication === 'unpublished') {
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM article_locales l WHERE l.article_id = a.id AND l.live_revision IS NOT NULL ${localeClause})`,
      );
    } else if (query.publication === 'scheduled') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = a.id AND r.status = 'scheduled' ${query.locale ? 'AND r.locale = :locale' : ''})`,
      );
    }
    if (query.q) {
      qb.andWhere(
        `(a.slug ILIKE :pattern OR EXISTS (SELECT 1 FROM article_revisions r JOIN article_locales l
            ON l.article_id = r.article_id AND l.locale = r.locale AND l.head_revision = r.number
          WHERE r.article_id = a.id AND r.title ILIKE :pattern))`,
        { pattern: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    if (after) qb.andWhere('(a.updated_at, a.id) < (:updatedAt, :id)', after);
    const rows = await qb.getMany();
    const page = toPage(rows, limit, (a) => ({ updatedAt: a.updatedAt.toISOString(), id: a.id }));
    return { items: await this.withLocales(page.items), nextCursor: page.nextCursor };
  }

  /** An article by id or slug, with the state of each of its locales. */
  async get(idOrSlug: string): Promise<ArticleView> {
    const [view] = await this.withLocales([await this.resolve(idOrSlug)]);
    return view;
  }

  /** The articles that exist among these ids, with the state of their locales (in no particular order). */
  async getMany(ids: string[]): Promise<ArticleView[]> {
    return ids.length === 0 ? [] : this.withLocales(await this.articles.find({ where: { id: In(ids) } }));
  }

  async resolve(idOrSlug: string, manager: EntityManager = this.articles.manager, lock = false): Promise<Article> {
    const where = UUID_PATTERN.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug };
    const article = await manager.findOne(Article, {
      where,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!article) throw notFound('Article', idOrSlug);
    return article;
  }

  async update(
    idOrSlug: string,
    input: UpdateArticleDto,
    baseVersion: number | undefined,
    by: Principal,
  ): Promise<ArticleView> {
    if (baseVersion === undefined) {
      throw badInput('Name the article version this change is based on: "version" in the body or If-Match', [
        { field: 'version', message: 'required' },
      ]);
    }
    const id = await this.outbox.write((m) => this.updateIn(m, idOrSlug, input, baseVersion, by));
    return this.get(id);
  }

  /** `update` inside a transaction opened by `OutboxService.write`; returns the article id. */
  async updateIn(
    m: EntityManager,
    idOrSlug: string,
    input: UpdateArticleDto,
    baseVersion: number,
    by: Principal,
  ): Promise<string> {
    const article = await this.resolve(idOrSlug, m, true);
    this.assertActive(article);
    if (article.version !== baseVersion) {
      throw conflict(
        `The article is at version ${article.version}, not ${baseVersion}; reload it and apply your change again`,
        {
          currentVersion: article.version,
        },
      );
    }
    await this.checkReferences(m, input.categoryId ?? undefined, input.intents);
    if (input.slug && input.slug !== article.slug && (await m.exists(Article, { where: { slug: input.slug } }))) {
      throw conflict(`The slug "${input.slug}" is already used by another article`, { field: 'slug' });
    }
    const changes: Partial<Article> = {};
    if (input.slug !== undefined) changes.slug = input.slug;
    if (input.audience !== undefined) changes.audience = input.audience;
    if (input.categoryId !== undefined) changes.categoryId = input.categoryId;
    if (input.tags !== undefined) changes.tags = normaliseTags(input.tags);
    if (input.intents !== undefined) changes.intents = input.intents;
    const freshness = applyFreshness(article, input, new Date());
    await this.checkOwner(m, freshness.ownerKeyId);
    Object.assign(changes, freshness);
    await m.update(Article, article.id, { ...changes, version: article.version + 1 });
    // The audience move is recorded so that the change feed can tell readers of public content to drop an article made
    // internal.
    const audience =
      changes.audience !== undefined && changes.audience !== article.audience
        ? { audience: { from: article.audience, to: changes.audience } }
        : {};
    await this.outbox.append(m, {
      type: 'article.updated',
      articleId: article.id,
      actor: by.name,
      data: { fields: Object.keys(changes), ...audience },
    });
    return article.id;
  }

  /** Adds a draft revision on top of `baseRevision`; a stale base is a conflict, never an overwrite. */
  async createRevision(
    idOrSlug: string,
    locale: string | undefined,
    baseRevision: number | undefined,
    input: RevisionContentDto,
    by: Principal,
  ): Promise<ArticleRevision> {
    return this.outbox.write((m) => this.createRevisionIn(m, idOrSlug, locale, baseRevision, input, by));
  }

  /** `createRevision` inside a transaction opened by `OutboxService.write`. */
  async createRevisionIn(
    m: EntityManager,
    idOrSlug: string,
    locale: string | undefined,
    baseRevision: number | undefined,
    input: RevisionContentDto,
    by: Principal,
  ): Promise<ArticleRevision> {
    const article = await this.resolve(idOrSlug, m);
    this.assertActive(article);
    return this.insertRevision(m, article, locale ?? article.defaultLocale, baseRevision, input, by);
  }

  async listRevisions(idOrSlug: string, locale?: string): Promise<RevisionSummary[]> {
    const article = await this.resolve(idOrSlug);
    const rows = await this.revisions.find({
      where: { articleId: article.id, ...(locale ? { locale } : {}) },
      order: { locale: 'ASC', number: 'DESC' },
    });
    return rows.map(({ body: _b, internalNotes: _n, variants: _v, alternativeQuestions: _q, ...summary }) => summary);
  }

  /** Every revision, with its content, of these articles: oldest first per locale (what an export writes out). */
  async revisionsOf(articleIds: string[]): Promise<ArticleRevision[]> {
    if (articleIds.length === 0) return [];
    return this.revisions.find({
      where: { articleId: In(articleIds) },
      order: { articleId: 'ASC', locale: 'ASC', number: 'ASC' },
    });
  }

  async getRevision(idOrSlug: string, locale: string | undefined, number: number): Promise<ArticleRevision> {
    const article = await this.resolve(idOrSlug);
    return this.findRevision(this.revisions.manager, article, locale ?? article.defaultLocale, number);
  }

  async diff(idOrSlug: string, locale: string | undefined, from: number, to: number): Promise<ArticleDiff> {
    const article = await this.resolve(idOrSlug);
    const loc = locale ?? article.defaultLocale;
    const [a, b] = await Promise.all([
      this.findRevision(this.revisions.manager, article, loc, from),
      this.findRevision(this.revisions.manager, article, loc, to),
    ]);
    return { articleId: article.id, locale: loc, from, to, changes: diffContent(a, b) };
  }

  /** Publishes revision `number` now, or schedules it for `publishAt`. */
  async publish(
    idOrSlug: string,
    locale: string | undefined,
    number: number,
    publishAt: Date | undefined,
    expiresAt: Date | undefined,
    by: Principal,
  ): Promise<ArticleRevision> {
    return this.outbox.write((m) => this.publishIn(m, idOrSlug, locale, number, publishAt, expiresAt, by));
  }

  /** `publish` inside a transaction opened by `OutboxService.write`. */
  async publishIn(
    m: EntityManager,
    idOrSlug: string,
    locale: string | undefined,
    number: number,
    publishAt: Date | undefined,
    expiresAt: Date | undefined,
    by: Principal,
  ): Promise<ArticleRevision> {
    const now = checkPublicationTimes(publishAt, expiresAt);
    const article = await this.resolve(idOrSlug, m);
    this.assertActive(article);
    const loc = locale ?? article.defaultLocale;
    const revision = await this.findRevision(m, article, loc, number, true);
    if (revision.status === 'published')
      throw conflict(`Revision ${number} is already published`, { revisionStatus: revision.status });
    if (revision.status === 'superseded' || revision.status === 'expired') {
      throw conflict(
        `Revision ${number} is ${revision.status}; restore it as a new draft to publish its content again`,
        { revisionStatus: revision.status },
      );
    }
    if (publishAt && publishAt > now) {
      await m.update(ArticleRevision, revision.id, { status: 'scheduled', publishAt, expiresAt: expiresAt ?? null });
      await this.outbox.append(m, {
        type: 'revision.scheduled',
        articleId: article.id,
        locale: loc,
        revision: number,
        actor: by.name,
        data: { publishAt },
      });
    } else {
      await this.makeLive(m, article, loc, number, expiresAt ?? null, by);
    }
    return this.findRevision(m, article, loc, number);
  }

  /** Copies an old revision's content into a new draft on top of the current head. */
  async restore(
    idOrSlug: string,
    locale: string | undefined,
    number: number,
    baseRevision: number | undefined,
    changeNote: string | undefined,
    by: Principal,
  ): Promise<ArticleRevision> {
    return this.outbox.write(async (m) => {
      const article = await this.resolve(idOrSlug, m);
      this.assertActive(article);
      const loc = locale ?? article.defaultLocale;
      const source = await this.findRevision(m, article, loc, number);
      const content = { ...pickContent(source), changeNote: changeNote ?? `Restored from revision ${number}` };
      // The source exists, so the head is at least 1 and insertRevision refuses a missing base like any other write.
      return this.insertRevision(m, article, loc, baseRevision, content, by);
    });
  }

  /** Stops serving the article (one locale or all); scheduled publications are cancelled back to drafts. */
  async unpublish(idOrSlug: string, locale: string | undefined, by: Principal): Promise<ArticleView> {
    const id = await this.outbox.write(async (m) => {
      const article = await this.resolve(idOrSlug, m);
      const affected = await this.takeOffline(m, article, locale, 'article.unpublished', by);
      if (affected === 0)
        throw conflict(
          locale
            ? `The article has nothing published or scheduled in "${locale}"`
            : 'The article has nothing published or scheduled',
        );
      return article.id;
    });
    return this.get(id);
  }

  async archive(idOrSlug: string, by: Principal): Promise<ArticleView> {
    const id = await this.outbox.write(async (m) => {
      const article = await this.resolve(idOrSlug, m, true);
      if (article.state === 'archived') throw conflict('The article is already archived');
      await this.takeOffline(m, article, undefined, null, by);
      await m.update(Article, article.id, { state: 'archived', version: article.version + 1 });
      await this.outbox.append(m, { type: 'article.archived', articleId: article.id, actor: by.name });
      return article.id;
    });
    return this.get(id);
  }

  async unarchive(idOrSlug: string, by: Principal): Promise<ArticleView> {
    const id = await this.outbox.write(async (m) => {
      const article = await this.resolve(idOrSlug, m, true);
      if (article.state !== 'archived') throw conflict('The article is not archived');
      await m.update(Article, article.id, { state: 'active', version: article.version + 1 });
      await this.outbox.append(m, {
        type: 'article.updated',
        articleId: article.id,
        actor: by.name,
        data: { fields: ['state'] },
      });
      return article.id;
    });
    return this.get(id);
  }

  /**
   * Records that the article's content is still right: who and when, no new revision. The next review date moves to
   * `nextReviewBy`, or one review interval from now. Editors verify any article; an agent key the articles it owns.
   */
  async verify(idOrSlug: string, nextReviewBy: Date | undefined, by: Principal): Promise<ArticleView> {
    const now = new Date();
    if (nextReviewBy && nextReviewBy <= now)
      throw badInput('nextReviewBy must be in the future', [
        { field: 'nextReviewBy', message: 'must be in the future' },
      ]);
    const id = await this.outbox.write(async (m) => {
      const article = await this.resolve(idOrSlug, m, true);
      this.assertActive(article);
      if (!hasRole(by.role, 'editor') && (!by.keyId || article.ownerKeyId !== by.keyId)) {
        throw forbidden('Only an editor or the key that owns the article may verify it');
      }
      const reviewBy =
        nextReviewBy ?? (article.reviewIntervalDays ? reviewDateAfter(now, article.reviewIntervalDays) : null);
      await m.update(Article, article.id, {
        verifiedAt: now,
        verifiedBy: by.name,
        verifiedByKeyId: by.keyId || null,
        reviewBy,
      });
      await this.outbox.append(m, {
        type: 'article.verified',
        articleId: article.id,
        actor: by.name,
        data: { verifiedAt: now, reviewBy },
      });
      return article.id;
    });
    return this.get(id);
  }

  /**
   * Raises `article.review_due` for the active articles past their review date, once per review date: a
   * verification (or a new date) opens the next period. Safe to run from several instances at once: content writes
   * take turns (OutboxService.write) and each raises only what no earlier one has.
   */
  async raiseDueReviews(now = new Date()): Promise<number> {
    // Most ticks have nothing due: one read of a partial index holding only the review dates not raised yet.
    const [{ due }] = await this.articles.query(
      `SELECT EXISTS (SELECT 1 FROM articles WHERE review_due_raised_for IS DISTINCT FROM review_by AND review_by <= $1 AND state = 'active') AS due`,
      [now],
    );
    if (!due) return 0;
    return this.outbox.write(async (m) => {
      const rows: {
        id: string;
        review_by: Date;
        owner_key_id: string | null;
        owner_name: string | null;
        verified_at: Date | null;
        verified_by: string | null;
      }[] = await m.query(
        // Wrapped in a SELECT: the driver answers a bare UPDATE ... RETURNING with [rows, count].
        `WITH raised AS (
           UPDATE articles SET review_due_raised_for = review_by
            WHERE id IN (SELECT id FROM articles
                          WHERE review_due_raised_for IS DISTINCT FROM review_by AND review_by <= $1 AND state = 'active'
                          ORDER BY review_by LIMIT 100 FOR UPDATE SKIP LOCKED)
            RETURNING id, review_by, owner_key_id, owner_name, verified_at, verified_by)
         SELECT * FROM raised`,
        [now],
      );
      for (const row of rows) {
        await this.outbox.append(m, {
          type: 'article.review_due',
          articleId: row.id,
          actor: 'scheduler',
          data: {
            reviewBy: row.review_by,
            ownerKeyId: row.owner_key_id,
            ownerName: row.owner_name,
            verifiedAt: row.verified_at,
            verifiedBy: row.verified_by,
          },
        });
      }
      return rows.length;
    });
  }

  /** Applies scheduled publications and expiries that are due. Safe to run from several instances at once. */
  async applySchedule(now = new Date()): Promise<{ published: number; expired: number }> {
    const scheduler: Principal = { keyId: '', name: 'scheduler', role: 'admin', channel: 'agent' };
    // Most ticks have nothing due: answer them with one indexed read instead of taking the content write lock.
    const [{ due }] = await this.revisions.query(
      `SELECT EXISTS (SELECT 1 FROM article_revisions WHERE status = 'scheduled' AND publish_at <= $1)
           OR EXISTS (SELECT 1 FROM article_revisions WHERE status = 'published' AND expires_at <= $1) AS due`,
      [now],
    );
    if (!due) return { published: 0, expired: 0 };
    return this.outbox.write(async (m) => {
      const due: ArticleRevision[] = await m
        .createQueryBuilder(ArticleRevision, 'r')
        .where(`r.status = 'scheduled' AND r.publish_at <= :now`, { now })
        .orderBy('r.publish_at', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .limit(100)
        .getMany();
      for (const revision of due) {
        const article = await this.resolve(revision.articleId, m);
        if (article.state === 'archived') continue;
        await this.makeLive(m, article, revision.locale, revision.number, revision.expiresAt, scheduler);
      }
      const expired: ArticleRevision[] = await m
        .createQueryBuilder(ArticleRevision, 'r')
        .where(`r.status = 'published' AND r.expires_at <= :now`, { now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .limit(100)
        .getMany();
      for (const revision of expired) {
        await m.update(ArticleRevision, revision.id, { status: 'expired' });
        await m.update(
          ArticleLocale,
          { articleId: revision.articleId, locale: revision.locale, liveRevision: revision.number },
          { liveRevision: null },
        );
        await this.outbox.append(m, {
          type: 'article.expired',
          articleId: revision.articleId,
          locale: revision.locale,
          revision: revision.number,
          actor: scheduler.name,
          data: { expiresAt: revision.expiresAt },
        });
      }
      return { published: due.length, expired: expired.length };
    });
  }

  private async insertRevision(
    m: EntityManager,
    article: Article,
    locale: string,
    baseRevision: number | undefined,
    input: RevisionContentDto,
    by: Principal,
  ): Promise<ArticleRevision> {
    // Lock the locale's head so that concurrent writers on the same base queue here, and all but one see a stale base.
    await m.query(
      `INSERT INTO article_locales (article_id, locale, head_revision) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`,
      [article.id, locale],
    );
    const [{ head_revision: head }] = await m.query(
      `SELECT head_revision FROM article_locales WHERE article_id = $1 AND locale = $2 FOR UPDATE`,
      [article.id, locale],
    );
    const base = baseRevision ?? (head === 0 ? 0 : undefined);
    if (base === undefined) {
      throw badInput(
        `Name the revision this change is based on (the current head of "${locale}" is ${head}): "baseRevision" or If-Match`,
        [{ field: 'baseRevision', message: 'required' }],
      );
    }
    if (base !== head) {
      throw conflict(
        `Revision ${base} is not the latest of "${locale}": the latest is ${head}. Reload it, merge your change and retry`,
        {
          currentRevision: head,
          baseRevision: base,
        },
      );
    }
    const content = normaliseContent(input);
    const revision = await m.save(
      m.create(ArticleRevision, {
        articleId: article.id,
        locale,
        number: head + 1,
        status: 'draft',
        ...content,
        author: by.name,
        authorKeyId: by.keyId || null,
        changeNote: input.changeNote ?? '',
        contentHash: contentHash(content),
        baseRevision: base,
        publishAt: null,
        publishedAt: null,
        expiresAt: null,
      }),
    );
    await m.update(ArticleLocale, { articleId: article.id, locale }, { headRevision: head + 1 });
    await m.update(Article, article.id, { updatedAt: new Date() });
    await this.outbox.append(m, {
      type: 'revision.created',
      articleId: article.id,
      locale,
      revision: revision.number,
      actor: by.name,
    });
    return revision;
  }

  private async makeLive(
    m: EntityManager,
    article: Article,
    locale: string,
    number: number,
    expiresAt: Date | null,
    by: Principal,
  ): Promise<void> {
    const state = await m.findOne(ArticleLocale, {
      where: { articleId: article.id, locale },
      lock: { mode: 'pessimistic_write' },
    });
    if (state?.liveRevision && state.liveRevision !== number) {
      await m.update(
        ArticleRevision,
        { articleId: article.id, locale, number: state.liveRevision },
        { status: 'superseded' },
      );
    }
    await m.update(
      ArticleRevision,
      { articleId: article.id, locale, number },
      { status: 'published', publishedAt: new Date(), expiresAt },
    );
    await m.update(ArticleLocale, { articleId: article.id, locale }, { liveRevision: number });
    await m.update(Article, article.id, { updatedAt: new Date() });
    await this.outbox.append(m, {
      type: 'article.published',
      articleId: article.id,
      locale,
      revision: number,
      actor: by.name,
      data: { previousRevision: state?.liveRevision ?? null, expiresAt },
    });
  }

  /** Unpublishes live revisions and cancels scheduled ones; returns how many were affected. */
  private async takeOffline(
    m: EntityManager,
    article: Article,
    locale: string | undefined,
    eventType: 'article.unpublished' | null,
    by: Principal,
  ): Promise<number> {
    const states = await m.find(ArticleLocale, {
      where: { articleId: article.id, ...(locale ? { locale } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    let affected = 0;
    for (const state of states) {
      const cancelled = await m.update(
        ArticleRevision,
        { articleId: article.id, locale: state.locale, status: 'scheduled' },
        { status: 'draft', publishAt: null },
      );
      affected += cancelled.affected ?? 0;
      if (state.liveRevision === null) continue;
      affected += 1;
      await m.update(
        ArticleRevision,
        { articleId: article.id, locale: state.locale, number: state.liveRevision },
        { status: 'unpublished' },
      );
      await m.update(ArticleLocale, { articleId: article.id, locale: state.locale }, { liveRevision: null });
      if (eventType)
        await this.outbox.append(m, {
          type: eventType,
          articleId: article.id,
          locale: state.locale,
          revision: state.liveRevision,
          actor: by.name,
        });
    }
    await m.update(Article, article.id, { updatedAt: new Date() });
    return affected;
  }

  private async findRevision(
    m: EntityManager,
    article: Article,
    locale: string,
    number: number,
    lock = false,
  ): Promise<ArticleRevision> {
    const revision = await m.findOne(ArticleRevision, {
      where: { articleId: article.id, locale, number },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!revision) throw notFound('Revision', `${article.slug}/${locale}/${number}`);
    return revision;
  }

  private assertActive(article: Article): void {
    if (article.state === 'archived')
      throw new DomainError('CONFLICT', 'The article is archived; unarchive it before changing it', {
        state: 'archived',
      });
  }

  /** Whether an article has this slug (inside a transaction opened by `OutboxService.write`, or with any manager). */
  slugTaken(m: EntityManager, slug: string): Promise<boolean> {
    return m.exists(Article, { where: { slug } });
  }

  /** The head and live revision numbers of an article's locale, if it has that locale. */
  localeState(
    m: EntityManager,
    articleId: string,
    locale: string,
  ): Promise<Pick<ArticleLocale, 'headRevision' | 'liveRevision'> | null> {
    return m.findOne(ArticleLocale, {
      where: { articleId, locale },
      select: { headRevision: true, liveRevision: true },
    });
  }

  /** One revision by article id, locale and number, if it exists. */
  revisionIn(m: EntityManager, articleId: string, locale: string, number: number): Promise<ArticleRevision | null> {
    return m.findOne(ArticleRevision, { where: { articleId, locale, number } });
  }

  /** The audience of each of these articles that exists. */
  async audiencesOf(articleIds: string[]): Promise<Map<string, Audience>> {
    const rows = await this.articles.find({ where: { id: In(articleIds) }, select: { id: true, audience: true } });
    return new Map(rows.map((a) => [a.id, a.audience]));
  }

  /** Rejects an owner key that does not exist or is revoked with 400. */
  private async checkOwner(m: EntityManager, keyId: string | null | undefined): Promise<void> {
    if (keyId && !(await this.keys.isActive(keyId, m)))
      throw badInput(`API key ${keyId} does not exist or is revoked`, [
        { field: 'ownerKeyId', message: 'unknown or revoked key' },
      ]);
  }

  /** Rejects an unknown category or intent with 400. */
  async checkReferences(
    m: EntityManager,
    categoryId: string | undefined | null,
    intents: string[] | undefined,
  ): Promise<void> {
    if (categoryId && !(await this.taxonomy.exists(categoryId, m))) {
      throw badInput(`Category ${categoryId} does not exist`, [{ field: 'categoryId', message: 'unknown category' }]);
    }
    if (intents && intents.length > 0) {
      const known = await this.taxonomy.knownIntents(intents, m);
      const unknown = intents.filter((i) => !known.has(i));
      if (unknown.length > 0) {
        throw badInput(`Unknown intents: ${unknown.join(', ')}; create them under /v1/intents first`, [
          { field: 'intents', message: `unknown: ${unknown.join(', ')}` },
        ]);
      }
    }
  }

  /** `base`, or `base-2`, `base-3`…: the first that no article has (nor any of `claimed`). */
  private async freeSlug(m: EntityManager, base: string, claimed: ReadonlySet<string> = new Set()): Promise<string> {
    const taken = new Set(
      (await m.query(`SELECT slug FROM articles WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`])).map(
        (r: { slug: string }) => r.slug,
      ),
    );
    for (const slug of claimed) taken.add(slug);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private async withLocales(articles: Article[]): Promise<ArticleView[]> {
    if (articles.length === 0) return [];
    const ids = articles.map((a) => a.id);
    const states = await this.locales.find({ where: { articleId: In(ids) }, order: { locale: 'ASC' } });
    const related = await this.revisions
      .createQueryBuilder('r')
      .select([
        'r.articleId',
        'r.locale',
        'r.number',
        'r.title',
        'r.summary',
        'r.status',
        'r.publishedAt',
        'r.publishAt',
        'r.expiresAt',
      ])
      .where(`r.article_id IN (:...ids) AND r.status IN ('published', 'scheduled')`, { ids })
      .getMany();
    const key = (articleId: string, locale: string) => `${articleId}\n${locale}`;
    const statesOf = groupBy(states, (s) => s.articleId);
    const relatedOf = groupBy(related, (r) => key(r.articleId, r.locale));
    const now = new Date();
    return articles.map((article) => ({
      ...article,
      reviewDue: article.state === 'active' && isReviewDue(article.reviewBy, now),
      locales: (statesOf.get(article.id) ?? []).map((s) => {
        const mine = relatedOf.get(key(article.id, s.locale)) ?? [];
        const live = mine.find((r) => r.status === 'published' && r.number === s.liveRevision);
        return {
          locale: s.locale,
          headRevision: s.headRevision,
          liveRevision: s.liveRevision,
          live: live
            ? {
                number: live.number,
                title: live.title,
                summary: live.summary,
                publishedAt: live.publishedAt,
                expiresAt: live.expiresAt,
              }
            : null,
          scheduled: mine
            .filter((r) => r.status === 'scheduled')
            .map((r) => ({ number: r.number, publishAt: r.publishAt })),
        };
      }),
    }));
  }
}

function checkPublicationTimes(publishAt: Date | undefined, expiresAt: Date | undefined): Date {
  const now = new Date();
  if (expiresAt && expiresAt <= (publishAt && publishAt > now ? publishAt : now)) {
    throw badInput('expiresAt must be later than the publication time', [
      { field: 'expiresAt', message: 'must be in the future and after publishAt' },
    ]);
  }
  return now;
}

function normaliseTags(tags: string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

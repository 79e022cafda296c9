import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Audience } from '../../common/domain.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { categoryTreeSql } from '../taxonomy/category-tree.js';
import type { LiveArticle } from './live-article.js';
import type { ArticleRevision } from './revision.entity.js';

/**
 * What "live" means, said once: an active article's locale pointing at its live revision (always a published one,
 * see ArticlesService.makeLive), not expired yet. The scheduler withdraws an expired revision within seconds; until
 * then the expiry date alone hides it.
 */
const LIVE = `
    FROM articles a
    JOIN article_locales l ON l.article_id = a.id AND l.live_revision IS NOT NULL
    JOIN article_revisions r ON r.article_id = a.id AND r.locale = l.locale AND r.number = l.live_revision
   WHERE a.state = 'active' AND (r.expires_at IS NULL OR r.expires_at > now())`;

/** Which revision of an article is live in a locale. */
export interface LiveRevisionKey {
  articleId: string;
  locale: string;
  revision: number;
}

/** Where a live revision comes from. */
export interface LiveRow {
  article_id: string;
  slug: string;
  audience: Audience;
  locale: string;
  number: number;
}

/** The article's freshness, as served next to its content. */
export interface LiveFreshness {
  verifiedAt: Date | null;
  verifiedBy: string | null;
  reviewBy: Date | null;
}

export interface LiveRevision {
  row: LiveRow;
  revision: ArticleRevision;
  freshness: LiveFreshness;
}

/** A live revision with its article's classification, as search indexes it. */
export interface LiveContent {
  article_id: string;
  slug: string;
  audience: Audience;
  category_id: string | null;
  tags: string[];
  intents: string[];
  locale: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  alternative_questions: string[];
  expires_at: Date | null;
}

const CONTENT_SELECT = `
  SELECT a.id AS article_id, a.slug, a.audience, a.category_id, a.tags, a.intents, l.locale,
         r.number, r.title, r.summary, r.body, r.alternative_questions, r.expires_at ${LIVE}`;

/** Articles per statement of `LiveArticles.phrasingsIn`. */
const PHRASINGS_STEP = 1_000;

const PHRASINGS_SELECT = `
  SELECT a.id AS "articleId", a.slug, a.audience, r.locale, r.number AS revision, r.title, r.alternative_questions AS questions ${LIVE}`;

/**
 * A live article's phrasings in one locale (its title and alternative questions), as the question matcher learns them.
 */
export interface LivePhrasings extends LiveArticle {
  questions: string[];
}

/** A locale of the live content: how many live article translations, and how many alternative questions in all. */
export interface PhrasingCount {
  locale: string;
  articles: number;
  phrasings: number;
}

/**
 * A score per article, computed in SQL by the module that owns the figures (e.g. analytics' ServedCounts): `sql(n)` is
 * a query yielding `(article_id, score)` rows whose parameters, `params`, are numbered from `$n`.
 */
export interface ArticleScores {
  sql: (firstParam: number) => string;
  params: unknown[];
}

/** A live article listed in the first locale of a chain that has it. */
export interface LiveListing {
  articleId: string;
  slug: string;
  categoryId: string | null;
  revision: number;
  locale: string;
  title: string;
  summary: string;
  expiresAt: Date | null;
}

/**
 * The live articles, read for serving, search indexing and the question matcher: the one place that knows how the
 * article tables say what is live.
 */
@Injectable()
export class LiveArticles {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The live revision of an article (by id or slug) among `audiences`, in the first locale of `locales` that has one.
   */
  async revision(idOrSlug: string, locales: string[], audiences: Audience[]): Promise<LiveRevision | undefined> {
    type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | null };
    const rows: (LiveRow & {
      revision: Dated<ArticleRevision, 'publishedAt' | 'expiresAt'>;
      freshness: Dated<LiveFreshness, 'verifiedAt' | 'reviewBy'>;
    })[] = await this.dataSource.query(
      `SELECT a.id AS article_id, a.slug, a.audience, r.locale, r.number,
              json_build_object('title', r.title, 'body', r.body, 'summary', r.summary, 'variants', r.variants,
                                'internalNotes', r.internal_notes, 'publishedAt', r.published_at, 'expiresAt', r.expires_at) AS revision,
              json_build_object('verifiedAt', a.verified_at, 'verifiedBy', a.verified_by, 'reviewBy', a.review_by) AS freshness
        ${LIVE} AND ${UUID_PATTERN.test(idOrSlug) ? 'a.id = $1::uuid' : 'a.slug = $1'} AND l.locale = ANY($2) AND a.audience = ANY($3)
        ORDER BY array_position($2, r.locale)
        LIMIT 1`,
      [idOrSlug, locales, audiences],
    );
    if (rows.length === 0) return undefined;
    const { revision, freshness, ...row } = rows[0];
    const date = (value: string | null) => (value ? new Date(value) : null);
    return {
      row,
      revision: {
        ...revision,
        publishedAt: date(revision.publishedAt),
        expiresAt: date(revision.expiresAt),
      } as ArticleRevision,
      freshness: {
        verifiedBy: freshness.verifiedBy,
        verifiedAt: date(freshness.verifiedAt),
        reviewBy: date(freshness.reviewBy),
      },
    };
  }

  /**
   * Every live article's title and alternative questions in `locale`, in article order, read `step` articles (by id)
   * per statement (see idSlices): an embedded database executes on the serving thread, and one statement over a locale
   * of 10,000 articles held it 200-440 ms under load, requests waiting behind a retraining's read; slices of 1,000 hold
   * it 25-55 ms each (bench/README.md, session 21). Not one snapshot: an article changed between two slices is read as
   * it is then (a training relearns what changed after its version in the fresh tier anyway).
   */
  async phrasingsIn(locale: string, step = PHRASINGS_STEP): Promise<LivePhrasings[]> {
    const phrasings: LivePhrasings[] = [];
    const select = `${PHRASINGS_SELECT} AND r.locale = $1`;
    for await (const slice of this.inSlices<LivePhrasings>(select, 'ORDER BY a.id', [locale], step))
      phrasings.push(...slice);
    return phrasings;
  }

  /**
   * Per locale of the live content: its live article translations, and their alternative questions, counted, `step`
   * articles (by id) per statement (see idSlices): one statement over 20,000 revisions held the embedded database's
   * serving thread 210 ms under load when a retraining began (bench/README.md, session 22).
   */
  async phrasingCounts(step = PHRASINGS_STEP): Promise<PhrasingCount[]> {
    const select = `SELECT r.locale, count(*)::int AS articles,
                           coalesce(sum(jsonb_array_length(r.alternative_questions)), 0)::int AS phrasings ${LIVE}`;
    const counts = new Map<string, PhrasingCount>();
    for await (const slice of this.inSlices<PhrasingCount>(select, 'GROUP BY r.locale', [], step))
      for (const { locale, articles, phrasings } of slice) {
        const count = counts.get(locale) ?? counts.set(locale, { locale, articles: 0, phrasings: 0 }).get(locale)!;
        count.articles += Number(articles);
        count.phrasings += Number(phrasings);
      }
    return [...counts.values()].sort((a, b) => (a.locale < b.locale ? -1 : 1));
  }

  /** The titles and alternative questions of some articles' live revisions, every locale. */
  phrasingsOf(articleIds: string[]): Promise<LivePhrasings[]> {
    return this.dataSource.query(`${PHRASINGS_SELECT} AND a.id = ANY($1::uuid[]) ORDER BY a.id, r.locale`, [
      articleIds,
    ]);
  }

  /** The live revisions of some articles, every locale. */
  contentOf(articleIds: string[]): Promise<LiveContent[]> {
    return this.dataSource.query(`${CONTENT_SELECT} AND a.id = ANY($1::uuid[])`, [articleIds]);
  }

  /**
   * Every live revision in (article, locale) order, the live revisions of `step` articles (by id) at a time (see
   * idSlices); a slice with none is skipped. Pages of 500 rows after a position (`(a.id, l.locale) > … LIMIT 500`) read
   * 20,000 revisions on the embedded database in 1.9-2.2 s, up to 75-241 ms a statement; slices of 250 articles in
   * 0.5-0.7 s, up to 17-26 ms (a probe on a copy of the bench's trained directory, session 21).
   */
  async *contentPages(step: number): AsyncGenerator<LiveContent[]> {
    for await (const page of this.inSlices<LiveContent>(CONTENT_SELECT, 'ORDER BY a.id, l.locale', [], step))
      if (page.length > 0) yield page;
  }

  /** How many live revisions there are (every locale). */
  async count(): Promise<number> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${LIVE}`);
    return Number(total);
  }

  /** Every live revision's article, locale and number (the index's documents: SearchIndexer compares them). */
  revisions(): Promise<LiveRevisionKey[]> {
    return this.dataSource.query(`SELECT a.id AS "articleId", l.locale, r.number AS revision ${LIVE}`);
  }

  /** The locales that have live articles. */
  async liveLocales(): Promise<string[]> {
    const rows: { locale: string }[] = await this.dataSource.query(`SELECT DISTINCT l.locale ${LIVE} ORDER BY 1`);
    return rows.map((r) => r.locale);
  }

  /** Every locale of some articles, live or not. */
  localesOf(articleIds: string[]): Promise<{ articleId: string; locale: string }[]> {
    return this.dataSource.query(
      `SELECT article_id AS "articleId", locale FROM article_locales WHERE article_id = ANY($1::uuid[])`,
      [articleIds],
    );
  }

  /**
   * The `limit` live articles among `audiences` (of a category and the categories under it, or all) with the highest
   * `scores` (none: 0), ties by title, each in the first locale of `locales` that has it. The database ranks and cuts,
   * so a list of 20 reads 20 rows, whatever the size of the knowledge base.
   *
   * With `step`, the same list is ranked `step` articles (by id) per statement, and the leaders of every slice are
   * ordered once more by the database (same order, same collation): the statements are short, so that an embedded
   * database, which executes on the serving thread, lets the requests that arrive meanwhile run between them instead
   * of waiting for one statement over the whole knowledge base (seconds at 20,000 revisions on a loaded machine).
   */
  async top(query: TopQuery, step?: number): Promise<LiveListing[]> {
    if (step === undefined) return this.dataSource.query(...topStatement(query));
    const leaders: (LiveListing & { score: string })[] = [];
    for await (const slice of this.idSlices(step))
      leaders.push(...(await this.dataSource.query(...topStatement(query, slice))));
    if (leaders.length <= 1) return leaders.map(withoutScore);
    const ranked: { id: string }[] = await this.dataSource.query(
      `SELECT id::text FROM unnest($1::uuid[], $2::text[], $3::numeric[]) AS leader(id, title, score)
        ORDER BY score DESC, title ASC, id LIMIT $4`,
      [leaders.map((l) => l.articleId), leaders.map((l) => l.title), leaders.map((l) => l.score), query.limit],
    );
    const byId = new Map(leaders.map((l) => [l.articleId, l]));
    return ranked.map(({ id }) => withoutScore(byId.get(id)!));
  }

  /**
   * The rows of `select` (over LIVE, its parameters `params`, then `tail`: an ORDER BY or a GROUP BY) for `step`
   * articles (by id) at a time: one statement per slice of idSlices, so that an embedded database lets requests run
   * between two.
   */
  private async *inSlices<T>(select: string, tail: string, params: unknown[], step: number): AsyncGenerator<T[]> {
    const [after, upto] = [params.length + 1, params.length + 2];
    for await (const slice of this.idSlices(step)) {
      yield this.dataSource.query(`${select} AND a.id > $${after}::uuid AND a.id <= $${upto}::uuid ${tail}`, [
        ...params,
        slice.after,
        slice.upto,
      ]);
    }
  }

  /**
   * Every article id (any state or locale) in slices of `step` by id, each read when the previous one is done: its
   * bounds, `after` < id ≤ `upto`. A statement bounded so reads its slice alone; one with `id > after ... LIMIT n` read
   * and sorted every article after `after` for each page (10,000 articles in pages of 1,000: 500-900 ms in all).
   */
  private async *idSlices(step: number): AsyncGenerator<{ after: string; upto: string }> {
    for (let after = FIRST_UUID; ;) {
      const [last]: { id: string }[] = await this.dataSource.query(
        `SELECT id::text FROM (SELECT id FROM articles WHERE id > $1::uuid ORDER BY id LIMIT $2) slice
          ORDER BY id DESC LIMIT 1`,
        [after, step],
      );
      if (!last) return;
      yield { after, upto: last.id };
      after = last.id;
    }
  }
}

/** What a FAQ-style list ranks: see LiveArticles.top. */
export interface TopQuery {
  locales: string[];
  audiences: Audience[];
  categoryId: string | null;
  scores: ArticleScores;
  limit: number;
}

/** Below every article id: where the slices of idSlices start. */
const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

const withoutScore = ({ score: _score, ...listing }: LiveListing & { score?: string }): LiveListing => listing;

/**
 * The statement of LiveArticles.top, over every article or over the ids in (`after`, `upto`]: the scores are then
 * filtered on the same range, which the database applies inside their aggregate, so a slice reads its own scores.
 */
function topStatement(query: TopQuery, slice?: { after: string; upto: string }): [string, unknown[]] {
  const { locales, audiences, categoryId, scores, limit } = query;
  const params: unknown[] = [locales, audiences, limit, ...scores.params];
  let scored = `(${scores.sql(4)})`;
  let inScope = '';
  let sliceScores = '';
  if (categoryId !== null) {
    params.push(categoryId);
    inScope = `AND a.category_id IN (${categoryTreeSql(categoryId, `$${params.length}`)})`;
  }
  if (slice) {
    params.push(slice.after, slice.upto);
    const [after, upto] = [`$${params.length - 1}::uuid`, `$${params.length}::uuid`];
    inScope += ` AND a.id > ${after} AND a.id <= ${upto}`;
    // Summed once (MATERIALIZED): joined to the slice's articles, the database would otherwise sum them again for
    // each article (it plans a nested loop, having no statistics on the embedded database), quadratic in the slice.
    sliceScores = `scores AS MATERIALIZED (SELECT * FROM (${scores.sql(4)}) scored
                                            WHERE scored.article_id > ${after} AND scored.article_id <= ${upto}),`;
    scored = 'scores';
  }
  return [
    `WITH ${sliceScores} listed AS (
       SELECT DISTINCT ON (a.id) a.id AS "articleId", a.slug, a.category_id AS "categoryId", r.number AS revision, r.locale,
              r.title, r.summary, r.expires_at AS "expiresAt"
         ${LIVE} AND l.locale = ANY($1) AND a.audience = ANY($2) ${inScope}
        ORDER BY a.id, array_position($1, r.locale))
     SELECT listed.*${slice ? ', coalesce(scores.score, 0)::text AS score' : ''}
       FROM listed LEFT JOIN ${scored} scores ON scores.article_id = listed."articleId"
      ORDER BY coalesce(scores.score, 0) DESC, listed.title ASC, listed."articleId"
      LIMIT $3`,
    params,
  ];
}

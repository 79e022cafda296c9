import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { CHANNELS } from '../../common/domain.js';
import { badInput, notFound } from '../../common/errors.js';
import { decodeCursor, encodeCursor, Page } from '../../common/paging.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { ArticleLabels, revisionKey } from '../articles/article-labels.js';
import { ArticlesService } from '../articles/articles.service.js';
import { ApiKeysService } from '../auth/api-keys.service.js';
import { ChannelProfilesService } from '../channels/channel-profiles.service.js';
import type { Format } from '../channels/render.js';
import { renderWording, wordingText } from '../channels/wording.js';
import { ServedLogService } from '../served-log/served-log.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { ANSWER_COUNTERS, SELF_SERVICE_CHANNELS, sqlList } from './analytics.constants.js';
import { datesOf, ReportRange, reportRange } from './report-range.js';
import {
  ArticleSort,
  ArticlesReportQuery,
  IntentsReportQuery,
  JourneysQuery,
  PagedReportQuery,
  ReportQuery,
  ServedQuery,
} from './reports.dto.js';

/** Query parameters collected while a statement is built. */
class Sql {
  readonly params: unknown[] = [];
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** Sums of the answer counters, as JSON numbers, plus the self-service share the journey rate is based on. */
const SUMS = [
  ...ANSWER_COUNTERS.map((c) => `coalesce(sum(${c}), 0)::float8 AS "${c}"`),
  `coalesce(sum(served) FILTER (WHERE channel IN (${sqlList(SELF_SERVICE_CHANNELS)})), 0)::float8 AS "selfServiceServed"`,
].join(', ');
const SEARCH_SUMS = `coalesce(sum(searches), 0)::float8 AS "searches", coalesce(sum(zero_results), 0)::float8 AS "zeroResultSearches"`;
/** Memory for a report's grouping (PostgreSQL's default, 4MB, sends a large one to disk). */
const REPORT_WORK_MEM = '64MB';
const localDate = (tz: string) => `to_char((bucket AT TIME ZONE ${tz})::date, 'YYYY-MM-DD')`;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export type Counters = Record<(typeof ANSWER_COUNTERS)[number] | 'selfServiceServed', number>;
export type CountersWithRates = Counters & {
  helpfulRate: number | null;
  escalationRate: number | null;
  /** Questions answered confidently (questions − unanswered). */
  answered: number;
  answerRate: number | null;
  /** Self-service answers not followed by an agent or email contact within the journey window. */
  selfServiceResolved: number;
  selfServiceResolutionRate: number | null;
};
type SearchCounters = { searches: number; zeroResultSearches: number; zeroResultRate: number | null };

const COUNTER_KEYS = [...ANSWER_COUNTERS, 'selfServiceServed'] as const;
const zero = (): Counters => Object.fromEntries(COUNTER_KEYS.map((k) => [k, 0])) as Counters;

function addInto<T extends Record<string, number>>(target: T, row: Partial<Record<keyof T, unknown>>): T {
  for (const key of Object.keys(target) as (keyof T)[])
    target[key] = (target[key] + Number(row[key] ?? 0)) as T[keyof T];
  return target;
}

export function withRates(c: Counters): CountersWithRates {
  const answered = c.questions - c.unanswered;
  const selfServiceResolved = c.selfServiceServed - c.escalations;
  return {
    ...c,
    helpfulRate: rate(c.helpful, c.helpful + c.unhelpful),
    escalationRate: rate(c.escalations, c.selfServiceServed),
    answered,
    answerRate: rate(answered, c.questions),
    selfServiceResolved,
    selfServiceResolutionRate: rate(selfServiceResolved, c.selfServiceServed),
  };
}

const searchRates = (c: { searches: number; zeroResultSearches: number }): SearchCounters => ({
  ...c,
  zeroResultRate: rate(c.zeroResultSearches, c.searches),
});

/** Sums rows (each with counters) by a key, in first-seen order. */
function groupSum<R extends Partial<Counters>>(rows: R[], keyOf: (row: R) => string): Map<string, Counters> {
  const groups = new Map<string, Counters>();
  for (const row of rows) {
    const key = keyOf(row);
    addInto(groups.get(key) ?? groups.set(key, zero()).get(key)!, row);
  }
  return groups;
}

const ORDER_BY: Record<ArticleSort, string> = {
  served: '"served"',
  clicks: '"clicks"',
  helpful: '"helpful"',
  unhelpful: '"unhelpful"',
  helpfulRate: '"helpful" / nullif("helpful" + "unhelpful", 0)',
  handoffs: '"handoffs"',
  escalations: '"escalations"',
  escalationRate: '"escalations" / nullif("selfServiceServed", 0)',
  answerRate: '("questions" - "unanswered") / nullif("questions", 0)',
  selfServiceResolutionRate: '("selfServiceServed" - "escalations") / nullif("selfServiceServed", 0)',
};

interface Period {
  from: string;
  to: string;
  tz: string;
}

const periodOf = (range: ReportRange): Period => ({ from: range.from, to: range.to, tz: range.tz });

/**
 * The analytics reports. They read the rollups only (the served log itself only for `/served`): whole UTC days from
 * the day tables and the partial days at the edges of a range in another zone from the quarter-hour tables, or the
 * quarter-hour tables alone for a series by local day.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly articleLabels: ArticleLabels,
    private readonly taxonomy: TaxonomyService,
    private readonly keys: ApiKeysService,
    private readonly profiles: ChannelProfilesService,
    private readonly servedLog: ServedLogService,
    private readonly config: AppConfig,
  ) {}

  async summary(query: ReportQuery) {
    const range = reportRange(query);
    const sql = new Sql();
    const rows = await this.query(
      `SELECT ${localDate(sql.p(range.tz))} AS date, ${SUMS}, ${SEARCH_SUMS}
       FROM analytics_channel_quarter WHERE ${this.bucketIn(sql, range)} ${this.filters(sql, query)} GROUP BY 1`,
      sql.params,
    );
    const byDate = new Map<string, Record<string, unknown>>(rows.map((r: { date: string }) => [r.date, r]));
    const days = datesOf(range).map((date) => {
      const row = byDate.get(date) ?? {};
      return {
        date,
        ...withRates(addInto(zero(), row)),
        ...searchRates(addInto({ searches: 0, zeroResultSearches: 0 }, row)),
      };
    });
    const totals = {
      ...withRates(addInto(zero(), sumRows(days))),
      ...searchRates(addInto({ searches: 0, zeroResultSearches: 0 }, sumRows(days))),
    };
    return { ...periodOf(range), totals, days };
  }

  async articleList(query: ArticlesReportQuery): Promise<Period & Page<ArticleLine>> {
    const range = reportRange(query);
    const limit = query.limit ?? 50;
    const { offset } = decodeCursor<{ offset: number }>(query.cursor, ['offset']) ?? { offset: 0 };
    const sql = new Sql();
    const byIntent = query.intent ? await this.intentFilter(sql, query.intent) : '';
    const rows = (await this.query(
      `SELECT * FROM (SELECT article_id AS "articleId", ${SUMS} FROM (${this.articleFacts(sql, range, query, byIntent)}) f GROUP BY article_id) g
       ORDER BY ${ORDER_BY[query.sort ?? 'served']} ${query.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, "articleId"
       LIMIT ${sql.p(limit + 1)} OFFSET ${sql.p(offset)}`,
      sql.params,
    )) as ({ articleId: string } & Counters)[];
    const page = rows.slice(0, limit);
    const labels = await this.labels(page.map((r) => r.articleId));
    return {
      ...periodOf(range),
      items: page.map((r) => ({
        articleId: r.articleId,
        ...labels.get(r.articleId)!,
        ...withRates(addInto(zero(), r)),
      })),
      nextCursor: rows.length > limit ? encodeCursor({ offset: offset + limit }) : null,
    };
  }

  /**
   * One article: totals, per channel, per revision, and per day, with the full day × channel × locale × revision
   * breakdown.
   */
  async article(idOrSlug: string, query: ReportQuery) {
    const range = reportRange(query);
    const article = await this.articles.resolve(idOrSlug);
    const sql = new Sql();
    // Days that are UTC days (tz UTC, or any zone at offset 0 over the range) are read from the day table.
    const utcDays =
      range.days?.dayStart.getTime() === range.start.getTime() && range.days.dayEnd.getTime() === range.end.getTime();
    const source = utcDays
      ? `day AS d, channel, locale, revision, ${SUMS} FROM analytics_article_day
         WHERE day >= ${sql.p(isoDay(range.start))}::date AND day < ${sql.p(isoDay(range.end))}::date`
      : `(bucket AT TIME ZONE ${sql.p(range.tz)})::date AS d, channel, locale, revision, ${SUMS} FROM analytics_article_quarter WHERE ${this.bucketIn(sql, range)}`;
    // Grouped on the date itself (formatted once per group, not per row).
    const breakdown = (await this.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date, channel, locale, revision, ${COUNTER_KEYS.map((k) => `"${k}"`).join(', ')}
       FROM (SELECT ${source} AND article_id = ${sql.p(article.id)} ${this.filters(sql, query)} GROUP BY 1, 2, 3, 4) g ORDER BY 1, 2, 3, 4`,
      sql.params,
    )) as ({ date: string; channel: string; locale: string; revision: number } & Counters)[];
    const byDay = groupSum(breakdown, (r) => r.date);
    const byRevision = groupSum(breakdown, (r) => `${r.locale}\u0000${r.revision}`);
    return {
      ...periodOf(range),
      article: { id: article.id, slug: article.slug, ...(await this.labels([article.id])).get(article.id) },
      totals: withRates(addInto(zero(), sumRows(breakdown))),
      channels: [...groupSum(breakdown, (r) => r.channel)].map(([channel, c]) => ({ channel, ...withRates(c) })),
      revisions: withPrevious(
        [...byRevision]
          .map(([key, c]) => ({
            locale: key.split('\u0000')[0],
            revision: Number(key.split('\u0000')[1]),
            ...withRates(c),
          }))
          .sort((a, b) => a.locale.localeCompare(b.locale) || a.revision - b.revision),
      ),
      days: datesOf(range).map((date) => ({ date, ...withRates(byDay.get(date) ?? zero()) })),
      breakdown: breakdown.map((r) => ({ ...r, ...withRates(r) })),
    };
  }

  async channels(query: ReportQuery) {
    const range = reportRange(query);
    const sql = new Sql();
    const rows = (await this.query(
      `SELECT ${localDate(sql.p(range.tz))} AS date, channel, ${SUMS}, ${SEARCH_SUMS}
       FROM analytics_channel_quarter WHERE ${this.bucketIn(sql, range)} ${this.filters(sql, query)} GROUP BY 1, 2 ORDER BY 1, 2`,
      sql.params,
    )) as ({ date: string; channel: string; searches: number; zeroResultSearches: number } & Counters)[];
    const items = CHANNELS.filter((channel) => !query.channel || channel === query.channel).map((channel) => {
      const mine = rows.filter((r) => r.channel === channel);
      return {
        channel,
        ...withRates(addInto(zero(), sumRows(mine))),
        ...searchRates(addInto({ searches: 0, zeroResultSearches: 0 }, sumRows(mine))),
      };
    });
    return { ...periodOf(range), items, days: rows.map((r) => ({ ...r, ...withRates(r), ...searchRates(r) })) };
  }

  /**
   * Per intent × channel, by the intents articles carry now: counts per article × channel from the compact rollups,
   * then summed over each article's intents (read through the articles module).
   */
  async intents(query: IntentsReportQuery) {
    const range = reportRange(query);
    const sql = new Sql();
    const byIntent = query.intent ? await this.intentFilter(sql, query.intent) : '';
    const rows = (await this.query(
      `SELECT article_id AS "articleId", channel, ${SUMS} FROM (${this.articleFacts(sql, range, query, byIntent)}) f GROUP BY 1, 2`,
      sql.params,
    )) as ({ articleId: string; channel: string } & Counters)[];
    const intentsOf = await this.articleLabels.intentsOf(rows.map((r) => r.articleId));
    const perIntent = rows.flatMap((r) =>
      (intentsOf.get(r.articleId) ?? [])
        .filter((intent) => !query.intent || intent === query.intent)
        .map((intent) => ({ ...r, intent })),
    );
    const groups = groupSum(perIntent, (r) => `${r.intent}\u0000${r.channel}`);
    const names = await this.taxonomy.intentNames(perIntent.map((r) => r.intent));
    const items = [...groups]
      .map(([key, c]) => {
        const [intent, channel] = key.split('\u0000');
        return { intent, name: names.get(intent) ?? intent, channel, ...withRates(c) };
      })
      .sort(
        (a, b) =>
          b.served - a.served ||
          b.questions - a.questions ||
          a.intent.localeCompare(b.intent) ||
          a.channel.localeCompare(b.channel),
      );
    return { ...periodOf(range), items };
  }

  /** Searches that found nothing, by normalised query, most frequent first. */
  zeroResults(query: PagedReportQuery): Promise<GapPage<'searches'>> {
    return this.gaps(query, 'analytics_zero_result', 'searches');
  }

  /**
   * Questions (answers, reply suggestions) left without a confident answer, by normalised question, most frequent
   * first.
   */
  unansweredQuestions(query: PagedReportQuery): Promise<GapPage<'questions'>> {
    return this.gaps(query, 'analytics_unanswered', 'questions');
  }

  /** A content-gap rollup (see RollupService.countGaps) grouped by query over the range, with its count per channel. */
  private async gaps<C extends string>(query: PagedReportQuery, prefix: string, counter: C): Promise<GapPage<C>> {
    const range = reportRange(query);
    const limit = query.limit ?? 50;
    const { offset } = decodeCursor<{ offset: number }>(query.cursor, ['offset']) ?? { offset: 0 };
    const sql = new Sql();
    const facts = this.rangeFacts(
      sql,
      range,
      prefix,
      `query, channel, locale, ${counter}, last_seen`,
      this.filters(sql, query),
    );
    const rows = (await this.query(
      `WITH per_channel AS (SELECT query, channel, sum(${counter}) AS n, max(last_seen) AS last_seen FROM (${facts}) f GROUP BY 1, 2)
       SELECT query, sum(n)::float8 AS "${counter}", jsonb_object_agg(channel, n::float8) AS channels, max(last_seen) AS "lastSeen"
       FROM per_channel GROUP BY query ORDER BY 2 DESC, 1 LIMIT ${sql.p(limit + 1)} OFFSET ${sql.p(offset)}`,
      sql.params,
    )) as GapLine<C>[];
    return {
      ...periodOf(range),
      items: rows.slice(0, limit),
      nextCursor: rows.length > limit ? encodeCursor({ offset: offset + limit }) : null,
    };
  }

  /** How often a self-service answer was followed by an agent or email contact in the same session. */
  async journeys(query: JourneysQuery) {
    const range = reportRange(query);
    const limit = query.limit ?? 50;
    const sql = new Sql();
    const selfService = ` AND channel IN (${sqlList(SELF_SERVICE_CHANNELS)})`;
    const counted = (await this.query(
      `SELECT article_id AS "articleId", channel, ${SUMS} FROM (${this.articleFacts(sql, range, query, selfService)}) f GROUP BY 1, 2`,
      sql.params,
    )) as ({ articleId: string; channel: string } & Counters)[];
    const intentsOf = await this.articleLabels.intentsOf(counted.map((r) => r.articleId));
    const rows = counted.map((r) => ({ ...r, intents: intentsOf.get(r.articleId) ?? [] }));
    const figure = (c: Counters) => ({
      selfServiceServed: c.served,
      followedByContact: c.escalations,
      rate: rate(c.escalations, c.served),
    });
    const top = <K extends string>(groups: Map<string, Counters>, key: K) =>
      [...groups]
        .map(([id, c]) => ({ [key]: id, ...figure(c) }) as Record<K, string> & ReturnType<typeof figure>)
        .sort(
          (a, b) =>
            b.followedByContact - a.followedByContact ||
            b.selfServiceServed - a.selfServiceServed ||
            a[key].localeCompare(b[key]),
        )
        .slice(0, limit);
    const articles = top(
      groupSum(rows, (r) => r.articleId),
      'articleId',
    );
    const labels = await this.labels(articles.map((a) => a.articleId));
    const perIntent = rows.flatMap((r) => r.intents.map((intent) => ({ ...r, intent })));
    return {
      ...periodOf(range),
      windowMinutes: this.config.ANALYTICS_JOURNEY_WINDOW_MINUTES,
      totals: figure(addInto(zero(), sumRows(rows))),
      channels: [...groupSum(rows, (r) => r.channel)].map(([channel, c]) => ({ channel, ...figure(c) })),
      articles: articles.map((a) => ({ ...a, ...labels.get(a.articleId) })),
      intents: top(
        groupSum(perIntent, (r) => r.intent),
        'intent',
      ),
    };
  }

  /** The served-answer log itself: which revision, in which locale and variant, was served where, for which query. */
  async served(query: ServedQuery): Promise<Period & Page<ServedLine>> {
    const range = reportRange(query);
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ at: string; id: string }>(query.cursor, ['at', 'id']);
    const sql = new Sql();
    const conditions = [`s.served_at >= ${sql.p(range.start)}`, `s.served_at < ${sql.p(range.end)}`];
    const equal: [string, unknown][] = [
      ['s.channel', query.channel],
      ['s.locale', query.locale],
      ['s.article_id', query.articleId],
      ['s.revision', query.revision],
      ['s.session_id', query.sessionId],
      ['s.search_id', query.searchId],
      ['s.kind', query.kind],
    ];
    for (const [column, value] of equal) if (value !== undefined) conditions.push(`${column} = ${sql.p(value)}`);
    if (after) conditions.push(`(s.served_at, s.id) < (${sql.p(after.at)}::timestamptz, ${sql.p(after.id)}::uuid)`);
    const rows = (await this.query(
      `${SERVED_ROW} WHERE ${conditions.join(' AND ')} ORDER BY s.served_at DESC, s.id DESC LIMIT ${sql.p(limit + 1)}`,
      sql.params,
    )) as ServedRow[];
    const items = await this.nameServed(rows.slice(0, limit));
    const last = items[items.length - 1];
    return {
      ...periodOf(range),
      items,
      nextCursor: rows.length > limit ? encodeCursor({ at: last.servedAt, id: last.id }) : null,
    };
  }

  /**
   * One served row and the exact text the customer received: rendered again from the revision, the wording (variant)
   * and the channel profile version it was served with, by the renderer serving uses; or the text stored with the row
   * when it could not be reproduced (`reproduced: false`).
   */
  async servedAnswer(id: string): Promise<ServedAnswer> {
    if (!UUID_PATTERN.test(id)) throw badInput('Not a served answer id', [{ field: 'id', message: 'must be a UUID' }]);
    // An answer served a moment ago by this instance may still wait in the log's buffer.
    if (this.servedLog.isWaiting([id])) await this.servedLog.flush();
    const [row] = (await this.query(`${SERVED_ROW} WHERE s.id = $1`, [id])) as ServedRow[];
    if (!row) throw notFound('Served answer', id);
    const [line] = await this.nameServed([row]);
    // Rows written before profile versions were recorded: the version in effect when it was served, if known.
    const [profile, revision] = await Promise.all([
      this.profiles.version(row.channel, row.profileVersion, new Date(row.servedAt)),
      this.articleLabels.revision(row),
    ]);
    // A rule that chose the wording is reproduced through the variant recorded; a rule that changed the text itself
    // would have to store it with the row (served_text), as nothing else could reproduce it.
    const said = {
      ...line,
      profileVersion: profile?.version ?? row.profileVersion,
      ruleId: row.ruleId,
      ruleVersion: row.ruleVersion,
      format: profile?.format ?? null,
    };
    if (row.storedText !== null) return { ...said, text: row.storedText, truncated: null, reproduced: false };
    if (!profile || !revision || wordingText(revision, row.variant) === undefined)
      return { ...said, text: null, truncated: null, reproduced: false };
    const { content, truncated } = renderWording(profile, revision, row.variant, row.locale);
    return { ...said, text: content, truncated, reproduced: true };
  }

  /**
   * Runs a report query with room to group in memory: the busiest article has ~170,000 quarter-hour rows over 90
   * days in ~3,000 groups, and rankings group hundreds of thousands of rollup rows; PostgreSQL's default work_mem
   * (4MB) makes the planner sort them on disk instead.
   */
  private query(text: string, params: unknown[]): Promise<any> /* typed by each caller, like DataSource.query */ {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
      return manager.query(text, params);
    });
  }

  private bucketIn(sql: Sql, range: ReportRange): string {
    return `bucket >= ${sql.p(range.start)} AND bucket < ${sql.p(range.end)}`;
  }

  private filters(sql: Sql, query: ReportQuery): string {
    return (
      (query.channel ? ` AND channel = ${sql.p(query.channel)}` : '') +
      (query.locale ? ` AND locale = ${sql.p(query.locale)}` : '')
    );
  }

  /**
   * Per article × channel counts over the range, filtered by the query's channel and locale plus `where`: from the
   * compact rollups (summed over locale and revision, several times smaller) unless a locale filter needs the detail.
   */
  private articleFacts(sql: Sql, range: ReportRange, query: ReportQuery, where = ''): string {
    const prefix = query.locale ? 'analytics_article' : 'analytics_article_channel';
    return this.rangeFacts(
      sql,
      range,
      prefix,
      `article_id, channel, ${ANSWER_COUNTERS.join(', ')}`,
      this.filters(sql, query) + where,
    );
  }

  /** Rows of a `<prefix>_day` / `<prefix>_quarter` rollup pair covering the range exactly. */
  private rangeFacts(sql: Sql, range: ReportRange, prefix: string, columns: string, where: string): string {
    if (!range.days) return `SELECT ${columns} FROM ${prefix}_quarter WHERE ${this.bucketIn(sql, range)} ${where}`;
    const [start, dayStart, dayEnd, end] = [range.start, range.days.dayStart, range.days.dayEnd, range.end].map((d) =>
      sql.p(d),
    );
    return `SELECT ${columns} FROM ${prefix}_day WHERE day >= ${sql.p(isoDay(range.days.dayStart))}::date AND day < ${sql.p(isoDay(range.days.dayEnd))}::date ${where}
      UNION ALL
      SELECT ${columns} FROM ${prefix}_quarter
      WHERE ((bucket >= ${start} AND bucket < ${dayStart}) OR (bucket >= ${dayEnd} AND bucket < ${end})) ${where}`;
  }

  /** Slug and title (live revision, else latest, in the article's default locale first) of articles. */
  private async labels(ids: string[]): Promise<Map<string, { slug: string | null; title: string | null }>> {
    const labels = await this.articleLabels.labelsOf(ids);
    return new Map(ids.map((id) => [id, { slug: labels.get(id)?.slug ?? null, title: labels.get(id)?.title ?? null }]));
  }

  /** A condition on `article_id`: the articles that carry the intent now. */
  private async intentFilter(sql: Sql, intent: string): Promise<string> {
    return ` AND article_id = ANY(${sql.p(await this.articleLabels.withIntent(intent))}::uuid[])`;
  }

  /** Served rows with their article's slug, their revision's title and their key's name. */
  private async nameServed(rows: ServedRow[]): Promise<ServedLine[]> {
    const [slugs, titles, keyNames] = await Promise.all([
      this.articleLabels.labelsOf(rows.map((r) => r.articleId)),
      this.articleLabels.revisionTitles(rows),
      this.keys.namesOf(rows.flatMap((r) => (r.apiKeyId ? [r.apiKeyId] : []))),
    ]);
    return rows.map(({ profileVersion, storedText, ruleId, ruleVersion, ...r }) => ({
      ...r,
      slug: slugs.get(r.articleId)?.slug ?? null,
      title: titles.get(revisionKey(r)) ?? null,
      apiKeyName: r.apiKeyId ? (keyNames.get(r.apiKeyId) ?? null) : null,
    }));
  }
}

/** Each revision's figures with those of the revision before it in the same locale (the closest one counted). */
function withPrevious<R extends { locale: string; revision: number }>(sorted: R[]): (R & { previous: R | null })[] {
  return sorted.map((r, i) => ({ ...r, previous: i > 0 && sorted[i - 1].locale === r.locale ? sorted[i - 1] : null }));
}

function sumRows(rows: object[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const row of rows)
    for (const [key, value] of Object.entries(row))
      if (typeof value === 'number') total[key] = (total[key] ?? 0) + value;
  return total;
}

export type GapLine<C extends string> = { query: string; channels: Record<string, number>; lastSeen: Date } & Record<
  C,
  number
>;
export type GapPage<C extends string> = Period & Page<GapLine<C>>;

export type ArticleLine = { articleId: string; slug: string | null; title: string | null } & CountersWithRates;

/** A row of the served log, from its own table and feedback (names are added by `nameServed`). */
const SERVED_ROW = `SELECT s.id, to_char(s.served_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "servedAt", s.channel,
    s.kind, s.article_id AS "articleId", s.revision, s.locale, s.variant, s.query, s.search_id AS "searchId", s.rank,
    s.score, s.confidence, s.session_id AS "sessionId", s.api_key_id AS "apiKeyId", f.helpful,
    s.profile_version AS "profileVersion", s.served_text AS "storedText", s.rule_id AS "ruleId",
    s.rule_version AS "ruleVersion"
  FROM served_answers s LEFT JOIN feedback f ON f.served_id = s.id`;

type ServedRow = Omit<ServedLine, 'slug' | 'title' | 'apiKeyName'> & {
  profileVersion: number | null;
  storedText: string | null;
  ruleId: string | null;
  ruleVersion: number | null;
};

export type ServedAnswer = ServedLine & {
  /** The channel profile version it was rendered with (null when not known). */
  profileVersion: number | null;
  /** The answer rule that applied (the first level's), and its version. */
  ruleId: string | null;
  ruleVersion: number | null;
  /** What the customer received; null when it can be neither reproduced nor was stored. */
  text: string | null;
  format: Format | null;
  truncated: boolean | null;
  /** Rendered again from revision, variant and profile version (true), or read from the stored text (false). */
  reproduced: boolean;
};

export interface ServedLine {
  id: string;
  servedAt: string;
  channel: string;
  kind: string;
  articleId: string;
  slug: string | null;
  revision: number;
  locale: string;
  variant: string;
  title: string | null;
  query: string | null;
  searchId: string | null;
  rank: number | null;
  score: number | null;
  /** The answer's calibrated confidence (answers and suggestions). */
  confidence: number | null;
  sessionId: string | null;
  apiKeyId: string | null;
  apiKeyName: string | null;
  helpful: boolean | null;
}

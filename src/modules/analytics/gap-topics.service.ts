import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AUDIENCES, CHANNELS, type Principal } from '../../common/domain.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../common/paging.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { ArticlesService } from '../articles/articles.service.js';
import { DraftsService } from '../drafts/drafts.service.js';
import { QuestionIndex } from '../matcher/question-index.js';
import { TopicGrouper, type TopicKey } from './gap-grouping.js';
import type { GapDraftDto, GapTopicsQuery } from './gap-topics.dto.js';
import { reportRange, type ReportRange } from './report-range.js';
import { BUCKET, GAP_TEXT } from './rollup.service.js';

/** Advisory lock of a gap pass (see RollupService's): one instance at a time writes topics. */
const GAP_LOCK = 5_264_019;
/** Characters of a normalised query kept as a topic key (as the content-gap rollups do). */
const QUERY_KEY_CHARS = 500;
/** Least matcher confidence at which an article counts as a topic's nearest one (below, the topic has none). */
const NEAREST_MIN = 0.1;
/** Nearest-article confidence from which a draft adds questions to that article rather than proposing a new one. */
export const DRAFT_ON_NEAREST = 0.2;
/** Examples shown per topic, and most questions a draft takes from a topic. */
const EXAMPLES_SHOWN = 3;
const DRAFT_QUESTIONS = 20;
/** A placeholder left by redaction: such a text is an example, never a phrasing to add to an article. */
const REDACTED = /\[(email|iban|card|phone)\]/;
/** A topic claimed for a draft that never got one (the instance died in between) is free again after this. */
const CLAIM_TIMEOUT_MS = 5 * 60_000;
/** Memory for a report's grouping, as the other reports have. */
const REPORT_WORK_MEM = '64MB';

export type GapStatus = 'open' | 'drafted' | 'resolved';
export type GapDraftKind = 'questions' | 'article';

/** Every question asked in the transaction id range, whether it failed and how: unanswered, no search result, or
 * marked unhelpful (see the Analytics migration's watermark). */
const ASKED = `
  SELECT coalesce(locale, '') AS locale, ${GAP_TEXT} AS text, channel, created_at AS at,
         CASE WHEN answered IS FALSE THEN 'unanswered' WHEN answered IS NULL AND hit_count = 0 THEN 'zero_result' END AS failure
    FROM searches WHERE xid >= $1::xid8 AND xid < $2::xid8
  UNION ALL
  SELECT s.locale, s.query, s.channel, s.served_at, 'unhelpful'
    FROM feedback f JOIN served_answers s ON s.id = f.served_id
   WHERE f.xid >= $1::xid8 AND f.xid < $2::xid8 AND NOT f.helpful AND s.query IS NOT NULL`;
const NORMALISED = `left(analytics_normalize_query(text), ${QUERY_KEY_CHARS})`;

interface FailureRow {
  query: string;
  locale: string;
  channel: string;
  failure: 'unanswered' | 'zero_result' | 'unhelpful';
  bucket: Date;
  n: number;
  lastSeen: Date;
}

interface ExampleRow {
  query: string;
  locale: string;
  text: string;
  n: number;
  lastSeen: Date;
}

interface NewTopic extends TopicKey {
  nearestSlug: string | null;
  nearestTitle: string | null;
  nearestSimilarity: number | null;
}

export interface GapPass {
  failures: number;
  queries: number;
  newTopics: number;
}

export interface GapTopicLine {
  id: string;
  locale: string;
  label: string;
  status: GapStatus;
  impact: number;
  unanswered: number;
  zeroResults: number;
  unhelpful: number;
  channels: Record<string, number>;
  examples: { text: string; questions: number }[];
  nearestArticle: { id: string; slug: string | null; title: string | null; similarity: number } | null;
  draftId: string | null;
  draftKind: GapDraftKind | null;
  resolvedAt: Date | null;
  sinceResolution: { answered: number; stillFailing: number } | null;
  lastSeen: Date;
}

export type GapTopicPage = { from: string; to: string; tz: string } & Page<GapTopicLine>;

/** The principal the gap pass reads drafts as (it only reads their status). */
const SYSTEM: Principal = { keyId: '', name: 'gap topics', role: 'admin', channel: 'agent' };

/**
 * Gap topics: the unanswered questions, zero-result searches and answers marked unhelpful grouped into topics by
 * normalised text and the matcher's nearest article (see gap-grouping.ts), ranked by impact, and turned into drafts.
 *
 * A pass follows the log with its own watermark, like the rollups: it reads the failing questions of the transaction
 * range in one transaction, matches the queries it has never seen (off any transaction: that takes the matcher's
 * time), and writes their topics, the counts per topic (day and quarter hour, channel) and its watermark in a second
 * one, only if no other pass moved the watermark meanwhile. Reports read the counts only.
 */
@Injectable()
export class GapTopicsService {
  private readonly logger = new Logger('GapTopics');

  constructor(
    private readonly dataSource: DataSource,
    private readonly index: QuestionIndex,
    private readonly drafts: DraftsService,
    private readonly articles: ArticlesService,
  ) {}

  /** Runs one pass; null when another instance ran one meanwhile. */
  async refresh(): Promise<GapPass | null> {
    const started = Date.now();
    await this.followDrafts();
    const read = await this.dataSource.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [GAP_LOCK]);
      if (!locked) return null;
      const [{ hi }] = await m.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS hi`);
      const [{ lo }] = await m.query(`SELECT next_xid::text AS lo FROM gap_topics_watermark WHERE id = 1`);
      if (lo === hi) return { lo, hi, rows: [] as FailureRow[], examples: [] as ExampleRow[] };
      const rows = (await m.query(
        `SELECT * FROM (
           SELECT ${NORMALISED} AS query, locale, channel, failure,
                  date_bin(${BUCKET}, at, timestamptz '2000-01-01 00:00:00+00') AS bucket, count(*)::int AS n,
                  max(at) AS "lastSeen"
             FROM (${ASKED}) a WHERE failure IS NOT NULL GROUP BY 1, 2, 3, 4, 5
         ) g WHERE query <> ''`,
        [lo, hi],
      )) as FailureRow[];
      // The texts as asked (redacted at write time), for examples: how often each failed.
      const examples = (await m.query(
        `SELECT * FROM (
           SELECT ${NORMALISED} AS query, locale, text, count(*)::int AS n, max(at) AS "lastSeen"
             FROM (${ASKED}) a WHERE failure IS NOT NULL GROUP BY 1, 2, 3
         ) g WHERE query <> ''`,
        [lo, hi],
      )) as ExampleRow[];
      return { lo, hi, rows, examples };
    });
    if (!read) return null;
    if (read.lo === read.hi) return { failures: 0, queries: 0, newTopics: 0 };
    const topicOf = await this.assignTopics(read.rows, read.examples);
    const written = await this.dataSource.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [GAP_LOCK]);
      if (!locked) return false;
      const [{ lo }] = await m.query(`SELECT next_xid::text AS lo FROM gap_topics_watermark WHERE id = 1`);
      if (lo !== read.lo) return false;
      await this.write(m, read, topicOf);
      await m.query(`UPDATE gap_topics_watermark SET next_xid = $1::xid8, passed_at = now() WHERE id = 1`, [read.hi]);
      return true;
    });
    if (!written) return null;
    const pass = {
      failures: read.rows.reduce((sum, r) => sum + r.n, 0),
      queries: topicOf.size,
      newTopics: topicOf.created.length,
    };
    if (pass.failures > 10_000) this.logger.log({ message: 'gap pass', ...pass, ms: Date.now() - started });
    return pass;
  }

  /**
   * The topic of every (locale, query) of the rows: the one it was given before, else the topic of a similar query
   * with the same nearest article, else a new topic. Queries with the most failures found topics first.
   */
  private async assignTopics(
    rows: FailureRow[],
    examples: ExampleRow[],
  ): Promise<Map<string, string> & { created: NewTopic[] }> {
    const failures = new Map<string, { locale: string; query: string; n: number; example: string; top: number }>();
    for (const r of rows) {
      const key = `${r.locale}\u0000${r.query}`;
      const seen = failures.get(key);
      if (seen) seen.n += r.n;
      else failures.set(key, { locale: r.locale, query: r.query, n: r.n, example: r.query, top: 0 });
    }
    // The matcher is asked the query's most frequent text as asked.
    for (const e of examples) {
      const f = failures.get(`${e.locale}\u0000${e.query}`);
      if (f && e.n > f.top) Object.assign(f, { example: e.text, top: e.n });
    }
    const all = [...failures.values()];
    const known = (await this.dataSource.query(
      `SELECT g.locale, g.query, g.topic_id AS "topicId"
         FROM gap_topic_queries g JOIN unnest($1::text[], $2::text[]) AS x(locale, query) USING (locale, query)`,
      [all.map((f) => f.locale), all.map((f) => f.query)],
    )) as { locale: string; query: string; topicId: string }[];
    const topicOf = Object.assign(new Map(known.map((k) => [`${k.locale}\u0000${k.query}`, k.topicId])), {
      created: [] as NewTopic[],
    });
    const unseen = all.filter((f) => !topicOf.has(`${f.locale}\u0000${f.query}`)).sort((a, b) => b.n - a.n);
    if (unseen.length === 0) return topicOf;
    const locales = [...new Set(unseen.map((f) => f.locale))];
    const grouper = new TopicGrouper(
      await this.dataSource.query(
        `SELECT id, locale, key, nearest_article_id AS "nearestArticleId" FROM gap_topics WHERE locale = ANY($1)`,
        [locales],
      ),
    );
    for (const f of unseen) {
      const nearest = f.locale ? (await this.index.match(f.example, [f.locale], [...AUDIENCES], 1))?.[0] : undefined;
      const near = nearest && nearest.confidence >= NEAREST_MIN ? nearest : undefined;
      let id = grouper.find(f.locale, f.query, near?.articleId ?? null);
      if (!id) {
        const topic: NewTopic = {
          id: randomUUID(),
          locale: f.locale,
          key: f.query,
          nearestArticleId: near?.articleId ?? null,
          nearestSlug: near?.slug ?? null,
          nearestTitle: near?.title ?? null,
          nearestSimilarity: near ? Math.round(near.confidence * 10_000) / 10_000 : null,
        };
        grouper.add(topic);
        topicOf.created.push(topic);
        id = topic.id;
      }
      topicOf.set(`${f.locale}\u0000${f.query}`, id);
    }
    return topicOf;
  }

  private async write(
    m: EntityManager,
    { rows, examples, lo, hi }: { rows: FailureRow[]; examples: ExampleRow[]; lo: string; hi: string },
    topicOf: Map<string, string> & { created: NewTopic[] },
  ): Promise<void> {
    const created = topicOf.created;
    if (created.length > 0) {
      await m.query(
        `INSERT INTO gap_topics (id, locale, key, nearest_article_id, nearest_slug, nearest_title, nearest_similarity)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::real[])`,
        [
          created.map((t) => t.id),
          created.map((t) => t.locale),
          created.map((t) => t.key),
          created.map((t) => t.nearestArticleId),
          created.map((t) => t.nearestSlug),
          created.map((t) => t.nearestTitle),
          created.map((t) => t.nearestSimilarity),
        ],
      );
    }
    const entries = [...topicOf.entries()];
    await m.query(
      `INSERT INTO gap_topic_queries (locale, query, topic_id) SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[])
       ON CONFLICT DO NOTHING`,
      [
        entries.map(([k]) => k.split('\u0000')[0]),
        entries.map(([k]) => k.split('\u0000')[1]),
        entries.map(([, id]) => id),
      ],
    );
    const topicIds = rows.map((r) => topicOf.get(`${r.locale}\u0000${r.query}`)!);
    const column = (pick: (r: FailureRow) => unknown) => rows.map(pick);
    const params = [
      topicIds,
      column((r) => r.bucket),
      column((r) => r.channel),
      column((r) => r.locale),
      column((r) => (r.failure === 'unanswered' ? r.n : 0)),
      column((r) => (r.failure === 'zero_result' ? r.n : 0)),
      column((r) => (r.failure === 'unhelpful' ? r.n : 0)),
      column((r) => r.lastSeen),
    ];
    const sums = `sum(u), sum(z), sum(h), max(seen)`;
    const add = (t: string) =>
      `unanswered = ${t}.unanswered + excluded.unanswered, zero_results = ${t}.zero_results + excluded.zero_results,
       unhelpful = ${t}.unhelpful + excluded.unhelpful, last_seen = greatest(${t}.last_seen, excluded.last_seen)`;
    await m.query(
      `WITH f AS (
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::timestamptz[])
           AS f(topic_id, bucket, channel, locale, u, z, h, seen)
       ),
       quarter AS (
         INSERT INTO gap_topic_quarter AS t (bucket, topic_id, channel, locale, unanswered, zero_results, unhelpful, last_seen)
         SELECT bucket, topic_id, channel, min(locale), ${sums} FROM f GROUP BY 1, 2, 3
         ON CONFLICT (bucket, topic_id, channel) DO UPDATE SET ${add('t')}
       ),
       daily AS (
         INSERT INTO gap_topic_day AS t (day, topic_id, channel, locale, unanswered, zero_results, unhelpful, last_seen)
         SELECT (bucket AT TIME ZONE 'UTC')::date, topic_id, channel, min(locale), ${sums} FROM f GROUP BY 1, 2, 3
         ON CONFLICT (day, topic_id, channel) DO UPDATE SET ${add('t')}
       )
       SELECT 1`,
      params,
    );
    await m.query(
      `INSERT INTO gap_topic_examples AS t (topic_id, text, questions, last_seen)
       SELECT topic_id, text, sum(n), max(seen) FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[]) AS e(topic_id, text, n, seen)
       GROUP BY 1, 2
       ON CONFLICT (topic_id, text) DO UPDATE SET questions = t.questions + excluded.questions, last_seen = greatest(t.last_seen, excluded.last_seen)`,
      [
        examples.map((e) => topicOf.get(`${e.locale}\u0000${e.query}`)!),
        examples.map((e) => e.text),
        examples.map((e) => e.n),
        examples.map((e) => e.lastSeen),
      ],
    );
    await this.countSinceResolution(m, lo, hi);
  }

  /**
   * The questions of resolved topics asked since their resolution (by normalised query): answered (a confident
   * answer, or a search with results) or still failing (an answer marked unhelpful counts as failing).
   */
  private async countSinceResolution(m: EntityManager, lo: string, hi: string): Promise<void> {
    const [{ any }] = await m.query(`SELECT EXISTS (SELECT 1 FROM gap_topics WHERE status = 'resolved') AS any`);
    if (!any) return;
    await m.query(
      `WITH resolved AS (
         SELECT g.locale, g.query, t.id, t.resolved_at FROM gap_topics t JOIN gap_topic_queries g ON g.topic_id = t.id
         WHERE t.status = 'resolved'
       ),
       counted AS (
         SELECT r.id, count(*) FILTER (WHERE a.failure IS NULL) AS answered, count(*) FILTER (WHERE a.failure IS NOT NULL) AS failing
         FROM (${ASKED}) a JOIN resolved r ON r.locale = a.locale AND r.query = ${NORMALISED} AND a.at >= r.resolved_at
         GROUP BY r.id
       )
       UPDATE gap_topics t SET answered_since = t.answered_since + c.answered, failing_since = t.failing_since + c.failing
       FROM counted c WHERE t.id = c.id`,
      [lo, hi],
    );
  }

  /**
   * Moves drafted topics on: resolved once their draft is approved and its revision live (from the publication on),
   * open again when the draft was rejected or withdrawn, or when a claim never got its draft.
   */
  private async followDrafts(): Promise<void> {
    const drafted = (await this.dataSource.query(
      `SELECT id, draft_id AS "draftId", drafted_at AS "draftedAt" FROM gap_topics WHERE status = 'drafted'`,
    )) as { id: string; draftId: string | null; draftedAt: Date }[];
    for (const topic of drafted) {
      if (!topic.draftId) {
        if (Date.now() - new Date(topic.draftedAt).getTime() > CLAIM_TIMEOUT_MS) await this.reopen(topic.id, null);
        continue;
      }
      const draft = await this.drafts.get(topic.draftId, SYSTEM).catch(() => null);
      if (!draft || ['rejected', 'withdrawn'].includes(draft.status)) {
        await this.reopen(topic.id, topic.draftId);
        continue;
      }
      if (draft.status !== 'approved' || !draft.articleId || draft.revision === null) continue;
      const live = (await this.articles.headsOf([draft.articleId])).find((h) => h.locale === draft.locale);
      if (!live?.liveRevision || live.liveRevision < draft.revision) continue;
      await this.dataSource.query(
        `UPDATE gap_topics SET status = 'resolved', resolved_at = $2, resolved_article_id = $3,
                answered_since = 0, failing_since = 0
          WHERE id = $1 AND status = 'drafted' AND draft_id = $4`,
        [topic.id, draft.publishAt ?? draft.decidedAt ?? new Date(), draft.articleId, topic.draftId],
      );
    }
  }

  private async reopen(id: string, draftId: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE gap_topics SET status = 'open', draft_id = NULL, draft_kind = NULL, drafted_at = NULL
        WHERE id = $1 AND status = 'drafted' AND draft_id IS NOT DISTINCT FROM $2`,
      [id, draftId],
    );
  }

  /** Topics by impact over the range: failures (unanswered + zero results + unhelpful) summed over the channels. */
  async list(query: GapTopicsQuery): Promise<GapTopicPage> {
    const range = reportRange(query);
    const limit = query.limit ?? 50;
    const { offset } = decodeCursor<{ offset: number }>(query.cursor, ['offset']) ?? { offset: 0 };
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where =
      (query.channel ? ` AND channel = ${p(query.channel)}` : '') +
      (query.locale ? ` AND locale = ${p(query.locale)}` : '');
    const facts = rangeFacts(range, where, p);
    const status = query.status ? `WHERE t.status = ${p(query.status)}` : '';
    const rows = await this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
      // One pass over the counts, grouped by topic (failures per channel as columns), the page taken by a top-N
      // sort, and only then each topic of the page read with its examples.
      return m.query(
        `WITH ranked AS (
           SELECT topic_id, sum(unanswered)::float8 AS unanswered, sum(zero_results)::float8 AS "zeroResults",
                  sum(unhelpful)::float8 AS unhelpful, max(last_seen) AS "lastSeen",
                  ${CHANNELS.map((c) => `sum(unanswered + zero_results + unhelpful) FILTER (WHERE channel = '${c}')::float8 AS "${c}"`).join(', ')}
           FROM (${facts}) f GROUP BY 1
         ),
         page AS (
           SELECT r.*, r.unanswered + r."zeroResults" + r.unhelpful AS impact,
                  num_nonnulls(${CHANNELS.map((c) => `r."${c}"`).join(', ')}) AS spread
           FROM ranked r ${status ? `JOIN gap_topics t ON t.id = r.topic_id ${status}` : ''}
           ORDER BY impact DESC, spread DESC, r.topic_id
           LIMIT ${p(limit + 1)} OFFSET ${p(offset)}
         )
         SELECT t.id, t.locale, t.status, r.*,
                t.nearest_article_id AS "nearestId", t.nearest_slug AS "nearestSlug", t.nearest_title AS "nearestTitle",
                t.nearest_similarity::float8 AS similarity, t.draft_id AS "draftId", t.draft_kind AS "draftKind",
                t.resolved_at AS "resolvedAt", t.answered_since::float8 AS answered, t.failing_since::float8 AS failing,
                (SELECT jsonb_agg(jsonb_build_object('text', e.text, 'questions', e.questions::float8) ORDER BY e.questions DESC, e.text)
                   FROM (SELECT * FROM gap_topic_examples x WHERE x.topic_id = t.id ORDER BY questions DESC, text LIMIT ${EXAMPLES_SHOWN}) e
                ) AS examples
         FROM page r JOIN gap_topics t ON t.id = r.topic_id
         ORDER BY r.impact DESC, r.spread DESC, r.topic_id`,
        params,
      );
    });
    return {
      from: range.from,
      to: range.to,
      tz: range.tz,
      items: rows.slice(0, limit).map(toLine),
      nextCursor: rows.length > limit ? encodeCursor({ offset: offset + limit }) : null,
    };
  }

  /**
   * Turns a topic into a draft for review: its questions added to the nearest article (`questions`), or a new article
   * titled with its most frequent question (`article`); by default the first when the nearest article is near enough
   * (DRAFT_ON_NEAREST). A topic with an open draft answers 409.
   */
  async draft(topicId: string, input: GapDraftDto, by: Principal) {
    if (!UUID_PATTERN.test(topicId)) throw notFound('Gap topic', topicId);
    const [topic] = (await this.dataSource.query(
      `SELECT id, locale, status, draft_id AS "draftId", nearest_article_id AS "nearestId",
              nearest_similarity::float8 AS similarity FROM gap_topics WHERE id = $1`,
      [topicId],
    )) as {
      id: string;
      locale: string;
      status: GapStatus;
      draftId: string | null;
      nearestId: string | null;
      similarity: number | null;
    }[];
    if (!topic) throw notFound('Gap topic', topicId);
    const kind: GapDraftKind =
      input.kind ?? (topic.nearestId && (topic.similarity ?? 0) >= DRAFT_ON_NEAREST ? 'questions' : 'article');
    if (kind === 'questions' && !topic.nearestId)
      throw badInput('The topic has no nearest article to add questions to: draft a new article', [
        { field: 'kind', message: 'no nearest article' },
      ]);
    if (!topic.locale)
      throw badInput('The topic has no locale (its questions were asked without one): a draft needs a locale');
    // Claimed first, so that two editors racing for one topic get one draft and one 409.
    // Wrapped in a SELECT: the driver answers a bare UPDATE ... RETURNING with [rows, count].
    const [claimed] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE gap_topics SET status = 'drafted', draft_id = NULL, draft_kind = $2, drafted_at = now()
          WHERE id = $1 AND status <> 'drafted' RETURNING id
       ) SELECT id FROM claimed`,
      [topicId, kind],
    );
    if (!claimed) {
      const [now] = await this.dataSource.query(`SELECT draft_id AS "draftId" FROM gap_topics WHERE id = $1`, [
        topicId,
      ]);
      throw conflict('The topic already has an open draft: review it (GET /v1/drafts/:id)', {
        draftId: now?.draftId ?? null,
      });
    }
    try {
      const examples = (await this.dataSource.query(
        `SELECT text FROM gap_topic_examples WHERE topic_id = $1 ORDER BY questions DESC, text LIMIT ${DRAFT_QUESTIONS * 2}`,
        [topicId],
      )) as { text: string }[];
      const questions = examples.map((e) => e.text.trim()).filter((q) => q.length > 0 && q.length <= 500);
      const note =
        input.note ??
        `From gap topic ${topicId}: ${questions.length} question(s) customers asked without a good answer`;
      const draft =
        kind === 'questions'
          ? await this.questionsDraft(topic.nearestId!, topic.locale, questions, note, by)
          : await this.drafts.submit(
              {
                locale: topic.locale,
                audience: input.audience ?? 'public',
                title: questions[0]?.slice(0, 300) ?? 'New article',
                body: input.body ?? '',
                alternativeQuestions: phrasings(questions.slice(1), questions.slice(0, 1)),
                note,
              },
              by,
            );
      await this.dataSource.query(`UPDATE gap_topics SET draft_id = $2 WHERE id = $1`, [topicId, draft.id]);
      return { topicId, kind, draft };
    } catch (error) {
      await this.reopen(topicId, null);
      throw error;
    }
  }

  /** A draft of the nearest article's latest revision in the topic's locale with the topic's questions added. */
  private async questionsDraft(articleId: string, locale: string, questions: string[], note: string, by: Principal) {
    const head = (await this.articles.headsOf([articleId])).find((h) => h.locale === locale);
    if (!head) throw conflict('The nearest article no longer has this locale: draft a new article', { locale });
    const revision = await this.articles.getRevision(articleId, locale, head.headRevision);
    const existing = [revision.title, ...revision.alternativeQuestions];
    return this.drafts.submit(
      {
        articleId,
        baseRevision: head.headRevision,
        locale,
        title: revision.title,
        body: revision.body,
        summary: revision.summary,
        alternativeQuestions: [...revision.alternativeQuestions, ...phrasings(questions, existing)].slice(0, 500),
        variants: revision.variants,
        internalNotes: revision.internalNotes,
        note,
      },
      by,
    );
  }
}

/** Questions fit to add as phrasings: no redaction placeholder, none the same as another once normalised. */
function phrasings(questions: string[], existing: string[]): string[] {
  const seen = new Set(existing.map(normalise));
  const out: string[] = [];
  for (const q of questions) {
    const key = normalise(q);
    if (REDACTED.test(q) || key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(q);
    if (out.length === DRAFT_QUESTIONS) break;
  }
  return out;
}

/** As analytics_normalize_query does it (lowercase, accents and punctuation removed, spaces collapsed). */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Rows of the gap_topic_day / gap_topic_quarter pair covering the range exactly (as the other reports read theirs). */
function rangeFacts(range: ReportRange, where: string, p: (value: unknown) => string): string {
  const columns = 'topic_id, channel, unanswered, zero_results, unhelpful, last_seen';
  if (!range.days)
    return `SELECT ${columns} FROM gap_topic_quarter WHERE bucket >= ${p(range.start)} AND bucket < ${p(range.end)} ${where}`;
  const day = (d: Date) => p(d.toISOString().slice(0, 10));
  return `SELECT ${columns} FROM gap_topic_day WHERE day >= ${day(range.days.dayStart)}::date AND day < ${day(range.days.dayEnd)}::date ${where}
    UNION ALL
    SELECT ${columns} FROM gap_topic_quarter
    WHERE ((bucket >= ${p(range.start)} AND bucket < ${p(range.days.dayStart)}) OR (bucket >= ${p(range.days.dayEnd)} AND bucket < ${p(range.end)})) ${where}`;
}

function toLine(r: Record<string, any>): GapTopicLine {
  const examples = (r.examples ?? []) as { text: string; questions: number }[];
  return {
    id: r.id,
    locale: r.locale,
    label: examples[0]?.text ?? '',
    status: r.status,
    impact: r.impact,
    unanswered: r.unanswered,
    zeroResults: r.zeroResults,
    unhelpful: r.unhelpful,
    channels: Object.fromEntries(CHANNELS.filter((c) => r[c] != null).map((c) => [c, r[c]])),
    examples,
    nearestArticle: r.nearestId
      ? { id: r.nearestId, slug: r.nearestSlug, title: r.nearestTitle, similarity: r.similarity }
      : null,
    draftId: r.draftId,
    draftKind: r.draftKind,
    resolvedAt: r.resolvedAt,
    sinceResolution: r.status === 'resolved' ? { answered: r.answered, stillFailing: r.failing } : null,
    lastSeen: r.lastSeen,
  };
}

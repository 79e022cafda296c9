import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { hasRole, type Principal } from '../../common/domain.js';
import { badInput, conflict, DomainError, notFound } from '../../common/errors.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { articleCategorySql } from '../articles/article-sql.js';
import type { CreateArticleDto } from '../articles/articles.dto.js';
import { ArticlesService } from '../articles/articles.service.js';
import { diffContent, FieldDiff, normaliseContent, pickContent } from '../articles/content.js';
import type { ArticleRevision, RevisionContent } from '../articles/revision.entity.js';
import type { ContentEventType } from '../outbox/content-event.entity.js';
import { categoryTreeSql } from '../taxonomy/category-tree.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Draft, DraftAction, DraftHistoryEntry, DraftStatus, OPEN_STATUSES, ProposedArticle } from './draft.entity.js';
import type { AmendDraftDto, ApproveDto, CreateDraftDto, ListDraftsQuery, ResolutionDto } from './drafts.dto.js';
import { EMPTY_CONTENT, mergeContent, MergeResult, Resolution } from './merge.js';

const PROPOSED_FIELDS = ['audience', 'slug', 'categoryId', 'tags', 'intents'] as const;
const CONTENT_KEYS = ['title', 'body', 'summary', 'alternativeQuestions', 'variants', 'internalNotes'] as const;

export interface DraftDetail extends Draft {
  /** The revision the draft was written against (null for a new article or a new locale). */
  base: ArticleRevision | null;
  /** The latest revision of the draft's locale, which approval writes on top of. */
  currentRevision: number | null;
  liveRevision: number | null;
  /** The article moved on since the draft's base: approval answers 409 until the draft is rebased. */
  stale: boolean;
  /** What approving would change, field by field, against the live revision (against nothing for a new article). */
  changes: FieldDiff[];
  history: DraftHistoryEntry[];
}

export interface RebaseOutcome {
  from: number;
  onto: number;
  takenFromLive: string[];
  resolved: string[];
}

const changedOnly = (diffs: FieldDiff[]) => diffs.filter((d) => d.changed);

/**
 * Agents' proposals and their review. Every write goes through the outbox transaction, so draft events take their
 * place in the change feed in commit order, and approval writes the revision, publishes it and closes the draft
 * atomically.
 */
@Injectable()
export class DraftsService {
  constructor(
    @InjectRepository(Draft) private readonly drafts: Repository<Draft>,
    @InjectRepository(DraftHistoryEntry) private readonly historyRows: Repository<DraftHistoryEntry>,
    private readonly articles: ArticlesService,
    private readonly outbox: OutboxService,
  ) {}

  async submit(input: CreateDraftDto, by: Principal): Promise<DraftDetail> {
    const id = await this.outbox.write(async (m) => {
      const proposed = pickProposed(input);
      const { articleId, locale } =
        input.articleId !== undefined
          ? await this.changeTarget(m, input, proposed)
          : await this.checkNewArticle(m, input, proposed);
      const draft = await m.save(
        m.create(Draft, {
          status: 'submitted',
          articleId,
          locale,
          baseRevision: articleId ? input.baseRevision! : null,
          version: 1,
          ...normaliseContent(input),
          note: input.note ?? '',
          source: { ...input.source },
          proposedArticle: articleId ? null : (proposed as ProposedArticle),
          categoryId: articleId ? null : (proposed?.categoryId ?? null),
          author: by.name,
          authorKeyId: by.keyId || null,
          revision: null,
          publishAt: null,
          decidedAt: null,
        }),
      );
      await this.record(m, draft, 'submitted', 'draft.submitted', by, input.note ?? '', {
        kind: articleId ? 'change' : 'new',
        baseRevision: draft.baseRevision,
      });
      return draft.id;
    });
    return this.get(id, by);
  }

  /** The article and locale a proposed change targets; its base must exist. */
  private async changeTarget(
    m: EntityManager,
    input: CreateDraftDto,
    proposed: Partial<ProposedArticle> | null,
  ): Promise<{ articleId: string; locale: string }> {
    if (proposed) throw onlyForNewArticle(proposed);
    if (input.baseRevision === undefined)
      throw badInput('Name the revision the change was written against: "baseRevision" or If-Match', [
        { field: 'baseRevision', message: 'required' },
      ]);
    const article = await this.articles.resolve(input.articleId!, m);
    if (article.state === 'archived')
      throw conflict('The article is archived; it takes no changes', { state: 'archived' });
    const locale = input.locale ?? article.defaultLocale;
    const head = await this.headOf(m, article.id, locale);
    if (input.baseRevision > head) {
      throw badInput(`Revision ${input.baseRevision} of "${locale}" does not exist; the latest is ${head}`, [
        { field: 'baseRevision', message: 'no such revision' },
      ]);
    }
    return { articleId: article.id, locale };
  }

  /** A proposed new article needs an audience and a locale, and valid references, before it reaches an editor. */
  private async checkNewArticle(
    m: EntityManager,
    input: CreateDraftDto,
    proposed: Partial<ProposedArticle> | null,
  ): Promise<{ articleId: null; locale: string }> {
    if (input.baseRevision !== undefined)
      throw badInput('baseRevision names a revision of an existing article: give articleId too', [
        { field: 'articleId', message: 'required with baseRevision' },
      ]);
    const missing = [...(proposed?.audience ? [] : ['audience']), ...(input.locale ? [] : ['locale'])];
    if (missing.length > 0)
      throw badInput(
        `A new article needs ${missing.join(' and ')}`,
        missing.map((field) => ({ field, message: 'required for a new article' })),
      );
    await this.articles.checkReferences(m, proposed!.categoryId, proposed!.intents);
    if (proposed!.slug && (await this.articles.slugTaken(m, proposed!.slug))) {
      throw conflict(`The slug "${proposed!.slug}" is already used by another article`, { field: 'slug' });
    }
    return { articleId: null, locale: input.locale! };
  }

  /**
   * The review queue (editors) or the caller's own drafts (agents, or anyone with `mine`), oldest first unless
   * `order=desc`.
   */
  async list(query: ListDraftsQuery, by: Principal): Promise<Page<Draft>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ createdAt: string; id: string }>(query.cursor, ['createdAt', 'id']);
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    const qb = this.drafts
      .createQueryBuilder('d')
      .orderBy('d.created_at', direction)
      .addOrderBy('d.id', direction)
      .limit(limit + 1);
    if (query.mine || !hasRole(by.role, 'editor')) qb.andWhere('d.author_key_id = :me', { me: by.keyId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.locale) qb.andWhere('d.locale = :locale', { locale: query.locale });
    if (query.articleId) {
      // A slug no article has matches no draft.
      const articleId = UUID_PATTERN.test(query.articleId)
        ? query.articleId
        : ((await this.articles.idsBySlug([query.articleId])).get(query.articleId) ?? null);
      qb.andWhere('d.article_id = :articleId', { articleId });
    }
    if (query.author) {
      qb.andWhere(UUID_PATTERN.test(query.author) ? 'd.author_key_id = :author' : 'd.author = :author', {
        author: query.author,
      });
    }
    if (query.category) {
      // A proposed new article names its category; a change to an article is filed under the article's.
      qb.andWhere(
        `coalesce(d.category_id, ${articleCategorySql('d.article_id')}) IN (${categoryTreeSql(query.category)})`,
        { category: query.category },
      );
    }
    if (after) qb.andWhere(`(d.created_at, d.id) ${direction === 'ASC' ? '>' : '<'} (:createdAt, :id)`, after);
    const rows = await qb.getMany();
    return toPage(rows, limit, (d) => ({ createdAt: d.createdAt.toISOString(), id: d.id }));
  }

  /** Keeps a replay's summary as the draft's last one (shown in its detail); not a change of the draft itself. */
  async recordReplay(id: string, summary: Record<string, unknown>): Promise<void> {
    // Not an edit: updated_at (and so the draft's place in the change feed) stays.
    await this.drafts.query(`UPDATE drafts SET last_replay = $2 WHERE id = $1`, [id, JSON.stringify(summary)]);
  }

  async get(id: string, by: Principal): Promise<DraftDetail> {
    const draft = await this.drafts
      .createQueryBuilder('d')
      .addSelect('d.lastReplay')
      .where('d.id = :id', { id })
      .getOne();
    if (!draft || !canSee(draft, by)) throw notFound('Draft', id);
    const m = this.drafts.manager;
    const state = draft.articleId ? await this.articles.localeState(m, draft.articleId, draft.locale) : null;
    const [base, live] = await Promise.all([
      draft.articleId && draft.baseRevision
        ? this.findRevision(m, draft.articleId, draft.locale, draft.baseRevision)
        : null,
      state?.liveRevision ? this.findRevision(m, draft.articleId!, draft.locale, state.liveRevision) : null,
    ]);
    const current = draft.articleId ? (state?.headRevision ?? 0) : null;
    return {
      ...draft,
      base,
      currentRevision: current,
      liveRevision: state?.liveRevision ?? null,
      stale: OPEN_STATUSES.includes(draft.status) && current !== null && current !== draft.baseRevision,
      changes: changedOnly(diffContent(live ?? EMPTY_CONTENT, draft)),
      history: await this.history(id, by),
    };
  }

  async history(id: string, by: Principal): Promise<DraftHistoryEntry[]> {
    const draft = await this.drafts.findOne({ where: { id }, select: { id: true, authorKeyId: true } });
    if (!draft || !canSee(draft, by)) throw notFound('Draft', id);
    return this.historyRows.find({ where: { draftId: id }, order: { id: 'ASC' } });
  }

  /** Changes an open draft (the author, or an editor); an amended draft goes back to the review queue. */
  async amend(id: string, input: AmendDraftDto, version: number | undefined, by: Principal): Promise<DraftDetail> {
    if (version === undefined)
      throw badInput('Name the draft version this amendment is based on: "version" or If-Match', [
        { field: 'version', message: 'required' },
      ]);
    await this.outbox.write(async (m) => {
      const draft = await this.lockOpen(m, id, by, version);
      const proposed = pickProposed(input);
      if (proposed && !draft.proposedArticle) throw onlyForNewArticle(proposed);
      if (proposed) await this.articles.checkReferences(m, proposed.categoryId, proposed.intents);
      const fields = Object.keys(input).filter((k) => k !== 'version' && input[k as keyof AmendDraftDto] !== undefined);
      if (fields.length === 0) throw badInput('Nothing to amend: send at least one field');
      const content = normaliseContent({ ...pickContent(draft), ...definedOnly(input, CONTENT_KEYS) });
      const proposedArticle = draft.proposedArticle ? { ...draft.proposedArticle, ...proposed } : null;
      await m.update(Draft, draft.id, {
        ...content,
        note: input.note ?? draft.note,
        source: input.source ? { ...input.source } : draft.source,
        proposedArticle,
        categoryId: proposedArticle?.categoryId ?? null,
        status: 'submitted',
        version: draft.version + 1,
      });
      await this.record(m, draft, 'amended', 'draft.amended', by, input.note ?? '', {
        fields,
        resubmitted: draft.status === 'changes_requested',
      });
    });
    return this.get(id, by);
  }

  async withdraw(id: string, comment: string | undefined, by: Principal): Promise<DraftDetail> {
    return this.close(id, undefined, by, 'withdrawn', 'draft.withdrawn', comment ?? '', OPEN_STATUSES);
  }

  async requestChanges(id: string, comment: string, version: number | undefined, by: Principal): Promise<DraftDetail> {
    return this.close(id, version, by, 'changes_requested', 'draft.changes_requested', comment, ['submitted']);
  }

  async reject(id: string, comment: string, version: number | undefined, by: Principal): Promise<DraftDetail> {
    return this.close(id, version, by, 'rejected', 'draft.rejected', comment, OPEN_STATUSES);
  }

  /**
   * Writes the draft as a new revision (or a new article) and publishes or schedules it, in one transaction. A draft
   * whose base is no longer the latest revision answers 409 with what changed since, until it is rebased.
   */
  async approve(id: string, input: ApproveDto, by: Principal): Promise<DraftDetail> {
    await this.outbox.write(async (m) => {
      const draft = await this.lockOpen(m, id, by, input.version);
      if (draft.status !== 'submitted')
        throw conflict('The draft is waiting for its author to amend it; it cannot be approved yet', {
          status: draft.status,
        });
      // The revision is the author's work; the editor is recorded as the one who published it.
      const author: Principal = {
        keyId: draft.authorKeyId ?? '',
        name: draft.author,
        role: 'agent',
        channel: draft.source.channel ?? 'agent',
      };
      const content = { ...pickContent(draft), changeNote: draft.note || `Draft ${draft.id}` };
      let articleId: string;
      let number: number;
      if (draft.proposedArticle) {
        const article = await this.articles.createIn(
          m,
          { ...draft.proposedArticle, ...content, locale: draft.locale } as CreateArticleDto,
          author,
        );
        [articleId, number] = [article.id, 1];
      } else {
        articleId = draft.articleId!;
        const head = await this.headOf(m, articleId, draft.locale);
        if (head !== draft.baseRevision) throw await this.staleError(m, draft, head);
        number = (await this.articles.createRevisionIn(m, articleId, draft.locale, draft.baseRevision, content, author))
          .number;
      }
      const revision = await this.articles.publishIn(
        m,
        articleId,
        draft.locale,
        number,
        input.publishAt,
        input.expiresAt,
        by,
      );
      const publishAt = revision.status === 'scheduled' ? revision.publishAt : null;
      await m.update(Draft, draft.id, {
        status: 'approved',
        articleId,
        revision: number,
        publishAt,
        decidedAt: new Date(),
      });
      await this.record(
        m,
        { ...draft, articleId },
        'approved',
        'draft.approved',
        by,
        input.comment ?? '',
        { revision: number, publishAt },
        number,
      );
    });
    return this.get(id, by);
  }

  /**
   * Carries the draft onto the latest revision with a three-way merge (base, latest, draft). Fields changed on both
   * sides differently answer 409 listing them, and nothing is written, until `resolutions` settles every one.
   */
  async rebase(
    id: string,
    resolutions: ResolutionDto[],
    version: number | undefined,
    by: Principal,
  ): Promise<DraftDetail & { rebase: RebaseOutcome | null }> {
    const outcome = await this.outbox.write(async (m) => {
      const draft = await this.lockOpen(m, id, by, version);
      if (!draft.articleId || draft.baseRevision === null)
        throw conflict('A proposed new article has no base to rebase');
      const head = await this.headOf(m, draft.articleId, draft.locale);
      if (head === draft.baseRevision) return null;
      const [base, latest] = await Promise.all([
        this.contentOf(m, draft.articleId, draft.locale, draft.baseRevision),
        this.contentOf(m, draft.articleId, draft.locale, head),
      ]);
      const merged: MergeResult = mergeContent(base, latest, pickContent(draft), resolutions.map(toResolution));
      const unused = resolutions.filter((r) => !merged.resolved.includes(r.field));
      if (unused.length > 0) {
        throw badInput(
          `Resolutions name fields that are not in conflict: ${unused.map((r) => r.field).join(', ')}`,
          unused.map((r) => ({ field: `resolutions.${r.field}`, message: 'not in conflict' })),
        );
      }
      if (merged.conflicts.length > 0) {
        throw conflict(
          `${merged.conflicts.length} field(s) changed both in the draft and since revision ${draft.baseRevision}: resolve each with "resolutions" (take live, draft, or a value)`,
          { baseRevision: draft.baseRevision, currentRevision: head, conflicts: merged.conflicts },
        );
      }
      await m.update(Draft, draft.id, {
        ...normaliseContent(merged.content),
        baseRevision: head,
        version: draft.version + 1,
      });
      const result: RebaseOutcome = {
        from: draft.baseRevision,
        onto: head,
        takenFromLive: merged.takenFromLive,
        resolved: merged.resolved,
      };
      await this.record(m, draft, 'rebased', 'draft.amended', by, '', { ...result });
      return result;
    });
    return { ...(await this.get(id, by)), rebase: outcome };
  }

  private async close(
    id: string,
    version: number | undefined,
    by: Principal,
    status: DraftStatus & DraftAction,
    event: ContentEventType,
    comment: string,
    from: DraftStatus[],
  ): Promise<DraftDetail> {
    await this.outbox.write(async (m) => {
      const draft = await this.lockOpen(m, id, by, version);
      if (!from.includes(draft.status))
        throw conflict(`A ${draft.status.replace('_', ' ')} draft cannot be ${status.replace('_', ' ')}`, {
          status: draft.status,
        });
      const final = status !== 'changes_requested';
      await m.update(Draft, draft.id, { status, ...(final ? { decidedAt: new Date() } : {}) });
      await this.record(m, draft, status, event, by, comment, {});
    });
    return this.get(id, by);
  }

  /**
   * The draft, locked for this transaction, if the caller may change it, it is still open, and `version` is current.
   */
  private async lockOpen(m: EntityManager, id: string, by: Principal, version: number | undefined): Promise<Draft> {
    const draft = await m.findOne(Draft, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!draft || !canSee(draft, by)) throw notFound('Draft', id);
    if (!OPEN_STATUSES.includes(draft.status))
      throw conflict(`The draft is ${draft.status}; it can no longer change`, { status: draft.status });
    if (version !== undefined && version !== draft.version) {
      throw conflict(
        `The draft is at version ${draft.version}, not ${version}: it changed since you read it; reload it`,
        { currentVersion: draft.version },
      );
    }
    return draft;
  }

  private async staleError(m: EntityManager, draft: Draft, head: number): Promise<DomainError> {
    const [base, latest] = await Promise.all([
      this.contentOf(m, draft.articleId!, draft.locale, draft.baseRevision!),
      this.contentOf(m, draft.articleId!, draft.locale, head),
    ]);
    return conflict(
      `The article changed since the draft was written: it is based on revision ${draft.baseRevision}, the latest is ${head}. Rebase it (POST /v1/drafts/${draft.id}/rebase) and approve again`,
      { baseRevision: draft.baseRevision, currentRevision: head, changes: changedOnly(diffContent(base, latest)) },
    );
  }

  private async record(
    m: EntityManager,
    draft: Draft,
    action: DraftAction,
    event: ContentEventType,
    by: Principal,
    comment: string,
    data: Record<string, unknown>,
    revision: number | null = null,
  ): Promise<void> {
    await m.insert(DraftHistoryEntry, {
      draftId: draft.id,
      action,
      actor: by.name,
      actorKeyId: by.keyId || null,
      comment,
      data: data as DraftHistoryEntry['data'] & object,
    });
    await this.outbox.append(m, {
      type: event,
      articleId: draft.articleId,
      locale: draft.locale,
      revision,
      draftId: draft.id,
      actor: by.name,
      data: { ...data, author: draft.author },
    });
  }

  private async headOf(m: EntityManager, articleId: string, locale: string): Promise<number> {
    return (await this.articles.localeState(m, articleId, locale))?.headRevision ?? 0;
  }

  private async findRevision(
    m: EntityManager,
    articleId: string,
    locale: string,
    number: number,
  ): Promise<ArticleRevision> {
    const revision = await this.articles.revisionIn(m, articleId, locale, number);
    if (!revision) throw notFound('Revision', `${articleId}/${locale}/${number}`);
    return revision;
  }

  /** A revision's content; revision 0 (before a locale's first revision) is empty. */
  private async contentOf(
    m: EntityManager,
    articleId: string,
    locale: string,
    number: number,
  ): Promise<RevisionContent> {
    return number === 0 ? EMPTY_CONTENT : pickContent(await this.findRevision(m, articleId, locale, number));
  }
}

/** Agents see their own drafts; editors see every draft. */
const canSee = (draft: Pick<Draft, 'authorKeyId'>, by: Principal): boolean =>
  hasRole(by.role, 'editor') || (!!by.keyId && draft.authorKeyId === by.keyId);

function definedOnly<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as Partial<
    Pick<T, K>
  >;
}

function pickProposed(input: Partial<ProposedArticle>): Partial<ProposedArticle> | null {
  const proposed = definedOnly(input, PROPOSED_FIELDS);
  return Object.keys(proposed).length > 0 ? proposed : null;
}

const onlyForNewArticle = (proposed: object) =>
  badInput(
    `${Object.keys(proposed).join(', ')} can only be proposed for a new article`,
    Object.keys(proposed).map((field) => ({ field, message: 'only for a new article' })),
  );

function toResolution(r: ResolutionDto): Resolution {
  if (r.take !== 'value') return { field: r.field, take: r.take };
  const wantsList = r.field === 'alternativeQuestions';
  const ok = wantsList
    ? Array.isArray(r.value) && r.value.every((v) => typeof v === 'string')
    : typeof r.value === 'string';
  if (!ok)
    throw badInput(
      `The resolution of ${r.field} needs a "value" that is ${wantsList ? 'a list of strings' : 'a string'}`,
      [{ field: `resolutions.${r.field}`, message: 'invalid value' }],
    );
  return { field: r.field, take: 'value', value: r.value! };
}

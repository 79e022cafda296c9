import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.js';
import { SynonymGroupEntity } from './synonym.entity.js';
import type { CreateSynonymGroupDto, ListSynonymsQuery, UpdateSynonymGroupDto } from './synonyms.dto.js';

const RETRY_MS = 5_000;

/** Lowercase, single spaces, no duplicates: `" Carte  Bleue"` and `"carte bleue"` are one term. */
function normaliseTerms(terms: string[]): string[] {
  const unique = [...new Set(terms.map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
  if (unique.length < 2)
    throw badInput('A synonym group needs at least two different terms', [
      { field: 'terms', message: 'at least two different terms' },
    ]);
  return unique;
}

/**
 * Editor-managed synonyms. The database holds them; every change is pushed to the engine, and a push that fails
 * (engine down) is retried until it succeeds.
 */
@Injectable()
export class SynonymsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Synonyms');
  private readonly pending = new Set<string>();
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    @InjectRepository(SynonymGroupEntity) private readonly groups: Repository<SynonymGroupEntity>,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const locales: { locale: string }[] = await this.groups.query(`SELECT DISTINCT locale FROM synonym_groups`);
    await Promise.all(locales.map(({ locale }) => this.push(locale)));
  }

  onApplicationShutdown(): void {
    clearTimeout(this.retryTimer);
  }

  async list(query: ListSynonymsQuery): Promise<Page<SynonymGroupEntity>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ locale: string; id: string }>(query.cursor, ['locale', 'id']);
    const qb = this.groups
      .createQueryBuilder('g')
      .orderBy('g.locale', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .limit(limit + 1);
    if (query.locale) qb.andWhere('g.locale = :locale', { locale: query.locale });
    if (after)
      qb.andWhere('(g.locale, g.id) > (:locale_after, :id_after)', { locale_after: after.locale, id_after: after.id });
    return toPage(await qb.getMany(), limit, (g) => ({ locale: g.locale, id: g.id }));
  }

  async get(id: string): Promise<SynonymGroupEntity> {
    const group = UUID_PATTERN.test(id) ? await this.groups.findOne({ where: { id } }) : null;
    if (!group) throw notFound('Synonym group', id);
    return group;
  }

  async create(input: CreateSynonymGroupDto): Promise<SynonymGroupEntity> {
    const group = await this.groups.save(
      this.groups.create({ locale: input.locale, terms: normaliseTerms(input.terms), version: 1 }),
    );
    await this.push(group.locale);
    return group;
  }

  async update(id: string, input: UpdateSynonymGroupDto, baseVersion: number | undefined): Promise<SynonymGroupEntity> {
    if (baseVersion === undefined)
      throw badInput('Name the version this change is based on: "version" or If-Match', [
        { field: 'version', message: 'required' },
      ]);
    const terms = normaliseTerms(input.terms);
    const current = await this.get(id);
    const result = await this.groups.update(
      { id: current.id, version: baseVersion },
      { terms, version: baseVersion + 1 },
    );
    if (!result.affected)
      throw conflict(`The synonym group is at version ${current.version}, not ${baseVersion}`, {
        currentVersion: current.version,
      });
    await this.push(current.locale);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const group = await this.get(id);
    await this.groups.delete(group.id);
    await this.push(group.locale);
  }

  /** Sends the locale's groups to the engine now; on failure, keeps retrying in the background. */
  private async push(locale: string): Promise<void> {
    try {
      const rows = await this.groups.find({ where: { locale }, order: { id: 'ASC' } });
      await this.engine.setSynonyms(
        locale,
        rows.map((r) => r.terms),
      );
      this.pending.delete(locale);
    } catch (error) {
      this.logger.warn({
        message: 'synonyms not applied to the search engine; will retry',
        locale,
        error: String(error),
      });
      this.pending.add(locale);
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      for (const locale of [...this.pending]) void this.push(locale);
    }, RETRY_MS);
    this.retryTimer.unref();
  }
}

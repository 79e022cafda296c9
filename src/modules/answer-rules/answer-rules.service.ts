import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/domain.js';
import { badInput, conflict, DomainError, notFound } from '../../common/errors.js';
import { ArticlesService } from '../articles/articles.service.js';
import { AnswerRule, AnswerRuleVersion } from './answer-rule.entity.js';
import type { CreateAnswerRuleDto, ProposedRuleDto, UpdateAnswerRuleDto } from './answer-rules.dto.js';
import {
  type ActiveRule,
  compilePattern,
  decide,
  DEFAULT_TIME_ZONE,
  needsIntents,
  type RuleAction,
  type RuleCondition,
  type RuleDecision,
  type RuleFacts,
} from './rule-engine.js';

/** How long serving trusts its copy of the rules: edits on another instance apply within this time. */
const RULES_REFRESH_MS = 1_000;
const RULE_FIELDS = ['name', 'level', 'position', 'enabled', 'condition', 'action'] as const;

type RuleFields = Pick<AnswerRule, (typeof RULE_FIELDS)[number]>;

const activeOf = (r: RuleFields & { id: string; version: number }): ActiveRule => ({
  id: r.id,
  version: r.version,
  name: r.name,
  level: r.level,
  position: r.position,
  condition: r.condition,
  action: r.action,
});

/**
 * Answer rules: versioned like content (each edit a new version with who and when, an edit names the version it is
 * based on and a stale one answers 409), and the rules in force for serving, kept in memory.
 */
@Injectable()
export class AnswerRulesService {
  private cached: { rules: ActiveRule[]; at: number } | undefined;
  private loading: Promise<ActiveRule[]> | undefined;

  constructor(
    @InjectRepository(AnswerRule) private readonly rules: Repository<AnswerRule>,
    @InjectRepository(AnswerRuleVersion) private readonly versions: Repository<AnswerRuleVersion>,
    private readonly articles: ArticlesService,
  ) {}

  /** Every rule, in the order they are tried: level, then position. */
  list(): Promise<AnswerRule[]> {
    return this.rules.find({ order: { level: 'ASC', position: 'ASC', createdAt: 'ASC' } });
  }

  async get(id: string): Promise<AnswerRule> {
    const rule = await this.rules.findOne({ where: { id } });
    if (!rule) throw notFound('Answer rule', id);
    return rule;
  }

  /** A rule's versions, latest first. */
  async history(id: string): Promise<AnswerRuleVersion[]> {
    await this.get(id);
    return this.versions.find({ where: { ruleId: id }, order: { version: 'DESC' } });
  }

  async create(input: CreateAnswerRuleDto, by: Principal): Promise<AnswerRule> {
    const saved = await this.rules.manager.transaction(async (m) => {
      const level = input.level ?? 1;
      const position =
        input.position ??
        Number(
          (
            await m.query(`SELECT coalesce(max(position) + 1, 0) AS next FROM answer_rules WHERE level = $1`, [level])
          )[0].next,
        );
      const fields: RuleFields = {
        name: input.name,
        level,
        position,
        enabled: input.enabled ?? true,
        condition: clean(input.condition),
        action: clean(input.action),
      };
      await this.check(fields, m);
      const rule = await m.save(
        m.create(AnswerRule, { ...fields, version: 1, updatedBy: by.name, updatedByKeyId: by.keyId || null }),
      );
      await this.recordVersion(m, rule, input.note ?? '', by);
      return rule;
    });
    this.cached = undefined;
    return saved;
  }

  /** An edit based on `version`; a rule edited since answers 409 with its current version. */
  async update(id: string, input: UpdateAnswerRuleDto, version: number | undefined, by: Principal) {
    if (version === undefined)
      throw badInput('Name the version edited: "version" or If-Match', [{ field: 'version', message: 'required' }]);
    const saved = await this.rules.manager.transaction(async (m) => {
      const rule = await m.findOne(AnswerRule, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rule) throw notFound('Answer rule', id);
      if (rule.version !== version)
        throw conflict(`The rule is at version ${rule.version}, not ${version}: reload it and edit again`, {
          currentVersion: rule.version,
        });
      const fields = this.merged(rule, input);
      await this.check(fields, m);
      Object.assign(rule, fields, { version: rule.version + 1, updatedBy: by.name, updatedByKeyId: by.keyId || null });
      const result = await m.save(rule);
      await this.recordVersion(m, result, input.note ?? '', by);
      return result;
    });
    this.cached = undefined;
    return saved;
  }

  /**
   * The rule set with a proposed rule in it (replacing the stored one of the same id), checked as an edit would be:
   * what a replay evaluates.
   */
  async withProposed(proposed: ProposedRuleDto): Promise<{ current: ActiveRule[]; proposed: ActiveRule[] }> {
    const current = (await this.list()).filter((r) => r.enabled).map(activeOf);
    const stored = proposed.id ? await this.get(proposed.id) : undefined;
    if (!stored && !proposed.name)
      throw badInput('A new rule needs a name', [{ field: 'rule.name', message: 'required' }]);
    const base = stored ?? {
      name: proposed.name!,
      level: 1,
      position: Math.max(-1, ...current.filter((r) => r.level === (proposed.level ?? 1)).map((r) => r.position)) + 1,
      enabled: true,
      condition: {},
      action: {},
    };
    const fields = this.merged(base, proposed);
    await this.check(fields, this.rules.manager);
    const rule = activeOf({ ...fields, id: stored?.id ?? 'proposed', version: (stored?.version ?? 0) + 1 });
    const others = current.filter((r) => r.id !== rule.id);
    return { current, proposed: fields.enabled ? [...others, rule] : others };
  }

  /** The enabled rules, from memory (reloaded after an edit here, or RULES_REFRESH_MS after the last load). */
  async active(): Promise<ActiveRule[]> {
    if (this.cached && Date.now() - this.cached.at < RULES_REFRESH_MS) return this.cached.rules;
    this.loading ??= this.rules
      .find({ where: { enabled: true } })
      .then((rows) => {
        const rules = rows.map(activeOf);
        this.cached = { rules, at: Date.now() };
        return rules;
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** The rules that apply to a question (see `decide`), the matched article's intents loaded only when a rule asks. */
  async decide(facts: RuleFacts, rules?: ActiveRule[]): Promise<RuleDecision> {
    const inForce = rules ?? (await this.active());
    if (inForce.length === 0) return { rules: [], boost: [], bury: [] };
    if (needsIntents(inForce) && facts.topArticleId && !facts.topIntents)
      facts = { ...facts, topIntents: await this.intentsOf(facts.topArticleId) };
    return decide(inForce, facts);
  }

  /** An article's intents (none when it is gone). */
  async intentsOf(articleId: string): Promise<string[]> {
    try {
      return (await this.articles.resolve(articleId)).intents;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return [];
      throw error;
    }
  }

  private merged(base: RuleFields, input: Partial<RuleFields> & { condition?: object; action?: object }): RuleFields {
    const fields = { ...base };
    for (const key of RULE_FIELDS) if (input[key] !== undefined) Object.assign(fields, { [key]: input[key] });
    fields.condition = clean(fields.condition);
    fields.action = clean(fields.action);
    return fields;
  }

  /** Refuses a rule that could not apply as written: a bad pattern or zone, an empty window, unknown articles. */
  private async check(fields: RuleFields, m: EntityManager): Promise<void> {
    const { condition: c, action: a } = fields;
    if (c.pattern) compilePattern(c.pattern);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: c.timeZone ?? DEFAULT_TIME_ZONE });
    } catch {
      throw badInput(`Unknown time zone ${JSON.stringify(c.timeZone)}`, [
        { field: 'condition.timeZone', message: 'not an IANA time zone' },
      ]);
    }
    if (c.from && c.until && new Date(c.from) >= new Date(c.until))
      throw badInput('condition.from must be before condition.until', [
        { field: 'condition.until', message: 'not after from' },
      ]);
    if (Object.keys(a).length === 0)
      throw badInput('A rule needs an action', [{ field: 'action', message: 'give at least one action' }]);
    const named: [string, string][] = [
      ...(a.pin ? [['action.pin', a.pin] as [string, string]] : []),
      ...(a.boost ?? []).map((id): [string, string] => ['action.boost', id]),
      ...(a.bury ?? []).map((id): [string, string] => ['action.bury', id]),
    ];
    const unknown: { field: string; message: string }[] = [];
    for (const [field, id] of named) {
      try {
        await this.articles.resolve(id, m);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'NOT_FOUND') throw error;
        unknown.push({ field, message: `unknown article ${id}` });
      }
    }
    if (unknown.length > 0)
      throw new DomainError('BAD_USER_INPUT', `The action names articles that do not exist`, {}, unknown);
  }

  private async recordVersion(m: EntityManager, rule: AnswerRule, note: string, by: Principal): Promise<void> {
    await m.insert(AnswerRuleVersion, {
      ruleId: rule.id,
      version: rule.version,
      name: rule.name,
      level: rule.level,
      position: rule.position,
      enabled: rule.enabled,
      condition: rule.condition,
      action: rule.action,
      note,
      author: by.name,
      authorKeyId: by.keyId || null,
    });
  }
}

/** A DTO as plain JSON without absent fields (what is stored and compared). */
function clean<T extends RuleCondition | RuleAction>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

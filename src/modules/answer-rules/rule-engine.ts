import type { Channel } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
/** Longest regular expression a rule may hold; a question is tested on its first MAX_TESTED_CHARS characters. */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_TESTED_CHARS = 500;

/** Weekly opening hours: on these days, from `from` (included) to `until` (excluded), "HH:MM" in the rule's zone. */
export interface WeeklyHours {
  days: Weekday[];
  from: string;
  until: string;
}

export interface QuestionPattern {
  /** `words`: comma-separated words or phrases, any of which (accents and case ignored; `*` ends a prefix). */
  type: 'words' | 'regex';
  value: string;
}

/** What must hold for a rule to apply; every field given must hold (an absent field matches anything). */
export interface RuleCondition {
  channels?: Channel[];
  /** Requested locale, or its language (`fr` matches `fr-CA`). */
  locales?: string[];
  /** Intents of the article the question matched best (before any rule). */
  intents?: string[];
  /** The article the question matched best (before any rule). */
  articles?: string[];
  apiKeys?: string[];
  from?: string;
  until?: string;
  hours?: WeeklyHours[];
  /** Zone of `hours`; Europe/Paris by default. */
  timeZone?: string;
  pattern?: QuestionPattern;
}

export interface RuleAction {
  /** This article is the answer, whatever the matcher's confidence. */
  pin?: string;
  /** These articles rank first among the candidates (their confidence unchanged): answered when confident enough. */
  boost?: string[];
  /** These articles rank last and are never the answer. */
  bury?: string[];
  /** Hand off to an agent after the answer, or instead of it. */
  handoff?: 'after' | 'instead';
  /** The wording served: `summary`, `body` or a channel variant (`web`, `bot`, `voice`, `agent`, `email`). */
  variant?: string;
  /** The confidence an answer needs, in place of the channel's. */
  threshold?: number;
}

/** A rule as evaluated: its condition compiled once. */
export interface ActiveRule {
  id: string;
  version: number;
  name: string;
  level: number;
  position: number;
  condition: RuleCondition;
  action: RuleAction;
}

/** What a question is judged on. */
export interface RuleFacts {
  channel: Channel;
  locale: string;
  apiKeyId: string | null;
  question: string;
  at: Date;
  /** The article the question matched best, and its intents (loaded only when a rule asks). */
  topArticleId: string | null;
  topIntents?: string[];
}

export interface AppliedRule {
  id: string;
  version: number;
  name: string;
  level: number;
}

/** The rules that applied (one per level at most, in level order) and their combined action. */
export interface RuleDecision extends Omit<RuleAction, 'boost' | 'bury'> {
  rules: AppliedRule[];
  boost: string[];
  bury: string[];
}

export const NO_DECISION: RuleDecision = { rules: [], boost: [], bury: [] };

/**
 * The rules that apply to a question: within a level, the first rule whose condition holds (rules in `position`
 * order); levels in ascending order. A later level's pin, hand-off, variant or threshold replaces an earlier one's;
 * boosts and buries add up.
 */
export function decide(rules: ActiveRule[], facts: RuleFacts, matcher: PatternMatcher = defaultMatcher): RuleDecision {
  const sorted = [...rules].sort((a, b) => a.level - b.level || a.position - b.position);
  const decision: RuleDecision = { rules: [], boost: [], bury: [] };
  let level: number | undefined;
  for (const rule of sorted) {
    if (rule.level === level) continue;
    if (!holds(rule.condition, facts, matcher)) continue;
    level = rule.level;
    decision.rules.push({ id: rule.id, version: rule.version, name: rule.name, level: rule.level });
    const { boost, bury, ...rest } = rule.action;
    Object.assign(decision, definedOnly(rest));
    decision.boost.push(...(boost ?? []));
    decision.bury.push(...(bury ?? []));
  }
  return decision;
}

/** Whether a rule needs the matched article's intents (loaded only then). */
export const needsIntents = (rules: ActiveRule[]) => rules.some((r) => r.condition.intents?.length);

/**
 * Candidates reordered by the decision: boosted first, buried last (each group in the matcher's order).
 */
export function rerank<T extends { articleId: string }>(candidates: T[], decision: RuleDecision): T[] {
  if (decision.boost.length === 0 && decision.bury.length === 0) return candidates;
  const group = (c: T) => (decision.bury.includes(c.articleId) ? 2 : decision.boost.includes(c.articleId) ? 0 : 1);
  return candidates
    .map((c, i) => ({ c, i, g: group(c) }))
    .sort((a, b) => a.g - b.g || a.i - b.i)
    .map(({ c }) => c);
}

/** The answer a decision leads to, before checking the chosen article is live. */
export interface RuledChoice<T> {
  /** The article chosen (pinned, or the best candidate confident enough and not buried); null: no answer. */
  articleId: string | null;
  /** The candidate behind it, when the matcher found it. */
  candidate: T | undefined;
  ranked: T[];
  threshold: number;
  handoff: boolean;
}

/**
 * Applies a decision to ranked candidates: the pinned article, else the first (boosted first) confident enough (the
 * rule's threshold or the channel's) and not buried — without rules, the best one if confident enough; a hand-off when
 * nothing is chosen or a rule asks for one. Serving and replay both decide with this.
 */
export function choose<T extends { articleId: string; confidence: number }>(
  candidates: T[],
  decision: RuleDecision,
  channelThreshold: number,
): RuledChoice<T> {
  const ranked = rerank(candidates, decision);
  const threshold = decision.threshold ?? channelThreshold;
  let articleId: string | null = null;
  if (decision.handoff !== 'instead') {
    if (decision.pin) articleId = decision.pin;
    else
      articleId =
        ranked.find((c) => !decision.bury.includes(c.articleId) && round(c.confidence) >= threshold)?.articleId ?? null;
  }
  return {
    articleId,
    candidate: ranked.find((c) => c.articleId === articleId),
    ranked,
    threshold,
    handoff: articleId === null || decision.handoff !== undefined,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Tests a question against a pattern; compiled patterns are kept (rules are few, questions many). */
export interface PatternMatcher {
  test(pattern: QuestionPattern, question: string): boolean;
}

function holds(c: RuleCondition, f: RuleFacts, matcher: PatternMatcher): boolean {
  if (c.channels?.length && !c.channels.includes(f.channel)) return false;
  if (c.locales?.length && !c.locales.some((l) => l === f.locale || f.locale.startsWith(`${l}-`))) return false;
  if (c.articles?.length && !(f.topArticleId && c.articles.includes(f.topArticleId))) return false;
  if (c.intents?.length && !c.intents.some((i) => f.topIntents?.includes(i))) return false;
  if (c.apiKeys?.length && !(f.apiKeyId && c.apiKeys.includes(f.apiKeyId))) return false;
  if (c.from && f.at < new Date(c.from)) return false;
  if (c.until && f.at >= new Date(c.until)) return false;
  if (c.hours?.length && !withinHours(c.hours, c.timeZone ?? DEFAULT_TIME_ZONE, f.at)) return false;
  if (c.pattern && !matcher.test(c.pattern, f.question)) return false;
  return true;
}

const WEEKDAY_OF: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The weekday and "HH:MM" of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): { day: Weekday; time: string } {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, clock);
  }
  const parts = Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: WEEKDAY_OF[parts.weekday], time: `${parts.hour}:${parts.minute}` };
}

/**
 * Whether `at` falls in one of the weekly windows; a window whose end is not after its start runs past midnight (the
 * same start and end: the whole day).
 */
export function withinHours(hours: WeeklyHours[], timeZone: string, at: Date): boolean {
  const { day, time } = localTime(at, timeZone);
  return hours.some((h) => {
    if (!h.days.includes(day)) return false;
    return h.from < h.until ? time >= h.from && time < h.until : time >= h.from || time < h.until;
  });
}

/** Lower case, accents removed, words separated by single spaces. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

/** Compiles patterns once each: words as a regular expression over normalised text, regexes case-insensitive. */
export class CompiledPatterns implements PatternMatcher {
  private readonly compiled = new Map<string, RegExp>();

  test(pattern: QuestionPattern, question: string): boolean {
    const key = `${pattern.type}\u0000${pattern.value}`;
    let re = this.compiled.get(key);
    if (!re) {
      re = compilePattern(pattern);
      this.compiled.set(key, re);
    }
    const text = question.slice(0, MAX_TESTED_CHARS);
    return re.test(pattern.type === 'words' ? ` ${normaliseWords(text)} ` : text);
  }
}

const defaultMatcher = new CompiledPatterns();

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern as a regular expression; throws a 400 for an unsafe or invalid one (see `checkRegex`). */
export function compilePattern(pattern: QuestionPattern): RegExp {
  if (pattern.type === 'words') {
    const phrases = pattern.value
      .split(',')
      .map((p) => normaliseWords(p))
      .filter(Boolean);
    if (phrases.length === 0) throw patternError('give at least one word');
    // Whole words, a trailing `*` for a prefix: " internet " matches "internet", not "internets".
    const alternatives = phrases.map((p) =>
      p
        .split(' ')
        .map((w) => (w.endsWith('*') ? `${escapeRegex(w.replace(/\*+$/, ''))}\\S*` : escapeRegex(w.replace(/\*/g, ''))))
        .join(' '),
    );
    return new RegExp(` (?:${alternatives.join('|')}) `, 'u');
  }
  checkRegex(pattern.value);
  try {
    return new RegExp(pattern.value, 'iu');
  } catch (error) {
    throw patternError(`not a valid regular expression: ${(error as Error).message}`);
  }
}

const patternError = (message: string) =>
  badInput(`condition.pattern: ${message}`, [{ field: 'condition.pattern.value', message }]);

/**
 * Refuses regular expressions that can backtrack catastrophically on a hostile question: longer than
 * MAX_PATTERN_LENGTH, with back-references, or with an unbounded repetition (`*`, `+`, `{n,}`) of a group that holds
 * a repetition or an alternation (`(a+)+`, `(a|aa)*`). What is left runs in time polynomial in the question's length,
 * and questions are tested on their first MAX_TESTED_CHARS characters.
 */
export function checkRegex(source: string): void {
  if (source.length === 0) throw patternError('empty');
  if (source.length > MAX_PATTERN_LENGTH) throw patternError(`longer than ${MAX_PATTERN_LENGTH} characters`);
  if (/\\[1-9]|\\k</.test(source)) throw patternError('back-references are not allowed');
  // Per open group: whether it holds a repetition or an alternation.
  const groups: boolean[] = [];
  let risky = false;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push(false);
    else if (ch === '|') {
      if (groups.length > 0) groups[groups.length - 1] = true;
    } else if (ch === ')') {
      const inner = groups.pop() ?? false;
      const unbounded = unboundedRepetitionAt(source, i + 1);
      if (inner && unbounded) risky = true;
      // The group itself is a repetition inside its parent when quantified.
      if (groups.length > 0 && (inner || quantifierAt(source, i + 1))) groups[groups.length - 1] = true;
    } else if ('*+?{'.includes(ch) && groups.length > 0 && quantifierAt(source, i)) {
      groups[groups.length - 1] = true;
    }
  }
  if (risky) throw patternError('a repeated group may not itself repeat or alternate (catastrophic backtracking)');
}

function quantifierAt(source: string, i: number): boolean {
  return /^(?:[*+?]|\{\d+(?:,\d*)?\})/.test(source.slice(i));
}

function unboundedRepetitionAt(source: string, i: number): boolean {
  return /^(?:[*+]|\{\d+,\})/.test(source.slice(i));
}

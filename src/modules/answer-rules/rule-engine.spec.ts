import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors.js';
import {
  type ActiveRule,
  checkRegex,
  choose,
  CompiledPatterns,
  decide,
  type RuleFacts,
  withinHours,
} from './rule-engine.js';

const facts = (over: Partial<RuleFacts> = {}): RuleFacts => ({
  channel: 'bot',
  locale: 'en',
  apiKeyId: null,
  question: 'My internet is down',
  at: new Date('2026-03-03T10:00:00Z'),
  topArticleId: 'a',
  ...over,
});
const rule = (id: string, level: number, position: number, over: Partial<ActiveRule> = {}): ActiveRule => ({
  id,
  version: 1,
  name: id,
  level,
  position,
  condition: {},
  action: {},
  ...over,
});

describe('checkRegex', () => {
  it.each(['(a+)+$', '(a|aa)*', '(\\w+\\s?)*$', '((ab)*)+', '(x+x+)+y', '(a{1,3}){2,}', '(a)\\1'])(
    'refuses %s',
    (source) => expect(() => checkRegex(source)).toThrow(DomainError),
  );
  it.each(['\\binternet\\b.*down', '^(wifi|internet) (down|slow)$', '[a-z]+ box', '(ab)+', 'colou?r', '(a|b){2}'])(
    'accepts %s',
    (source) => expect(() => checkRegex(source)).not.toThrow(),
  );
  it('refuses a pattern longer than 200 characters', () => expect(() => checkRegex('a'.repeat(201))).toThrow());
});

describe('CompiledPatterns', () => {
  const patterns = new CompiledPatterns();
  it('matches words and phrases whole, accents and case ignored, `*` as a prefix', () => {
    const words = { type: 'words' as const, value: 'internet, box éteinte, connex*' };
    expect(patterns.test(words, 'Mon INTERNET ne marche pas')).toBe(true);
    expect(patterns.test(words, 'ma Box eteinte')).toBe(true);
    expect(patterns.test(words, 'plus de connexion')).toBe(true);
    expect(patterns.test(words, 'internets')).toBe(false);
    expect(patterns.test(words, 'la box est éteinte')).toBe(false);
  });
  it('tests a regular expression on the first 500 characters only', () => {
    const re = { type: 'regex' as const, value: 'needle' };
    expect(patterns.test(re, `${'x'.repeat(490)} needle`)).toBe(true);
    expect(patterns.test(re, `${'x'.repeat(600)} needle`)).toBe(false);
  });
});

describe('withinHours', () => {
  const weekdays = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '08:00', until: '18:00' }];
  const hours = weekdays.map((h) => ({ ...h, days: [...h.days] }));
  it('reads the clock in the time zone (Paris is UTC+1 in March)', () => {
    // Tuesday 3 March 2026, 07:30 UTC = 08:30 in Paris, 16:30 in Tokyo.
    const at = new Date('2026-03-03T07:30:00Z');
    expect(withinHours(hours, 'Europe/Paris', at)).toBe(true);
    expect(withinHours(hours, 'UTC', at)).toBe(false);
    expect(withinHours(hours, 'Asia/Tokyo', at)).toBe(true);
  });
  it('runs a window past midnight when it ends before it starts', () => {
    const night = [{ days: ['tue' as const], from: '22:00', until: '06:00' }];
    expect(withinHours(night, 'UTC', new Date('2026-03-03T23:00:00Z'))).toBe(true);
    expect(withinHours(night, 'UTC', new Date('2026-03-03T12:00:00Z'))).toBe(false);
  });
});

describe('decide', () => {
  it('applies the first matching rule of each level, levels in order, later levels overriding', () => {
    const rules = [
      rule('l2', 2, 0, { action: { pin: 'y', boost: ['b'] } }),
      rule('l1-skip', 1, 0, { condition: { channels: ['voice'] }, action: { pin: 'z' } }),
      rule('l1', 1, 1, { action: { pin: 'x', boost: ['a'], handoff: 'after' } }),
      rule('l1-late', 1, 2, { action: { pin: 'w' } }),
    ];
    const decision = decide(rules, facts());
    expect(decision.rules.map((r) => r.id)).toEqual(['l1', 'l2']);
    expect(decision).toMatchObject({ pin: 'y', handoff: 'after', boost: ['a', 'b'] });
  });
  it('checks every condition given', () => {
    const at = new Date('2026-03-03T10:00:00Z');
    const applies = (condition: ActiveRule['condition'], over: Partial<RuleFacts> = {}) =>
      decide([rule('r', 1, 0, { condition, action: { threshold: 0.5 } })], facts({ at, ...over })).rules.length === 1;
    expect(applies({ locales: ['fr'] }, { locale: 'fr-CA' })).toBe(true);
    expect(applies({ locales: ['fr'] }, { locale: 'en' })).toBe(false);
    expect(applies({ intents: ['billing'] }, { topIntents: ['billing'] })).toBe(true);
    expect(applies({ intents: ['billing'] }, { topIntents: [] })).toBe(false);
    expect(applies({ articles: ['a'] })).toBe(true);
    expect(applies({ articles: ['b'] })).toBe(false);
    expect(applies({ apiKeys: ['k'] }, { apiKeyId: 'k' })).toBe(true);
    expect(applies({ apiKeys: ['k'] })).toBe(false);
    expect(applies({ from: '2026-03-03T09:00:00Z', until: '2026-03-03T11:00:00Z' })).toBe(true);
    expect(applies({ until: '2026-03-03T10:00:00Z' })).toBe(false);
  });
});

describe('choose', () => {
  const candidates = [
    { articleId: 'a', confidence: 0.9 },
    { articleId: 'b', confidence: 0.6 },
    { articleId: 'c', confidence: 0.2 },
  ];
  const none = { rules: [], boost: [], bury: [] };
  it('without rules: the best if confident enough, else a hand-off', () => {
    expect(choose(candidates, none, 0.5)).toMatchObject({ articleId: 'a', handoff: false });
    expect(choose(candidates, none, 0.95)).toMatchObject({ articleId: null, handoff: true });
  });
  it('boost prefers a confident boosted article; bury never answers with one', () => {
    expect(choose(candidates, { ...none, boost: ['b'] }, 0.5).articleId).toBe('b');
    expect(choose(candidates, { ...none, boost: ['c'] }, 0.5).articleId).toBe('a');
    const buried = choose(candidates, { ...none, bury: ['a'] }, 0.5);
    expect(buried.articleId).toBe('b');
    expect(buried.ranked.at(-1)?.articleId).toBe('a');
  });
  it('pin, hand-off and threshold', () => {
    expect(choose(candidates, { ...none, pin: 'z' }, 0.99)).toMatchObject({ articleId: 'z', handoff: false });
    expect(choose(candidates, { ...none, handoff: 'after' }, 0.5)).toMatchObject({ articleId: 'a', handoff: true });
    expect(choose(candidates, { ...none, handoff: 'instead', pin: 'z' }, 0.5)).toMatchObject({ articleId: null });
    expect(choose(candidates, { ...none, threshold: 0.1 }, 0.95).articleId).toBe('a');
  });
});

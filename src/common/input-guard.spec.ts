import { describe, expect, it } from 'vitest';
import {
  findOversizedIntegers,
  findUnstorableText,
  graphqlNestsDeeperThan,
  jsonNestsDeeperThan,
  withoutUnstorableText,
} from './input-guard.js';

describe('input guard', () => {
  it('finds NUL and unpaired surrogates by field path, and keeps paired surrogates (emoji)', () => {
    const found = findUnstorableText(
      { title: 'a\u0000b', variants: { bot: 'x\ud800' }, tags: ['ok', '\udc00'], emoji: '👍🏽', rtl: '\u202Eabc' },
      '',
    );
    expect(found.map((f) => f.field)).toEqual(['title', 'variants.bot', 'tags.1']);
  });

  it('cleans logged text of what PostgreSQL cannot store', () => {
    expect(withoutUnstorableText('pay my bill\u0000 \ud800now 👍')).toBe('pay my bill now 👍');
  });

  it('finds integers an integer column cannot hold', () => {
    expect(
      findOversizedIntegers({ version: 99999999999, ok: 2147483647, list: [1, -2147483649], score: 0.5 }, ''),
    ).toEqual([
      { field: 'version', message: 'must be between -2147483647 and 2147483647' },
      { field: 'list.1', message: 'must be between -2147483647 and 2147483647' },
    ]);
    expect(findOversizedIntegers(99999999999, 'n').map((f) => f.field)).toEqual(['n']);
  });

  it('measures JSON nesting without being fooled by brackets in strings', () => {
    const bytes = (text: string) => Buffer.from(text);
    expect(jsonNestsDeeperThan(bytes('[[[1]]]'), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('[[[[1]]]]'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":"[[[[[\\"[[[[","b":[{}]}'), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('['.repeat(5000) + ']'.repeat(5000)), 32)).toBe(true);
  });
});

describe('graphqlNestsDeeperThan', () => {
  it('counts braces, brackets and parentheses, not those in strings, block strings or comments', () => {
    expect(graphqlNestsDeeperThan('{ a(x: [[1]]) { b } }', 4)).toBe(false);
    expect(graphqlNestsDeeperThan('{ a(x: [[[1]]]) { b } }', 4)).toBe(true);
    expect(graphqlNestsDeeperThan(`{ a(x: "${'{'.repeat(10)}\\" [[[") }`, 3)).toBe(false);
    expect(graphqlNestsDeeperThan(`{ a(x: """${'['.repeat(10)} \\""" ((( """) }`, 3)).toBe(false);
    expect(graphqlNestsDeeperThan(`# ${'('.repeat(10)}\n{ a }`, 1)).toBe(false);
    expect(graphqlNestsDeeperThan('{'.repeat(5000), 64)).toBe(true);
  });
});

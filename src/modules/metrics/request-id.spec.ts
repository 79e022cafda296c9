import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it('keeps an id of plain characters', () => {
    expect(requestIdOf('abc-123_X.y:z')).toBe('abc-123_X.y:z');
    expect(requestIdOf('a'.repeat(128))).toBe('a'.repeat(128));
  });

  it('makes a new id for a missing, repeated, overlong or unsafe one', () => {
    for (const header of [undefined, '', ['a', 'b'], 'a'.repeat(129), 'has space', 'line\nbreak', '<script>', 'é']) {
      expect(requestIdOf(header)).toMatch(UUID);
    }
  });
});

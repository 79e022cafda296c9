import { describe, expect, it } from 'vitest';
import { uuid7, uuid7Time } from './uuid7.js';

describe('uuid7', () => {
  it('is a version 7, RFC 9562 variant UUID carrying the time in milliseconds', () => {
    const at = Date.UTC(2026, 10, 23, 12, 0, 0, 123);
    const id = uuid7(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('reads back the time of a version 7 id, and nothing from other versions', () => {
    const at = Date.UTC(2026, 11, 4, 21, 0, 0, 7);
    expect(uuid7Time(uuid7(at))).toBe(at);
    expect(uuid7Time('3f1c2a9e-5b7d-4c1e-9a2b-0123456789ab')).toBeUndefined();
  });

  it('sorts later ids after earlier ones, and never repeats', () => {
    const ids = [uuid7(1_700_000_000_000), uuid7(1_700_000_000_001), uuid7(1_800_000_000_000), uuid7(2 ** 47)];
    expect([...ids].sort()).toEqual(ids);
    const many = new Set(Array.from({ length: 10_000 }, () => uuid7(1_700_000_000_000)));
    expect(many.size).toBe(10_000);
  });
});

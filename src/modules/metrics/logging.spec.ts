import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoTime } from './logging.js';

describe('isoTime', () => {
  afterEach(() => vi.useRealTimers());

  it("writes the same time field as pino's isoTime, across seconds, minutes and years", () => {
    vi.useFakeTimers();
    for (const instant of [
      '2026-12-05T01:23:45.000Z',
      '2026-12-05T01:23:45.007Z',
      '2026-12-05T01:23:45.070Z',
      '2026-12-05T01:23:45.999Z',
      '2026-12-05T01:23:46.001Z',
      '2026-12-31T23:59:59.999Z',
      '2027-01-01T00:00:00.000Z',
      '2026-12-05T01:23:45.500Z',
    ]) {
      vi.setSystemTime(new Date(instant));
      expect(isoTime()).toBe(`,"time":"${instant}"`);
    }
  });
});

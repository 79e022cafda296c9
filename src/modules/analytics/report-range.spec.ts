import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors.js';
import { datesOf, reportRange } from './report-range.js';

describe('reportRange', () => {
  it('reads UTC days as whole rollup days', () => {
    const range = reportRange({ from: '2026-03-01', to: '2026-03-02', tz: 'UTC' });
    expect(range.start.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(range.days).toEqual({ dayStart: range.start, dayEnd: range.end });
    expect(datesOf(range)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('cuts days at local midnight, with half- and quarter-hour offsets', () => {
    const kolkata = reportRange({ from: '2026-03-01', to: '2026-03-01', tz: 'Asia/Kolkata' });
    expect(kolkata.start.toISOString()).toBe('2026-02-28T18:30:00.000Z');
    expect(kolkata.end.toISOString()).toBe('2026-03-01T18:30:00.000Z');
    expect(kolkata.days).toBeNull();
    const kathmandu = reportRange({ from: '2026-03-01', to: '2026-03-03', tz: 'Asia/Kathmandu' });
    expect(kathmandu.start.toISOString()).toBe('2026-02-28T18:15:00.000Z');
    expect(kathmandu.days).toEqual({
      dayStart: new Date('2026-03-01T00:00:00Z'),
      dayEnd: new Date('2026-03-03T00:00:00Z'),
    });
  });

  it('follows daylight saving changes', () => {
    // Paris moves to summer time on 2026-03-29: that local day lasts 23 hours.
    const range = reportRange({ from: '2026-03-29', to: '2026-03-29', tz: 'Europe/Paris' });
    expect(range.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const ny = reportRange({ from: '2026-11-01', to: '2026-11-01', tz: 'America/New_York' });
    expect(ny.start.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(ny.end.toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('defaults to the last 30 days in the zone and canonicalises the zone name', () => {
    const range = reportRange({ tz: 'europe/paris' }, new Date('2026-06-10T23:30:00Z'));
    expect(range.tz).toBe('Europe/Paris');
    expect(range.to).toBe('2026-06-11');
    expect(range.from).toBe('2026-05-13');
  });

  it('rejects unknown zones, impossible dates and reversed ranges', () => {
    expect(() => reportRange({ tz: 'Mars/Olympus' })).toThrow(DomainError);
    expect(() => reportRange({ from: '2026-02-30' })).toThrow(/from must be a calendar date/);
    expect(() => reportRange({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/after/);
    expect(() => reportRange({ from: '2020-01-01', to: '2026-03-01' })).toThrow(/at most/);
  });
});

import { badInput } from '../../common/errors.js';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Longest range one report covers. */
export const MAX_RANGE_DAYS = 1098;
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The period of a report: local calendar days `from`..`to` (inclusive) in the IANA zone `tz`, and the UTC instants
 * they span. Rollups are cut in whole UTC days and in quarter hours: `[start, end)` is read as the whole UTC days
 * `[dayStart, dayEnd)` plus the quarter hours of the partial days at either edge.
 */
export interface ReportRange {
  from: string;
  to: string;
  tz: string;
  start: Date;
  end: Date;
  /** null when the range holds no whole UTC day. */
  days: { dayStart: Date; dayEnd: Date } | null;
}

const ZONES = new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));

/** The zone as the client named it (letter case fixed: "europe/paris" → "Europe/Paris"), or 400 if it is not one. */
export function assertTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw badInput(`tz "${tz}" is not an IANA time zone (e.g. "Europe/Paris")`, [
      { field: 'tz', message: 'unknown time zone' },
    ]);
  }
  return ZONES.get(tz.toLowerCase()) ?? tz;
}

function parseDate(value: string, field: string): number {
  const time = DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw badInput(`${field} must be a calendar date YYYY-MM-DD`, [{ field, message: 'must be a date YYYY-MM-DD' }]);
  }
  return time;
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Today's date in a zone. */
export function todayIn(tz: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

/** Offset of `tz` from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function offsetAt(tz: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight of `date` (a UTC-midnight timestamp standing for a calendar date) happens in `tz`. */
export function localMidnight(date: number, tz: string): number {
  // Two rounds settle on the offset in force at that midnight, also on daylight-saving change days.
  let instant = date - offsetAt(tz, date);
  instant = date - offsetAt(tz, instant);
  return instant;
}

export function reportRange(input: { from?: string; to?: string; tz?: string }, now = new Date()): ReportRange {
  const tz = assertTimeZone(input.tz ?? 'UTC');
  const to = parseDate(input.to ?? todayIn(tz, now), 'to');
  const from = input.from === undefined ? to - (DEFAULT_RANGE_DAYS - 1) * DAY_MS : parseDate(input.from, 'from');
  if (from > to) throw badInput('from must not be after to', [{ field: 'from', message: 'after to' }]);
  if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    throw badInput(`A report covers at most ${MAX_RANGE_DAYS} days`, [
      { field: 'from', message: `range longer than ${MAX_RANGE_DAYS} days` },
    ]);
  }
  const start = localMidnight(from, tz);
  const end = localMidnight(to + DAY_MS, tz);
  const dayStart = Math.ceil(start / DAY_MS) * DAY_MS;
  const dayEnd = Math.floor(end / DAY_MS) * DAY_MS;
  return {
    from: isoDate(from),
    to: isoDate(to),
    tz,
    start: new Date(start),
    end: new Date(end),
    days: dayStart < dayEnd ? { dayStart: new Date(dayStart), dayEnd: new Date(dayEnd) } : null,
  };
}

/** Every calendar date of the range, for series with a row per day even on days without activity. */
export function datesOf(range: ReportRange): string[] {
  const dates: string[] = [];
  for (
    let t = Date.parse(`${range.from}T00:00:00Z`), last = Date.parse(`${range.to}T00:00:00Z`);
    t <= last;
    t += DAY_MS
  )
    dates.push(isoDate(t));
  return dates;
}

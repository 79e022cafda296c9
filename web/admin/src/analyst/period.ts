import type { Period } from './report-api.js';

const DAY_MS = 86_400_000;
export const PRESET_DAYS = [7, 30, 90] as const;

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Today's date in a zone, YYYY-MM-DD. */
export function todayIn(tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** `days` calendar days ending with `to` (included). */
export function lastDays(days: number, to: string): { from: string; to: string } {
  return { from: new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10), to };
}

/** The period in the screen's URL (`?from&to&tz`), else the last 30 days in the browser's zone. */
export function periodFrom(query: URLSearchParams): Period {
  const tz = query.get('tz') || browserZone();
  const defaults = lastDays(30, todayIn(tz));
  return { from: query.get('from') || defaults.from, to: query.get('to') || defaults.to, tz };
}

/** Every time zone the browser knows, the period's own first. */
export function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return [current, ...all.filter((zone) => zone !== current)];
}

/** The period in another zone: a range that ended today still ends today there (same length); any other stays as is. */
export function inZone(period: Period, tz: string): Period {
  if (period.to !== todayIn(period.tz)) return { ...period, tz };
  const days = Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS) + 1;
  return { ...lastDays(days, todayIn(tz)), tz };
}

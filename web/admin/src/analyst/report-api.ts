import { ApiError, type Problem } from '../shared/api.js';
import { storedKey } from '../shared/session.js';

/** The period and zone every report is cut in (see ReportQuery in the API). */
export interface Period {
  from: string;
  to: string;
  tz: string;
}

export const CHANNELS = ['web', 'bot', 'voice', 'agent', 'email'] as const;

type Params = Record<string, string | number | undefined>;

function reportUrl(path: string, period: Period, params: Params): URL {
  const url = new URL(`/v1/analytics/${path}`, location.origin);
  for (const [name, value] of Object.entries({ ...period, ...params }))
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  return url;
}

async function fetchReport(url: URL, accept: string): Promise<Response> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${storedKey() ?? ''}`, accept } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ ...problem, status: response.status });
  }
  return response;
}

/**
 * One analytics report as JSON. The report endpoints answer JSON or CSV from one operation, so they are read here
 * with fetch rather than the typed client (whose JSON parsing would also take a CSV answer).
 */
export async function report<T>(path: string, period: Period, params: Params = {}): Promise<T> {
  return (await fetchReport(reportUrl(path, period, params), 'application/json')).json() as Promise<T>;
}

/** Downloads a report's table as the API's CSV (`Accept: text/csv`), under the file name the API gives. */
export async function downloadCsv(path: string, period: Period, params: Params = {}): Promise<void> {
  const response = await fetchReport(reportUrl(path, period, params), 'text/csv');
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'report.csv';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `${name.replace(/\.csv$/, '')}-${period.from}-${period.to}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export type Counters = {
  served: number;
  clicks: number;
  copies: number;
  helpful: number;
  unhelpful: number;
  handoffs: number;
  resolved: number;
  escalations: number;
  selfServiceServed: number;
  helpfulRate: number | null;
  escalationRate: number | null;
};
export type SearchCounters = { searches: number; zeroResultSearches: number; zeroResultRate: number | null };
export type SummaryReport = Period & {
  totals: Counters & SearchCounters;
  days: ({ date: string } & Counters & SearchCounters)[];
};
export type ChannelsReport = Period & {
  items: ({ channel: string } & Counters & SearchCounters)[];
  days: ({ date: string; channel: string } & Counters & SearchCounters)[];
};
export type ArticleLine = { articleId: string; slug: string | null; title: string | null } & Counters;
export type ArticlesReport = Period & { items: ArticleLine[]; nextCursor: string | null };
export type IntentsReport = Period & { items: ({ intent: string; name: string; channel: string } & Counters)[] };
export type GapLine = { query: string; channels: Record<string, number>; lastSeen: string } & Record<
  'searches' | 'questions',
  number
>;
export type GapsReport = Period & { items: GapLine[]; nextCursor: string | null };
export type JourneyFigure = { selfServiceServed: number; followedByContact: number; rate: number | null };
export type JourneysReport = Period & {
  windowMinutes: number;
  totals: JourneyFigure;
  channels: ({ channel: string } & JourneyFigure)[];
  articles: ({ articleId: string; slug: string | null; title: string | null } & JourneyFigure)[];
  intents: ({ intent: string } & JourneyFigure)[];
};
export type ArticleReport = Period & {
  article: { id: string; slug: string; title: string | null };
  totals: Counters;
  channels: ({ channel: string } & Counters)[];
  revisions: ({ locale: string; revision: number } & Counters)[];
  days: ({ date: string } & Counters)[];
  breakdown: ({ date: string; channel: string; locale: string; revision: number } & Counters)[];
};

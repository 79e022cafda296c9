import { useMemo } from 'react';
import { href, navigate } from '../shared/router.js';
import type { ScreenProps } from '../shared/routes.js';
import { Loading, useLoad } from '../shared/ui.js';
import { addAnalyticsStyles } from './analytics-styles.js';
import { Chart } from './Chart.js';
import { periodFrom } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { type ArticleReport, CHANNELS, type Counters, type Period, report } from './report-api.js';
import { type Column, percent, ReportTable } from './ReportTable.js';

addAnalyticsStyles();

const counterColumns = <T extends Counters>(): Column<T>[] => [
  { label: 'Served', value: (r) => r.served, numeric: true },
  { label: 'Clicks', value: (r) => r.clicks, numeric: true },
  { label: 'Copied', value: (r) => r.copies, numeric: true },
  { label: 'Helpful', value: (r) => r.helpful, numeric: true },
  { label: 'Unhelpful', value: (r) => r.unhelpful, numeric: true },
  { label: 'Helpful rate', value: (r) => percent(r.helpfulRate), numeric: true },
  { label: 'Escalation rate', value: (r) => percent(r.escalationRate), numeric: true },
];

/** Series of served counts per day, one per key (channel, or locale and revision) of the breakdown rows. */
function servedBy(data: ArticleReport, keys: string[], keyOf: (row: ArticleReport['breakdown'][number]) => string) {
  const served = new Map<string, number>();
  for (const row of data.breakdown)
    served.set(`${row.date} ${keyOf(row)}`, (served.get(`${row.date} ${keyOf(row)}`) ?? 0) + row.served);
  return keys.map((key) => ({ label: key, values: data.days.map((d) => served.get(`${d.date} ${key}`) ?? 0) }));
}

/** One article's analytics: its channels and its revisions over time. */
export default function ArticleAnalytics({ params, query }: ScreenProps) {
  const period = periodFrom(query);
  const loaded = useLoad(
    () => report<ArticleReport>(`articles/${encodeURIComponent(params.id)}`, period),
    [params.id, period.from, period.to, period.tz],
  );
  return (
    <div className="analytics">
      <p>
        <a href={href('/analytics', { ...period })}>← Analytics</a>
      </p>
      <PeriodPicker period={period} onChange={(next) => navigate(`/analytics/articles/${params.id}`, { ...next })} />
      <Loading loaded={loaded}>{(data) => <ArticleBody data={data} period={period} />}</Loading>
    </div>
  );
}

function ArticleBody({ data, period }: { data: ArticleReport; period: Period }) {
  const dates = useMemo(() => data.days.map((d) => d.date), [data]);
  const revisionKey = (r: { locale: string; revision: number }) => `${r.locale} r${r.revision}`;
  const byChannel = useMemo(
    () =>
      servedBy(
        data,
        CHANNELS.filter((c) => data.channels.some((x) => x.channel === c)),
        (r) => r.channel,
      ),
    [data],
  );
  const byRevision = useMemo(() => servedBy(data, data.revisions.map(revisionKey), revisionKey), [data]);
  const path = `articles/${data.article.id}`;
  return (
    <>
      <h1>{data.article.title ?? data.article.slug}</h1>
      <p className="muted">
        {data.article.slug} · answers served: {data.totals.served} · helpful rate: {percent(data.totals.helpfulRate)}
      </p>
      <div className="chart-grid">
        <Chart title="Served per channel per day" type="bar" labels={dates} series={byChannel} stacked />
        <Chart title="Served per revision per day" type="line" labels={dates} series={byRevision} />
      </div>
      <ReportTable
        title="By channel"
        period={period}
        csv={{ path }}
        rows={data.channels}
        columns={[{ label: 'Channel', value: (c) => c.channel }, ...counterColumns()]}
      />
      <ReportTable
        title="By revision"
        period={period}
        csv={{ path }}
        rows={data.revisions}
        columns={[
          { label: 'Locale', value: (r) => r.locale },
          { label: 'Revision', value: (r) => r.revision, numeric: true },
          ...counterColumns(),
        ]}
      />
      <ReportTable
        title="Day by day"
        period={period}
        csv={{ path }}
        rows={data.breakdown}
        columns={[
          { label: 'Date', value: (r) => r.date },
          { label: 'Channel', value: (r) => r.channel },
          { label: 'Locale', value: (r) => r.locale },
          { label: 'Revision', value: (r) => r.revision, numeric: true },
          ...counterColumns(),
        ]}
      />
    </>
  );
}

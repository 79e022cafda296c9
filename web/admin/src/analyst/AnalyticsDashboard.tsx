import { useMemo } from 'react';
import { href, navigate } from '../shared/router.js';
import type { ScreenProps } from '../shared/routes.js';
import { Loading, useLoad } from '../shared/ui.js';
import { addAnalyticsStyles } from './analytics-styles.js';
import { Chart } from './Chart.js';
import { periodFrom } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import {
  type ArticlesReport,
  CHANNELS,
  type ChannelsReport,
  type GapLine,
  type GapsReport,
  type IntentsReport,
  type JourneyFigure,
  type JourneysReport,
  type Period,
  report,
  type SummaryReport,
} from './report-api.js';
import { type Column, percent, ReportTable } from './ReportTable.js';

addAnalyticsStyles();

const TOP = 10;

interface Dashboard {
  summary: SummaryReport;
  channels: ChannelsReport;
  articles: ArticlesReport;
  intents: IntentsReport;
  zeroResults: GapsReport;
  unanswered: GapsReport;
  journeys: JourneysReport;
}

function load(period: Period): Promise<Dashboard> {
  return Promise.all([
    report<SummaryReport>('summary', period),
    report<ChannelsReport>('channels', period),
    report<ArticlesReport>('articles', period, { limit: TOP }),
    report<IntentsReport>('intents', period),
    report<GapsReport>('searches/zero-results', period, { limit: 20 }),
    report<GapsReport>('questions/unanswered', period, { limit: 20 }),
    report<JourneysReport>('journeys', period, { limit: TOP }),
  ]).then(([summary, channels, articles, intents, zeroResults, unanswered, journeys]) => ({
    summary,
    channels,
    articles,
    intents,
    zeroResults,
    unanswered,
    journeys,
  }));
}

const gapColumns = (counter: 'searches' | 'questions', label: string, tz: string): Column<GapLine>[] => [
  { label: 'Query', value: (g) => g.query },
  { label, value: (g) => g[counter], numeric: true },
  {
    label: 'Channels',
    value: (g) =>
      Object.entries(g.channels)
        .map(([channel, n]) => `${channel} ${n}`)
        .join(', '),
  },
  {
    label: 'Last seen',
    value: (g) =>
      new Date(g.lastSeen).toLocaleString(undefined, { timeZone: tz, dateStyle: 'short', timeStyle: 'short' }),
  },
];

const journeyColumns = <T extends JourneyFigure>(): Column<T>[] => [
  { label: 'Self-service answers', value: (r) => r.selfServiceServed, numeric: true },
  { label: 'Followed by a contact', value: (r) => r.followedByContact, numeric: true },
  { label: 'Rate', value: (r) => percent(r.rate), numeric: true },
];

const articleLink = (period: Period, id: string, text: string | null) => (
  <a href={href(`/analytics/articles/${id}`, { ...period })}>{text ?? id}</a>
);

/** The analyst's dashboard: what was served where, how well it helped, and where the knowledge base falls short. */
export default function AnalyticsDashboard({ query }: ScreenProps) {
  const period = periodFrom(query);
  const loaded = useLoad(() => load(period), [period.from, period.to, period.tz]);
  return (
    <div className="analytics">
      <div className="analytics-head">
        <h1>Analytics</h1>
        <button type="button" onClick={loaded.reload} disabled={loaded.loading}>
          Refresh
        </button>
      </div>
      <PeriodPicker period={period} onChange={(next) => navigate('/analytics', { ...next })} />
      <Loading loaded={loaded}>{(data) => <DashboardBody data={data} period={period} />}</Loading>
    </div>
  );
}

function DashboardBody({ data, period }: { data: Dashboard; period: Period }) {
  const { summary, channels, articles, intents, zeroResults, unanswered, journeys } = data;
  const dates = useMemo(() => summary.days.map((d) => d.date), [summary]);
  const perChannel = useMemo(() => {
    const served = new Map(channels.days.map((d) => [`${d.date} ${d.channel}`, d.served]));
    return CHANNELS.map((channel) => ({
      label: channel,
      values: dates.map((date) => served.get(`${date} ${channel}`) ?? 0),
    }));
  }, [channels, dates]);
  const helpful = useMemo(() => [{ label: 'Helpful rate', values: summary.days.map((d) => d.helpfulRate) }], [summary]);
  const hours = Math.round((journeys.windowMinutes / 60) * 10) / 10;
  const t = summary.totals;
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Answers served</dt>
          <dd>{t.served}</dd>
        </div>
        <div>
          <dt>Helpful rate</dt>
          <dd>{percent(t.helpfulRate)}</dd>
        </div>
        <div>
          <dt>Searches</dt>
          <dd>{t.searches}</dd>
        </div>
        <div>
          <dt>Zero-result rate</dt>
          <dd>{percent(t.zeroResultRate)}</dd>
        </div>
        <div>
          <dt>Copied into replies</dt>
          <dd>{t.copies}</dd>
        </div>
        <div>
          <dt>Self-service then contact</dt>
          <dd>{percent(journeys.totals.rate)}</dd>
        </div>
      </dl>
      <div className="chart-grid">
        <Chart title="Served answers per channel per day" type="bar" labels={dates} series={perChannel} stacked />
        <Chart title="Helpful rate per day" type="line" labels={dates} series={helpful} percent />
      </div>
      <ReportTable
        title="Channels"
        period={period}
        csv={{ path: 'channels' }}
        rows={channels.items}
        columns={[
          { label: 'Channel', value: (c) => c.channel },
          { label: 'Served', value: (c) => c.served, numeric: true },
          { label: 'Helpful rate', value: (c) => percent(c.helpfulRate), numeric: true },
          { label: 'Searches', value: (c) => c.searches, numeric: true },
          { label: 'Zero results', value: (c) => c.zeroResultSearches, numeric: true },
          { label: 'Hand-offs', value: (c) => c.handoffs, numeric: true },
          { label: 'Copied', value: (c) => c.copies, numeric: true },
        ]}
      />
      <ReportTable
        title="Top articles"
        period={period}
        csv={{ path: 'articles', params: { limit: 200 } }}
        rows={articles.items}
        columns={[
          { label: 'Article', value: (a) => articleLink(period, a.articleId, a.title ?? a.slug) },
          { label: 'Served', value: (a) => a.served, numeric: true },
          { label: 'Clicks', value: (a) => a.clicks, numeric: true },
          { label: 'Copied', value: (a) => a.copies, numeric: true },
          { label: 'Helpful rate', value: (a) => percent(a.helpfulRate), numeric: true },
          { label: 'Escalation rate', value: (a) => percent(a.escalationRate), numeric: true },
        ]}
      />
      <ReportTable
        title="Top intents"
        period={period}
        csv={{ path: 'intents' }}
        rows={intents.items.slice(0, TOP * CHANNELS.length)}
        empty="No served article carries an intent in this period."
        columns={[
          { label: 'Intent', value: (i) => i.name },
          { label: 'Channel', value: (i) => i.channel },
          { label: 'Served', value: (i) => i.served, numeric: true },
          { label: 'Helpful rate', value: (i) => percent(i.helpfulRate), numeric: true },
          { label: 'Escalation rate', value: (i) => percent(i.escalationRate), numeric: true },
        ]}
      />
      <h2>Content gaps</h2>
      <div className="gap-grid">
        <ReportTable
          title="Zero-result searches"
          period={period}
          csv={{ path: 'searches/zero-results', params: { limit: 200 } }}
          rows={zeroResults.items}
          columns={gapColumns('searches', 'Searches', period.tz)}
          empty="Every search found something."
        />
        <ReportTable
          title="Unanswered questions"
          period={period}
          csv={{ path: 'questions/unanswered', params: { limit: 200 } }}
          rows={unanswered.items}
          columns={gapColumns('questions', 'Questions', period.tz)}
          empty="Every question got an answer."
        />
      </div>
      <h2>Journeys: self-service followed by a contact within {hours} h</h2>
      <ReportTable
        title="Journeys by channel"
        period={period}
        csv={{ path: 'journeys', params: { limit: 200 } }}
        rows={journeys.channels}
        columns={[{ label: 'Channel', value: (c) => c.channel }, ...journeyColumns()]}
      />
      <ReportTable
        title="Articles most often followed by a contact"
        period={period}
        csv={{ path: 'journeys', params: { limit: 200 } }}
        rows={journeys.articles}
        columns={[
          { label: 'Article', value: (a) => articleLink(period, a.articleId, a.title ?? a.slug) },
          ...journeyColumns(),
        ]}
      />
    </>
  );
}

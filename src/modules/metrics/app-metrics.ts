import { collectDefaultMetrics, type Metric, Registry } from 'prom-client';

/** Label value of requests no route matched (404s): the raw URL would make a label value per URL. */
const UNMATCHED_ROUTE = '(unmatched)';
/** Label value of requests made without a key, or before it was checked. */
const NO_CHANNEL = 'none';

const REQUESTS = 'savoir_http_request_duration_seconds';
/** Upper bounds (seconds) of the request histogram's buckets. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One series of the request histogram: its labels, and counts per bucket (the last one: above every bound). */
interface RequestSeries {
  method: string;
  status: number;
  channel: string | undefined;
  labels: Record<string, string | number>;
  buckets: Float64Array;
  sum: number;
}

/**
 * The HTTP request histogram, counted here and handed to prom-client at each scrape. prom-client's own Histogram
 * validates and hashes the label object on every observation (even through `labels()`), several µs per request on
 * the serving thread: here a request adds to counts found among its route's few series (by the route pattern, a string
 * the router holds, whose hash is kept: a key string built per request cost 0.5-0.8 µs to make and hash, the lookup
 * by route then a scan 0.04 µs), and the cumulative buckets are made only when Prometheus asks. The exposition is the
 * same as prom-client's (`_bucket` with `le`, `_sum`, `_count`).
 */
class RequestHistogram {
  readonly name = REQUESTS;
  readonly help = "HTTP requests by method, route pattern, status code and the key's channel, by duration";
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  /** By route pattern: its series (a handful: methods × statuses × channels). */
  private readonly series = new Map<string | undefined, RequestSeries[]>();

  observe(method: string, route: string | undefined, status: number, channel: string | undefined, seconds: number) {
    let ofRoute = this.series.get(route);
    if (!ofRoute) this.series.set(route, (ofRoute = []));
    let series = ofRoute.find((s) => s.status === status && s.channel === channel && s.method === method);
    if (!series) {
      const labels = { method, route: route ?? UNMATCHED_ROUTE, status, channel: channel ?? NO_CHANNEL };
      series = { method, status, channel, labels, buckets: new Float64Array(REQUEST_BUCKETS.length + 1), sum: 0 };
      ofRoute.push(series);
    }
    let bucket = 0;
    while (bucket < REQUEST_BUCKETS.length && seconds > REQUEST_BUCKETS[bucket]) bucket += 1;
    series.buckets[bucket] += 1;
    series.sum += seconds;
  }

  reset(): void {
    this.series.clear();
  }

  /** What prom-client's registry formats: the values of every series, buckets cumulative. */
  get() {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
    for (const { labels, buckets, sum } of [...this.series.values()].flat()) {
      let count = 0;
      REQUEST_BUCKETS.forEach((le, i) => {
        count += buckets[i];
        values.push({ labels: { ...labels, le }, value: count, metricName: `${REQUESTS}_bucket` });
      });
      count += buckets[REQUEST_BUCKETS.length];
      values.push({ labels: { ...labels, le: '+Inf' }, value: count, metricName: `${REQUESTS}_bucket` });
      values.push({ labels, value: sum, metricName: `${REQUESTS}_sum` });
      values.push({ labels, value: count, metricName: `${REQUESTS}_count` });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }
}

/**
 * The metrics of one application, in their own registry (not prom-client's global one, so that several applications
 * in one process, as in tests and benchmarks, do not mix their figures): Node's process metrics, the HTTP requests,
 * and what MetricsCollectors reads from the services at each scrape.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly requests = new RequestHistogram();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // The registry reads a metric's name, help, type and get() (and reset() when asked to reset every metric).
    this.registry.registerMetric(this.requests as unknown as Metric);
  }

  observeRequest(
    method: string,
    route: string | undefined,
    status: number,
    channel: string | undefined,
    milliseconds: number,
  ): void {
    this.requests.observe(method, route, status, channel, milliseconds / 1000);
  }
}

import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Label value of requests no route matched (404s): the raw URL would make a label value per URL. */
const UNMATCHED_ROUTE = '(unmatched)';
/** Label value of requests made without a key, or before it was checked. */
const NO_CHANNEL = 'none';

/**
 * The metrics of one application, in their own registry (not prom-client's global one, so that several applications
 * in one process, as in tests and benchmarks, do not mix their figures): Node's process metrics, the HTTP requests,
 * and what MetricsCollectors reads from the services at each scrape.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'savoir_http_request_duration_seconds',
    help: "HTTP requests by method, route pattern, status code and the key's channel, by duration",
    labelNames: ['method', 'route', 'status', 'channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /**
   * The histogram's series by label values, looked up once each (prom-client checks and hashes the labels per call).
   */
  private readonly series = new Map<string, { observe(seconds: number): void }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeRequest(
    method: string,
    route: string | undefined,
    status: number,
    channel: string | undefined,
    milliseconds: number,
  ): void {
    const key = `${method} ${route} ${status} ${channel}`;
    let series = this.series.get(key);
    if (!series) {
      series = this.requests.labels({
        method,
        route: route ?? UNMATCHED_ROUTE,
        status,
        channel: channel ?? NO_CHANNEL,
      });
      this.series.set(key, series);
    }
    series.observe(milliseconds / 1000);
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsModule } from '../../src/modules/analytics/analytics.module.js';
import { RollupService } from '../../src/modules/analytics/rollup.service.js';
import { ServedCounts } from '../../src/modules/analytics/served-counts.js';
import { ArticlesService } from '../../src/modules/articles/articles.service.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { EDITOR, startServices } from '../support/service-context.js';

let services: Awaited<ReturnType<typeof startServices>>;

beforeAll(async () => {
  services = await startServices([AnalyticsModule]);
});
afterAll(() => services?.close());

describe('the served-answers rollup, read through ServedCounts', () => {
  it('counts what was served per article and channel once rolled up, and nothing before', async () => {
    const articles = services.get(ArticlesService);
    const log = services.get(ServedLogService);
    const [pin, bill] = await Promise.all(
      ['Reset your PIN', 'Read your bill'].map((title) => articles.create({ title, body: 'Text.', locale: 'en', audience: 'public', publish: true }, EDITOR)),
    );
    const serve = (articleId: string, channel: 'web' | 'bot') =>
      log.logServed({ channel, apiKeyId: null, kind: 'render', articleId, revision: 1, locale: 'en', variant: 'body', searchId: null, rank: null, sessionId: null });
    for (let i = 0; i < 3; i += 1) serve(pin.id, 'web');
    serve(bill.id, 'web');
    serve(bill.id, 'bot');
    await log.flush();
    const counts = services.get(ServedCounts);
    expect(await counts.lastDays('web', 30, [pin.id, bill.id])).toEqual(new Map());

    await services.get(RollupService).rollUp();
    expect(await counts.lastDays('web', 30, [pin.id, bill.id])).toEqual(new Map([[pin.id, 3], [bill.id, 1]]));
    expect(await counts.lastDays('bot', 30, [pin.id, bill.id])).toEqual(new Map([[bill.id, 1]]));
    expect(await counts.lastDays('voice', 30, [pin.id, bill.id])).toEqual(new Map());
  });
});

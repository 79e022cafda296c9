import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsModule } from '../../src/modules/analytics/analytics.module.js';
import { ServedCounts } from '../../src/modules/analytics/served-counts.js';
import { ArticlesService } from '../../src/modules/articles/articles.service.js';
import { LiveArticles } from '../../src/modules/articles/live-articles.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { rollUpEverything } from '../support/analytics-fixtures.js';
import { EDITOR, startServices } from '../support/service-context.js';

let services: Awaited<ReturnType<typeof startServices>>;

beforeAll(async () => {
  services = await startServices([AnalyticsModule]);
});
afterAll(() => services?.close());

describe('live articles ranked by the served-answers rollup (ServedCounts)', () => {
  it('ranks by what was served on the channel once rolled up, ties by title, cut at the limit', async () => {
    const articles = services.get(ArticlesService);
    const log = services.get(ServedLogService);
    const [pin, bill, roaming] = await Promise.all(
      ['Reset your PIN', 'Read your bill', 'Roaming abroad'].map((title) =>
        articles.create({ title, body: 'Text.', locale: 'en', audience: 'public', publish: true }, EDITOR),
      ),
    );
    const serve = (articleId: string, channel: 'web' | 'bot') =>
      log.logServed({
        channel,
        apiKeyId: null,
        kind: 'render',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'body',
        searchId: null,
        rank: null,
        sessionId: null,
      });
    for (let i = 0; i < 3; i += 1) serve(pin.id, 'web');
    serve(roaming.id, 'web');
    serve(bill.id, 'bot');
    await log.flush();
    const counts = services.get(ServedCounts);
    const top = (channel: 'web' | 'bot' | 'voice', limit = 10) =>
      services
        .get(LiveArticles)
        .top({ locales: ['en'], audiences: ['public'], categoryId: null, scores: counts.lastDays(channel, 30), limit })
        .then((listed) => listed.map((a) => a.title));
    // Not rolled up yet: nothing counted, all by title.
    expect(await top('web')).toEqual(['Read your bill', 'Reset your PIN', 'Roaming abroad']);

    await rollUpEverything(services);
    expect(await top('web')).toEqual(['Reset your PIN', 'Roaming abroad', 'Read your bill']);
    expect(await top('web', 2)).toEqual(['Reset your PIN', 'Roaming abroad']);
    expect(await top('bot')).toEqual(['Read your bill', 'Reset your PIN', 'Roaming abroad']);
    expect(await top('voice')).toEqual(['Read your bill', 'Reset your PIN', 'Roaming abroad']);
  });
  it('ranks the same list in short statements (the embedded refresh) as in one, ties and locale fallbacks included', async () => {
    const articles = services.get(ArticlesService);
    const log = services.get(ServedLogService);
    const titles = [
      'Alpha',
      'alpha',
      'Beta',
      'Beta',
      'Été',
      'Zulu',
      'éclair',
      'Omega',
      'Delta',
      'Beta',
      'Kappa',
      'Été',
    ];
    const created = await Promise.all(
      titles.map((title, i) =>
        articles.create(
          {
            title,
            body: 'Text.',
            locale: i % 3 === 0 ? 'fr' : 'en',
            audience: i % 4 === 3 ? 'internal' : 'public',
            publish: true,
          },
          EDITOR,
        ),
      ),
    );
    created.forEach((article, i) => {
      for (let n = 0; n < i % 3; n += 1)
        log.logServed({
          channel: 'bot',
          apiKeyId: null,
          kind: 'render',
          articleId: article.id,
          revision: 1,
          locale: i % 3 === 0 ? 'fr' : 'en',
          variant: 'body',
          searchId: null,
          rank: null,
          sessionId: null,
        });
    });
    await log.flush();
    await rollUpEverything(services);
    const live = services.get(LiveArticles);
    const scores = services.get(ServedCounts).lastDays('bot', 30);
    for (const locales of [['fr', 'en'], ['en'], ['fr']])
      for (const audiences of [['public'], ['public', 'internal']] as ('public' | 'internal')[][])
        for (const limit of [1, 4, 50]) {
          const query = { locales, audiences, categoryId: null, scores, limit };
          const whole = await live.top(query);
          expect(whole.length).toBeGreaterThan(0);
          for (const step of [1, 2, 5, 1000]) expect(await live.top(query, step), `step ${step}`).toEqual(whole);
        }
    // The lists above did rank by score, then title: a served article comes before an unserved one.
    const listed = await live.top(
      { locales: ['fr', 'en'], audiences: ['public'], categoryId: null, scores, limit: 50 },
      2,
    );
    const [zulu, alpha] = ['Zulu', 'Alpha'].map((title) => listed.findIndex((a) => a.title === title));
    expect(alpha).toBeGreaterThanOrEqual(0);
    expect(zulu).toBeGreaterThanOrEqual(0);
    expect(zulu).toBeLessThan(alpha);
  });
});

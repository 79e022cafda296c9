import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LiveArticles } from '../../src/modules/articles/live-articles.js';
import { publishArticle, publishLocale } from '../support/factories.js';
import { startRestartableApp, type RestartableTestApp } from '../support/restartable-app.js';
import { ADMIN_KEY } from '../support/test-app.js';

let t: RestartableTestApp;
beforeAll(async () => {
  t = await startRestartableApp();
});
afterAll(async () => t?.close());

describe('FAQ lists after a start', () => {
  it('are ranked before the server is ready, so that the first requests do not wait for them', async () => {
    const pin = await publishArticle(t, ADMIN_KEY, { title: 'Reset your PIN' });
    await publishLocale(t, ADMIN_KEY, pin.id, 'fr', { title: 'Réinitialiser votre code', body: 'Texte.\n' });
    await publishArticle(t, ADMIN_KEY, { title: 'Read your bill' });
    const [web, bot] = [await t.keyFor('public', 'web'), await t.keyFor('bot', 'bot')];

    await t.restart();
    const ranked = vi.spyOn(t.app.get(LiveArticles), 'top');
    const faq = async (secret: string, query: string) => {
      const response = await t.http().get(`/v1/faq${query}`).set(t.auth(secret));
      expect(response.status).toBe(200);
      return response.body.items.map((item: { title: string }) => item.title);
    };
    expect(await faq(web, '')).toEqual(['Read your bill', 'Reset your PIN']);
    expect(await faq(web, '?locale=fr')).toEqual(['Read your bill', 'Réinitialiser votre code']);
    expect(await faq(bot, '?locale=en')).toEqual(['Read your bill', 'Reset your PIN']);
    expect(await faq(bot, '?locale=fr&channel=voice')).toEqual(['Read your bill', 'Réinitialiser votre code']);
    expect(ranked).not.toHaveBeenCalled();
    // A list nobody asks for first (another length) is still ranked when asked for.
    expect(await faq(bot, '?limit=1')).toEqual(['Read your bill']);
    expect(ranked).toHaveBeenCalledTimes(1);
  });
});

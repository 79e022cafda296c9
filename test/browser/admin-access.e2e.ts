import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/loader.js';
import { launchBrowser, serveAdmin, signInToAdmin } from '../support/browser.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

/** `ADMIN_SCREENSHOTS=1 npx vitest run test/browser/admin-access.e2e.ts` refreshes docs/screenshots/ (the README's). */
const SCREENSHOTS = process.env.ADMIN_SCREENSHOTS === '1' ? join(process.cwd(), 'docs/screenshots') : null;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.app);
  base = await serveAdmin(t);
  browser = await launchBrowser();
  context = browser.context;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();

describe('signing in to /admin', () => {
  it('refuses a public key, and keeps no key in the tab', async () => {
    const page = await signInToAdmin(context, base, await t.keyFor('public', 'web'));
    expect(await page.getByRole('alert').textContent()).toBe(
      'A "public" key cannot sign in to the back-office: use an agent, editor or admin key',
    );
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.close();
  });

  it('refuses an unknown key', async () => {
    const page = await signInToAdmin(context, base, 'not-a-key-at-all-0000');
    expect(await page.getByRole('alert').textContent()).toBe('This API key is unknown or revoked.');
    await page.close();
  });

  it('shows an agent no admin screen: only the agent panel, and the settings refuse it', async () => {
    const page = await signInToAdmin(context, base, await t.keyFor('agent'));
    expect(await navLinks(page)).toEqual(['Agent panel']);
    await page.getByRole('heading', { name: 'Welcome, test agent' }).waitFor();
    await page.goto(`${base}/admin#/settings/keys`);
    expect(await page.getByRole('alert').textContent()).toBe(
      'This screen needs the "admin" role; your key has "agent".',
    );
    await page.goto(`${base}/admin#/articles`);
    expect(await page.getByRole('alert').textContent()).toBe(
      'This screen needs the "editor" role; your key has "agent".',
    );
    await page.close();
  });

  it('shows an editor the content screens but not the keys, profiles or webhooks; the key stays for the tab only', async () => {
    const page = await signInToAdmin(context, base, await t.keyFor('editor'));
    expect(await navLinks(page)).toEqual([
      'Articles',
      'Review queue',
      'Dashboard',
      'Categories',
      'Intents',
      'Synonyms',
      'Agent panel',
    ]);
    await page.reload();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.close();
  });
});

describe('the main screens at 1280 px and 768 px', () => {
  const screens = [
    { name: 'articles', hash: '#/articles', ready: 'Articles' },
    { name: 'article-editor', hash: '', ready: 'Preview' },
    { name: 'review-queue', hash: '#/reviews', ready: 'Review queue' },
    { name: 'api-keys', hash: '#/settings/keys', ready: 'API keys' },
    { name: 'channel-profiles', hash: '#/settings/channels', ready: 'Channel profiles' },
    { name: 'webhooks', hash: '#/settings/webhooks', ready: 'Webhooks' },
  ];

  it('fit the width (nothing scrolls sideways) and show their content', async () => {
    const article = (await t.http().get('/v1/articles?locale=fr&limit=1').set(t.auth(ADMIN_KEY))).body.items[0];
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [1280, 768]) {
      const page = await signInToAdmin(context, base, ADMIN_KEY, { width });
      for (const screen of screens) {
        await page.goto(`${base}/admin${screen.hash || `#/articles/${article.id}?locale=fr`}`);
        await page.getByRole('heading', { name: screen.ready, exact: true }).first().waitFor();
        await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
        const overflow = await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect({ screen: screen.name, width, overflow }).toEqual({ screen: screen.name, width, overflow: 0 });
        if (SCREENSHOTS)
          await page.screenshot({
            path: join(SCREENSHOTS, `admin-${screen.name}-${width}.png`),
            fullPage: width === 1280,
          });
      }
      await page.close();
    }
  });
});

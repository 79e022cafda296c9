import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/loader.js';
import { launchBrowser, overflowsViewport, serveAdmin, signInToAdmin } from '../support/browser.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
let editorKey: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

const ZONE = 'Pacific/Auckland';
const todayIn = (tz: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

beforeAll(async () => {
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 200 });
  await seedDemo(t.app);
  base = await serveAdmin(t);
  editorKey = (await t.http().post('/v1/keys').set(t.auth(ADMIN_KEY)).send({ name: 'Anna (analyst)', role: 'editor' }))
    .body.secret;
  browser = await launchBrowser();
  context = browser.context;
  mkdirSync('docs/screenshots', { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function dashboard(width: number, hash: string): Promise<Page> {
  const page = await signInToAdmin(context, base, editorKey, { width });
  await page.goto(`${base}/admin#${hash}`);
  await page.getByRole('heading', { name: 'Analytics', exact: true, level: 1 }).waitFor();
  return page;
}

/** The rows of a table as text cells. */
const cells = (table: Locator): Promise<string[][]> =>
  table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(
          (row as { children: ArrayLike<{ textContent: string | null }> }).children,
          (cell) => cell.textContent ?? '',
        ),
      ),
    );

/** Refreshes the dashboard until `check` passes: the rollups count new answers every 200 ms here. */
async function refreshUntil(page: Page, check: () => Promise<boolean>) {
  await expect
    .poll(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await page.getByRole('button', { name: 'Refresh' }).and(page.locator(':enabled')).waitFor();
        return check();
      },
      { timeout: 20_000, interval: 300 },
    )
    .toBe(true);
}

describe('the analyst dashboard', () => {
  it('shows a bot answer on the per-channel chart, a zero-result search and an unanswered question in the gaps, per article, in the chosen time zone, with CSV', async () => {
    const bot = await t.keyFor('bot', 'bot');
    const answered = await t
      .http()
      .post('/v1/answers')
      .set(t.auth(bot))
      .send({ question: 'internet ne marche plus', locale: 'fr', sessionId: 'bot-journey-1' });
    expect(answered.body).toMatchObject({ answered: true, answer: { slug: 'internet-not-working' } });
    const unanswered = await t
      .http()
      .post('/v1/answers')
      .set(t.auth(bot))
      .send({ question: 'quelle est la couleur du ciel martien', locale: 'fr' });
    expect(unanswered.body.answered).toBe(false);
    const widget = await t.keyFor('public');
    const nothing = await t.http().get('/v1/search').query({ q: 'xyzzyplugh', locale: 'fr' }).set(t.auth(widget));
    expect(nothing.body.total).toBe(0);

    const page = await dashboard(1280, '/analytics');
    await page.getByLabel('Time zone').selectOption(ZONE);
    await page.waitForURL(new RegExp(`tz=${encodeURIComponent(ZONE)}`));
    const today = todayIn(ZONE);
    const chart = page.getByRole('figure', { name: 'Served answers per channel per day' });
    await chart.getByText('Data', { exact: true }).click();
    const perChannel = chart.getByRole('table', { name: 'Served answers per channel per day (data)' });
    await refreshUntil(page, async () => {
      const rows = await cells(perChannel);
      const header = rows[0];
      const row = rows.find((r) => r[0] === today);
      return row !== undefined && row[header.indexOf('bot')] === '1';
    });
    const gaps = page.getByRole('region', { name: 'Zero-result searches' });
    await refreshUntil(page, async () =>
      (await cells(gaps.locator('table'))).some((r) => r[0] === 'xyzzyplugh' && r[1] === '1'),
    );
    expect(await cells(page.getByRole('region', { name: 'Unanswered questions' }).locator('table'))).toContainEqual(
      expect.arrayContaining(['quelle est la couleur du ciel martien', '1']),
    );
    expect(await overflowsViewport(page)).toBe(false);
    await chart.getByText('Data', { exact: true }).click();
    await page.screenshot({ path: 'docs/screenshots/analytics-dashboard.png', fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      gaps.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^zero-results-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('query,searches,web,bot,voice,agent,email,lastSeen');
    expect(csv).toMatch(/^xyzzyplugh,1,1,/m);

    await page
      .getByRole('region', { name: 'Top articles' })
      .getByRole('link', { name: 'Internet not working: fix it step by step' })
      .click();
    await page.getByRole('heading', { name: 'Internet not working: fix it step by step' }).waitFor();
    expect(page.url()).toContain(`tz=${encodeURIComponent(ZONE)}`);
    expect(await cells(page.getByRole('region', { name: 'By channel' }).locator('table'))).toContainEqual(
      expect.arrayContaining(['bot', '1']),
    );
    expect(await cells(page.getByRole('region', { name: 'By revision' }).locator('table'))).toContainEqual(
      expect.arrayContaining(['fr', '1', '1']),
    );
    const revisionChart = page.getByRole('figure', { name: 'Served per revision per day' });
    await revisionChart.getByText('Data', { exact: true }).click();
    const perRevision = await cells(revisionChart.getByRole('table', { name: 'Served per revision per day (data)' }));
    expect(perRevision[0]).toEqual(['Date', 'fr r1']);
    expect(perRevision.find((r) => r[0] === today)).toEqual([today, '1']);
    await revisionChart.getByText('Data', { exact: true }).click();
    await page.screenshot({ path: 'docs/screenshots/analytics-article.png', fullPage: true });
    await page.close();
  });

  it('stays usable at 768 px', async () => {
    const page = await dashboard(768, '/analytics');
    await page.getByRole('figure').first().waitFor();
    expect(await overflowsViewport(page)).toBe(false);
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).not.toBe('');
    const [from, to] = [
      await page.getByLabel('From', { exact: true }).inputValue(),
      await page.getByLabel('To', { exact: true }).inputValue(),
    ];
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(6);
    await page.close();
  });

  it('is not shown to an agent', async () => {
    const page = await signInToAdmin(context, base, await t.keyFor('agent'));
    await page.goto(`${base}/admin#/analytics`);
    expect(await page.getByRole('alert').textContent()).toBe(
      'This screen needs the "editor" role; your key has "agent".',
    );
    expect(await page.getByRole('heading', { name: 'Analytics', exact: true, level: 1 }).count()).toBe(0);
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/loader.js';
import { launchBrowser, overflowsViewport, serveAdmin } from '../support/browser.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
let agentKey: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 200 });
  await seedDemo(t.app);
  base = await serveAdmin(t);
  const created = await t
    .http()
    .post('/v1/keys')
    .set(t.auth(ADMIN_KEY))
    .send({ name: 'Agnès (agent)', role: 'agent', channel: 'agent' });
  agentKey = created.body.secret;
  browser = await launchBrowser();
  context = browser.context;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  mkdirSync('docs/screenshots', { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const api = (path: string, query: Record<string, string> = {}) =>
  t.http().get(path).query(query).set(t.auth(ADMIN_KEY));

async function signedIn(path: string, width: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${base}${path}`);
  await page.getByLabel('API key').fill(agentKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('searchbox', { name: 'Search articles' }).waitFor();
  return page;
}

describe('the agent panel in a 360 px desktop sidebar', () => {
  it('finds a published article with its internal notes, copies the email variant into a reply (logged, and joined to the customer’s journey) and suggests a correction with the ticket id', async () => {
    // The customer read the article on the website first, in the journey the desktop hands to the panel.
    const website = await t.keyFor('public');
    const read = await t
      .http()
      .get('/v1/articles/internet-not-working/render')
      .query({ locale: 'fr', sessionId: 'journey-agent-1' })
      .set(t.auth(website));
    expect(read.status).toBe(200);

    const page = await signedIn('/admin/agent?session=journey-agent-1&ticket=T-981&locale=fr', 360);
    expect(await page.getByText('Ticket T-981 · Journey journey-agent-1').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('internet ne marche plus');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const first = page.getByRole('region', { name: 'Results' }).getByRole('button').first();
    await first.waitFor();
    expect(await first.locator('.agent-hit-title').textContent()).toBe(
      'Internet ne fonctionne plus : les étapes pour rétablir la connexion',
    );
    expect(await overflowsViewport(page)).toBe(false);

    await first.click();
    await page
      .getByRole('heading', { name: 'Internet ne fonctionne plus : les étapes pour rétablir la connexion' })
      .waitFor();
    expect(await page.getByRole('complementary', { name: 'Internal notes' }).textContent()).toMatch(
      /Lancer le test de ligne à distance/,
    );
    expect(await overflowsViewport(page)).toBe(false);
    await page.screenshot({ path: 'docs/screenshots/agent-panel.png', fullPage: true });

    await page.getByRole('button', { name: 'Copy email reply' }).click();
    await page.getByRole('status').getByText('Copied into the reply (email variant).').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(/^Nous sommes désolés pour cette coupure\./);

    // Both views are in the customer's journey, and the copy is counted against the email answer that was copied.
    const servedInJourney = async () =>
      (await api('/v1/analytics/served', { sessionId: 'journey-agent-1' })).body.items as {
        channel: string;
        slug: string;
        articleId: string;
      }[];
    await expect
      .poll(async () => (await servedInJourney()).map((s) => `${s.channel} ${s.slug}`).sort())
      .toEqual(['agent internet-not-working', 'email internet-not-working', 'web internet-not-working']);
    const articleId = (await servedInJourney())[0].articleId;
    await expect
      .poll(async () => (await api(`/v1/analytics/articles/${articleId}`)).body.channels, {
        timeout: 15_000,
        interval: 200,
      })
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ channel: 'email', served: 1, copies: 1 }),
          expect.objectContaining({ channel: 'agent', served: 1, copies: 0 }),
        ]),
      );

    // The website answer was followed by this contact: the journeys report counts it.
    await expect
      .poll(async () => (await api('/v1/analytics/journeys')).body.totals, { timeout: 15_000, interval: 200 })
      .toEqual({ selfServiceServed: 1, followedByContact: 1, rate: 1 });

    await page.getByRole('button', { name: 'Suggest a correction' }).click();
    const text = page.getByLabel('Text (Markdown)');
    await expect.poll(() => text.inputValue()).toMatch(/^## 1\. Y a-t-il une panne \?/);
    await text.fill(`${await text.inputValue()}\n\nSi le voyant reste rouge après 10 minutes, appelez le 3900.\n`);
    await page.getByLabel('Note for the editor').fill('Les clients demandent quoi faire si le voyant reste rouge');
    expect(await page.getByLabel('Ticket').inputValue()).toBe('T-981');
    await page.getByRole('button', { name: 'Send to the editors' }).click();

    const mine = page.getByRole('region', { name: 'My drafts' });
    await mine.waitFor();
    expect(await mine.getByRole('listitem').first().textContent()).toMatch(
      /Internet ne fonctionne plus.*Waiting for review.*Correction · fr · ticket T-981/,
    );
    await page.screenshot({ path: 'docs/screenshots/agent-panel-drafts.png', fullPage: true });

    const drafts = await api('/v1/drafts', { articleId });
    expect(drafts.body.items).toEqual([
      expect.objectContaining({
        status: 'submitted',
        locale: 'fr',
        author: 'Agnès (agent)',
        baseRevision: 1,
        note: 'Les clients demandent quoi faire si le voyant reste rouge',
        source: { ticketId: 'T-981', channel: 'agent' },
      }),
    ]);
    const draft = await api(`/v1/drafts/${drafts.body.items[0].id}`);
    // Only the body changed: the rest of the revision (summary, variants, notes) went with the proposal as it was.
    expect(
      draft.body.changes.filter((c: { changed: boolean }) => c.changed).map((c: { field: string }) => c.field),
    ).toEqual(['body']);
    await page.close();
  });

  it('proposes a new article from a search that found nothing', async () => {
    const page = await signedIn('/admin/agent?ticket=T-982&locale=fr', 768);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('zorglub quantique');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No article matches').waitFor();
    await page.getByRole('button', { name: 'Suggest a new article' }).click();
    expect(await page.getByLabel('Title').inputValue()).toBe('zorglub quantique');
    await page.getByLabel('Title').fill('Résilier l’assurance trottinette');
    await page.getByLabel('Text (Markdown)').fill('Envoyez la demande depuis l’appli, rubrique Assurances.');
    await page.getByLabel('Audience').selectOption('internal');
    await page.getByRole('button', { name: 'Send to the editors' }).click();
    await page.getByRole('region', { name: 'My drafts' }).getByText('Résilier l’assurance trottinette').waitFor();
    expect(await overflowsViewport(page)).toBe(false);

    const drafts = await api('/v1/drafts', { status: 'submitted', locale: 'fr' });
    expect(drafts.body.items).toContainEqual(
      expect.objectContaining({
        articleId: null,
        title: 'Résilier l’assurance trottinette',
        proposedArticle: { audience: 'internal' },
        source: { ticketId: 'T-982', channel: 'agent' },
      }),
    );
    await page.close();
  });

  it('does not let a public key in', async () => {
    const publicKey = await t.keyFor('public');
    const page = await context.newPage();
    await page.goto(`${base}/admin/agent`);
    await page.getByLabel('API key').fill(publicKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText('A "public" key cannot sign in to the back-office: use an agent, editor or admin key')
      .waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.close();
  });
});

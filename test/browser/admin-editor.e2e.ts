import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveAdmin, signInToAdmin } from '../support/browser.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
let editorKey: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  t = await startTestApp();
  base = await serveAdmin(t);
  editorKey = await t.keyFor('editor');
  browser = await launchBrowser();
  context = browser.context;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const api = (key = ADMIN_KEY) => ({
  get: (path: string) => t.http().get(path).set(t.auth(key)),
  post: (path: string, body: object) => t.http().post(path).set(t.auth(key)).send(body),
});

const textarea = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

describe('the editor in /admin', () => {
  it('writes an article in French with a bot variant, previews it for voice, and publishes it', async () => {
    const page = await signInToAdmin(context, base, editorKey);
    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByLabel('Locale').fill('fr');
    await page.getByLabel('Title').fill('Changer de forfait');
    await textarea(page, 'Body (Markdown)').fill(
      'Pour **changer de forfait**, ouvrez l’application Lumio, puis *Mon offre*. Le nouveau forfait s’applique le 1er du mois.',
    );
    await textarea(page, 'Bot variant').fill(
      'Changez de forfait dans l’application, rubrique Mon offre : il s’applique le 1er du mois.',
    );
    await page.getByRole('button', { name: 'Create article' }).click();

    // The article's screen, where the preview of the saved text is shown per channel.
    await page.getByRole('heading', { name: 'Next revision of “fr” (on top of revision 1)' }).waitFor();
    await page.getByRole('tab', { name: 'voice' }).click();
    const voice = page.getByRole('tabpanel', { name: 'voice preview' });
    await voice.getByText(/from the bot variant/).waitFor();
    expect(await voice.locator('.limit').textContent()).toMatch(
      /^speech · from the bot variant · \d+ \/ 400 characters$/,
    );
    expect(await voice.locator('.preview').textContent()).toContain(
      'Changez de forfait dans l’application, rubrique Mon offre',
    );

    await page.getByRole('button', { name: 'Publish revision 1 now' }).click();
    await page.getByText(/^Live: revision 1, published/).waitFor();

    const articleId = /#\/articles\/([0-9a-f-]+)/.exec(page.url())![1];
    const article = await api().get(`/v1/articles/${articleId}`);
    expect(article.body.locales).toEqual([expect.objectContaining({ locale: 'fr', liveRevision: 1 })]);
    const bot = await api(await t.keyFor('bot', 'bot')).get(`/v1/articles/${articleId}/render?locale=fr`);
    expect(bot.status).toBe(200);
    expect(bot.body).toMatchObject({
      channel: 'bot',
      variant: 'bot',
      content: 'Changez de forfait dans l’application, rubrique Mon offre : il s’applique le 1er du mois.',
    });
    await page.close();
  });

  it('on a stale base, shows what changed meanwhile and merges field by field without overwriting it', async () => {
    const created = await api().post('/v1/articles', {
      locale: 'fr',
      audience: 'public',
      title: 'Résilier',
      body: 'Texte initial.',
      summary: 'Résumé initial.',
    });
    const id = created.body.id;
    const page = await signInToAdmin(context, base, editorKey);
    await page.goto(`${base}/admin#/articles/${id}?locale=fr`);
    await page.getByRole('heading', { name: 'Next revision of “fr” (on top of revision 1)' }).waitFor();

    // Someone else saves revision 2 meanwhile: a new summary and a new body.
    const theirs = await api().post(`/v1/articles/${id}/revisions`, {
      locale: 'fr',
      baseRevision: 1,
      title: 'Résilier',
      body: 'Leur texte.',
      summary: 'Leur résumé.',
    });
    expect(theirs.status).toBe(201);

    await page.getByLabel('Title').fill('Résilier votre contrat');
    await textarea(page, 'Body (Markdown)').fill('Mon texte.');
    await page.getByRole('button', { name: 'Save revision' }).click();

    const merge = page.getByRole('region', { name: 'Merge with the latest revision' });
    await merge.getByRole('heading', { name: 'Revision 2 was saved while you were editing' }).waitFor();
    // Only the fields they changed are offered; the body changed on both sides.
    expect(await merge.locator('fieldset legend').allTextContents()).toEqual([
      'Summary',
      'Body — changed on both sides',
    ]);
    expect(await merge.locator('fieldset[data-field="summary"] input[type=radio]').nth(1).isChecked()).toBe(true);
    expect(await merge.locator('fieldset[data-field="body"] input[type=radio]').nth(0).isChecked()).toBe(true);
    await merge.getByRole('button', { name: 'Use merge' }).click();
    await page.getByRole('heading', { name: 'Next revision of “fr” (on top of revision 2)' }).waitFor();
    await page.getByRole('button', { name: 'Save revision' }).click();
    await page.getByRole('heading', { name: 'Next revision of “fr” (on top of revision 3)' }).waitFor();

    const saved = await api().get(`/v1/articles/${id}/revisions/3?locale=fr`);
    expect(saved.body).toMatchObject({
      title: 'Résilier votre contrat',
      summary: 'Leur résumé.',
      body: 'Mon texte.',
      baseRevision: 2,
    });
    // Revision 2 is still there as they wrote it.
    expect((await api().get(`/v1/articles/${id}/revisions/2?locale=fr`)).body).toMatchObject({
      body: 'Leur texte.',
      summary: 'Leur résumé.',
    });

    // The history compares any two revisions side by side.
    const history = page.getByRole('region', { name: 'History' });
    await history.getByLabel('From revision').selectOption('1');
    await history.getByLabel('To revision').selectOption('3');
    await history.getByRole('button', { name: 'Compare' }).click();
    const diff = history.getByRole('table', { name: 'Revision 1 compared with Revision 3' });
    await diff.waitFor();
    expect(await diff.locator('[data-side="left"] del').allTextContents()).toEqual(['Résumé initial', 'Texte initial']);
    expect((await diff.locator('[data-side="right"] ins').allTextContents()).map((s) => s.trim())).toEqual([
      'votre contrat',
      'Leur résumé',
      'Mon texte',
    ]);
    await page.close();
  });

  it('approves a draft after seeing its diff against the live revision', async () => {
    const created = await api().post('/v1/articles', {
      locale: 'fr',
      audience: 'public',
      title: 'Roaming',
      body: 'Le roaming est inclus en Europe.',
      publish: true,
    });
    const agentKey = await t.keyFor('agent');
    const draft = await api(agentKey).post('/v1/drafts', {
      articleId: created.body.id,
      baseRevision: 1,
      locale: 'fr',
      title: 'Roaming',
      body: 'Le roaming est inclus en Europe et au Royaume-Uni.',
      note: 'Le Royaume-Uni manque',
      source: { ticketId: 'T-981' },
    });
    expect(draft.status).toBe(201);

    const page = await signInToAdmin(context, base, editorKey);
    await page.getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('link', { name: 'Roaming' }).click();
    const diff = page.getByRole('table', { name: 'Live (revision 1) compared with Draft' });
    await diff.waitFor();
    expect(await diff.locator('[data-side="right"] ins').allTextContents()).toEqual([
      expect.stringContaining('Royaume-Uni'),
    ]);
    await page.getByLabel('Comment').fill('Merci !');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/approved by test editor: “Merci !”/).waitFor();

    const article = await api().get(`/v1/articles/${created.body.id}`);
    expect(article.body.locales[0]).toMatchObject({ liveRevision: 2 });
    expect((await api().get(`/v1/articles/${created.body.id}/revisions/2?locale=fr`)).body.body).toBe(
      'Le roaming est inclus en Europe et au Royaume-Uni.',
    );
    await page.close();
  });
});

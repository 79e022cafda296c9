import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildAdmin, buildWidget } from '../../scripts/build-web.js';
import { listenUrl, type TestApp } from './test-app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, in a fresh empty profile (one per test file). */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'savoir-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the widget as `npm run build:web` does, and has the test app listen on a real port; returns its base URL. */
export async function serveWidget(t: TestApp): Promise<string> {
  await buildWidget();
  return listenUrl(t.app);
}

/**
 * Builds the back-office and the agent panel as `npm run build:web` does, and has the test app listen on a real port;
 * returns its base URL.
 */
export async function serveAdmin(t: TestApp): Promise<string> {
  await buildAdmin();
  return listenUrl(t.app);
}

/** Whether the page is wider than the viewport (a horizontal scroll bar): a screen must fit the width it is used at. */
export const overflowsViewport = (page: Page): Promise<boolean> =>
  page.evaluate('document.documentElement.scrollWidth > window.innerWidth') as Promise<boolean>;

/**
 * Opens /admin in a new page and signs in with the key; resolves once the sign-in form is gone (or shows its error).
 */
export async function signInToAdmin(
  context: BrowserContext,
  base: string,
  key: string,
  options: { width?: number } = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  await page.goto(`${base}/admin`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('nav[aria-label="Main"], [role="alert"]').first().waitFor();
  return page;
}

/**
 * A customer's web site: pages put up by the test, served on loopback (the browser lets loopback pages call loopback
 * servers) under two origins, `http://localhost:<port>` and `http://127.0.0.1:<port>`.
 */
export async function startHostSite(): Promise<{
  origin: string;
  otherOrigin: string;
  close: () => Promise<void>;
  open: (context: BrowserContext, html: HostPage, origin?: string) => Promise<Page>;
}> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response
      .writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
      .end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    otherOrigin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    open: async (context, { body, head = '', lang = 'fr' }, at = origin) => {
      const path = `/page-${pages.size}`;
      pages.set(
        path,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${head}</head><body>${body}</body></html>`,
      );
      const page = await context.newPage();
      await page.goto(`${at}${path}`);
      return page;
    },
  };
}

export interface HostPage {
  body: string;
  head?: string;
  lang?: string;
}

/** Serious and critical axe-core violations on the page (the widget's shadow DOM included). */
export async function axeViolations(
  page: Page,
  include?: string,
): Promise<{ id: string; impact: string; nodes: number; help: string }[]> {
  await page.addScriptTag({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
  const results = (await page.evaluate(
    `axe.run(${include ? JSON.stringify({ include: [include] }) : 'document'}, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`,
  )) as {
    violations: { id: string; impact: string; help: string; nodes: unknown[] }[];
  };
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
}

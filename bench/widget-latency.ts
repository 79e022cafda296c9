/**
 * Time from a keystroke in the FAQ widget to the hits shown, on the demo content, in Debian's Chromium: the widget's
 * debounce, the request, the search and the rendering. Also the widget's size, plain and gzipped.
 *
 *   npx tsc -p tsconfig.json && npm run build:web && node dist/bench/widget-latency.js
 *
 * Starts the service in-process on the embedded database (in memory), loads the demo content, creates a public key.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { seedDemo } from '../src/demo/loader.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { WIDGET_BUNDLE } from '../src/modules/widget/widget-bundle.js';
import { launchBrowser, startHostSite } from '../test/support/browser.js';

const QUESTIONS = [
  'facture',
  'résilier mon forfait',
  'carte sim perdue',
  'roaming',
  'changer de box',
  'payer en plusieurs fois',
  'déménagement',
  'code pin bloqué',
  'panne internet',
  'arnaque sms',
];
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const code = readFileSync(WIDGET_BUNDLE);
console.log(`widget.js: ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} bytes gzipped (level 9)`);

const app = await createApp({
  config: loadConfig({}, { DATA_DIR: 'memory://', LOG_LEVEL: 'warn', SEARCH_CACHE_SIZE: 0 }),
});
await seedDemo(app);
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
const site = await startHostSite();
const { secret } = await app
  .get(ApiKeysService)
  .create({ name: 'bench', role: 'public', allowedOrigins: [site.origin] });
const browser = await launchBrowser();
const page = await site.open(browser.context, {
  body: `<savoir-faq></savoir-faq><script src="${base}/widget.js" data-key="${secret}" async></script>`,
});
const widget = page.locator('savoir-faq');
await widget.locator('.topics button').first().waitFor();

/** The last key of the question is pressed after `performance.now()` is read; the hits list is watched for. */
const measure = `(async (question) => {
  const root = document.querySelector('savoir-faq').shadowRoot;
  const input = root.querySelector('input[type=search]');
  input.value = question.slice(0, -1);
  const seen = new Promise((resolve) => new MutationObserver((_, observer) => {
    const list = root.querySelector('.hits, .view .note');
    if (list && input.value === question) { observer.disconnect(); resolve(performance.now()); }
  }).observe(root.querySelector('.view'), { childList: true, subtree: true }));
  const start = performance.now();
  input.value = question;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const shown = await seen;
  const response = performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/search?')).pop();
  return [shown - start, shown - response.responseEnd];
})`;

const samples: number[] = [];
const afterResponse: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const question of QUESTIONS) {
    const [total, render] = (await page.evaluate(`(${measure})(${JSON.stringify(question)})`)) as [number, number];
    samples.push(total);
    afterResponse.push(render);
    await page.evaluate(
      `(() => { const i = document.querySelector('savoir-faq').shadowRoot.querySelector('input'); i.value = ''; i.dispatchEvent(new Event('input')); })()`,
    );
    await page.waitForTimeout(250);
  }
}
const quantiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`;
};
console.log(
  `keystroke → hits rendered, over ${samples.length} searches (180 ms debounce included): ${quantiles(samples)}`,
);
console.log(`search response received → hits rendered: ${quantiles(afterResponse)}`);
await browser.close();
await site.close();
await app.close();

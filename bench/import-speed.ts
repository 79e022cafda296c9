/**
 * Import and export speed: writes a Markdown folder of ARTICLES articles × 2 locales (en, fr; ~1.5 KB of body each)
 * and a CSV of the same, imports one of them into a fresh database (embedded unless DATABASE_URL is set), then
 * exports everything back to a Markdown folder. Prints the times, articles/s and the peak heap and RSS.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/import-speed.js            (ARTICLES=10000 FORMAT=markdown|csv)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../src/app.js';
import { AppModule } from '../src/app.module.js';
import { exportTo, importPath } from '../src/cli/transfer-commands.js';
import { renderArticleFile, renderYaml, TAXONOMY_FILE } from '../src/modules/transfer/formats/markdown-folder.js';
import { benchConfig } from './load.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const FORMAT = (process.env.FORMAT ?? 'markdown') as 'markdown' | 'csv';
const CATEGORIES = 50;

const paragraph = (n: number, locale: string) =>
  locale === 'en'
    ? `Article ${n} explains how customers of plan ${n % 97} change their settings online, what it costs and how long it takes. `
    : `L’article ${n} explique comment les clients du forfait ${n % 97} modifient leurs réglages en ligne, le coût et le délai. `;

function content(n: number, locale: string) {
  return {
    title: locale === 'en' ? `How to change setting ${n}` : `Modifier le réglage ${n}`,
    summary: paragraph(n, locale).trim(),
    body: `## ${locale === 'en' ? 'Steps' : 'Étapes'}\n\n${paragraph(n, locale).repeat(10)}\n\n- ${paragraph(n + 1, locale)}\n- ${paragraph(n + 2, locale)}\n`,
    alternativeQuestions: [locale === 'en' ? `change setting ${n}` : `changer le réglage ${n}`, `${n} ${locale}`],
  };
}

async function writeMarkdown(dir: string): Promise<void> {
  const categories = Array.from({ length: CATEGORIES }, (_, i) => ({ slug: `topic-${i}`, names: { en: `Topic ${i}`, fr: `Sujet ${i}` }, position: i }));
  await writeFile(join(dir, TAXONOMY_FILE), renderYaml({ categories, intents: [] }));
  for (let n = 0; n < ARTICLES; n += 1) {
    const slug = `setting-${n}`;
    await mkdir(join(dir, 'articles', slug), { recursive: true });
    for (const locale of ['en', 'fr']) {
      const c = content(n, locale);
      const fields = { slug, locale, defaultLocale: 'en', audience: 'public' as const, category: `topic-${n % CATEGORIES}`, tags: ['bench'], intents: [], status: 'published' as const, ...c, variants: {}, internalNotes: '' };
      const { body, ...front } = fields;
      await writeFile(join(dir, 'articles', slug, `${locale}.md`), renderArticleFile(front as never, body));
    }
  }
}

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  out.write(`${['slug', 'locale', 'title', 'summary', 'body', 'alternative_questions', 'category', 'tags'].join(',')}\n`);
  for (let n = 0; n < ARTICLES; n += 1) {
    for (const locale of ['en', 'fr']) {
      const c = content(n, locale);
      const row = [`setting-${n}`, locale, c.title, c.summary, c.body, c.alternativeQuestions.join('|'), `Topic ${n % CATEGORIES}`, 'bench'];
      if (!out.write(`${row.map(cell).join(',')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const work = await mkdtemp(join(tmpdir(), 'savoir-import-bench-'));
const input = FORMAT === 'csv' ? join(work, 'input.csv') : join(work, 'input');
if (FORMAT === 'csv') await writeCsv(input);
else {
  await mkdir(input);
  await writeMarkdown(input);
}
let peakHeap = 0;
let peakRss = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
}, 100);

const config = benchConfig();
const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config }), { logger: createLogger(config) });
const started = performance.now();
const report = await importPath(app, input, FORMAT, { publish: true, dryRun: false, onConflict: 'report', author: 'bench' }, false);
const importSeconds = (performance.now() - started) / 1000;
const importHeap = peakHeap;
const exportStarted = performance.now();
const counts = await exportTo(app, join(work, 'export'), 'markdown', false);
const exportSeconds = (performance.now() - exportStarted) / 1000;
clearInterval(sampler);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(
  JSON.stringify({
    format: FORMAT,
    database: config.DATABASE_URL ? 'postgresql' : 'embedded',
    articles: ARTICLES,
    created: report.articles.created,
    failed: report.articles.failed,
    localesPublished: report.locales.published,
    importSeconds: Number(importSeconds.toFixed(1)),
    importArticlesPerSecond: Math.round(ARTICLES / importSeconds),
    importPeakHeap: mb(importHeap),
    exportSeconds: Number(exportSeconds.toFixed(1)),
    exportedRevisions: counts.revisions,
    peakHeap: mb(peakHeap),
    peakRss: mb(peakRss),
  }),
);
await app.close();
await rm(work, { recursive: true, force: true });
process.exit(0);

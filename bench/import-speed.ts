/**
 * Import and export speed: writes a Markdown folder of ARTICLES articles × 2 locales (en, fr; ~1.5 KB of body each)
 * and a CSV of the same, imports one of them into a fresh database (embedded unless DATABASE_URL is set), waits for
 * the search index and the question matcher to catch up, imports it again (all unchanged), then exports everything
 * back to a Markdown folder. Prints the times, articles/s, the CPU time of each (the whole process, and its main
 * thread: PGlite and the import run there, the question matcher trains on a worker thread) and the peak heap and RSS
 * of each.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/import-speed.js
 *   (ARTICLES=10000 FORMAT=markdown|csv; BODY_REPEAT=10 sentences per body, ~1.2 KB; PROFILE=dir writes the CPU
 * profiles
 *   of the import and the export there)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../src/app.js';
import { QuestionIndex } from '../src/modules/matcher/question-index.js';
import { SearchIndexer } from '../src/modules/search/search-indexer.js';
import { AppModule } from '../src/app.module.js';
import { exportTo, importPath } from '../src/cli/transfer-commands.js';
import { renderArticleFile, renderYaml, TAXONOMY_FILE } from '../src/modules/transfer/formats/markdown-folder.js';
import { benchConfig, mainThreadCpu, profiled } from './load.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const FORMAT = (process.env.FORMAT ?? 'markdown') as 'markdown' | 'csv';
const CATEGORIES = 50;
const BODY_REPEAT = Number(process.env.BODY_REPEAT ?? 10);
const PROFILE = process.env.PROFILE;

const paragraph = (n: number, locale: string) =>
  locale === 'en'
    ? `Article ${n} explains how customers of plan ${n % 97} change their settings online, what it costs and how long it takes. `
    : `L’article ${n} explique comment les clients du forfait ${n % 97} modifient leurs réglages en ligne, le coût et le délai. `;

function content(n: number, locale: string) {
  return {
    title: locale === 'en' ? `How to change setting ${n}` : `Modifier le réglage ${n}`,
    summary: paragraph(n, locale).trim(),
    body: `## ${locale === 'en' ? 'Steps' : 'Étapes'}\n\n${paragraph(n, locale).repeat(BODY_REPEAT)}\n\n- ${paragraph(n + 1, locale)}\n- ${paragraph(n + 2, locale)}\n`,
    alternativeQuestions: [locale === 'en' ? `change setting ${n}` : `changer le réglage ${n}`, `${n} ${locale}`],
  };
}

async function writeMarkdown(dir: string): Promise<void> {
  const categories = Array.from({ length: CATEGORIES }, (_, i) => ({
    slug: `topic-${i}`,
    names: { en: `Topic ${i}`, fr: `Sujet ${i}` },
    position: i,
  }));
  await writeFile(join(dir, TAXONOMY_FILE), renderYaml({ categories, intents: [] }));
  for (let n = 0; n < ARTICLES; n += 1) {
    const slug = `setting-${n}`;
    await mkdir(join(dir, 'articles', slug), { recursive: true });
    for (const locale of ['en', 'fr']) {
      const c = content(n, locale);
      const fields = {
        slug,
        locale,
        defaultLocale: 'en',
        audience: 'public' as const,
        category: `topic-${n % CATEGORIES}`,
        tags: ['bench'],
        intents: [],
        status: 'published' as const,
        ...c,
        variants: {},
        internalNotes: '',
      };
      const { body, ...front } = fields;
      await writeFile(join(dir, 'articles', slug, `${locale}.md`), renderArticleFile(front as never, body));
    }
  }
}

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  out.write(
    `${['slug', 'locale', 'title', 'summary', 'body', 'alternative_questions', 'category', 'tags'].join(',')}\n`,
  );
  for (let n = 0; n < ARTICLES; n += 1) {
    for (const locale of ['en', 'fr']) {
      const c = content(n, locale);
      const row = [
        `setting-${n}`,
        locale,
        c.title,
        c.summary,
        c.body,
        c.alternativeQuestions.join('|'),
        `Topic ${n % CATEGORIES}`,
        'bench',
      ];
      if (!out.write(`${row.map(cell).join(',')}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
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

/** Runs `work` and says how long it took, the CPU it used and the peak heap and RSS meanwhile. */
async function measured<T>(name: string, work: () => Promise<T>) {
  const heapAtStart = process.memoryUsage().heapUsed;
  peakHeap = 0;
  peakRss = 0;
  const [cpu, main, started] = [process.cpuUsage(), mainThreadCpu(), performance.now()];
  const result = await profiled(PROFILE, name, work);
  const used = process.cpuUsage(cpu);
  const seconds = (n: number) => Number(n.toFixed(1));
  return {
    result,
    seconds: seconds((performance.now() - started) / 1000),
    cpuSeconds: seconds((used.user + used.system) / 1e6),
    mainThreadCpuSeconds: seconds((mainThreadCpu() - main) / 1e6),
    heapAtStart: mb(heapAtStart),
    peakHeap: mb(peakHeap),
    peakRss: mb(peakRss),
  };
}
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const config = benchConfig();
const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config }), { logger: createLogger(config) });
const { result: report, ...imported } = await measured('import', () =>
  importPath(app, input, FORMAT, { publish: true, dryRun: false, onConflict: 'report', author: 'bench' }, false),
);
// The same import again: every article is compared with what it holds and found unchanged (nothing written).
const { result: again, ...reimported } = await measured('reimport', () =>
  importPath(app, input, FORMAT, { publish: true, dryRun: false, onConflict: 'report', author: 'bench' }, false),
);
// The search index and the question matcher catch up on the imported articles (held while the import ran).
const caughtUp = await measured('catch-up', () =>
  Promise.all([app.get(SearchIndexer).drain(1_800_000), app.get(QuestionIndex).current()]),
);
const { result: counts, ...exported } = await measured('export', () =>
  exportTo(app, join(work, 'export'), 'markdown', false),
);
clearInterval(sampler);
const exportMegabytes = Number(
  execFileSync('du', ['-sm', '--apparent-size', join(work, 'export')], { encoding: 'utf8' }).split('\t')[0],
);
console.log(
  JSON.stringify({
    format: FORMAT,
    database: config.DATABASE_URL ? 'postgresql' : 'embedded',
    articles: ARTICLES,
    created: report.articles.created,
    failed: report.articles.failed,
    localesPublished: report.locales.published,
    import: { ...imported, articlesPerSecond: Math.round(ARTICLES / imported.seconds) },
    reimport: { ...reimported, unchanged: again.articles.unchanged },
    searchAndMatcherCatchUp: { ...caughtUp, result: undefined },
    export: { ...exported, revisions: counts.revisions, megabytesOnDisk: exportMegabytes },
  }),
);
await app.close();
await rm(work, { recursive: true, force: true });
process.exit(0);

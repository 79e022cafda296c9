import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { listenUrl, startTestApp, TestApp } from '../support/test-app.js';

const run = promisify(execFile);
const PACKAGE_DIR = resolve(import.meta.dirname, '../../packages/langchain-savoir');
const LANGCHAIN_CORE = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../node_modules/@langchain/core/package.json'), 'utf8'),
).version as string;

/** A bot project's code: plain JavaScript importing the installed package, as documented in its README. */
const CONSUMER = `
import { SavoirRetriever } from 'langchain-savoir';
const retriever = new SavoirRetriever({ baseUrl: process.env.SAVOIR_URL, apiKey: process.env.SAVOIR_KEY, mode: 'answer' });
const docs = await retriever.invoke('I forgot my voicemail pin');
console.log(JSON.stringify(docs.map((d) => ({ pageContent: d.pageContent, metadata: d.metadata }))));
`;

let t: TestApp;
let project: string;
let baseUrl: string;
let botKey: string;
let pinId: string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'savoir-bot-'));
  // Packing runs the package's own build (prepack: tsc with declarations).
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', project], { cwd: PACKAGE_DIR });
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bot', private: true, type: 'module' }));
  writeFileSync(join(project, 'bot.mjs'), CONSUMER);
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${filename}`, `@langchain/core@${LANGCHAIN_CORE}`],
    { cwd: project },
  );

  t = await startTestApp();
  baseUrl = await listenUrl(t.app);
  botKey = await t.keyFor('bot', 'bot');
  const pin = await t
    .http()
    .post('/v1/articles')
    .set(t.auth(await t.keyFor('editor')))
    .send({
      audience: 'public',
      locale: 'en',
      publish: true,
      title: 'How do I reset my voicemail PIN?',
      body: 'Open **Settings**, then Security, then Reset PIN.',
      alternativeQuestions: ['forgot my voicemail pin', 'voicemail code reset'],
      variants: { bot: 'Settings > Security > Reset PIN.' },
    });
  pinId = pin.body.id;
  await t.app.get(QuestionIndex).current();
}, 300_000);
afterAll(async () => {
  await t?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('langchain-savoir, packed and installed into a bot project', () => {
  it('ships compiled JavaScript and type declarations, with @langchain/core as a peer', () => {
    const installed = join(project, 'node_modules/langchain-savoir');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.peerDependencies).toHaveProperty('@langchain/core');
    expect(manifest.dependencies).toBeUndefined();
    expect(readFileSync(join(installed, 'dist/index.d.ts'), 'utf8')).toMatch(
      /export declare class SavoirRetriever extends BaseRetriever<SavoirDocumentMetadata>/,
    );
  });

  it('retrieves from a running Savoir', async () => {
    const { stdout } = await run(process.execPath, ['bot.mjs'], {
      cwd: project,
      env: { PATH: process.env.PATH, SAVOIR_URL: baseUrl, SAVOIR_KEY: botKey },
    });
    const docs = JSON.parse(stdout);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      pageContent: 'Settings > Security > Reset PIN.',
      metadata: { articleId: pinId, rank: 1 },
    });
  });
});

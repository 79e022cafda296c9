import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerClient, workerModuleUrl } from '../../common/worker-client.js';
import type { LiveArticle } from '../articles/live-article.js';
import { heldOutSamples } from './held-out.js';
import type { QuestionMatch } from './locale-matchers.js';
import type { MatchingRequest, MatchingResult } from './matching-worker.js';
import { type MatcherEntry, QuestionMatcher, trainMatcher } from './question-matcher.js';

const article = (id: string): LiveArticle => ({
  articleId: id,
  slug: id,
  title: id,
  audience: 'public',
  locale: 'en',
  revision: 1,
});
const entries: MatcherEntry[] = [
  { key: 'pin', questions: ['How do I reset my voicemail PIN?', 'forgot my voicemail pin', 'change voicemail code'] },
  { key: 'bill', questions: ['Why is my bill higher?', 'unexpected charges on my invoice', 'my bill went up'] },
  { key: 'roaming', questions: ['Do I pay roaming abroad?', 'roaming charges in Spain', 'using my phone abroad'] },
];
const questions = ['I forgot the PIN of my voicemial', 'why did my invoice go up', 'phone in Spain', 'the weather'];
/** A knowledge base whose training takes a second or two (its refinement bounded): matches come while it runs. */
const large: MatcherEntry[] = Array.from({ length: 3_000 }, (_, i) => ({
  key: `k${i}`,
  questions: [
    `how do I change the setting number ${i} of topic ${i % 37}`,
    `question ${i} about the ${['bill', 'phone', 'contract', 'roaming', 'pin'][i % 5]} of option ${i % 53}`,
    `another way to ask about item ${i} and group ${i % 29}`,
  ],
}));

let worker: WorkerClient<MatchingRequest, MatchingResult>;
afterEach(async () => worker?.close());

function start(): WorkerClient<MatchingRequest, MatchingResult> {
  worker = new WorkerClient(workerModuleUrl(import.meta.url, 'modules/matcher/matching-worker'), {
    name: 'matching worker',
  });
  return worker;
}

async function withTrainedModels(): Promise<void> {
  await worker.request({ trained: [serialised('en', entries)] });
}

const ask = async (question: string) =>
  (await worker.request({ match: { question, locales: ['en'], audiences: ['public'], limit: 1 } })) as QuestionMatch[];

const serialised = (locale: string, of: MatcherEntry[]) => ({
  locale,
  articles: of.map((e) => ({ ...article(e.key), locale })),
  model: serialize(trainMatcher(of, { locale })),
});

describe('the matching worker', () => {
  it('replaces the trained models of the locales a handover names, and drops the others', async () => {
    start();
    const french = [
      { key: 'pin-fr', questions: ['Comment changer le code de ma messagerie ?', 'code messagerie oublié'] },
    ];
    const contest = [
      { key: 'contest', questions: ['How do I join the photo contest?', 'enter the photo competition'] },
    ];
    await worker.request({ trained: [serialised('en', entries), serialised('fr', french)] });
    const askIn = async (question: string, locale: string) =>
      (
        (await worker.request({
          match: { question, locales: [locale], audiences: ['public'], limit: 1 },
        })) as QuestionMatch[]
      )[0]?.articleId;
    expect(await askIn('code messagerie oublié', 'fr')).toBe('pin-fr');
    expect(await askIn('forgot my voicemail pin', 'en')).toBe('pin');

    await worker.request({ trained: [serialised('en', contest)] });
    expect(await askIn('join the photo contest', 'en')).toBe('contest');
    expect(await askIn('forgot my voicemail pin', 'en')).not.toBe('pin');
    expect(await askIn('code messagerie oublié', 'fr')).toBeUndefined();
  });

  it('trains the same model as training in the thread, and calibrates with the same samples', async () => {
    start();
    const inThread = QuestionMatcher.train(entries, { locale: 'en' });
    const bytes = (await worker.request({ train: { entries, locale: 'en' } })) as Uint8Array;
    const onWorker = new QuestionMatcher(deserialize(bytes));
    for (const question of questions) expect(onWorker.match(question, 3)).toEqual(inThread.match(question, 3));
    const outOfScope = ['what is the weather in Paris', 'tell me a joke'];
    expect(await worker.request({ calibrate: { entries, locale: 'en', outOfScope } })).toEqual(
      heldOutSamples(entries, outOfScope, { locale: 'en' }),
    );
  });

  it('answers matches while a training runs, between its slices', async () => {
    start();
    await withTrainedModels();
    const settled: string[] = [];
    const training = worker
      .request({ train: { entries: large, locale: 'en', budgetMs: 500 } })
      .then(() => settled.push('trained'));
    // Matches sent one after another while the training runs: each is answered before it ends.
    for (let i = 0; i < 5; i += 1) {
      const [best] = await ask('forgot my voicemail pin');
      expect(best.articleId).toBe('pin');
      settled.push('matched');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await training;
    expect(settled).toEqual(['matched', 'matched', 'matched', 'matched', 'matched', 'trained']);
  });

  it('learns a fresh tier before a training under way, and answers from it', async () => {
    start();
    await withTrainedModels();
    expect((await ask('how do I withdraw from the photo contest'))[0]?.articleId).not.toBe('withdraw');
    const settled: string[] = [];
    const training = worker
      .request({ train: { entries: large, locale: 'en', budgetMs: 500 } })
      .then(() => settled.push('trained'));
    const withdraw = {
      key: 'withdraw',
      questions: ['How do I withdraw from the photo contest?', 'leave the photo competition'],
    };
    await worker.request({
      learn: {
        changed: ['withdraw'],
        locales: [{ locale: 'en', articles: [article('withdraw')], entries: [withdraw] }],
        budgetMs: 1_000,
      },
    });
    settled.push('learnt');
    expect((await ask('how do I withdraw from the photo contest'))[0]?.articleId).toBe('withdraw');
    await training;
    expect(settled).toEqual(['learnt', 'trained']);
  });
});

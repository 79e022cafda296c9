import { deserialize } from 'node:v8';
import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatcherTrainer, TRAINING_HEAP } from './matcher-trainer.js';
import { QuestionMatcher } from './question-matcher.js';

const entries = [
  { key: 'pin', questions: ['How do I reset my voicemail PIN?', 'forgot my voicemail pin', 'change voicemail code'] },
  { key: 'bill', questions: ['Why is my bill higher?', 'unexpected charges on my invoice', 'my bill went up'] },
  { key: 'roaming', questions: ['Do I pay roaming abroad?', 'roaming charges in Spain', 'using my phone abroad'] },
];
const questions = [
  'I forgot the PIN of my voicemial',
  'why did my invoice go up',
  'phone in Spain',
  'what is the weather',
];

let trainer: MatcherTrainer;
afterEach(async () => trainer?.close());

describe('MatcherTrainer', () => {
  it('trains on a worker thread the same model as training in the thread, and retrains on the same worker', async () => {
    trainer = new MatcherTrainer();
    const inThread = QuestionMatcher.train(entries, { locale: 'en' });
    for (let round = 0; round < 2; round += 1) {
      const onWorker = new QuestionMatcher(deserialize(await trainer.train(entries, 'en')));
      for (const question of questions) expect(onWorker.match(question, 3)).toEqual(inThread.match(question, 3));
    }
  });

  it('fails the job under way when closed, and trains again afterwards', async () => {
    trainer = new MatcherTrainer();
    const big = Array.from({ length: 300 }, (_, i) => ({
      key: `k${i}`,
      questions: [`question number ${i} about topic ${i % 17}`, `another phrasing ${i}`],
    }));
    await trainer.train(entries, 'en');
    const failed = expect(trainer.train(big, 'en')).rejects.toThrow('training stopped');
    await trainer.close();
    await failed;
    expect(
      new QuestionMatcher(deserialize(await trainer.train(entries, 'en'))).match('forgot my voicemail pin', 1)[0].key,
    ).toBe('pin');
  });

  it('trains the same model with a worker per job and a heap bounded by the job', async () => {
    trainer = new MatcherTrainer({ idleMs: 0, boundedHeap: TRAINING_HEAP });
    const inThread = QuestionMatcher.train(entries, { locale: 'en' });
    for (let round = 0; round < 2; round += 1) {
      const onWorker = new QuestionMatcher(deserialize(await trainer.train(entries, 'en')));
      for (const question of questions) expect(onWorker.match(question, 3)).toEqual(inThread.match(question, 3));
    }
  });

  it('runs a job that outgrows its heap again with twice the heap, then unbounded, and says so', async () => {
    // 1 MB: too small for any job (a worker's own start needs more), so both bounded attempts fail.
    trainer = new MatcherTrainer({ idleMs: 0, boundedHeap: { baseMb: 1, perQuestionKb: 0 } });
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const inThread = QuestionMatcher.train(entries, { locale: 'en' });
    const model = new QuestionMatcher(deserialize(await trainer.train(entries, 'en')));
    expect(model.match(questions[0], 3)).toEqual(inThread.match(questions[0], 3));
    expect(warn.mock.calls.map(([line]) => (line as { message: string }).message)).toEqual([
      'a training job outgrew its 1 MB heap: run again with 2 MB',
      'a training job outgrew its 2 MB heap: run again unbounded',
    ]);
    warn.mockRestore();
  });
});

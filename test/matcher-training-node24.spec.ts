import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type MatcherEntry, QuestionMatcher, trainMatcher } from '../src/modules/matcher/question-matcher.js';
import { builtProject } from './support/built-project.js';

/**
 * On V8 ≥ 11.4 a training releases the arrays it outgrows and those it no longer reads at once (their buffers
 * detached); on this machine's Node 20 it cannot, and the collector frees them. A released array reads as empty: used
 * after its release, it would change the model without an error. So the built training runs on the Node 24 that
 * .ci/run fetches (NODE_WITH_EXECVE) and must give the model trained here.
 */
const node24 = process.env.NODE_WITH_EXECVE;

/** 1,000 entries: past the first sizes of the training's packed arrays and of its table of pairs (see WeightTable). */
const ENTRIES: MatcherEntry[] = Array.from({ length: 1_000 }, (_, i) => {
  const code = `zq${i.toString(36)}x`;
  return {
    key: `k${i}`,
    questions: [`renew ${code}`, `${code} renewal price`, `cancel ${code}`, `${code} not working`],
  };
});
const QUERIES = [0, 1, 499, 998, 999].flatMap((i) => [`price to renew zq${i.toString(36)}x`, `cancel zq${i}x now`]);

/** What a user of the model sees of it: its weights' sizes and its best answers with their scores. */
function modelOutline(train: typeof trainMatcher, Matcher: typeof QuestionMatcher, entries: MatcherEntry[]) {
  const model = train(entries, { epochs: 2 });
  const matcher = new Matcher(model);
  return {
    pairs: model.weights.reduce((sum, f) => sum + (f?.cls.length ?? 0), 0),
    phrasingWeights: model.phrasings.weights.length,
    answers: QUERIES.map((query) =>
      matcher.match(query, 3).map((hit) => [hit.key, hit.probability.toFixed(6), hit.similarity.toFixed(6)]),
    ),
  };
}

describe('the question matcher on Node 24', () => {
  it.skipIf(!node24)('trains the same model as on Node 20, releasing its arrays as it goes', () => {
    const module = builtProject('src/modules/matcher/question-matcher.js');
    const script = `import { trainMatcher, QuestionMatcher } from ${JSON.stringify(module)};
      const modelOutline = ${modelOutline.toString()};
      const QUERIES = ${JSON.stringify(QUERIES)};
      console.log(JSON.stringify(modelOutline(trainMatcher, QuestionMatcher, ${JSON.stringify(ENTRIES)})));`;
    const output = execFileSync(node24!, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    const onNode24 = JSON.parse(output) as ReturnType<typeof modelOutline>;
    const here = modelOutline(trainMatcher, QuestionMatcher, ENTRIES);
    expect(here.pairs).toBeGreaterThan(98_304);
    expect(here.answers[0][0][0]).toBe('k0');
    expect(onNode24).toEqual(JSON.parse(JSON.stringify(here)));
  });
});

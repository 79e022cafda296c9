/**
 * Calibration samples of a knowledge base from its own phrasings: some alternative questions of its articles are
 * held out, a model is trained on the rest (as serving trains, see trainMatcher), and each held-out question is
 * matched as a customer's would be. Out-of-scope examples are matched by the same models. CPU-bound like training:
 * run in slices on the matching worker (`heldOutSteps`).
 */
import { type CalibrationSample, confidenceOf } from './calibration.js';
import { finish, type MatcherEntry, type MatcherOptions, QuestionMatcher, trainingSteps } from './question-matcher.js';

export interface HeldOutOptions extends MatcherOptions {
  /** Most in-scope questions held out in all (spread evenly over the knowledge base). */
  maxSamples?: number;
}

/** Enough for the precision at the chosen threshold to be known within about a point. */
const MAX_SAMPLES = 2_000;
/**
 * Most folds, and the largest share of the phrasings one fold holds out (a model trained on much less is a worse
 * proxy).
 */
const MAX_FOLDS = 5;
const MAX_HELD_OUT_SHARE = 0.2;

/**
 * Holds out alternative phrasings (never an entry's first question, its title: every article keeps one) in as few
 * folds as keep each fold's share small, trains one model per fold on everything else, and matches the held-out
 * phrasings (in scope: right when the best entry is theirs) and every out-of-scope question with it.
 */
export function heldOutSamples(
  entries: MatcherEntry[],
  outOfScope: string[],
  options: HeldOutOptions = {},
): CalibrationSample[] {
  return finish(heldOutSteps(entries, outOfScope, options));
}

/** `heldOutSamples` in steps: its trainings' (see trainingSteps), and one per question matched. */
export function* heldOutSteps(
  entries: MatcherEntry[],
  outOfScope: string[],
  options: HeldOutOptions = {},
): Generator<void, CalibrationSample[]> {
  const alternatives: { entry: number; question: number }[] = [];
  entries.forEach((e, entry) => {
    for (let question = 1; question < e.questions.length; question += 1)
      if (e.questions[question].trim()) alternatives.push({ entry, question });
  });
  const wanted = Math.min(options.maxSamples ?? MAX_SAMPLES, alternatives.length);
  if (wanted === 0) return [];
  const folds = Math.min(MAX_FOLDS, Math.ceil(wanted / (MAX_HELD_OUT_SHARE * alternatives.length)));
  const stride = alternatives.length / wanted;
  const heldOut = Array.from({ length: wanted }, (_, i) => alternatives[Math.floor(i * stride)]);
  const samples: CalibrationSample[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const held = heldOut.filter((_, i) => i % folds === fold);
    const skip = new Set(held.map((h) => `${h.entry}:${h.question}`));
    const training = entries.map((e, entry) => ({
      key: e.key,
      questions: e.questions.filter((_, question) => !skip.has(`${entry}:${question}`)),
    }));
    const matcher = new QuestionMatcher(yield* trainingSteps(training, options), options);
    for (const { entry, question } of held) {
      const [best] = matcher.match(entries[entry].questions[question], 1);
      samples.push({
        confidence: best ? confidenceOf(best) : 0,
        right: best?.key === entries[entry].key,
        inScope: true,
      });
      yield;
    }
    for (let i = fold; i < outOfScope.length; i += folds) {
      const [best] = matcher.match(outOfScope[i], 1);
      samples.push({ confidence: best ? confidenceOf(best) : 0, right: false, inScope: false });
      yield;
    }
  }
  return samples;
}

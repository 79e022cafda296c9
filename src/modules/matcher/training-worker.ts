/**
 * Worker thread that trains question matchers (see MatcherTrainer): training takes seconds to minutes for large
 * knowledge bases, and must not take them from the thread that serves requests.
 */
import { serialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { collectGarbage } from '../../common/collect-garbage.js';
import { answerRequests, wholeBuffers } from '../../common/worker-client.js';
import type { CalibrationSample } from './calibration.js';
import { heldOutSamples } from './held-out.js';
import { type MatcherEntry, trainMatcher } from './question-matcher.js';

export interface TrainingJob {
  entries: MatcherEntry[];
  /** Language of the entries, for its analysis. */
  locale: string;
  /** Refinement budget (the matcher's default when absent). */
  budgetMs?: number;
  /** Present for a calibration job: the out-of-scope questions matched beside the held-out phrasings. */
  outOfScope?: string[];
}

/** Set to 1 by the trainer to stop the job under way (see MatcherTrainer.close). */
const stop = new Int32Array((workerData as { stop: SharedArrayBuffer }).stop);
const shouldStop = () => Atomics.load(stop, 0) === 1;

/**
 * A trained model comes back serialised (v8), as it is stored and handed to the matching worker: serialising it is
 * CPU this thread spares the serving one. Its bytes are handed over, not copied. What the training used besides the
 * model (its weights' table and the questions' vectors, ~40 MB at 10,000 articles, in typed arrays) is garbage by then,
 * and is freed first: the model's bytes (~20 MB) are not added on top of it (bench/README.md, session 15).
 */
answerRequests(
  (job: TrainingJob): Uint8Array | CalibrationSample[] => {
    const options = { locale: job.locale, budgetMs: job.budgetMs, shouldStop, collectGarbage };
    if (job.outOfScope) return heldOutSamples(job.entries, job.outOfScope, options);
    const model = trainMatcher(job.entries, options);
    collectGarbage();
    return serialize(model);
  },
  (result) => (result instanceof Uint8Array ? wholeBuffers([result]) : []),
);

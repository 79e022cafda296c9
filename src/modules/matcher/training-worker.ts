/**
 * Worker thread that trains question matchers (see MatcherTrainer): training takes seconds to minutes for large
 * knowledge bases, and must not take them from the thread that serves requests.
 */
import { workerData } from 'node:worker_threads';
import { answerRequests } from '../../common/worker-client.js';
import type { CalibrationSample } from './calibration.js';
import { heldOutSamples } from './held-out.js';
import { type MatcherEntry, type Model, trainMatcher } from './question-matcher.js';

export interface TrainingJob {
  entries: MatcherEntry[];
  stopWords: string[];
  /** Present for a calibration job: the out-of-scope questions matched beside the held-out phrasings. */
  outOfScope?: string[];
}

/** Set to 1 by the trainer to stop the job under way (see MatcherTrainer.close). */
const stop = new Int32Array((workerData as { stop: SharedArrayBuffer }).stop);
const shouldStop = () => Atomics.load(stop, 0) === 1;

answerRequests((job: TrainingJob): Model | CalibrationSample[] => {
  const options = { stopWords: new Set(job.stopWords), shouldStop };
  return job.outOfScope ? heldOutSamples(job.entries, job.outOfScope, options) : trainMatcher(job.entries, options);
});

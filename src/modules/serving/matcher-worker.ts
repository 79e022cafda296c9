/**
 * Worker thread that trains question matchers (see MatcherTrainer): training takes seconds to minutes for large
 * knowledge bases, and must not take them from the thread that serves requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type MatcherEntry, trainMatcher } from './question-matcher.js';

export interface TrainingJob {
  id: number;
  entries: MatcherEntry[];
  stopWords: string[];
}

/** Set to 1 by the trainer to stop the job under way (see MatcherTrainer.close). */
const stop = new Int32Array((workerData as { stop: SharedArrayBuffer }).stop);
const shouldStop = () => Atomics.load(stop, 0) === 1;

parentPort!.on('message', (job: TrainingJob) => {
  try {
    parentPort!.postMessage({ id: job.id, model: trainMatcher(job.entries, { stopWords: new Set(job.stopWords), shouldStop }) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});

/**
 * Worker thread that trains question matchers (see MatcherTrainer): training takes seconds to minutes for large
 * knowledge bases, and must not take them from the thread that serves requests.
 */
import { workerData } from 'node:worker_threads';
import { answerRequests } from '../../common/worker-client.js';
import { type MatcherEntry, type Model, trainMatcher } from './question-matcher.js';

export interface TrainingJob {
  entries: MatcherEntry[];
  locale: string;
}

/** Set to 1 by the trainer to stop the job under way (see MatcherTrainer.close). */
const stop = new Int32Array((workerData as { stop: SharedArrayBuffer }).stop);
const shouldStop = () => Atomics.load(stop, 0) === 1;

answerRequests((job: TrainingJob): Model => trainMatcher(job.entries, { locale: job.locale, shouldStop }));

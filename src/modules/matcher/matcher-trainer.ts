import { WorkerClient, type WorkerOptions, workerModuleUrl } from '../../common/worker-client.js';
import type { TrainingJob } from './training-worker.js';
import type { CalibrationSample } from './calibration.js';
import type { MatcherEntry } from './question-matcher.js';

/** Longest wait for a job asked to stop before its worker is terminated anyway. */
const STOP_TIMEOUT_MS = 5_000;

/**
 * Trains question matchers on a worker thread, one job at a time: serving goes on at full speed meanwhile, on the
 * previous model. The worker is started on first use and kept for the next job (or stopped once idle, see the
 * constructor); if it dies, the jobs it held fail and the next job starts a new one.
 */
export class MatcherTrainer {
  /** Shared with the worker: 1 asks the job under way to stop. */
  private stop = new SharedArrayBuffer(4);
  private readonly worker: WorkerClient<TrainingJob, Uint8Array | CalibrationSample[]>;

  /**
   * `idleMs`: stop the worker after that long without a job (see WorkerOptions.idleMs); absent, it is kept.
   * `resourceLimits`: the worker's V8 heap limits.
   */
  constructor(options: Pick<WorkerOptions, 'idleMs' | 'resourceLimits'> = {}) {
    this.worker = new WorkerClient(workerModuleUrl(import.meta.url, 'modules/matcher/training-worker'), {
      name: 'training worker',
      workerData: () => ({ stop: (this.stop = new SharedArrayBuffer(4)) }),
      ...options,
    });
  }

  /**
   * A model of `entries`, analysed in the language of `locale`, serialised (v8: `deserialize` gives the Model);
   * `budgetMs` bounds its refinement.
   */
  train(entries: MatcherEntry[], locale: string, budgetMs?: number): Promise<Uint8Array> {
    return this.worker.request({ entries, locale, budgetMs }) as Promise<Uint8Array>;
  }

  /**
   * Calibration samples of the entries (see heldOutSamples): held-out phrasings and `outOfScope` questions, matched.
   */
  calibrate(entries: MatcherEntry[], locale: string, outOfScope: string[]): Promise<CalibrationSample[]> {
    return this.worker.request({ entries, locale, outOfScope }) as Promise<CalibrationSample[]>;
  }

  /**
   * Stops the worker; jobs under way fail. The job under way is asked to stop and stops within milliseconds; the
   * worker is terminated once idle rather than in the middle of its work.
   */
  async close(): Promise<void> {
    if (this.worker.busy) {
      Atomics.store(new Int32Array(this.stop), 0, 1);
      await Promise.race([this.worker.idle(), new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())]);
    }
    await this.worker.close(new Error('training stopped'));
  }
}

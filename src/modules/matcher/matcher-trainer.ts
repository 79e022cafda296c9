import { Logger } from '@nestjs/common';
import { WorkerClient, workerModuleUrl } from '../../common/worker-client.js';
import type { TrainingJob } from './training-worker.js';
import type { CalibrationSample } from './calibration.js';
import type { MatcherEntry } from './question-matcher.js';

/** Longest wait for a job asked to stop before its worker is terminated anyway. */
const STOP_TIMEOUT_MS = 5_000;
/**
 * The old-generation heap a job's worker is given (see `boundedHeap`): a base, and per question trained on. Training
 * questions and, since session 15, the weights are packed in typed arrays outside the heap (see trainMatcher); what
 * stays in it is the questions' text, the feature names and the job. Sized when the weights were in the heap
 * (calibrating 40,000 questions, 10,000 bench articles of one locale, ran out of 72 MB after 600 s of epochs and fit
 * in 90), and kept: it bounds the heap, it does not reserve it (the job above now holds ~20 MB of heap). V8 left to
 * itself grew the heap to ~350 MB.
 */
export const TRAINING_HEAP: HeapBound = { baseMb: 24, perQuestionKb: 2.5 };

/** A training job's old-generation heap: `baseMb` and `perQuestionKb` per question trained on. */
export interface HeapBound {
  baseMb: number;
  perQuestionKb: number;
}

/**
 * Trains question matchers on a worker thread, one job at a time: serving goes on at full speed meanwhile, on the
 * previous model. The worker is started on first use and kept for the next job (or stopped once idle, see the
 * constructor); if it dies, the jobs it held fail and the next job starts a new one.
 */
export class MatcherTrainer {
  private readonly logger = new Logger(MatcherTrainer.name);
  /** Shared with the worker: 1 asks the job under way to stop. */
  private stop = new SharedArrayBuffer(4);
  private readonly worker: WorkerClient<TrainingJob, Uint8Array | CalibrationSample[]>;

  /** The heap limit of the next worker started (`boundedHeap`); undefined: V8's own. */
  private heapMb: number | undefined;

  /**
   * `idleMs`: stop the worker after that long without a job (see WorkerOptions.idleMs); absent, it is kept.
   * `boundedHeap` (with `idleMs: 0`, so that each job starts its worker): each job's worker gets a heap sized for the
   * job, which makes V8 collect garbage before growing far past what the job holds; a job that outgrows it runs again
   * with twice that heap, then, if it outgrows that too, without a bound (a warning logged each time).
   */
  constructor(private readonly options: { idleMs?: number; boundedHeap?: HeapBound } = {}) {
    this.worker = new WorkerClient(workerModuleUrl(import.meta.url, 'modules/matcher/training-worker'), {
      name: 'training worker',
      workerData: () => ({ stop: (this.stop = new SharedArrayBuffer(4)) }),
      idleMs: options.idleMs,
      // A young generation of 8 MB rather than V8's ~48 too, bounded heap or not: what training keeps is old, and the
      // fresh tier's worker, idle between changes, held 42 MB after learning 50 articles with V8's.
      resourceLimits: () => ({
        maxYoungGenerationSizeMb: 8,
        ...(this.heapMb ? { maxOldGenerationSizeMb: this.heapMb } : {}),
      }),
    });
  }

  /**
   * A model of `entries`, analysed in the language of `locale`, serialised (v8: `deserialize` gives the Model);
   * `budgetMs` bounds its refinement.
   */
  train(entries: MatcherEntry[], locale: string, budgetMs?: number): Promise<Uint8Array> {
    return this.run({ entries, locale, budgetMs }) as Promise<Uint8Array>;
  }

  /**
   * Calibration samples of the entries (see heldOutSamples): held-out phrasings and `outOfScope` questions, matched.
   */
  calibrate(entries: MatcherEntry[], locale: string, outOfScope: string[]): Promise<CalibrationSample[]> {
    return this.run({ entries, locale, outOfScope }) as Promise<CalibrationSample[]>;
  }

  private async run(job: TrainingJob): Promise<Uint8Array | CalibrationSample[]> {
    const bound = this.options.boundedHeap;
    if (!bound) return this.worker.request(job);
    const questions = job.entries.reduce((sum, e) => sum + e.questions.length, 0);
    const heapMb = bound.baseMb + Math.ceil((questions * bound.perQuestionKb) / 1024);
    // Twice the bound before none: V8 left to itself grows a training worker's heap to ~350 MB (10,000 articles),
    // against the process's 600 MB. A job outgrows its bound when a fast machine runs more epochs than sized for.
    const limits = [heapMb, 2 * heapMb, undefined];
    for (const [attempt, limit] of limits.entries()) {
      this.heapMb = limit;
      try {
        return await this.worker.request(job);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY' || limit === undefined) throw error;
        const next = limits[attempt + 1];
        this.logger.warn({
          message: `a training job outgrew its ${limit} MB heap: run again ${next ? `with ${next} MB` : 'unbounded'}`,
          locale: job.locale,
          questions,
        });
      } finally {
        this.heapMb = undefined;
      }
    }
    throw new Error('unreachable: the last attempt is unbounded');
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

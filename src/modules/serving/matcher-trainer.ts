import { Worker } from 'node:worker_threads';
import type { TrainingJob } from './matcher-worker.js';
import { type MatcherEntry, type Model, QuestionMatcher } from './question-matcher.js';

/**
 * The worker's module, next to this one once built. Under the TypeScript test runner this module runs from its .ts
 * source, which a worker thread cannot load: the runner then compiles the sources to TS_WORKER_BUILD
 * (test/support/worker-sources.ts).
 */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('src/modules/serving/matcher-worker.js', process.env.TS_WORKER_BUILD)
  : new URL('./matcher-worker.js', import.meta.url);

type Pending = { resolve: (model: Model) => void; reject: (error: Error) => void; settled: Promise<unknown> };

/** Longest wait for a job asked to stop before its worker is terminated anyway. */
const STOP_TIMEOUT_MS = 5_000;

/**
 * Trains question matchers on a worker thread, one job at a time: serving goes on at full speed meanwhile, on the
 * previous model. The worker is started on first use and kept for the next retraining; if it dies, the jobs it
 * held fail and the next job starts a new one.
 */
export class MatcherTrainer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Shared with the worker: 1 asks the job under way to stop. */
  private stop = new SharedArrayBuffer(4);

  async train(entries: MatcherEntry[], stopWords: ReadonlySet<string> = new Set()): Promise<QuestionMatcher> {
    const worker = this.start();
    const id = (this.nextId += 1);
    let settle: Omit<Pending, 'settled'> | undefined;
    const model = new Promise<Model>((resolve, reject) => (settle = { resolve, reject }));
    this.pending.set(id, { ...settle!, settled: model.catch(() => undefined) });
    // Referenced while it works (a script awaiting a model must not exit), not while idle.
    worker.ref();
    worker.postMessage({ id, entries, stopWords: [...stopWords] } satisfies TrainingJob);
    try {
      return new QuestionMatcher(await model);
    } finally {
      if (this.pending.size === 0) worker.unref();
    }
  }

  /**
   * Stops the worker; jobs under way fail. The job under way is asked to stop and stops within milliseconds; the
   * worker is terminated once idle rather than in the middle of its work.
   */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    if (this.pending.size > 0) {
      Atomics.store(new Int32Array(this.stop), 0, 1);
      const idle = Promise.allSettled([...this.pending.values()].map((job) => job.settled));
      await Promise.race([idle, new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())]);
    }
    this.fail(new Error('training stopped'));
    await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    this.stop = new SharedArrayBuffer(4);
    const worker = new Worker(WORKER_URL, { workerData: { stop: this.stop } });
    worker.on('message', (message: { id: number; model?: Model; error?: string }) => {
      const job = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.model) job?.resolve(message.model);
      else job?.reject(new Error(message.error));
    });
    // A worker that dies (an error, then its exit) fails its jobs; the next job starts another.
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', () => this.lost(worker, new Error('the training worker stopped')));
    this.worker = worker;
    return worker;
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.fail(error);
  }

  private fail(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

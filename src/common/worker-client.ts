import { parentPort, type ResourceLimits, type Transferable, Worker } from 'node:worker_threads';

/**
 * A worker module of `src/`, by its path there without extension (e.g. `modules/matcher/matching-worker`), for code at
 * `callerUrl` (its `import.meta.url`). Built, the module sits next to the built caller. Under the TypeScript test
 * runner the caller runs from its .ts source, which a worker thread cannot load: the runner then compiles the sources
 * to TS_WORKER_BUILD (test/support/worker-sources.ts).
 */
export function workerModuleUrl(callerUrl: string, path: string): URL {
  const name = path.split('/').pop()!;
  return callerUrl.endsWith('.ts')
    ? new URL(`src/${path}.js`, process.env.TS_WORKER_BUILD)
    : new URL(`./${name}.js`, callerUrl);
}

/** What a worker answers to a request: the request's id with a result, or with an error message. */
export interface WorkerReply<R> {
  id: number;
  result?: R;
  error?: string;
}

/**
 * The memory of those `views` that span all of it, to hand to another thread rather than copy (see `request`): the
 * sender's view is then empty. A view of part of a buffer (a pooled Buffer, say) is copied with the message instead,
 * and an empty one is left out (two of one empty buffer in a transfer list would fail the message).
 */
export function wholeBuffers(views: Uint8Array[]): Transferable[] {
  return views
    .filter((view) => view.byteLength > 0 && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength)
    .map((view) => view.buffer as ArrayBuffer);
}

/**
 * In a worker thread: answers every request of its WorkerClient with what `handle` returns (or the promise resolves
 * to: the requests that come meanwhile are handled as they come), or the error it throws (or rejects with);
 * `transfer` names what of a result is handed over rather than copied (see `wholeBuffers`).
 */
export function answerRequests<Q, R>(
  handle: (request: Q) => R | Promise<R>,
  transfer?: (result: R) => Transferable[],
): void {
  parentPort!.on('message', (request: Q & { id: number }) => {
    const answer = (result: R) =>
      parentPort!.postMessage(
        { id: request.id, result } satisfies WorkerReply<R>,
        result === undefined ? undefined : transfer?.(result),
      );
    const fail = (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply<R>);
    try {
      const result = handle(request);
      // A reply that cannot be sent (a result that cannot be copied) is answered with its error, not left unhandled.
      if (result instanceof Promise) result.then(answer).catch(fail);
      else answer(result);
    } catch (error) {
      fail(error);
    }
  });
}

type Pending<R> = { resolve: (result: R) => void; reject: (error: Error) => void; settled: Promise<unknown> };

/** How a WorkerClient starts its worker and when it lets it go. */
export interface WorkerOptions {
  name: string;
  workerData?: () => unknown;
  onStart?: (post: (message: object) => void) => void;
  /**
   * Stop the worker once it has had no request for this long (0: as soon as it answered the last one); the next
   * request starts another. A worker's heap only grows back towards what its largest job needed, so a worker that
   * trains for minutes and then idles would keep hundreds of MB it no longer uses. Absent: kept until `close`.
   */
  idleMs?: number;
  /** V8 heap limits of each worker started (a worker that reaches them fails with ERR_WORKER_OUT_OF_MEMORY). */
  resourceLimits?: () => ResourceLimits | undefined;
}

/**
 * Requests to a worker thread, answered by id (`WorkerReply`). The worker starts on first use, with `onStart`
 * posting whatever it must hold first; if it dies, the requests it held fail and the next request starts another.
 * The worker keeps the process alive only while it has requests to answer.
 */
export class WorkerClient<Q extends object, R> {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: URL,
    private readonly options: WorkerOptions,
  ) {}

  /**
   * Sends a request; `transfer` hands those buffers to the worker instead of copying them (the serialised models: a
   * copy would stay in this thread's memory until its next major collection, tens of MB).
   */
  request(message: Q, transfer?: Transferable[]): Promise<R> {
    clearTimeout(this.idleTimer);
    const worker = this.start();
    const id = (this.nextId += 1);
    let settle: Omit<Pending<R>, 'settled'> | undefined;
    const result = new Promise<R>((resolve, reject) => (settle = { resolve, reject }));
    this.pending.set(id, { ...settle!, settled: result.catch(() => undefined) });
    worker.ref();
    try {
      worker.postMessage({ ...message, id }, transfer);
    } catch (error) {
      // Not sent (a value that cannot be copied to another thread): nothing will answer it.
      this.pending.delete(id);
      settle!.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return result.finally(() => {
      if (this.pending.size > 0) return;
      this.worker?.unref();
      if (this.options.idleMs !== undefined) this.releaseAfter(this.options.idleMs);
    });
  }

  /** Stops the worker if it is still idle `ms` from now (see WorkerOptions.idleMs). */
  private releaseAfter(ms: number): void {
    clearTimeout(this.idleTimer);
    const release = () => {
      const worker = this.worker;
      if (!worker || this.pending.size > 0) return;
      this.worker = undefined;
      void worker.terminate();
    };
    if (ms === 0) return release();
    this.idleTimer = setTimeout(release, ms);
    this.idleTimer.unref();
  }

  /** Whether requests are waiting for an answer. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Settles once every request under way is answered or has failed. */
  idle(): Promise<unknown> {
    return Promise.allSettled([...this.pending.values()].map((request) => request.settled));
  }

  /** Stops the worker; requests under way fail with `error`. */
  async close(error = new Error(`the ${this.options.name} stopped`)): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.fail(error);
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url, {
      workerData: this.options.workerData?.(),
      resourceLimits: this.options.resourceLimits?.(),
    });
    worker.on('message', (reply: WorkerReply<R>) => {
      const request = this.pending.get(reply.id);
      if (!request) return;
      this.pending.delete(reply.id);
      if (reply.error === undefined) request.resolve(reply.result as R);
      else request.reject(new Error(reply.error));
    });
    // A worker that dies (an error, then its exit) fails its requests; the next request starts another.
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', () => this.lost(worker, new Error(`the ${this.options.name} stopped`)));
    worker.unref();
    this.worker = worker;
    this.options.onStart?.((message) => worker.postMessage(message));
    return worker;
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.fail(error);
  }

  private fail(error: Error): void {
    for (const request of this.pending.values()) request.reject(error);
    this.pending.clear();
  }
}

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let gc: Gc | undefined;

/**
 * From V8 12 (Node 22) on, the collection V8 runs before it gives up on memory: it compacts and gives the emptied pages
 * back. A plain `gc()` keeps them committed: a worker with 35 MB live kept 166 MB on Node 24 after it, 37 MB after this
 * (73-115 ms instead of 27-52); a training worker held 100-102 MB instead of 106-115 (bench/README.md, session 18).
 * V8 11 (Node 20) takes these options for a collection that frees nothing: there, the plain one.
 */
const LAST_RESORT = Number(process.versions.v8.split('.')[0]) >= 12;

/**
 * Below this committed heap, the plain collection: few pages to give back, and the thorough one takes 1.5-2.5× as long
 * (a small worker, such as the fresh tier's that was, ~9 MB; a training of 10,000 articles on its own worker: 45 MB;
 * the matching worker after a trained handover: 54-56 MB).
 */
const GIVE_BACK_FROM_BYTES = 32 * 1048576;

/**
 * A full collection of this thread's heap, for a worker thread at a point where it knows most of its heap just became
 * garbage. V8 gives a `gc` function to a context created while `--expose-gc` is set (a worker cannot be started with
 * V8 flags); the flag is unset at once, so that no other context gets a `gc` global. The flags are the process's: when
 * another thread unset it in between, there is no collection this time (the next call tries again).
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('typeof gc === "function" ? gc : undefined') as Gc | undefined;
    setFlagsFromString('--no-expose-gc');
  }
  if (LAST_RESORT && getHeapStatistics().total_heap_size >= GIVE_BACK_FROM_BYTES) {
    gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } else gc?.();
}

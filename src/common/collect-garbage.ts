import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full collection of this thread's heap, for a worker thread at a point where it knows most of its heap just became
 * garbage. V8 gives a `gc` function to a context created while `--expose-gc` is set (a worker cannot be started with
 * V8 flags); the flag is unset at once, so that no other context gets a `gc` global. The flags are the process's: when
 * another thread unset it in between, there is no collection this time (the next call tries again).
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
    setFlagsFromString('--no-expose-gc');
  }
  gc?.();
}

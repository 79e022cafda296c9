import { setFlagsFromString } from 'node:v8';

/**
 * Makes V8 collect the whole heap once it has grown `percent` past what the last full collection kept (0: V8's own
 * growth). V8 scales its growth with the machine's memory, not the process's needs: under load a server keeping
 * ~150 MB live let its heap reach 270-290 MB before collecting (bench/README.md, session 12). Set while running, for
 * the server only: scripts and tests keep V8's defaults. The flag is the process's, so worker threads follow it too.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

import { afterEach, describe, expect, it } from 'vitest';
import { wholeBuffers, WorkerClient } from './worker-client.js';

const ECHO_WORKER = new URL('../../test/support/echo-worker.mjs', import.meta.url);

let client: WorkerClient<{ echo?: string; exit?: boolean; fail?: string; bytes?: Uint8Array }, string> | undefined;
afterEach(async () => client?.close());

/** A client whose worker answers with how many workers it started so far (`start N:`). */
function countingStarts(idleMs?: number) {
  let starts = 0;
  return new WorkerClient<{ echo?: string; exit?: boolean; fail?: string }, string>(ECHO_WORKER, {
    name: 'echo worker',
    idleMs,
    onStart: (post) => post({ id: 0, state: `start ${(starts += 1)}` }),
  });
}

describe('WorkerClient', () => {
  it('answers requests by id, after what onStart posts', async () => {
    client = new WorkerClient(ECHO_WORKER, {
      name: 'echo worker',
      onStart: (post) => post({ id: 0, state: 'loaded' }),
    });
    expect(await Promise.all([client.request({ echo: 'a' }), client.request({ echo: 'b' })])).toEqual([
      'loaded:a',
      'loaded:b',
    ]);
    await expect(client.request({ fail: 'no such thing' })).rejects.toThrow('no such thing');
    // A request that cannot be copied to the worker fails at once (and leaves nothing waiting).
    await expect(client.request({ echo: (() => 'x') as unknown as string })).rejects.toThrow();
    expect(client.busy).toBe(false);
  });

  it('fails the requests a dying worker held, and starts another (onStart again) for the next request', async () => {
    client = countingStarts();
    expect(await client.request({ echo: 'a' })).toBe('start 1:a');
    await expect(client.request({ exit: true })).rejects.toThrow('the echo worker stopped');
    expect(await client.request({ echo: 'b' })).toBe('start 2:b');
  });

  it('fails the requests under way when closed, and starts again afterwards', async () => {
    client = new WorkerClient(ECHO_WORKER, { name: 'echo worker' });
    const failed = expect(client.request({})).rejects.toThrow('closed');
    await client.close(new Error('closed'));
    await failed;
    expect(await client.request({ echo: 'c' })).toBe('nothing:c');
  });

  it('stops a worker idle for idleMs (its memory goes with it), and starts another for the next request', async () => {
    client = countingStarts(0);
    // Requests sent together share the worker; it is stopped once the last one is answered.
    expect(await Promise.all([client.request({ echo: 'a' }), client.request({ echo: 'b' })])).toEqual([
      'start 1:a',
      'start 1:b',
    ]);
    expect(await client.request({ echo: 'c' })).toBe('start 2:c');
    await expect(client.request({ fail: 'nope' })).rejects.toThrow('nope');
    expect(await client.request({ echo: 'd' })).toBe('start 4:d');
  });

  it('keeps a worker that is asked again within idleMs', async () => {
    client = countingStarts(60_000);
    expect(await client.request({ echo: 'a' })).toBe('start 1:a');
    expect(await client.request({ echo: 'b' })).toBe('start 1:b');
  });

  it('hands over the buffers a request transfers (the sender keeps nothing), and copies views of part of one', async () => {
    client = new WorkerClient(ECHO_WORKER, { name: 'echo worker' });
    const model = new Uint8Array(100_000).fill(7);
    expect(await client.request({ bytes: model }, wholeBuffers([model]))).toBe('nothing:100000 bytes');
    expect(model.byteLength).toBe(0);

    // A small Buffer is a slice of Node's shared pool: handing the pool over would take other Buffers' bytes with it.
    const pooled = Buffer.from('a few bytes');
    expect(wholeBuffers([pooled])).toEqual([]);
    expect(await client.request({ bytes: pooled }, wholeBuffers([pooled]))).toBe('nothing:11 bytes');
    expect(pooled.toString()).toBe('a few bytes');
  });
});

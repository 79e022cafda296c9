import { afterEach, describe, expect, it } from 'vitest';
import { WorkerClient } from './worker-client.js';

const ECHO_WORKER = new URL('../../test/support/echo-worker.mjs', import.meta.url);

let client: WorkerClient<{ echo?: string; exit?: boolean; fail?: string }, string> | undefined;
afterEach(async () => client?.close());

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
    let starts = 0;
    client = new WorkerClient(ECHO_WORKER, {
      name: 'echo worker',
      onStart: (post) => post({ id: 0, state: `start ${(starts += 1)}` }),
    });
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
});

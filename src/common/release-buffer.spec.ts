import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { releaseBuffer } from './release-buffer.js';

/**
 * The body of a function of (releaseBuffer): 64 MB of typed arrays made and released, and a view of part of a buffer
 * released; returns the thread's ArrayBuffer memory (MB) before and after, and what the arrays then read.
 */
const releasing = `
  const mb = () => Math.round(process.memoryUsage().arrayBuffers / 1048576);
  const arrays = Array.from({ length: 8 }, () => new Float32Array(2 * 1048576).fill(1));
  const before = mb();
  for (const array of arrays) releaseBuffer(array);
  const shared = new Uint8Array(1024).fill(7);
  const part = shared.subarray(0, 512);
  releaseBuffer(part);
  return JSON.stringify({ before, after: mb(), firstLength: arrays[0].length, partSum: part.reduce((a, b) => a + b, 0),
    shared: shared.length });
`;
type Released = { before: number; after: number; firstLength: number; partSum: number; shared: number };

describe('releaseBuffer', () => {
  const node24 = process.env.NODE_WITH_EXECVE;
  // Node 24 runs the TypeScript module as it is (type stripping); NODE_WITH_EXECVE is the Node 24 that .ci/run fetches.
  it.skipIf(!node24)('gives the memory back at once on Node 24, and never part of a buffer', () => {
    const module = fileURLToPath(new URL('./release-buffer.ts', import.meta.url));
    const script = `import { releaseBuffer } from ${JSON.stringify(module)};
      const measure = new Function('releaseBuffer', ${JSON.stringify(releasing)});
      console.log(measure(releaseBuffer));`;
    const output = execFileSync(node24!, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { before, after, firstLength, partSum, shared } = JSON.parse(output) as Released;
    expect(before - after).toBeGreaterThanOrEqual(63);
    expect(firstLength).toBe(0);
    expect(partSum).toBe(512 * 7);
    expect(shared).toBe(1024);
  });

  it(`leaves the array as it is where the engine cannot release it (V8 ${process.versions.v8})`, () => {
    const measure = new Function('releaseBuffer', releasing);
    const { firstLength, partSum, shared } = JSON.parse(measure(releaseBuffer) as string) as Released;
    const canRelease = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';
    expect(firstLength).toBe(canRelease ? 0 : 2 * 1048576);
    expect(partSum).toBe(512 * 7);
    expect(shared).toBe(1024);
  });
});

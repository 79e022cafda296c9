/**
 * Worker thread that answers questions with the current question matchers (see QuestionIndex): a match over a large
 * knowledge base takes about half a millisecond of CPU, which the serving thread spends on the rest of the request
 * meanwhile, on the other core.
 */
import type { Audience } from '../../common/domain.js';
import { answerRequests } from '../../common/worker-client.js';
import { LocaleMatchers, type LocaleModel, type QuestionMatch } from './locale-matchers.js';

/** Replace the matchers (answered `true` once ready), or match a question with the current ones. */
export type MatchingRequest = { models: LocaleModel[] } | { match: { question: string; locales: string[]; audiences: Audience[]; limit: number } };

let matchers = new LocaleMatchers([]);

answerRequests((request: MatchingRequest): QuestionMatch[] | true => {
  if ('models' in request) {
    matchers = new LocaleMatchers(request.models);
    return true;
  }
  const { question, locales, audiences, limit } = request.match;
  return matchers.match(question, locales, audiences, limit);
});

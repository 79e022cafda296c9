import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { startTestApp, TestApp } from '../support/test-app.js';

// A negation flips a question's meaning: it is never dropped as a stop word by the question matcher (issue #20).

let t: TestApp;
let botKey: string;
const ids: Record<string, string> = {};

const ARTICLES = [
  {
    name: 'join',
    locale: 'en',
    title: 'Join the contest',
    alternativeQuestions: [
      'how do I join the contest',
      'enter the contest',
      'sign up for the contest',
      'I want to take part in the contest',
      'contest registration',
    ],
  },
  {
    name: 'leave',
    locale: 'en',
    title: 'Leave the contest',
    alternativeQuestions: [
      'I do not want to join the contest anymore',
      'withdraw from the contest',
      'opt out of the contest',
      'cancel my contest entry',
      'remove me from the contest',
    ],
  },
  {
    name: 'rejoindre',
    locale: 'fr',
    title: 'Participer au concours',
    alternativeQuestions: [
      'comment participer au concours',
      "s'inscrire au concours",
      'je veux participer au concours',
      'inscription au concours',
    ],
  },
  {
    name: 'quitter',
    locale: 'fr',
    title: 'Quitter le concours',
    alternativeQuestions: [
      'je ne veux plus participer au concours',
      'me retirer du concours',
      'annuler mon inscription au concours',
      'sortir du concours',
    ],
  },
];

beforeAll(async () => {
  t = await startTestApp();
  const editor = await t.keyFor('editor');
  botKey = await t.keyFor('bot', 'bot');
  for (const { name, ...article } of ARTICLES) {
    const res = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(editor))
      .send({
        ...article,
        audience: 'public',
        publish: true,
        body: `${article.title}: what to do.`,
        summary: `${article.title}.`,
      });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[name] = res.body.id;
  }
  await t.app.get(SearchIndexer).drain();
  await t.app.get(QuestionIndex).current();
});

afterAll(() => t?.close());

const ask = async (question: string, locale: string) => {
  const res = await t.http().post('/v1/answers').set(t.auth(botKey)).send({ question, locale });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    answered: boolean;
    answer?: { articleId: string };
    alternatives: { articleId: string }[];
    confidence: number;
  };
};

describe('negated questions through POST /v1/answers', () => {
  it.each([
    ['join contest', 'en', 'join', 'leave'],
    ['not join contest', 'en', 'leave', 'join'],
    ["I don't want to join the contest", 'en', 'leave', 'join'],
    ['participer au concours', 'fr', 'rejoindre', 'quitter'],
    ['ne pas participer au concours', 'fr', 'quitter', 'rejoindre'],
  ])('"%s" (%s) is answered with "%s", not with "%s"', async (question, locale, expected) => {
    const body = await ask(question, locale);
    expect(body.answered).toBe(true);
    expect(body.answer!.articleId).toBe(ids[expected]);
  });
});

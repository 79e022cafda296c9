import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { publishArticle } from '../support/factories.js';

// An email that is a greeting and one line: the line is the request, not a signature (issue #14, defect 12).

let t: TestApp;
let emailKey: string;
let cancel: { id: string };
let sim: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  const editor = await t.keyFor('editor');
  emailKey = await t.keyFor('agent', 'email');
  cancel = await publishArticle(t, editor, {
    locale: 'fr',
    title: 'Résilier mon contrat',
    body: 'Vous pouvez résilier votre contrat depuis votre espace client, rubrique Contrat.',
    alternativeQuestions: ['je veux résilier mon contrat', 'résiliation de mon abonnement', 'comment résilier'],
    variants: { email: 'Vous pouvez résilier votre contrat depuis votre espace client, rubrique Contrat.' },
  });
  await publishArticle(t, editor, {
    locale: 'fr',
    title: 'Changer de forfait',
    body: 'Changez de forfait dans votre espace client.',
    alternativeQuestions: ['changer mon forfait', 'passer à une autre offre'],
  });
  sim = await publishArticle(t, editor, {
    locale: 'en',
    title: 'Order a replacement SIM card',
    body: 'Order a new SIM card from your account, under Line, then Replace my SIM.',
    alternativeQuestions: ['I need a new SIM', 'my SIM card is broken', 'order a replacement SIM'],
    variants: { email: 'You can order a new SIM card from your account, under Line, then Replace my SIM.' },
  });
  await publishArticle(t, editor, {
    locale: 'en',
    title: 'Roaming abroad',
    body: 'Turn on roaming in your account before you travel.',
    alternativeQuestions: ['activate roaming', 'use my phone abroad'],
  });
  await t.app.get(SearchIndexer).drain();
  await t.app.get(QuestionIndex).current();
});

afterAll(() => t?.close());

describe('POST /v1/suggestions/reply with a greeting and a one-line request', () => {
  it.each([
    [
      'fr',
      'Bonjour,\n\nMerci de résilier mon contrat.',
      'Bonjour,\n\nMerci de résilier mon contrat.',
      () => cancel.id,
      'résilier votre contrat',
    ],
    [
      'fr',
      'Bonjour,\n\nMerci de résilier mon contrat.\n\nCordialement,\nJean Martin\n06 12 34 56 78',
      'Bonjour,\n\nMerci de résilier mon contrat.',
      () => cancel.id,
      'résilier votre contrat',
    ],
    ['en', 'Hi,\n\nThanks, I need a new SIM', 'Hi,\n\nThanks, I need a new SIM', () => sim.id, 'order a new SIM card'],
    [
      'en',
      'Hi,\nThanks, I need a new SIM\n\nSent from my iPhone',
      'Hi,\nThanks, I need a new SIM',
      () => sim.id,
      'order a new SIM card',
    ],
  ])('%s: %j keeps the request and suggests its article', async (locale, body, question, articleId, wording) => {
    const res = await t
      .http()
      .post('/v1/suggestions/reply')
      .set(t.auth(emailKey))
      .send({ subject: 'Question', body, locale });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.question).toBe(question);
    expect(res.body.suggestions[0].articleId).toBe(articleId());
    expect(res.body.citations).toContain(articleId());
    expect(res.body.draftReply).toContain(wording);
  });
});

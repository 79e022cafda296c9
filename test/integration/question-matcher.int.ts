import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlesService } from '../../src/modules/articles/articles.service.js';
import { LiveArticles } from '../../src/modules/articles/live-articles.js';
import { MatcherModule } from '../../src/modules/matcher/matcher.module.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { EDITOR, startServices } from '../support/service-context.js';

let services: Awaited<ReturnType<typeof startServices>>;
let articles: ArticlesService;
let questions: QuestionIndex;

beforeAll(async () => {
  services = await startServices([MatcherModule]);
  articles = services.get(ArticlesService);
  questions = services.get(QuestionIndex);
});
afterAll(() => services?.close());

describe('QuestionIndex on a real database', () => {
  it('matches a question over a locale chain: an article in its first locale that has it, live articles only', async () => {
    const voicemail = await articles.create(
      {
        title: 'Reset your voicemail PIN',
        body: 'Dial 123.',
        alternativeQuestions: ['I forgot my voicemail code'],
        locale: 'en',
        audience: 'public',
        publish: true,
      },
      EDITOR,
    );
    await articles.createRevision(
      voicemail.id,
      'fr',
      0,
      {
        title: 'Réinitialiser le code de la messagerie',
        body: 'Composez le 123.',
        alternativeQuestions: ["j'ai oublié mon code de messagerie"],
      },
      EDITOR,
    );
    await articles.publish(voicemail.id, 'fr', 1, undefined, undefined, EDITOR);
    const roaming = await articles.create(
      {
        title: 'Roaming charges abroad',
        body: 'Roaming is included in the EU.',
        alternativeQuestions: ['do I pay roaming in Spain'],
        locale: 'en',
        audience: 'public',
        publish: true,
      },
      EDITOR,
    );
    const draft = await articles.create(
      { title: 'Voicemail greeting', body: 'Not published yet.', locale: 'en', audience: 'public' },
      EDITOR,
    );
    await questions.current();

    const french = await questions.match("j'ai oublié le code de ma messagerie", ['fr', 'en'], ['public'], 3);
    expect(french?.[0]).toMatchObject({ articleId: voicemail.id, locale: 'fr' });
    expect(french?.filter((m) => m.articleId === voicemail.id)).toHaveLength(1);
    const english = await questions.match('roaming charges in Spain', ['fr', 'en'], ['public'], 3);
    expect(english?.[0]).toMatchObject({ articleId: roaming.id, locale: 'en' });
    expect(english?.map((m) => m.articleId)).not.toContain(draft.id);
  });

  it("reads the live phrasings a locale at a time, and counts each locale's articles and alternative questions", async () => {
    const live = services.get(LiveArticles);
    const wlan = await articles.create(
      {
        title: 'WLAN-Passwort ändern',
        body: 'In der App.',
        alternativeQuestions: ['wlan passwort vergessen', 'neues wlan passwort'],
        locale: 'de',
        audience: 'public',
        publish: true,
      },
      EDITOR,
    );
    await articles.create({ title: 'Entwurf', body: 'Noch nicht.', locale: 'de', audience: 'public' }, EDITOR);

    expect((await live.phrasingCounts()).find((c) => c.locale === 'de')).toEqual({
      locale: 'de',
      articles: 1,
      phrasings: 2,
    });
    expect(await live.phrasingsIn('de')).toEqual([
      expect.objectContaining({
        articleId: wlan.id,
        locale: 'de',
        title: 'WLAN-Passwort ändern',
        questions: ['wlan passwort vergessen', 'neues wlan passwort'],
      }),
    ]);
    // Read a slice of articles at a time: the same ones, in article order, whatever the slices' size.
    const router = await articles.create(
      { title: 'Router neu starten', body: 'Aus und an.', locale: 'de', audience: 'public', publish: true },
      EDITOR,
    );
    const whole = (await live.phrasingsIn('de')).map((p) => p.articleId);
    expect(whole).toEqual([wlan.id, router.id].sort());
    for (const step of [1, 2, 3]) expect((await live.phrasingsIn('de', step)).map((p) => p.articleId)).toEqual(whole);
    // Counted a slice at a time too: each locale's sums over the slices, the locales in order.
    const counts = await live.phrasingCounts();
    expect(counts.find((c) => c.locale === 'de')).toEqual({ locale: 'de', articles: 2, phrasings: 2 });
    expect(counts.map((c) => c.locale)).toEqual(counts.map((c) => c.locale).sort());
    for (const step of [1, 2, 3]) expect(await live.phrasingCounts(step)).toEqual(counts);
  });
});

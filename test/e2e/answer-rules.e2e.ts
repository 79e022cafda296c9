import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../../src/modules/auth/api-keys.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { publishArticle, publishLocale } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let agent: string;
let bot: string;
let botKeyId: string;
let otherBot: string;
let outage: string;
let internet: string;
let bill: string;
let voicemail: string;

interface Answer {
  answered: boolean;
  handoff: boolean;
  threshold: number;
  thresholdSource: string;
  servedId: string | null;
  searchId: string;
  answer?: { articleId: string; variant: string };
  alternatives: { articleId: string }[];
  rule?: { id: string; version: number; name: string; level: number };
  rules?: { id: string }[];
}

const ask = async (question: string, extra: Record<string, unknown> = {}, key = bot): Promise<Answer> => {
  const res = await t
    .http()
    .post('/v1/answers')
    .set(t.auth(key))
    .send({ question, locale: 'en', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

const createRule = async (body: Record<string, unknown>) => {
  const res = await t.http().post('/v1/answer-rules').set(t.auth(editor)).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
};

const disable = async (rule: { id: string; version: number }) => {
  const res = await t
    .http()
    .patch(`/v1/answer-rules/${rule.id}`)
    .set(t.auth(editor))
    .set('If-Match', `"${rule.version}"`)
    .send({ enabled: false });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

/** Runs `check` with a rule in force, disabled afterwards so that the next test starts without it. */
const withRule = async (body: Record<string, unknown>, check: (rule: { id: string }) => Promise<void>) => {
  const rule = await createRule({ name: 'rule under test', ...body });
  try {
    await check(rule);
  } finally {
    await disable(rule);
  }
};

const pinVoicemail = () => ({ action: { pin: voicemail } });
const INTERNET = 'my internet is down';

beforeAll(async () => {
  t = await startTestApp({ MATCHER_RETRAIN_DEBOUNCE_MS: 3_600_000 });
  [editor, agent] = await Promise.all([t.keyFor('editor'), t.keyFor('agent')]);
  const keys = t.app.get(ApiKeysService);
  const made = await keys.create({ name: 'bot under rules', role: 'bot', channel: 'bot' });
  [bot, botKeyId] = [made.secret, made.key.id];
  otherBot = await t.keyFor('bot', 'bot');
  expect(
    (await t.http().post('/v1/intents').set(t.auth(editor)).send({ key: 'billing', name: 'Billing' })).status,
  ).toBe(201);
  outage = (
    await publishArticle(t, editor, {
      title: 'Network outage in progress',
      body: 'An outage affects the network in your area. Our teams are on it.',
      summary: 'An outage is in progress.',
      alternativeQuestions: ['is there an outage', 'network incident status'],
    })
  ).id;
  internet = (
    await publishArticle(t, editor, {
      title: 'My internet connection does not work',
      body: 'Restart your box, then check the cables.',
      summary: 'Restart your box.',
      variants: { web: 'Web wording: restart your box.' },
      alternativeQuestions: ['my internet is down', 'no internet connection', 'wifi not working'],
    })
  ).id;
  bill = (
    await publishArticle(t, editor, {
      title: 'Why is my bill higher this month?',
      body: 'Your bill includes the options added this month.',
      intents: ['billing'],
      alternativeQuestions: ['my invoice is too high', 'unexpected charges on my bill', 'why did my bill go up'],
    })
  ).id;
  voicemail = (
    await publishArticle(t, editor, {
      title: 'How do I reset my voicemail PIN?',
      body: 'Call 888 and follow the instructions.',
      alternativeQuestions: ['forgot my voicemail pin', 'change voicemail code', 'voicemail password reset'],
    })
  ).id;
  await publishLocale(t, editor, voicemail, 'fr', {
    title: 'Réinitialiser le code de la messagerie',
    body: 'Appelez le 888.',
  });
  await t.app.get(QuestionIndex).settled();
});
afterAll(async () => t?.close());

describe('answer rules: the outage example', () => {
  it('puts the outage article first for internet questions on bot and voice, and voice hands off after it', async () => {
    expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
    const first = await createRule({
      name: 'Outage: internet questions',
      level: 1,
      condition: { channels: ['bot', 'voice'], pattern: { type: 'words', value: 'internet, wifi, connexion*' } },
      action: { pin: outage },
    });
    const voice = await createRule({
      name: 'Outage: voice hands off',
      level: 2,
      condition: { channels: ['voice'], pattern: { type: 'words', value: 'internet, wifi' } },
      action: { handoff: 'after' },
    });
    try {
      const onBot = await ask(INTERNET);
      expect(onBot).toMatchObject({ answered: true, handoff: false, answer: { articleId: outage } });
      expect(onBot.rule).toMatchObject({ id: first.id, version: 1, name: 'Outage: internet questions', level: 1 });
      expect(onBot.alternatives.map((a) => a.articleId)).toContain(internet);

      const onVoice = await ask('wifi not working', { channel: 'voice' });
      expect(onVoice).toMatchObject({ answered: true, handoff: true, answer: { articleId: outage } });
      expect(onVoice.rules?.map((r) => r.id)).toEqual([first.id, voice.id]);

      // Not the bot or voice channel, or not about the internet: untouched.
      const onWeb = await ask(INTERNET, { channel: 'web' });
      expect(onWeb).toMatchObject({ answer: { articleId: internet }, handoff: false });
      expect(onWeb.rule).toBeUndefined();
      expect((await ask('why did my bill go up')).answer?.articleId).toBe(bill);

      // The served rows record the rule that applied (none where none did).
      await t.app.get(ServedLogService).flush();
      const rows: { id: string; rule_id: string | null; rule_version: number | null }[] = await t.app
        .get(DataSource)
        .query(`SELECT id, rule_id, rule_version FROM served_answers WHERE id = ANY($1)`, [
          [onBot.servedId, onVoice.servedId, onWeb.servedId],
        ]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(onBot.servedId!)).toMatchObject({ rule_id: first.id, rule_version: 1 });
      expect(byId.get(onVoice.servedId!)).toMatchObject({ rule_id: first.id, rule_version: 1 });
      expect(byId.get(onWeb.servedId!)).toMatchObject({ rule_id: null, rule_version: null });
    } finally {
      await disable(first);
      await disable(voice);
    }
    expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
  });
});

describe('answer rules: conditions', () => {
  it('channel', () =>
    withRule({ condition: { channels: ['voice'] }, ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET, { channel: 'voice' })).answer?.articleId).toBe(voicemail);
      expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
    }));

  it("a pinned answer is measured against the article served, not the matcher's best candidate", () =>
    withRule({ condition: { channels: ['voice'] }, ...pinVoicemail() }, async () => {
      const res = await ask(INTERNET, { channel: 'voice' });
      expect(res.answer?.articleId).toBe(voicemail);
      await t.app.get(ServedLogService).flush();
      const [row] = await t.app
        .get(DataSource)
        .query(`SELECT top_article_id FROM searches WHERE id = $1`, [res.searchId]);
      expect(row).toEqual({ top_article_id: voicemail });
    }));

  it('locale, by its language too', () =>
    withRule({ condition: { locales: ['fr'] }, ...pinVoicemail() }, async () => {
      const fr = await ask(INTERNET, { locale: 'fr-CA' });
      expect(fr.answer?.articleId).toBe(voicemail);
      expect(fr.rule).toBeDefined();
      expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
    }));

  it('intent of the matched article', () =>
    withRule({ condition: { intents: ['billing'] }, action: { handoff: 'instead' } }, async () => {
      expect(await ask('why did my bill go up')).toMatchObject({ answered: false, handoff: true, servedId: null });
      expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
    }));

  it('matched article', () =>
    withRule({ condition: { articles: [internet] }, ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET)).answer?.articleId).toBe(voicemail);
      expect((await ask('why did my bill go up')).answer?.articleId).toBe(bill);
    }));

  it('API key', () =>
    withRule({ condition: { apiKeys: [botKeyId] }, ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET)).answer?.articleId).toBe(voicemail);
      expect((await ask(INTERNET, {}, otherBot)).answer?.articleId).toBe(internet);
    }));

  it('time window: from and until', async () => {
    const hour = 3_600_000;
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
    await withRule({ condition: { from: iso(-hour), until: iso(hour) }, ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET)).answer?.articleId).toBe(voicemail);
    });
    await withRule({ condition: { from: iso(hour), until: iso(2 * hour) }, ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
    });
  });

  it('weekly hours in a time zone', async () => {
    const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    // Today in Tokyo (UTC+9, no daylight saving), from the UTC clock.
    const today = days[new Date(Date.now() + 9 * 3_600_000).getUTCDay()];
    const condition = (d: string[]) => ({
      hours: [{ days: d, from: '00:00', until: '00:00' }],
      timeZone: 'Asia/Tokyo',
    });
    // from = until: the window runs past midnight, i.e. the whole day.
    await withRule({ condition: condition([today]), ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET)).answer?.articleId).toBe(voicemail);
    });
    await withRule({ condition: condition(days.filter((d) => d !== today)), ...pinVoicemail() }, async () => {
      expect((await ask(INTERNET)).answer?.articleId).toBe(internet);
    });
  });

  it('question pattern: a regular expression, case-insensitive', () =>
    withRule(
      { condition: { pattern: { type: 'regex', value: '\\bINTERNET\\b.*down' } }, ...pinVoicemail() },
      async () => {
        expect((await ask(INTERNET)).answer?.articleId).toBe(voicemail);
        expect((await ask('no internet connection')).answer?.articleId).toBe(internet);
      },
    ));
});

describe('answer rules: actions', () => {
  it('boost: a boosted article confident enough is the answer', () =>
    withRule(
      { condition: { pattern: { type: 'words', value: 'bill' } }, action: { boost: [voicemail], threshold: 0 } },
      async (rule) => {
        const res = await ask('my bill and my voicemail pin');
        expect(res).toMatchObject({ answered: true, answer: { articleId: voicemail }, rule: { id: rule.id } });
        expect(res.thresholdSource).toBe('rule');
      },
    ));

  it('bury: a buried article is never the answer and ranks last', () =>
    withRule({ condition: { articles: [bill] }, action: { bury: [bill] } }, async () => {
      const res = await ask('why did my bill go up');
      expect(res.answer?.articleId).not.toBe(bill);
      expect(res.alternatives.at(-1)?.articleId).toBe(bill);
    }));

  it('hand-off instead of the answer', () =>
    withRule({ condition: { articles: [internet] }, action: { handoff: 'instead' } }, async () => {
      expect(await ask(INTERNET)).toMatchObject({ answered: false, handoff: true });
    }));

  it('variant: the wording served', async () => {
    expect((await ask(INTERNET, { channel: 'web' })).answer?.variant).toBe('web');
    await withRule({ condition: { channels: ['web'] }, action: { variant: 'body' } }, async () => {
      expect((await ask(INTERNET, { channel: 'web' })).answer?.variant).toBe('body');
    });
  });

  it('threshold: set by the rule', () =>
    withRule({ condition: { articles: [internet] }, action: { threshold: 1 } }, async () => {
      const res = await ask('internet connection problem at home');
      expect(res).toMatchObject({ answered: false, handoff: true, threshold: 1, thresholdSource: 'rule' });
    }));

  it('pin: an unknown article, or a bad or dangerous pattern, is refused with 400', async () => {
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await t
        .http()
        .post('/v1/answer-rules')
        .set(t.auth(editor))
        .send({ name: 'bad', condition: {}, action: { handoff: 'after' }, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.body)).toContain(field);
    };
    await bad({ action: { pin: '00000000-0000-4000-8000-000000000000' } }, 'action.pin');
    await bad({ condition: { pattern: { type: 'regex', value: '(a+)+$' } } }, 'condition.pattern');
    await bad({ condition: { pattern: { type: 'regex', value: '(unclosed' } } }, 'condition.pattern');
    await bad({ condition: { pattern: { type: 'regex', value: 'x'.repeat(201) } } }, 'condition.pattern');
    await bad({ condition: { timeZone: 'Mars/Olympus' } }, 'condition.timeZone');
    await bad({ action: {} }, 'action');
  });
});

describe('answer rules: levels and order', () => {
  it('tries the rules of a level in order: the first that matches applies, alone', async () => {
    const a = await createRule({
      name: 'first',
      level: 5,
      condition: { channels: ['bot'] },
      action: { pin: voicemail },
    });
    const b = await createRule({ name: 'second', level: 5, condition: {}, action: { pin: bill } });
    try {
      expect((await ask(INTERNET)).rules?.map((r) => r.id)).toEqual([a.id]);
      expect((await ask(INTERNET)).answer?.articleId).toBe(voicemail);
      // The first does not match on web: the second applies.
      const web = await ask(INTERNET, { channel: 'web' });
      expect(web.rules?.map((r) => r.id)).toEqual([b.id]);
      expect(web.answer?.articleId).toBe(bill);
    } finally {
      await disable(a);
      await disable(b);
    }
  });

  it('applies one rule per level, levels in order: a later level overrides an earlier pin', async () => {
    const low = await createRule({ name: 'level 7', level: 7, condition: {}, action: { pin: voicemail } });
    const high = await createRule({ name: 'level 3', level: 3, condition: {}, action: { pin: bill } });
    try {
      const res = await ask(INTERNET);
      expect(res.rules?.map((r) => r.id)).toEqual([high.id, low.id]);
      expect(res.rule?.id).toBe(high.id);
      expect(res.answer?.articleId).toBe(voicemail);
    } finally {
      await disable(low);
      await disable(high);
    }
  });
});

describe('answer rules: versions', () => {
  it('keeps every version with who and when, answers 409 to a stale edit, and is for editors', async () => {
    const rule = await createRule({ name: 'v1', condition: { channels: ['email'] }, action: { handoff: 'after' } });
    expect(rule.version).toBe(1);
    const edit = (version: number, body: Record<string, unknown>) =>
      t
        .http()
        .patch(`/v1/answer-rules/${rule.id}`)
        .set(t.auth(editor))
        .send({ version, ...body });
    const second = await edit(1, { name: 'v2', enabled: false });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, name: 'v2', enabled: false });
    const stale = await edit(1, { name: 'lost edit' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: 2 });
    const missing = await t.http().patch(`/v1/answer-rules/${rule.id}`).set(t.auth(editor)).send({ name: 'x' });
    expect(missing.status).toBe(400);

    const history = await t.http().get(`/v1/answer-rules/${rule.id}/versions`).set(t.auth(editor));
    expect(history.status).toBe(200);
    expect(history.body.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([
      [2, 'v2'],
      [1, 'v1'],
    ]);
    expect(history.body[0]).toMatchObject({ author: 'test editor', enabled: false });
    expect((await t.http().get(`/v1/answer-rules/${rule.id}`).set(t.auth(editor))).body.name).toBe('v2');

    expect((await t.http().get('/v1/answer-rules').set(t.auth(agent))).status).toBe(403);
    expect((await t.http().post('/v1/answer-rules').set(t.auth(agent)).send({})).status).toBe(403);
  });

  it('lets only one of two racing edits of the same version through', async () => {
    const rule = await createRule({ name: 'raced', condition: {}, action: { handoff: 'after' }, enabled: false });
    const results = await Promise.all(
      ['a', 'b'].map((name) =>
        t.http().patch(`/v1/answer-rules/${rule.id}`).set(t.auth(editor)).set('If-Match', '"1"').send({ name }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('answer rules over GraphQL', () => {
  const gql = async (query: string, variables: Record<string, unknown>, key = editor) => {
    const res = await t.http().post('/graphql').set(t.auth(key)).send({ query, variables });
    expect(res.status).toBe(200);
    return res.body as { data?: any; errors?: { extensions: { code: string } }[] };
  };

  it('creates, lists and versions rules, with CONFLICT on a stale version and FORBIDDEN below editors', async () => {
    const created = await gql(
      `mutation ($input: CreateAnswerRuleInput!) { createAnswerRule(input: $input) { id version condition action } }`,
      { input: { name: 'gql', enabled: false, condition: { channels: ['voice'] }, action: { handoff: 'after' } } },
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data.createAnswerRule;
    expect(created.data.createAnswerRule).toMatchObject({ version: 1, action: { handoff: 'after' } });
    const update = `mutation ($id: ID!, $input: UpdateAnswerRuleInput!) { updateAnswerRule(id: $id, input: $input) { version name } }`;
    expect((await gql(update, { id, input: { version: 1, name: 'gql 2' } })).data.updateAnswerRule).toEqual({
      version: 2,
      name: 'gql 2',
    });
    expect((await gql(update, { id, input: { version: 1, name: 'lost' } })).errors?.[0].extensions.code).toBe(
      'CONFLICT',
    );
    const bad = await gql(update, {
      id,
      input: { version: 2, condition: { pattern: { type: 'regex', value: '(a+)+' } } },
    });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const versions = await gql(`query ($id: ID!) { answerRuleVersions(id: $id) { version author } }`, { id });
    expect(versions.data.answerRuleVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const asAgent = await gql(`{ answerRules { id } }`, {}, agent);
    expect(asAgent.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

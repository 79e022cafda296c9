import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.keyFor('editor');
}, 120_000);
afterAll(async () => t?.close());

const preview = (key: string, body: object) => t.http().post('/v1/previews').set(t.auth(key)).send(body);

describe('POST /v1/previews', () => {
  it("renders unsaved content for every channel as its profile serves it, with the profile's length limit", async () => {
    const res = await preview(editor, {
      locale: 'fr',
      body: 'Ouvrez **Mon offre**, puis [changez](https://lumio.example/offre).',
      variants: { bot: 'Changez dans l’appli.' },
    });
    expect(res.status).toBe(200);
    const byChannel = Object.fromEntries(res.body.map((p: { channel: string }) => [p.channel, p]));
    expect(Object.keys(byChannel)).toEqual(['web', 'bot', 'voice', 'agent', 'email']);
    expect(byChannel.web).toMatchObject({ format: 'html', variant: 'body', truncated: false });
    expect(byChannel.web.content).toContain('<strong>Mon offre</strong>');
    // Voice prefers its own variant, then the bot's: speech-safe text, within its 400 characters.
    expect(byChannel.voice).toMatchObject({
      format: 'speech',
      variant: 'bot',
      maxChars: 400,
      sourceChars: 'Changez dans l’appli.'.length,
      content: 'Changez dans l’appli.',
    });
  });

  it('cuts a wording over the limit and says so; the summary comes first when previewing an answer', async () => {
    const body = `${'Une phrase assez longue pour remplir la limite. '.repeat(20)}`;
    const cut = await preview(editor, { body, channels: ['voice'] });
    expect(cut.body).toEqual([
      expect.objectContaining({ channel: 'voice', truncated: true, sourceChars: body.length }),
    ]);
    expect(cut.body[0].content.length).toBeLessThanOrEqual(400);
    const answer = await preview(editor, { body, summary: 'En bref.', channels: ['bot'], answer: true });
    expect(answer.body[0]).toMatchObject({ variant: 'summary', content: 'En bref.' });
  });

  it('is for editors: an agent key gets 403, bad input a 400 problem', async () => {
    expect((await preview(await t.keyFor('agent'), { body: 'x' })).status).toBe(403);
    const bad = await preview(editor, { body: 'x', channels: ['fax'] });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

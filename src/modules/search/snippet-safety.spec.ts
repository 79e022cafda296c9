import { describe, expect, it } from 'vitest';
import { toEngineHit, toMeiliDocument } from './meilisearch-requests.js';
import { toSearchDocument } from './search-documents.js';
import { highlight, MARK_END, MARK_START } from './text.js';

// Snippets are HTML: escaped text with <mark> around the matches and nothing else, whatever the article holds,
// on both engines' paths (the in-process engine highlights the indexed text; Meilisearch returns it with markers).

const HOSTILE_BODY = [
  '&lt;img src=x onerror=alert(1)&gt; modem',
  '`<script>alert(2)</script>` modem \\<b\\>modem\\</b\\>',
  '<img src=x onerror=alert(3)> [modem](javascript:alert(4)) &#60;svg onload=alert(5)&#62;',
  '\u0001modem\u0002 <mark>fake</mark>',
].join('\n\n');

const document = toSearchDocument({
  article_id: '0b9f3c1e-8d1a-4c55-9a51-3f7c2b1d0e11',
  slug: 'modem',
  audience: 'public',
  category_id: null,
  tags: [],
  intents: [],
  locale: 'en',
  number: 1,
  title: 'Modem',
  summary: '<b onclick="x">modem</b> &lt;i&gt; \u0001modem\u0002',
  body: HOSTILE_BODY,
  alternative_questions: [],
  expires_at: null,
});

/** Everything but the <mark> pairs is escaped: no other "<" is left. */
function expectOnlyMarks(snippet: string) {
  expect(snippet).toContain('<mark>modem</mark>');
  expect(snippet.replace(/<mark>[^<]*<\/mark>/g, '')).not.toMatch(/[<>]/);
}

describe('snippets of hostile content', () => {
  it('in-process engine: highlighting the indexed body and summary', () => {
    const isMatch = (token: { text: string }) => token.text.toLowerCase() === 'modem';
    expectOnlyMarks(highlight(document.body, isMatch).html);
    expectOnlyMarks(highlight(document.summary, isMatch).html);
  });

  it('Meilisearch: the cropped fields it returns with markers', () => {
    const marked = (text: string) => text.replace(/modem/g, `${MARK_START}modem${MARK_END}`);
    for (const field of ['body', 'summary'] as const) {
      const hit = toEngineHit({ ...toMeiliDocument(document), _formatted: { [field]: marked(document[field]) } });
      expectOnlyMarks(hit.snippet);
    }
  });
});

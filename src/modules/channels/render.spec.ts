import { describe, expect, it } from 'vitest';
import { markdownToText as indexedText } from '../search/text.js';
import {
  FORMATS,
  markdownToHtml,
  markdownToSpeech,
  markdownToText,
  neutraliseMarkup,
  renderFor,
  truncateAtSentence,
} from './render.js';

describe('markdownToHtml', () => {
  it('renders Markdown and removes scripts, handlers and javascript: links', () => {
    const html = markdownToHtml(
      '# Title\n\nHello **you** <script>alert(1)</script> <img src="x" onerror="alert(2)">\n\n[bad](javascript:alert(3)) [good](https://example.com)',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>you</strong>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow">good</a>');
  });
});

describe('markdownToText', () => {
  it('keeps the words, lists and link targets, drops the markup', () => {
    const text = markdownToText(
      '## Steps\n\n1. Open **Settings**\n2. Tap *Security*\n\nSee [the guide](https://example.com/pin) & `code`.',
    );
    expect(text).toBe('Steps\n\n1. Open Settings\n2. Tap Security\n\nSee the guide (https://example.com/pin) & code.');
  });
});

describe('markdownToSpeech', () => {
  it('has no URLs, markup or emoji and speaks symbols in the locale', () => {
    const speech = markdownToSpeech(
      'Call us 24/7 🙂 at [our site](https://example.com) or www.example.com!\n\n- Fees: 5% + 2 €\n- **Ask** support@example.com',
      'en',
    );
    expect(speech).not.toMatch(/https?:|www\.|@|[*_#<>[\]]|\p{Extended_Pictographic}/u);
    expect(speech).toContain('5 percent plus 2 euros');
    expect(speech).toBe('Call us 24 or 7 at our site or. Fees: 5 percent plus 2 euros. Ask.');
    expect(markdownToSpeech('Frais : 5 % & taxes', 'fr-CA')).toBe('Frais: 5 pour cent et taxes.');
  });
});

describe('truncateAtSentence', () => {
  it('cuts at the last sentence boundary within the limit', () => {
    expect(truncateAtSentence('One two. Three four. Five six.', 22)).toEqual({
      text: 'One two. Three four.',
      truncated: true,
    });
    expect(truncateAtSentence('Short.', 100)).toEqual({ text: 'Short.', truncated: false });
  });

  it('falls back to a word boundary with an ellipsis when no sentence ends late enough', () => {
    const cut = truncateAtSentence('A very long sentence without any full stop in it at all', 20);
    expect(cut.text).toBe('A very long…');
    expect(cut.text.length).toBeLessThanOrEqual(20);
  });
});

describe('renderFor', () => {
  it('renders each format within the limit', () => {
    const md = 'First sentence. Second sentence is **here**. Third.';
    expect(renderFor(md, 'html', 45, 'en')).toEqual({
      content: '<p>First sentence. Second sentence is <strong>here</strong>.</p>',
      truncated: true,
    });
    expect(renderFor(md, 'text', 1000, 'en').content).toBe('First sentence. Second sentence is here. Third.');
    expect(renderFor(md, 'markdown', 1000, 'en').content).toBe(md);
  });
});

/** Markdown an author (or an import) may hold that must never reach a client as live markup or a dangerous link. */
const HOSTILE: [string, string][] = [
  ['raw inline HTML', 'Hi <img src=x onerror=alert(1)> there'],
  ['raw HTML block', '<div onclick="steal()"><script>alert(1)</script>Text</div>'],
  ['HTML comment, doctype, processing instruction', '<!-- <script>x</script> --> <!doctype html> <?php echo 1 ?> end'],
  ['named entities', '&lt;img src=x onerror=alert(1)&gt;'],
  ['decimal entities', '&#60;script&#62;alert(1)&#60;/script&#62;'],
  ['hex entities', '&#x3C;svg onload=alert(1)&#x3E;'],
  ['code span', 'Type `<script>alert(1)</script>` here'],
  ['fenced code', '```html\n<script>alert(1)</script>\n<a href="javascript:alert(1)">x</a>\n```'],
  ['backslash escapes', '\\<script\\>alert(1)\\</script\\>'],
  ['autolink javascript:', '<javascript:alert(1)>'],
  ['autolink mixed case', '<JaVaScRiPt:alert(1)>'],
  ['link javascript: mixed case', '[pay](JaVaScRiPt:alert(1))'],
  ['link javascript: with spaces', '[pay]( javascript:alert(1) )'],
  ['link javascript: with an entity tab', '[pay](java&#x09;script:alert(1))'],
  ['link javascript: with an entity letter', '[pay](&#106;avascript:alert(1))'],
  ['link vbscript:', '[pay](vbscript:msgbox(1))'],
  ['link data:', '[pay](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['link whose text is the URL', '[javascript:alert(1)](javascript:alert(1))'],
  ['reference link', '[pay][1]\n\n[1]: javascript:alert(1)'],
  ['reference link with title', '[pay][x]\n\n[x]: DATA:text/html,<script>alert(1)</script> "t"'],
  ['image with hostile alt and src', '![<img src=x onerror=alert(1)>](javascript:alert(1))'],
  ['image data:', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['nested emphasis around HTML', '***<b onmouseover=alert(1)>bold</b>*** _*<i>x</i>*_ **`<u>`**'],
  [
    'list and table with HTML',
    '- <script>a()</script>one\n- two <iframe src=x>\n\n| a | b |\n|---|---|\n| <img src=x onerror=y> | &lt;b&gt; |',
  ],
  ['javascript: as prose', 'Open javascript:alert(document.cookie) in the bar, or data:text/html,hi'],
  ['scheme split by whitespace in code', 'Type `javascript\t:alert(1)` or `vbscript :x()` now'],
];

/** A tag, comment, doctype or processing instruction opener, as an HTML parser would see it. */
const TAG = /<[a-z!/?]/i;
const DANGEROUS_URL = /(?:java|vb|live)script:|data:[^\s]/i;

describe('plain text and speech from hostile Markdown', () => {
  it.each(HOSTILE)('%s: no tag-shaped sequence and no dangerous URL', (_name, markdown) => {
    for (const format of ['text', 'speech'] as const) {
      const { content } = renderFor(markdown, format, 4000, 'en');
      expect(content, format).not.toMatch(TAG);
      expect(content, format).not.toMatch(DANGEROUS_URL);
    }
  });

  it('keeps the text of code and entities, with angle brackets made harmless', () => {
    expect(markdownToText('Type `<script>alert(1)</script>` here')).toBe('Type ‹script›alert(1)‹/script› here');
    expect(markdownToText('&lt;img src=x onerror=alert(1)&gt; &amp; more')).toBe('‹img src=x onerror=alert(1)› & more');
    expect(markdownToText('\\<b\\>bold\\</b\\>')).toBe('‹b›bold‹/b›');
  });

  it('writes out only web, mail and phone link targets', () => {
    expect(
      markdownToText(
        '[guide](https://example.com/pin) [mail](mailto:help@example.com) [call](tel:+33123456789) [rel](/help/pin)',
      ),
    ).toBe('guide (https://example.com/pin) mail (mailto:help@example.com) call (tel:+33123456789) rel');
    expect(markdownToText('[pay](JaVaScRiPt:alert(1)) and [see][1]\n\n[1]: data:text/html,x')).toBe('pay and see');
    expect(markdownToText('<https://example.com> www.example.com')).toBe('https://example.com www.example.com');
  });

  it('leaves text that cannot be markup alone', () => {
    expect(neutraliseMarkup('if a < b and x <= 5 then <3; Mobile data: 5 GB; enable JavaScript: Settings')).toBe(
      'if a < b and x <= 5 then <3; Mobile data: 5 GB; enable JavaScript: Settings',
    );
  });
});

describe('HTML from hostile Markdown', () => {
  it.each(HOSTILE)('%s: only allowed tags, attributes and URL schemes', (_name, markdown) => {
    const html = renderFor(markdown, 'html', 4000, 'en').content;
    // Sanitised HTML escapes every "<" of its text, so each "<" left opens a real tag.
    for (const [tag] of html.matchAll(/<[^>]*>/g)) {
      const [, name, attributes] = /^<\/?([a-z0-9]+)([^>]*)>$/i.exec(tag) ?? [];
      expect(
        [
          'p',
          'a',
          'img',
          'em',
          'strong',
          'b',
          'i',
          'code',
          'pre',
          'ul',
          'ol',
          'li',
          'table',
          'thead',
          'tbody',
          'tr',
          'th',
          'td',
          'div',
          'br',
        ],
        tag,
      ).toContain(name);
      for (const [, attribute, value] of (attributes ?? '').matchAll(/([a-z-]+)="([^"]*)"/gi)) {
        expect(['href', 'src', 'alt', 'title', 'rel', 'align', 'start'], tag).toContain(attribute);
        if (attribute === 'href' || attribute === 'src')
          expect(value, tag).toMatch(/^(?:https?:|mailto:|tel:|(?![a-z][a-z0-9+.-]*:))/i);
      }
    }
  });
});

describe('formats', () => {
  it('markdown output is the Markdown as written, for clients that render it with a sanitiser', () => {
    expect(FORMATS).toEqual(['html', 'markdown', 'text', 'speech']);
    expect(renderFor('Hi <b>you</b>', 'markdown', 4000, 'en').content).toBe('Hi <b>you</b>');
  });
});

describe('character references to no character', () => {
  const markdown = 'A <div>&#99999999;</div> `&#99999999;` [a](http://x/&#x110000;) &#xD800; &#0; &#x1F600; &amp;';

  it('read as U+FFFD in every format and in the indexed text, as HTML decodes them', () => {
    expect(markdownToText(markdown)).toBe('A \uFFFD \uFFFD a (http://x/\uFFFD) \uFFFD \uFFFD 😀 &');
    // Marked keeps a reference of more than 7 digits as text (CommonMark), and escapes it in the HTML it indexes from.
    expect(indexedText(markdown)).toBe('A &#99999999; &#99999999; a \uFFFD \uFFFD 😀 &');
    expect(indexedText('&#x110000; &#1114112;')).toBe('\uFFFD \uFFFD');
    for (const format of FORMATS) expect(() => renderFor(markdown, format, 4000, 'en'), format).not.toThrow();
  });
});

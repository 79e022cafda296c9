import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToSpeech, markdownToText, renderFor, truncateAtSentence } from './render.js';

describe('markdownToHtml', () => {
  it('renders Markdown and removes scripts, handlers and javascript: links', () => {
    const html = markdownToHtml('# Title\n\nHello **you** <script>alert(1)</script> <img src="x" onerror="alert(2)">\n\n[bad](javascript:alert(3)) [good](https://example.com)');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>you</strong>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow">good</a>');
  });
});

describe('markdownToText', () => {
  it('keeps the words, lists and link targets, drops the markup', () => {
    const text = markdownToText('## Steps\n\n1. Open **Settings**\n2. Tap *Security*\n\nSee [the guide](https://example.com/pin) & `code`.');
    expect(text).toBe('Steps\n\n1. Open Settings\n2. Tap Security\n\nSee the guide (https://example.com/pin) & code.');
  });
});

describe('markdownToSpeech', () => {
  it('has no URLs, markup or emoji and speaks symbols in the locale', () => {
    const speech = markdownToSpeech('Call us 24/7 🙂 at [our site](https://example.com) or www.example.com!\n\n- Fees: 5% + 2 €\n- **Ask** support@example.com', 'en');
    expect(speech).not.toMatch(/https?:|www\.|@|[*_#<>[\]]|\p{Extended_Pictographic}/u);
    expect(speech).toContain('5 percent plus 2 euros');
    expect(speech).toBe('Call us 24 or 7 at our site or. Fees: 5 percent plus 2 euros. Ask.');
    expect(markdownToSpeech('Frais : 5 % & taxes', 'fr-CA')).toBe('Frais: 5 pour cent et taxes.');
  });
});

describe('truncateAtSentence', () => {
  it('cuts at the last sentence boundary within the limit', () => {
    expect(truncateAtSentence('One two. Three four. Five six.', 22)).toEqual({ text: 'One two. Three four.', truncated: true });
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
    expect(renderFor(md, 'html', 45, 'en')).toEqual({ content: '<p>First sentence. Second sentence is <strong>here</strong>.</p>', truncated: true });
    expect(renderFor(md, 'text', 1000, 'en').content).toBe('First sentence. Second sentence is here. Third.');
    expect(renderFor(md, 'markdown', 1000, 'en').content).toBe(md);
  });
});

import { describe, expect, it } from 'vitest';
import { renderWording, wordingFor, wordingText } from './wording.js';

const content = { body: 'The **whole** body. It goes on.', summary: 'Short.', variants: { voice: 'Say this.' } };
const voice = { variantOrder: ['voice' as const, 'bot' as const], format: 'speech' as const, maxChars: 400 };
const web = { variantOrder: ['web' as const], format: 'html' as const, maxChars: 20 };

describe('wording', () => {
  it('picks the first variant written, else the summary for a short answer, else the body', () => {
    expect(wordingFor(voice, content, false)).toBe('voice');
    expect(wordingFor(web, content, true)).toBe('summary');
    expect(wordingFor(web, content, false)).toBe('body');
    expect(wordingFor(web, { ...content, summary: '  ' }, true)).toBe('body');
  });

  it('renders a named wording as the profile says, and knows when the content has no such wording', () => {
    expect(renderWording(web, content, 'body', 'en')).toMatchObject({ truncated: true, source: content.body });
    expect(renderWording(voice, content, 'voice', 'en').content).toBe('Say this.');
    expect(wordingText(content, 'bot')).toBeUndefined();
    expect(wordingText(content, 'summary')).toBe('Short.');
  });
});

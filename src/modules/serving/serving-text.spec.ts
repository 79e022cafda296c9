import { describe, expect, it } from 'vitest';
import { stripEmailHistory } from './email-text.js';
import { localeChain } from './locale.js';

describe('localeChain', () => {
  it('walks from the most specific tag to the default', () => {
    expect(localeChain('fr-CA', 'en')).toEqual(['fr-CA', 'fr', 'en']);
    expect(localeChain('en-GB', 'en')).toEqual(['en-GB', 'en']);
    expect(localeChain(undefined, 'en')).toEqual(['en']);
    expect(localeChain('zh-Hant-TW', 'fr')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'fr']);
  });
});

describe('stripEmailHistory', () => {
  it('drops quoted history and the signature', () => {
    const body = [
      'Hello,',
      '',
      'I forgot my voicemail PIN, how can I reset it?',
      '',
      'Thanks,',
      'Marie Dupont',
      '+33 6 12 34 56 78',
      '',
      'On Mon, 3 Nov 2025 at 10:00, Support <support@example.com> wrote:',
      '> Your ticket about billing was closed.',
    ].join('\n');
    expect(stripEmailHistory(body)).toBe('Hello,\n\nI forgot my voicemail PIN, how can I reset it?');
  });

  it('stops at a signature delimiter, a French quote header or an Outlook header block', () => {
    expect(stripEmailHistory('Bonjour,\nMa facture est fausse.\n-- \nJean\nSociété X')).toBe('Bonjour,\nMa facture est fausse.');
    expect(stripEmailHistory('Merci de me rappeler.\nLe 3 nov. 2025, Support a écrit :\n> ancien message')).toBe('Merci de me rappeler.');
    expect(stripEmailHistory('Please cancel.\n\nFrom: Support\nSent: Monday\nSubject: Re: order')).toBe('Please cancel.');
  });
});

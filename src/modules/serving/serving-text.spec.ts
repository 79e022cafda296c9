import { describe, expect, it } from 'vitest';
import { localeChain } from './locale.js';

describe('localeChain', () => {
  it('walks from the most specific tag to the default', () => {
    expect(localeChain('fr-CA', 'en')).toEqual(['fr-CA', 'fr', 'en']);
    expect(localeChain('en-GB', 'en')).toEqual(['en-GB', 'en']);
    expect(localeChain(undefined, 'en')).toEqual(['en']);
    expect(localeChain('zh-Hant-TW', 'fr')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'fr']);
  });
});

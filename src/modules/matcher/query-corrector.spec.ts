import { describe, expect, it } from 'vitest';
import { QueryCorrector, isOneEdit } from './query-corrector.js';
import { trainMatcher } from './question-matcher.js';

const model = trainMatcher(
  [
    { key: 'password', questions: ['reset my password', 'forgot password', 'change the password'] },
    { key: 'phone', questions: ['my iphone 15 is slow', 'phone not charging', 'the phone keeps restarting'] },
    { key: 'card', questions: ['lost my card', 'card declined'] },
  ],
  { locale: 'en' },
);
const corrected = (query: string) =>
  new QueryCorrector(model)
    .correct(query)
    .map((w) => w.term)
    .join(' ');

describe('QueryCorrector', () => {
  it('tells one edit (insertion, deletion, replacement, swap of neighbours) from more', () => {
    expect(['pasword', 'passwrod', 'passwordd', 'passwerd'].map((typo) => isOneEdit(typo, 'password'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['password', 'pswrd', 'wordpass'].map((other) => isOneEdit(other, 'password'))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('corrects unknown words to the closest known word, and splits run-together known words', () => {
    expect(corrected('resett my pasword')).toBe('reset my password');
    expect(corrected('iphone15 not chargign')).toBe('iphon 15 not charg');
    expect(corrected('lsot crad')).toBe('lost card');
  });

  it('leaves known words, short words and words far from every known one alone', () => {
    expect(corrected('weather on mars')).toBe('weather on mar');
    expect(corrected('my ok')).toBe('my ok');
  });
});

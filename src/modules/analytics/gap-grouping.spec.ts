import { describe, expect, it } from 'vitest';
import { jaccard, TopicGrouper, wordsOf } from './gap-grouping.js';

describe('gap topic grouping', () => {
  const grouper = new TopicGrouper([
    { id: 'park', locale: 'en', key: 'where can i park my car', nearestArticleId: null },
    { id: 'bill', locale: 'en', key: 'how do i pay my bill', nearestArticleId: 'a1' },
  ]);

  it('puts reworded questions in one topic unless the matcher names two different nearest articles', () => {
    expect(grouper.find('en', 'where do i park my car', null)).toBe('park');
    expect(grouper.find('en', 'where do i park my car', 'a1')).toBe('park');
    expect(grouper.find('en', 'how can i pay my bill', 'a1')).toBe('bill');
    expect(grouper.find('en', 'how can i pay my bill', null)).toBe('bill');
  });

  it('keeps apart questions near another article, in another locale, or sharing too few words', () => {
    expect(grouper.find('en', 'how can i pay my bill', 'a2')).toBeUndefined();
    expect(grouper.find('fr', 'where do i park my car', null)).toBeUndefined();
    expect(grouper.find('en', 'where is my parcel', null)).toBeUndefined();
  });

  it('learns the topics added after it was built', () => {
    expect(grouper.find('en', 'cancel my subscription now', null)).toBeUndefined();
    grouper.add({ id: 'cancel', locale: 'en', key: 'cancel my subscription', nearestArticleId: null });
    expect(grouper.find('en', 'cancel my subscription now', null)).toBe('cancel');
  });

  it('compares the words that carry the topic, as the matcher analyses them', () => {
    expect(jaccard(wordsOf('en', 'how do i reset my pin'), wordsOf('en', 'how do i pay my bill'))).toBe(0);
    expect(jaccard(wordsOf('en', 'where can i park my car'), wordsOf('en', 'where do i park my cars'))).toBe(1);
    expect(grouper.find('en', 'how do i pay my invoice', 'a1')).toBeUndefined();
    expect(jaccard(wordsOf('en', ''), wordsOf('en', ''))).toBe(0);
  });
});

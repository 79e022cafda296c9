/** A constant response the size of a 10-hit search: what the framework and hook benches serve. */
const hit = (i: number) => ({
  articleId: '0193a0b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b',
  slug: `reset-your-voicemail-pin-${i}`,
  revision: 3,
  locale: 'en',
  title: `Reset your voicemail PIN ${i}`,
  snippet:
    'If you forgot your <mark>PIN</mark>, open the app and choose Settings, then Voicemail, then <mark>reset</mark> the code.',
  score: 12.3456 + i,
});
export const SEARCH_LIKE_RESPONSE = {
  searchId: '0193a0b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b',
  locales: ['en'],
  total: 134,
  hits: Array.from({ length: 10 }, (_, i) => hit(i)),
};

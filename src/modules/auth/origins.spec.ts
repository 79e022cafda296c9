import { describe, expect, it } from 'vitest';
import { assertOriginAllowed, crossOriginOf, normaliseOrigin } from './origins.js';

describe('normaliseOrigin', () => {
  it('keeps http(s) origins in the form browsers send', () => {
    expect(normaliseOrigin('https://WWW.Example.com')).toBe('https://www.example.com');
    expect(normaliseOrigin('https://www.example.com/')).toBe('https://www.example.com');
    expect(normaliseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(normaliseOrigin('https://example.com:443')).toBe('https://example.com');
  });

  it('refuses anything that is not an origin alone', () => {
    for (const value of [
      '*',
      'example.com',
      'ftp://example.com',
      'https://example.com/faq',
      'https://example.com?x=1',
      'https://u:p@example.com',
      'javascript:alert(1)',
      'null',
      'https://example.com//',
    ]) {
      expect(normaliseOrigin(value), value).toBeNull();
    }
  });
});

describe('browser origin of a request', () => {
  const principal = {
    keyId: 'k',
    name: 'widget',
    role: 'public' as const,
    channel: 'web' as const,
    allowedOrigins: ['https://shop.example'],
  };

  it('lets same-origin and non-browser requests through whatever the key lists', () => {
    expect(crossOriginOf({ headers: { host: 'kb.example:3000' } })).toBeNull();
    expect(crossOriginOf({ headers: { host: 'kb.example:3000', origin: 'http://kb.example:3000' } })).toBeNull();
    expect(
      crossOriginOf({ headers: { host: '10.0.0.5', 'x-forwarded-host': 'kb.example', origin: 'https://kb.example' } }),
    ).toBeNull();
    expect(() =>
      assertOriginAllowed({ ...principal, allowedOrigins: [] }, { headers: { host: 'kb.example' } }),
    ).not.toThrow();
  });

  it('refuses a cross-origin page the key does not list, and an opaque origin', () => {
    expect(() =>
      assertOriginAllowed(principal, { headers: { host: 'kb.example', origin: 'https://shop.example' } }),
    ).not.toThrow();
    expect(() =>
      assertOriginAllowed(principal, { headers: { host: 'kb.example', origin: 'https://evil.example' } }),
    ).toThrow(/evil\.example/);
    expect(() => assertOriginAllowed(principal, { headers: { host: 'kb.example', origin: 'null' } })).toThrow();
    expect(() =>
      assertOriginAllowed(
        { ...principal, allowedOrigins: undefined },
        { headers: { host: 'kb.example', origin: 'https://shop.example' } },
      ),
    ).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig, trustProxyOption } from './app-config.js';

describe('TRUSTED_PROXIES', () => {
  it('trusts no proxy by default', () => {
    expect(trustProxyOption(loadConfig({}).TRUSTED_PROXIES)).toBe(false);
  });

  it('accepts addresses, CIDR ranges and the named ranges, IPv4 and IPv6', () => {
    const config = loadConfig({ TRUSTED_PROXIES: '10.0.0.7, 172.16.0.0/12,::1, fd00::/8,loopback' });
    expect(trustProxyOption(config.TRUSTED_PROXIES)).toEqual([
      '10.0.0.7',
      '172.16.0.0/12',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses host names, bad ranges and hop counts at boot, naming the setting', () => {
    for (const value of ['proxy.internal', '10.0.0.0/33', '10.0.0.1/8/2', '2', '10.0.0.1,']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: value }), value).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe('REDIS_URL', () => {
  it('accepts redis and rediss URLs, with credentials and database', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:secret@redis:6379/0' }).REDIS_URL).toBe('redis://:secret@redis:6379/0');
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example.com:6380' }).REDIS_URL).toBe(
      'rediss://cache.example.com:6380',
    );
  });

  it('refuses another scheme at boot', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://redis:6379' })).toThrow(/REDIS_URL/);
  });
});

import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PRIVATE_TARGETS } from '../../../test/support/private-targets.js';
import {
  isPublicAddress,
  pinnedLookup,
  PrivateTargetError,
  publicAddressesOf,
  type Resolver,
} from './target-address.js';

const resolvingTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('webhook target addresses', () => {
  it.each(PRIVATE_TARGETS)('refuses %s', async (url) => {
    // localhost resolves through the system resolver; literals never reach it.
    await expect(publicAddressesOf(new URL(url))).rejects.toBeInstanceOf(PrivateTargetError);
  });

  it('accepts public addresses, literal or resolved', async () => {
    expect(await publicAddressesOf(new URL('https://93.184.216.34/hook'))).toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
    expect(await publicAddressesOf(new URL('https://[2606:2800:220:1::1]/hook'))).toEqual([
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    const addresses = await publicAddressesOf(
      new URL('https://hooks.example.com/x'),
      resolvingTo('93.184.216.34', '2606:2800:220:1::1'),
    );
    expect(addresses.map((a) => a.address)).toEqual(['93.184.216.34', '2606:2800:220:1::1']);
    expect(['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888'].every(isPublicAddress)).toBe(true);
  });

  it('refuses a name if any of its addresses is not public, and says which', async () => {
    const check = publicAddressesOf(new URL('https://hooks.example.com/x'), resolvingTo('93.184.216.34', '10.1.2.3'));
    await expect(check).rejects.toThrow(
      'hooks.example.com resolves to 10.1.2.3, which is not a public internet address',
    );
  });

  it('connects to the checked address, not to what the name resolves to at connection time', async () => {
    const server = createServer((_req, res) => res.end('pinned'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // `unresolvable.invalid` has no DNS answer: reaching the server proves the socket asked the pinned lookup only.
      const answer = await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            host: 'unresolvable.invalid',
            port,
            path: '/',
            agent: false,
            lookup: pinnedLookup([{ address: '127.0.0.1', family: 4 }]),
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
          },
        );
        req.on('error', reject).end();
      });
      expect(answer).toBe('pinned');
    } finally {
      server.close();
    }
  });
});

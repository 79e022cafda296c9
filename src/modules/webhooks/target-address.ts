import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** An address a webhook target resolved to. */
export interface TargetAddress {
  address: string;
  family: number;
}

export type Resolver = (hostname: string) => Promise<TargetAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** A webhook target that is, or resolves to, an address outside the public internet. */
export class PrivateTargetError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(
      hostname === address
        ? `${address} is not a public internet address`
        : `${hostname} resolves to ${address}, which is not a public internet address`,
    );
  }
}

/**
 * Whether an address is on the public internet: ipaddr.js's `unicast` range, after unwrapping IPv4-mapped IPv6.
 * Everything else is refused: loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16 with the cloud
 * metadata service, fe80::/10), unique-local fc00::/7, CGNAT 100.64/10, unspecified, multicast, broadcast, reserved,
 * and IPv6 ranges that embed an IPv4 address (NAT64, 6to4, Teredo), whose IPv4 part could be any of those.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * The addresses of a URL's host, each checked: throws PrivateTargetError if any is not public. An IP literal in any
 * spelling (`0x7f000001`, `2130706433`, `127.1`, `[::ffff:127.0.0.1]`) is checked as the WHATWG URL parser
 * normalises it, which is the address a client would connect to.
 */
export async function publicAddressesOf(
  url: URL,
  resolve: Resolver = systemResolver,
  signal?: AbortSignal,
): Promise<TargetAddress[]> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(hostname)
    ? [{ address: hostname, family: isIP(hostname) }]
    : await resolveUntil(resolve, hostname, signal);
  const refused = addresses.find((a) => !isPublicAddress(a.address));
  if (refused) throw new PrivateTargetError(hostname, refused.address);
  return addresses;
}

/** Rejects with the signal's reason once it aborts: a system lookup cannot be cancelled, so its wait is abandoned. */
function resolveUntil(resolve: Resolver, hostname: string, signal: AbortSignal | undefined): Promise<TargetAddress[]> {
  if (!signal) return resolve(hostname);
  signal.throwIfAborted();
  return new Promise((resolved, rejected) => {
    const abort = () => rejected(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    resolve(hostname)
      .then(resolved, rejected)
      .finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A `lookup` for a socket that answers only with addresses already checked, so that the connection goes where the
 * check looked: a name that resolves elsewhere in between (DNS rebinding) is never resolved again.
 */
export function pinnedLookup(addresses: TargetAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const usable =
      options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    if (usable.length === 0)
      callback(Object.assign(new Error(`no checked IPv${options.family} address`), { code: 'ENOTFOUND' }), '', 0);
    else if (options.all) (callback as (error: null, addresses: TargetAddress[]) => void)(null, usable);
    else callback(null, usable[0].address, usable[0].family);
  };
}

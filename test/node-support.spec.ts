import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/**
 * package.json declares Node ^20.19 || >=22.12. Three transitive dependencies declare Node >= 22 (file-type via
 * @nestjs/common, cookie via light-my-request, content-disposition via @fastify/static) but use no API newer than
 * Node 20.19: this runs the code Savoir's stack reaches in each of them on the Node running the tests.
 */
describe(`dependencies declaring Node >= 22, on Node ${process.versions.node}`, () => {
  it('file-type detects a PNG from its bytes (Nest file validation)', async () => {
    const { fileTypeFromBuffer } = await import('file-type');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(await fileTypeFromBuffer(png)).toEqual({ ext: 'png', mime: 'image/png' });
  });

  it('cookie writes and reads a Set-Cookie header (Fastify inject)', () => {
    const { stringifySetCookie, parseSetCookie } = require('cookie') as typeof import('cookie');
    const header = stringifySetCookie({ name: 'session', value: 'a b', httpOnly: true, path: '/' });
    expect(parseSetCookie(header)).toMatchObject({ name: 'session', value: 'a b', httpOnly: true, path: '/' });
  });

  it('content-disposition encodes a non-ASCII file name (static file downloads)', () => {
    const { create, parse } = require('content-disposition') as typeof import('content-disposition');
    const header = create('réponses.csv');
    expect(parse(header)).toMatchObject({ type: 'attachment', parameters: { filename: 'réponses.csv' } });
  });
});

/**
 * What NestJS itself costs a request on this machine: the same constant response (the size of a 10-hit search) from
 * a bare Fastify route, from a Nest controller on the Fastify adapter, and from that controller with the global
 * validation pipe and a one-field query class, as Savoir's endpoints have. No database, no engine, no logging: the
 * framework's own share of the serving endpoints' cost, next to the serving bench's floor (bench/serving-speed.ts).
 *
 * Run: npx tsc -p tsconfig.json --outDir dist && node dist/bench/nest-overhead.js (CONNECTIONS=32, DURATION=10)
 */
import 'reflect-metadata';
import { Controller, Get, Module, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString, Length } from 'class-validator';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { createValidationPipe } from '../src/common/validation.js';
import { observed, runLoad } from './load.js';
import { SEARCH_LIKE_RESPONSE as response } from './search-like-response.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const DURATION = Number(process.env.DURATION ?? 10);

class PingQuery {
  @IsString()
  @Length(1, 500)
  q!: string;
}

@Controller()
class PingController {
  @Get('plain')
  plain() {
    return response;
  }

  @Get('validated')
  validated(@Query() _query: PingQuery) {
    return response;
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

const nest = await NestFactory.create<NestFastifyApplication>(PingModule, new FastifyAdapter(), { logger: false });
nest.useGlobalPipes(createValidationPipe());
await nest.listen(0, '127.0.0.1');
const bare = Fastify();
bare.get('/plain', async () => response);
await bare.listen({ port: 0, host: '127.0.0.1' });
const url = (server: { address(): AddressInfo | string | null }) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const requests = (path: string) =>
  Array.from({ length: 100 }, (_, i) => ({ method: 'GET' as const, path: `${path}?q=reset+pin+${i}` }));
for (const [title, base, path] of [
  ['bare Fastify', url(bare.server), '/plain'],
  ['Nest controller', url(nest.getHttpServer()), '/plain'],
  ['Nest controller + validation pipe', url(nest.getHttpServer()), '/validated'],
] as const) {
  const result = await observed(() =>
    runLoad({ url: base, connections: CONNECTIONS, duration: DURATION, headers: {}, requests: requests(path) }),
  );
  console.log(
    `${title.padEnd(36)} ${String(Math.round(result.requests)).padStart(6)} req/s   p99 ${result.p99} ms   server ${Math.round(result.cpuUsPerRequest)} µs CPU/request`,
  );
}
await bare.close();
await nest.close();

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../common/domain.js';
import type { Loaders } from './loaders.js';

/**
 * What every resolver gets: the Fastify request (the auth guard reads its key and sets `principal`) and per-request
 * loaders.
 */
export interface GraphQLContext {
  req: FastifyRequest & { principal?: Principal };
  reply: FastifyReply;
  loaders: Loaders;
}

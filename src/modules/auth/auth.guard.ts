import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasRole, Role } from '../../common/domain.js';
import { DomainError } from '../../common/errors.js';
import { ApiKeysService } from './api-keys.service.js';
import { ANONYMOUS, bearerToken, MIN_ROLE, requestOf } from './auth.decorators.js';
import { assertOriginAllowed } from './origins.js';
import { rateLimitedClient, RateLimitsService } from './rate-limits.service.js';

/**
 * Every request needs a key (`Authorization: Bearer <key>`) unless its handler is marked @Anonymous; the handler's
 * @MinRole (default: admin, so that a forgotten decorator fails closed) bounds which keys get through. Failed
 * authentications are limited per client address (an IPv6 client's /64; past the limit even a right key waits for the
 * window's end, so
 * that guessing keys learns nothing); `public` and `bot` keys are rate limited per key and client address.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    private readonly limits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(ANONYMOUS, targets)) return true;
    const request = requestOf(context);
    const address = rateLimitedClient(request.ip ?? '');
    const secret = bearerToken(request.headers['authorization']);
    this.limits.assertMayAuthenticate(address);
    const principal = secret === undefined ? null : await this.keys.authenticate(secret);
    if (!principal) {
      await this.limits.recordFailure(address);
      throw new DomainError(
        'UNAUTHENTICATED',
        secret !== undefined ? 'The API key is unknown or revoked' : 'Send an API key as "Authorization: Bearer <key>"',
      );
    }
    request.principal = principal;
    assertOriginAllowed(principal, request);
    const required = this.reflector.getAllAndOverride<Role>(MIN_ROLE, targets) ?? 'admin';
    if (!hasRole(principal.role, required)) {
      throw new DomainError(
        'FORBIDDEN',
        `This operation needs a key with role "${required}" or higher; this key has role "${principal.role}"`,
      );
    }
    if (!hasRole(principal.role, 'agent')) await this.limits.consumeKeyRequest(principal.keyId, address);
    return true;
  }
}

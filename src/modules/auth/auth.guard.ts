import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '../../config/app-config.js';
import { hasRole, Role } from '../../common/domain.js';
import { DomainError } from '../../common/errors.js';
import { ApiKeysService } from './api-keys.service.js';
import { ANONYMOUS, MIN_ROLE, requestOf } from './auth.decorators.js';
import { assertOriginAllowed } from './origins.js';

const WINDOW_MS = 60_000;

/**
 * Every request needs a key (`Authorization: Bearer <key>`) unless its handler is marked @Anonymous; the handler's
 * @MinRole (default: admin, so that a forgotten decorator fails closed) bounds which keys get through. `public` and
 * `bot` keys are rate limited per key and client address.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(ANONYMOUS, targets)) return true;
    const request = requestOf(context);
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new DomainError('UNAUTHENTICATED', 'Send an API key as "Authorization: Bearer <key>"');
    const principal = await this.keys.authenticate(match[1]);
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'The API key is unknown or revoked');
    request.principal = principal;
    assertOriginAllowed(principal, request);
    const required = this.reflector.getAllAndOverride<Role>(MIN_ROLE, targets) ?? 'admin';
    if (!hasRole(principal.role, required)) {
      throw new DomainError('FORBIDDEN', `This operation needs a key with role "${required}" or higher; this key has role "${principal.role}"`);
    }
    if (!hasRole(principal.role, 'agent')) this.rateLimit(`${principal.keyId}|${request.ip ?? ''}`);
    return true;
  }

  private rateLimit(bucket: string): void {
    const now = Date.now();
    let window = this.windows.get(bucket);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size > 50_000) this.windows.clear();
      window = { start: now, count: 0 };
      this.windows.set(bucket, window);
    }
    window.count += 1;
    if (window.count > this.config.PUBLIC_RATE_LIMIT_PER_MINUTE) {
      const retryAfter = Math.ceil((window.start + WINDOW_MS - now) / 1000);
      throw new DomainError('RATE_LIMITED', `Rate limit of ${this.config.PUBLIC_RATE_LIMIT_PER_MINUTE} requests per minute exceeded`, {}, [], retryAfter);
    }
  }
}

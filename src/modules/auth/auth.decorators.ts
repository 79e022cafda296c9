import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal, Role } from '../../common/domain.js';

export const MIN_ROLE = 'savoir:min-role';
export const ANONYMOUS = 'savoir:anonymous';

/** The least role a key needs to call this handler. */
export const MinRole = (role: Role) => SetMetadata(MIN_ROLE, role);

/** Reachable without a key (health, docs). */
export const Anonymous = () => SetMetadata(ANONYMOUS, true);

export function requestOf(context: ExecutionContext): {
  principal?: Principal;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
} {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The authenticated caller. */
/** The credential of an `Authorization: Bearer <credential>` header, if the header has that form. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => requestOf(context).principal!,
);

import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { AccessScope, type AuthUser } from './access-scope';
import type { Role } from './domain/roles';

export const IS_PUBLIC = 'yiyang:public';
export const REQUIRED_ROLES = 'yiyang:roles';

/** Answers without a token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the endpoint; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type AuthenticatedRequest = { user: AuthUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

/** The caller's AccessScope, to put into the query. */
export const Scope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AccessScope =>
    new AccessScope(context.switchToHttp().getRequest<AuthenticatedRequest>().user),
);

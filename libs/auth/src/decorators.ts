import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { ApiErrors } from '@yiyang/core';
import { AccessScope, type AuthUser } from './access-scope';
import type { Role } from './domain/roles';

export const IS_PUBLIC = 'yiyang:public';
export const REQUIRED_ROLES = 'yiyang:roles';

/** Answers without a token (login, health); the document says so with an empty security requirement (no 401). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));

/** Only these roles may call the endpoint; others get 403, which the document declares. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiErrors(403));

export type AuthenticatedRequest = { user: AuthUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

/** The caller's AccessScope, to put into the query. */
export const Scope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AccessScope =>
    new AccessScope(context.switchToHttp().getRequest<AuthenticatedRequest>().user),
);

import { applyDecorators, createParamDecorator, type ExecutionContext, HttpCode, Post, SetMetadata, type Type } from '@nestjs/common';
import { ApiOkResponse, type ApiOperationOptions, ApiOperation, ApiSecurity } from '@nestjs/swagger';
import { ApiErrors } from '@yiyang/core';
import { AccessScope, type AuthUser } from './access-scope';
import type { Role } from './domain/roles';

export const IS_PUBLIC = 'yiyang:public';
export const REQUIRED_ROLES = 'yiyang:roles';

/** Answers without a token (login, health); the document says so with an empty security requirement (no 401). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));

/** Only these roles may call the endpoint; others get 403, which the document declares. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiErrors(403));

/**
 * A state-changing action on one record (`service-orders/:id/cancel`): a POST answered 200 with the record as it now
 * is, for the given roles (anyone signed in without them). The decorators run in the order they had when written
 * one by one on each method, so the document lists the responses in the same order.
 */
export const Action = (path: string, type: Type, { roles, ...operation }: ApiOperationOptions & { roles?: readonly Role[] }) =>
  applyDecorators(ApiOkResponse({ type }), ApiOperation(operation), ...(roles ? [Roles(...roles)] : []), HttpCode(200), Post(path));

export type AuthenticatedRequest = { user: AuthUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

/** The caller's AccessScope, to put into the query. */
export const Scope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AccessScope =>
    new AccessScope(context.switchToHttp().getRequest<AuthenticatedRequest>().user),
);

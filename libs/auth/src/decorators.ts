import { applyDecorators, createParamDecorator, type ExecutionContext, Get, HttpCode, Post, SetMetadata, type Type } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, type ApiOperationOptions, ApiPayloadTooLargeResponse, ApiSecurity } from '@nestjs/swagger';
import { ApiErrors, describeImportColumns, RecordImportResultDto, type RecordImportSpec, TABULAR_FILE_BODY, TabularUpload } from '@yiyang/core';
import { AccessScope, type AuthUser } from './access-scope';
import type { Role } from './domain/roles';

export const IS_PUBLIC = 'yiyang:public';
export const REQUIRED_ROLES = 'yiyang:roles';

/** Answers without a token (login, health); the document says so with an empty security requirement (no 401). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));

/** Only these roles may call the endpoint; others get 403, which the document declares. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiErrors(403));

type EndpointOptions = ApiOperationOptions & { roles?: readonly Role[] };

/**
 * One endpoint's route, roles and documentation. They are applied in the order they had when written one by one on
 * each method (response, operation, roles, route), so the document lists the responses in the same order.
 */
function endpoint(response: MethodDecorator, { roles, ...operation }: EndpointOptions, ...route: MethodDecorator[]) {
  return applyDecorators(response, ApiOperation(operation), ...(roles ? [Roles(...roles)] : []), ...route);
}

/** A GET answered 200 with `type`, for the given roles (anyone signed in without them). */
export const Read = (path: string, type: Type | [Type], options: EndpointOptions) => endpoint(ApiOkResponse({ type }), options, Get(path));

/** A POST that makes a record, answered 201 with it. */
export const Create = (path: string, type: Type | [Type], options: EndpointOptions) => endpoint(ApiCreatedResponse({ type }), options, Post(path));

/** A state-changing action on one record (`service-orders/:id/cancel`): a POST answered 200 with the record as it now is. */
export const Action = (path: string, type: Type, options: EndpointOptions) => endpoint(ApiOkResponse({ type }), options, HttpCode(200), Post(path));

/**
 * A POST taking one CSV or XLSX list (multipart field `file`) whose rows become records of `spec`'s DTO, all or
 * nothing, answered 201 with the counts. The description lists the columns. The method reads the file with
 * `@UploadedFile()` and `readImportRecords`.
 */
export const ImportList = <T extends object>(path: string, spec: RecordImportSpec<T>, { description, ...options }: EndpointOptions) =>
  endpoint(
    ApiCreatedResponse({ type: RecordImportResultDto }),
    { ...options, description: [description, describeImportColumns(spec)].filter(Boolean).join(' ') },
    Post(path),
    TabularUpload(),
    ApiConsumes('multipart/form-data'),
    ApiBody(TABULAR_FILE_BODY),
    ApiPayloadTooLargeResponse({ description: 'Past the upload or row limits (UPLOAD_MAX_BYTES, IMPORT_MAX_ROWS)' }),
  );

export type AuthenticatedRequest = { user: AuthUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

/** The caller's AccessScope, to put into the query. */
export const Scope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AccessScope =>
    new AccessScope(context.switchToHttp().getRequest<AuthenticatedRequest>().user),
);

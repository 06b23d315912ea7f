import { applyDecorators } from '@nestjs/common';
import {
  ApiResponse,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { DOMAIN_ERROR_CODES } from '../errors/domain-errors';

/** The one error schema of the document: what HttpExceptionFilter sends for every non-2xx answer (ErrorBody). */
export const API_ERROR_SCHEMA = 'ApiError';

const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  FieldProblem: {
    type: 'object',
    description: '一个字段的问题 · What is wrong with one field (validation, refused values)',
    required: ['field', 'messages'],
    properties: {
      field: { type: 'string', description: 'Path of the field: `items[2].score`, `regionCode`, `headers.x-y`', example: 'regionCode' },
      messages: { type: 'array', items: { type: 'string' }, example: ['regionCode must be a 12-digit region code'] },
    },
  },
  RowProblem: {
    type: 'object',
    description: '导入文件中的一行问题 · A bad row of an imported file',
    required: ['line', 'field', 'message'],
    properties: {
      line: { type: 'integer', description: 'Line of the file, from 1 (the header)', example: 7 },
      field: { type: 'string', description: 'Column', example: 'parent_code' },
      message: { type: 'string', example: 'no such region' },
    },
  },
  BedHolder: {
    type: 'object',
    description: '占用床位者（脱敏，同床位一览）· Who holds the bed asked for: masked, as the bed board shows them',
    required: ['stayId', 'occupant', 'since', 'until'],
    properties: {
      stayId: { type: 'string', format: 'uuid', description: '入住记录 · The stay holding the bed' },
      occupant: { type: 'string', description: '入住老人（脱敏）· Occupant, masked', example: '张*' },
      since: { type: 'string', format: 'date', description: '入住日期 · Admitted on' },
      until: { type: 'string', format: 'date', nullable: true, description: '出院日期（不含；仍在住为空）· First day away, null while staying' },
    },
  },
  [API_ERROR_SCHEMA]: {
    type: 'object',
    description: '错误 · The body of every error response',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer', description: 'The HTTP status, repeated', example: 404 },
      error: { type: 'string', description: 'Its reason phrase', example: 'Not Found' },
      message: { type: 'string', example: 'Facility 3f2c0c9e-2a4b-4a57-9a43-0c5b2f1d9e11 not found' },
      code: {
        type: 'string',
        description: 'The kind of a refusal the domain made on purpose (absent on validation, constraint and transport errors)',
        enum: DOMAIN_ERROR_CODES,
        example: 'not_found',
      },
      details: {
        description:
          'Which fields are wrong (400, 409 and 422 naming a field), the first bad rows of a refused import, or — on the readiness check only — the state of each dependency',
        oneOf: [
          { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/FieldProblem' }, { $ref: '#/components/schemas/RowProblem' }] } },
          { type: 'object', additionalProperties: true },
        ],
      },
      heldBy: {
        allOf: [{ $ref: '#/components/schemas/BedHolder' }],
        description: 'On a 409 for a bed someone else holds on the dates asked (admission, transfer, accepted offer): who, so the page can say so and refresh',
      },
      requestId: { type: 'string', description: 'The X-Request-Id of the request, to quote when reporting it', example: '0f9a4f0e-8d6c-4b1e-9c57-2d0f3c1a7b55' },
    },
  },
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `details` names each field',
  401: 'No valid bearer token',
  403: 'The caller\'s role may not do this',
  404: 'Not found, or outside the caller\'s scope',
  409: 'Conflicts with the current state (duplicate, occupied, changed concurrently)',
  413: 'The body is larger than the API accepts',
  415: 'The body is not of a media type the operation takes',
  422: 'Well-formed, but a rule refuses it',
  429: 'Too many attempts: try again after Retry-After seconds',
  503: 'A service the request needs is down: try again after Retry-After seconds',
};

/**
 * The error responses that depend on the rules an operation applies: `@ApiErrors(422)`. Those that follow from the
 * operation's shape (400, 401, 404, 409, 413, 415) are added to every operation by describeErrorResponses, and 403 by
 * @Roles; all of them answer with the ApiError schema.
 */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error' })));
}

const errorResponse = (status: number): ResponseObject => ({
  description: DESCRIPTIONS[status] ?? 'Error',
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${API_ERROR_SCHEMA}` } } },
});

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Completes the error responses of every operation of the document, so a generated client types `.error`:
 * - 400 when it takes input (path, query or body: the validation pipe and RequestInputInterceptor refuse bad input);
 * - 401 unless it is public (`security` allows no token);
 * - 404 when its path names a resource;
 * - 409 when it writes and needs a token: any write may meet a concurrent one (serialization failure, deadlock, lock
 *   timeout: "changed concurrently, try again"), besides the duplicates and occupied periods the rules refuse;
 * - 413 and 415 when it takes a body (the body parser's limit; RequestInputInterceptor's media type check);
 * and gives every error response, declared here or by a decorator, the ApiError schema.
 */
export function describeErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...ERROR_SCHEMAS } };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = path[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []) as (ParameterObject | ReferenceObject)[];
      const inPath = parameters.some((parameter) => 'in' in parameter && parameter.in === 'path');
      const security = operation.security ?? document.security ?? [];
      const needsToken = security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
      const inferred = [
        ...(parameters.length || operation.requestBody ? [400] : []),
        ...(needsToken ? [401] : []),
        ...(inPath ? [404] : []),
        ...(method !== 'get' && needsToken ? [409] : []),
        ...(operation.requestBody ? [413, 415] : []),
      ];
      for (const status of inferred) operation.responses[status] ??= errorResponse(status);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || !response || '$ref' in response) continue;
        const { description, content } = errorResponse(Number(status));
        operation.responses[status] = { ...response, description: response.description || description, content };
      }
    }
  }
  return document;
}

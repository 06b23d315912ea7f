import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, UnsupportedMediaTypeException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import type { FieldProblem } from '../errors/domain-errors';
import { unstorableInput } from './storable-input';
import { RequestValidationException } from './validation';

/** Where @ApiConsumes keeps an operation's media types (@nestjs/swagger's API_CONSUMES, not exported). */
const API_CONSUMES = 'swagger/apiConsumes';

/** What an operation takes when it declares nothing else with @ApiConsumes: the one body the API parses by default. */
const JSON_ONLY = ['application/json'];

/**
 * The one place every request's input is checked before any handler, pipe or query sees it (body parsers have run,
 * the route is known):
 * - a body of a media type the operation does not declare is a 415. Express parses only JSON here, so a text/plain
 *   or XML body would otherwise reach the handler as no body at all and a PATCH would answer 200 having done nothing;
 * - text Postgres cannot store, in the body, the query, the path or a header, is a 400 naming where it is, instead
 *   of a 500 from the database half-way through the handler; so is nesting past MAX_INPUT_DEPTH.
 */
@Injectable()
export class RequestInputInterceptor implements NestInterceptor {
  private readonly reflector = new Reflector();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const consumes =
      this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]) ?? JSON_ONLY;
    if (hasContent(request) && request.is(consumes) === false) {
      throw new UnsupportedMediaTypeException(`This operation takes ${consumes.join(' or ')}, not ${request.headers['content-type'] ?? 'a body without a Content-Type'}`);
    }
    const problems: FieldProblem[] = [
      ...unstorableInput(request.params),
      ...unstorableInput(request.query),
      ...unstorableInput(request.body),
      ...unstorableInput(request.headers, 'headers'),
    ];
    if (problems.length) throw new RequestValidationException(problems);
    return next.handle();
  }
}

/** A body of at least one byte: a body-less POST (or `Content-Length: 0`) needs no Content-Type. */
function hasContent(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { RootLogger } from '../logging/logger';
import { requestContext } from '../logging/request-context';
import { scrubUrl } from '../logging/scrub';

const CLIENT_REQUEST_ID = /^[\w.:-]{1,128}$/;
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the caller's X-Request-Id when it is well-formed), returns it in the response,
 * opens the request context that log lines and audit rows read, and writes one access-log line per request.
 */
export function requestLoggingMiddleware(logger: RootLogger) {
  const httpLogger = pinoHttp({
    logger,
    genReqId: (req) => (req as Request & { id: string }).id,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${scrubUrl(req.url ?? '')} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${scrubUrl(req.url ?? '')} ${res.statusCode}`,
    serializers: {
      req: (req: { method: string; url: string; remoteAddress?: string }) => ({
        method: req.method,
        url: scrubUrl(req.url),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // The request id is already in every line through the logger's mixin.
    quietReqLogger: true,
    autoLogging: { ignore: (req) => req.url === '/health/live' },
  });

  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header(REQUEST_ID_HEADER);
    const requestId = incoming && CLIENT_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (req as Request & { id: string }).id = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    requestContext.run({ requestId, ip: req.ip }, () => httpLogger(req, res, next));
  };
}

import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, UseInterceptors, applyDecorators } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { InvalidInputError, PayloadTooLargeError } from '../errors/domain-errors';

/** The multipart envelope around the file: boundaries, part headers, a few small fields. */
const ENVELOPE_BYTES = 64 * 1024;

function tooLarge(limit: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The upload is larger than ${limit} bytes (UPLOAD_MAX_BYTES); split the file`);
}

/**
 * Receives the one file of an import (multipart field `file`) into memory within UPLOAD_MAX_BYTES. A declared
 * Content-Length past the limit is refused before a byte of the body is read, and the connection closed so the
 * client stops sending; a chunked upload, which declares nothing, is cut off by multer once the file reaches the
 * limit.
 */
@Injectable()
export class TabularUploadInterceptor implements NestInterceptor {
  private readonly receive: (req: Request, res: Response, done: (error?: unknown) => void) => void;

  constructor(private readonly config: AppConfig) {
    this.receive = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 20, parts: 25, fieldSize: 64 * 1024 },
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const limit = this.config.uploadMaxBytes;
    const declared = Number(request.headers['content-length']);
    if (declared > limit + ENVELOPE_BYTES) {
      response.setHeader('Connection', 'close');
      throw tooLarge(limit);
    }
    await new Promise<void>((resolve, reject) => {
      // A chunked body declares no length: count it as it arrives, and answer as soon as it is too long. (multer
      // stops storing the file at the limit too, but answers only once the client has sent everything.)
      let received = 0;
      const countBytes = (chunk: Buffer) => {
        received += chunk.length;
        if (received <= limit + ENVELOPE_BYTES) return;
        request.off('data', countBytes);
        response.setHeader('Connection', 'close');
        reject(tooLarge(limit));
      };
      request.on('data', countBytes);
      this.receive(request, response, (error) => {
        request.off('data', countBytes);
        if (!error) return resolve();
        if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
          response.setHeader('Connection', 'close');
          return reject(tooLarge(limit));
        }
        const message = error instanceof Error ? error.message : String(error);
        reject(new InvalidInputError('Validation failed: file', [{ field: 'file', messages: [`not a readable upload: ${message}`] }]));
      });
    });
    return next.handle();
  }
}

/** The endpoint takes one CSV or XLSX file in the multipart field `file`, within the upload limits. */
export const TabularUpload = () => applyDecorators(UseInterceptors(TabularUploadInterceptor));

/** The request body of an import endpoint, for the OpenAPI document. */
export const TABULAR_FILE_BODY = {
  schema: { type: 'object' as const, properties: { file: { type: 'string' as const, format: 'binary', description: 'CSV (UTF-8) or XLSX' } }, required: ['file'] },
};

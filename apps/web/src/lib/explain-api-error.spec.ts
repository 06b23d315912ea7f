import type { TFunction } from 'i18next';
import { ApiError } from '@web/api/api-error';
import { explainApiError, fieldErrors, translateMessage, type MessageRule } from './explain-api-error';

const t = ((key: string, params?: Record<string, string>) => `${key}${params && Object.keys(params).length ? JSON.stringify(params) : ''}`) as unknown as TFunction;
const RULES: MessageRule[] = [
  { pattern: /^The slot is full$/, key: 'full' },
  { pattern: /suspended until (\d{4}-\d{2}-\d{2})/, key: 'suspended', params: (match) => ({ date: match[1] }) },
];
const apiError = (status: number, message: string, details?: unknown) => new ApiError(status, { statusCode: status, error: 'x', message, details, requestId: 'r1' } as never);

describe('explainApiError', () => {
  it('says a known message by its rule, with the parts it repeats', () => {
    expect(explainApiError(apiError(409, 'The slot is full'), t, RULES)).toBe('full');
    expect(explainApiError(apiError(409, 'The application is suspended until 2027-05-01 after a declined offer'), t, RULES)).toBe('suspended{"date":"2027-05-01"}');
  });

  it('falls back to the general wording for anything else', () => {
    expect(explainApiError(apiError(409, 'Something new'), t, RULES)).toBe('Something new');
    expect(explainApiError(apiError(403, 'Forbidden resource'), t, RULES)).toBe('errors.forbidden');
    expect(explainApiError(new Error('boom'), t, RULES)).toBe('errors.unknown');
  });

  it('translates field problems it knows and keeps the others', () => {
    const error = apiError(409, 'x', [
      { field: 'slotId', messages: ['The slot is full'] },
      { field: 'to', message: 'something else' },
    ]);
    expect(fieldErrors(error, t, RULES)).toEqual([
      { name: 'slotId', errors: ['full'] },
      { name: 'to', errors: ['something else'] },
    ]);
    expect(translateMessage('nothing', RULES, t)).toBeNull();
  });
});

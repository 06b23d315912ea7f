import { ApiError } from '@web/api/api-error';
import { shanghaiDateTime } from '@web/modules/services/utils/service-dates';

/** "5月12日 周二" / "Tue, May 12": a day people read, China time. */
export function dayLabel(instant: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(instant));
}

/** 11:30, China time. */
export function clock(instant: string | Date): string {
  return shanghaiDateTime(instant).time;
}

/** The booking was refused because the slot has no place left (409), whatever race took the last one. */
export function isSlotFull(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && /^The slot is full/.test(error.body?.message ?? '');
}

/** A fresh Idempotency-Key for one confirmation. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Last line of defence for the logs: whatever slips into a message, a 身份证 (resident ID) number or a mobile
 * number is masked before it is written. Redaction of known fields happens in the logger configuration.
 */
const ID_NUMBER = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export function scrubSensitiveText(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2').replace(MOBILE, '$1****$2');
}

/** Field names whose values never reach a log line, wherever they appear. */
export const REDACTED_FIELDS = [
  'password',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'jwtSecret',
  'idNumber',
  'phone',
  'authorization',
  'cookie',
];

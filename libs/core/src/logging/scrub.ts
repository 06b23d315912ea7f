/**
 * Last line of defence for the logs: whatever slips into a message, a 身份证 (resident ID) number or a mobile
 * number is masked before it is written. Redaction of known fields happens in the logger configuration.
 */
const ID_NUMBER = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
/** The same numbers written with spaces, hyphens, plus signs or %20 between the digits. */
const SEPARATED_ID_NUMBER = /(?<![\dXx])\d(?:(?:\s|-|\+|%20)*\d){16}(?:\s|-|\+|%20)*[\dXx](?![\dXx])/g;
const SEPARATED_MOBILE = /(?<!\d)1(?:(?:\s|-|\+|%20)*\d){10}(?!\d)/g;

export function scrubSensitiveText(text: string): string {
  return text
    .replace(ID_NUMBER, '$1********$2')
    .replace(MOBILE, '$1****$2')
    .replace(SEPARATED_ID_NUMBER, '[id-number]')
    .replace(SEPARATED_MOBILE, '[phone]');
}

/** Query parameters whose values may be a name, an ID number or a phone: the access log shows only that they were given. */
const SENSITIVE_QUERY = new Set(['q', 'idnumber', 'id_number', 'phone', 'name']);

/** A request URL as the access log keeps it: sensitive query values replaced, the rest scrubbed. */
export function scrubUrl(url: string): string {
  const [path, query] = url.split('?', 2);
  if (query === undefined) return scrubSensitiveText(path);
  const parts = query.split('&').map((part) => {
    const [key] = part.split('=', 1);
    return SENSITIVE_QUERY.has(decodeURIComponent(key).toLowerCase()) ? `${key}=[redacted]` : part;
  });
  return scrubSensitiveText(`${path}?${parts.join('&')}`);
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

/** 身份证 number as responses show it: region and last four kept (330203********1234). */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length > 10 ? `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}` : '*'.repeat(idNumber.length);
}

/** A phone number with only its first three and last four digits (138****5678). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}` : '*'.repeat(digits.length);
}

/**
 * A name as shown to those who need not know it, masked in the query that reads it: 王建国 → 王*国, 欧阳建国 → 欧**国,
 * 李明 → 李*.
 */
export const MASKED_NAME = (column: string) => `(
  SELECT CASE WHEN char_length(n) <= 1 THEN '*'
              ELSE left(n, 1) || repeat('*', greatest(char_length(n) - 2, 1)) || CASE WHEN char_length(n) > 2 THEN right(n, 1) ELSE '' END END
    FROM btrim(${column}) AS n)`;

/** 身份证 number as responses show it: region and last four kept (330203********1234). */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length > 10 ? `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}` : '*'.repeat(idNumber.length);
}

/** A phone number with only its first three and last four digits (138****5678). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}` : '*'.repeat(digits.length);
}

/**
 * Whether two spellings name the same person as a registry clerk would read them: full-width and half-width forms,
 * spaces and the separator dot of minority names (阿依古丽·买买提, written with ·, •, ・ or .) do not count; Latin
 * letters compare without case.
 */
export function sameName(a: string, b: string): boolean {
  return comparableName(a) === comparableName(b) && comparableName(a) !== '';
}

function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s·•・.．‧]/gu, '')
    .toLowerCase();
}

/**
 * A search picker's options plus the ids already chosen that the current search did not return, each named from its
 * own record (or `loading` until that answers), so a chosen value never shows as a bare id.
 */
export function withChosen(
  options: { value: string; label: string }[],
  chosen: readonly string[],
  names: readonly (string | undefined)[],
  loading: string,
): { value: string; label: string }[] {
  const shown = new Set(options.map((option) => option.value));
  return [...options, ...chosen.flatMap((id, index) => (shown.has(id) ? [] : [{ value: id, label: names[index] ?? loading }]))];
}

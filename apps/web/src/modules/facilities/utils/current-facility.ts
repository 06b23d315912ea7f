const STORAGE_KEY = 'yiyang.facility';

export function storedFacilityId(): string | null {
  return localStorage.getItem(STORAGE_KEY);
}

export function rememberFacilityId(id: string): void {
  localStorage.setItem(STORAGE_KEY, id);
}

/**
 * Which facility a `/facility/<page>` link opens: the one the person chose last on this device while it is still
 * theirs, else their first. Null when they run none.
 */
export function pickFacility(stored: string | null, facilityIds: readonly string[]): string | null {
  if (stored && facilityIds.includes(stored)) return stored;
  return facilityIds[0] ?? null;
}

/** The same page of another facility: `/facilities/<a>/beds?date=…` → `/facilities/<b>/beds` (filters belong to a). */
export function switchFacilityPath(pathname: string, facilityId: string): string {
  const match = /^\/facilities\/[^/]+(\/[^/]+)?/.exec(pathname);
  return `/facilities/${facilityId}${match?.[1] ?? '/beds'}`;
}

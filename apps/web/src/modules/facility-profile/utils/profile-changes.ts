import { DESCRIPTION_FIELDS, PROFILE_FIELDS } from '@shared/facilities/profile-fields';

/** The yes/no flags of the profile, in the order the card lists them. */
export const PROFILE_FLAGS = [
  'dementiaZone',
  'rehabRoom',
  'sunshineKitchen',
  'smart',
  'videoConnected',
  'demoCentre',
  'medicalIntegrated',
  'standardizedCanteen',
  'assistiveDeviceSite',
  'exchangePlatform',
  'productsDisplayPlatform',
] as const;

export type ProfileValues = Record<(typeof DESCRIPTION_FIELDS)[number] | (typeof PROFILE_FIELDS)[number], unknown>;

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  // An emptied text field means "clear it": '' and null are the same absence.
  return (a === '' ? null : (a ?? null)) === (b === '' ? null : (b ?? null));
}

/**
 * The PATCH body of the profile form: only what changed, so an operator's save never carries an official field it
 * did not touch (the API refuses those from operators even when unchanged), and the effective date only when a
 * dated (profile) field changed — name, address and phone change at once.
 */
export function profileChanges(
  current: Partial<ProfileValues>,
  edited: Partial<ProfileValues>,
  effectiveFrom: string | undefined,
): { body: Record<string, unknown>; dated: boolean } {
  const body: Record<string, unknown> = {};
  for (const field of [...DESCRIPTION_FIELDS, ...PROFILE_FIELDS]) {
    if (!(field in edited) || same(current[field], edited[field])) continue;
    const value = edited[field];
    body[field] = value === '' ? null : value;
  }
  const dated = PROFILE_FIELDS.some((field) => field in body);
  if (dated && effectiveFrom) body.effectiveFrom = effectiveFrom;
  return { body, dated };
}

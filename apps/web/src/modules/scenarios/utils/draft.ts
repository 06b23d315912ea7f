import type { ScenarioChange, ScenarioDraft } from '@web/data/scenarios/types';

const KINDS = ['convert_beds', 'open_facility', 'close_facility', 'add_centre', 'set_population'];

/** The link that opens a draft scenario (also what the siting page and the indicator page link to). */
export function draftHref(draft: ScenarioDraft): string {
  return `/scenarios?draft=${encodeURIComponent(JSON.stringify(draft))}`;
}

/**
 * A draft read back from its URL parameter, or null when it is not one. Only the shape is checked here: the API
 * checks every change again when the draft is evaluated, field by field.
 */
export function parseDraft(text: string | null): ScenarioDraft | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return null;
    const { regionCode, month, changes } = value as Record<string, unknown>;
    if (typeof regionCode !== 'string' || !/^\d{12}$/.test(regionCode)) return null;
    if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
    if (!Array.isArray(changes)) return null;
    const kept = changes.filter((change): change is ScenarioChange => Boolean(change) && typeof change === 'object' && KINDS.includes((change as { kind?: string }).kind ?? ''));
    return { regionCode, month, changes: kept };
  } catch {
    return null;
  }
}

/** The facilities and regions the changes name, to look their names up. */
export function namedIn(changes: readonly ScenarioChange[]): { facilities: string[]; regions: string[] } {
  const facilities = new Set<string>();
  const regions = new Set<string>();
  for (const change of changes) {
    if ('facilityId' in change) facilities.add(change.facilityId);
    if ('townshipCode' in change) regions.add(change.townshipCode);
    if (change.kind === 'set_population') regions.add(change.regionCode);
  }
  return { facilities: [...facilities], regions: [...regions] };
}

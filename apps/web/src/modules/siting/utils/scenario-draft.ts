import type { ScenarioChange } from '@web/data/places/siting-query';

export interface ScenarioDraft {
  regionCode: string;
  month: string;
  changes: ScenarioChange[];
}

/** The scenario page (情景推演) opened on a draft: `/scenarios?draft=<the draft as JSON, URI-encoded>`. */
export function scenarioDraftHref(draft: ScenarioDraft): string {
  return `/scenarios?draft=${encodeURIComponent(JSON.stringify({ regionCode: draft.regionCode, month: draft.month, changes: draft.changes }))}`;
}

import { useQueries } from '@tanstack/react-query';
import { FACILITY_KIND_LABELS } from '@shared/facilities/facility-kinds';
import { useTranslation } from 'react-i18next';
import { facilityQuery } from '@web/data/facilities/facility-query';
import { useRegionsQuery } from '@web/data/regions/region-query';
import type { ScenarioChange } from '@web/data/scenarios/types';
import { namedIn } from '../utils/draft';

/** A change in words, with the names of the facilities and regions it names (looked up; the id until they arrive). */
export function useDescribeChange(changes: readonly ScenarioChange[]) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const named = namedIn(changes);
  const facilities = useQueries({ queries: named.facilities.map(facilityQuery) });
  const regions = useRegionsQuery(named.regions);
  const facilityName = (id: string) => facilities.find((query) => query.data?.id === id)?.data?.name ?? id.slice(0, 8);
  const regionName = (code: string) => regions.find((query) => query.data?.code === code)?.data?.name ?? code;
  const locale = english ? 'en' : 'zh-CN';
  return (change: ScenarioChange): string => {
    switch (change.kind) {
      case 'convert_beds':
        return t('scenarios.describe.convert_beds', { facility: facilityName(change.facilityId), beds: change.beds, from: change.from });
      case 'open_facility': {
        const kind = FACILITY_KIND_LABELS[change.facilityKind];
        const name = change.name ? `「${change.name}」` : '';
        return `${t('scenarios.describe.open_facility', { township: regionName(change.townshipCode), kind: english ? kind.en : kind.zh, beds: change.beds, careBeds: change.careBeds, from: change.from })}${name}`;
      }
      case 'close_facility':
        return t('scenarios.describe.close_facility', { facility: facilityName(change.facilityId), from: change.from });
      case 'add_centre':
        return t('scenarios.describe.add_centre', { township: regionName(change.townshipCode), from: change.from });
      case 'set_population':
        return t('scenarios.describe.set_population', { region: regionName(change.regionCode), people: change.age60Plus.toLocaleString(locale), from: change.from.slice(0, 4) });
    }
  };
}

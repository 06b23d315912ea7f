import { useMyFacilities } from './use-my-facilities';
import { pickFacility, storedFacilityId } from '../utils/current-facility';

/**
 * The facility the person works in now (chosen last on this device, else their first), on pages outside
 * `/facilities/<id>/…`; null while the list loads or when they run none.
 */
export function useCurrentFacility() {
  const facilities = useMyFacilities();
  const items = facilities.data?.items ?? [];
  const id = pickFacility(storedFacilityId(), items.map((facility) => facility.id));
  return {
    facility: items.find((facility) => facility.id === id) ?? null,
    facilities: items,
    isPending: facilities.isPending,
    error: facilities.error,
    refetch: () => void facilities.refetch(),
  };
}

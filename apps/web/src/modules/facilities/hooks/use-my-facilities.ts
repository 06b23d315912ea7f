import { useQuery } from '@tanstack/react-query';
import { myFacilitiesQuery } from '@web/data/facilities/my-facilities-query';

/** The facilities the person runs (first page of those in scope), in name order as the API lists them. */
export function useMyFacilities() {
  return useQuery(myFacilitiesQuery());
}

import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { familyKeys } from './keys';

/** The relatives the family account is linked to: GET /residents answers with whom the caller may see. */
export function useRelativesQuery() {
  return useQuery({
    queryKey: familyKeys.relatives(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents', { params: { query: { limit: 20 } }, signal })),
  });
}

/** The relative's stay running today, if any (newest first). */
export function useCurrentStayQuery(residentId: string) {
  return useQuery({
    queryKey: familyKeys.stays(residentId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admissions', { params: { query: { residentId, active: true, limit: 1 } }, signal })),
    select: (page) => page.items[0] ?? null,
  });
}

/** The latest capability assessment (newest first: the first is the one in force). */
export function useLatestAssessmentQuery(residentId: string) {
  return useQuery({
    queryKey: familyKeys.assessments(residentId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents/{id}/assessments', { params: { path: { id: residentId } }, signal })),
    select: (assessments) => assessments[0] ?? null,
  });
}

export function useIncidentsQuery(residentId: string) {
  return useQuery({
    queryKey: familyKeys.incidents(residentId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents/{id}/incidents', { params: { path: { id: residentId } }, signal })),
  });
}

export function useVisitsQuery(residentId: string) {
  return useQuery({
    queryKey: familyKeys.visits(residentId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents/{id}/visits', { params: { path: { id: residentId } }, signal })),
  });
}

/**
 * The relatives' orders, newest first (the API shows a family only its relatives'). Refreshed every 30 seconds and
 * on returning to the page: "did anyone come?" is answered by the provider's check-in, made elsewhere.
 */
export function useFamilyOrdersQuery() {
  return useQuery({
    queryKey: familyKeys.orders(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/service-orders', { params: { query: { limit: 100 } }, signal })),
    refetchInterval: 30_000,
  });
}

/** Upcoming open slots with places left serving the relative's home township, soonest first. */
export function useBookableSlotsQuery(regionCode: string | undefined, serviceType: string | undefined) {
  return useQuery({
    queryKey: familyKeys.slotList(regionCode ?? '', serviceType ?? ''),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/service-slots', {
          params: { query: { regionCode, serviceType: serviceType as never, available: true, limit: 20 } },
          signal,
        }),
      ),
    enabled: Boolean(regionCode && serviceType),
  });
}

/** What booking the relative into the slot would cost: subsidy, self-pay, the allowance left this month. */
export function useQuoteQuery(slotId: string | undefined, residentId: string | undefined) {
  return useQuery({
    queryKey: familyKeys.quote(slotId ?? '', residentId ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/service-slots/{id}/quote', { params: { path: { id: slotId! }, query: { residentId: residentId! } }, signal })),
    enabled: Boolean(slotId && residentId),
    staleTime: 0,
  });
}

/** A region's name (reference data every role reads): the relative's home township in words. */
export function useRegionNameQuery(code: string) {
  return useQuery({
    queryKey: familyKeys.region(code),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/regions/{code}', { params: { path: { code } }, signal })),
    select: (region) => region.name,
    staleTime: 24 * 60 * 60_000,
  });
}

/** A facility's name, where the family may read it (the facility caring for the relative); nothing otherwise. */
export function useFacilityNameQuery(id: string | undefined) {
  return useQuery({
    queryKey: familyKeys.facility(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{id}', { params: { path: { id: id! }, query: {} }, signal })),
    select: (facility) => facility.name,
    enabled: Boolean(id),
    retry: false,
    staleTime: 60 * 60_000,
  });
}

/** One order of the relatives (404 for anyone else's: the API scopes it). */
export function useFamilyOrderQuery(orderId: string) {
  return useQuery({
    queryKey: [...familyKeys.orders(), orderId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/service-orders/{id}', { params: { path: { id: orderId } }, signal })),
  });
}

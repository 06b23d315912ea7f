import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { medicalKeys } from './keys';
import type { MedicalInstitutionKind } from './types';

export interface InstitutionsQuery {
  regionCode?: string;
  kind?: MedicalInstitutionKind;
  q?: string;
  page: number;
  limit: number;
}

/** Medical institutions in the person's reach (officials: their region; operators: their facilities' counties), a page at a time. */
export function useMedicalInstitutionsQuery(query: InstitutionsQuery) {
  const clean = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) as unknown as InstitutionsQuery;
  return useQuery({
    queryKey: medicalKeys.institutions(clean),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/medical-institutions', { params: { query: clean }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

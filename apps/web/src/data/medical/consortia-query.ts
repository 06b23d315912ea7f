import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { medicalKeys } from './keys';

/** 康养联合体 in the person's reach, a page at a time. */
export function useConsortiaQuery(query: { regionCode?: string; page: number; limit: number }) {
  const clean = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) as typeof query;
  return useQuery({
    queryKey: medicalKeys.consortia(clean),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kangyang-consortia', { params: { query: clean }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

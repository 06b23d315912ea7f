import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { scenarioKeys } from './keys';

/** How many beds to convert or open to meet the target (GET /kpi/{indicator}/inverse), asked for on demand. */
export function useInverseQuery(indicator: string, regionCode: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: scenarioKeys.inverse(indicator, regionCode, month),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/{indicator}/inverse', { params: { path: { indicator }, query: { regionCode, month } }, signal })),
    enabled,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { scenarioKeys } from './keys';

/** The saved scenarios of the person's regions, most recently changed first. */
export function useScenariosQuery() {
  return useQuery({ queryKey: scenarioKeys.list(), queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/scenarios', { signal })) });
}

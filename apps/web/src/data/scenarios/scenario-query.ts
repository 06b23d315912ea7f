import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { scenarioKeys } from './keys';

export function useScenarioQuery(id: string) {
  return useQuery({
    queryKey: scenarioKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/scenarios/{id}', { params: { path: { id } }, signal })),
  });
}

const evaluation = (id: string) => ({
  queryKey: scenarioKeys.evaluation(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.POST('/api/v1/kpi/scenarios/{id}/evaluate', { params: { path: { id } }, signal })),
  // Re-evaluated on today's records whenever it is opened again, not on every focus.
  staleTime: 60_000,
});

/** A saved scenario evaluated on today's records (a POST that writes nothing, read as a query). */
export function useScenarioEvaluationQuery(id: string) {
  return useQuery(evaluation(id));
}

/** Several saved scenarios evaluated side by side. */
export function useScenarioEvaluationsQueries(ids: readonly string[]) {
  return useQueries({ queries: ids.map(evaluation) });
}

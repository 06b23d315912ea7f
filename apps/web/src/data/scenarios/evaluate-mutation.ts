import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import type { ScenarioDraft } from './types';

/** Evaluates a draft (POST /kpi/scenarios/evaluate): nothing is written, so nothing is invalidated. */
export function useEvaluateScenarioMutation() {
  return useMutation({ mutationFn: (body: ScenarioDraft) => unwrap(api.POST('/api/v1/kpi/scenarios/evaluate', { body })) });
}

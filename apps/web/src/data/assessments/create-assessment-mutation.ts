import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';
import type { NewAssessment } from './types';

/** Signs an assessment; the API scores it again and answers with its level. The person's page and the due list move. */
export function useCreateAssessmentMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssessment) => unwrap(api.POST('/api/v1/assessments', { body })),
    onSuccess: (assessment) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.ofResident(assessment.residentId) }),
        queryClient.invalidateQueries({ queryKey: assessmentKeys.dueLists() }),
      ]),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { fileBody, importAnswer } from '@web/data/imports/upload-file';
import { kpiKeys } from '@web/data/kpi/keys';
import { attachmentName } from '@web/lib/attachment-name';
import { saveBlob } from '@web/lib/save-blob';
import { workforceKeys } from './keys';
import type { NewTraining, TrainingImportResult } from './types';

/** Records one training; the list and the training indicators may change. */
export function useCreateTrainingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTraining) => unwrap(api.POST('/api/v1/trainings', { body })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: workforceKeys.trainings() }), queryClient.invalidateQueries({ queryKey: kpiKeys.all })]),
  });
}

/** Uploads an attendance list (CSV or XLSX), all or nothing: a refusal is a 400 listing the bad rows. */
export function useImportTrainingsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAnswer<TrainingImportResult>(api.POST('/api/v1/trainings/import', { ...fileBody(file) })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: workforceKeys.trainings() }), queryClient.invalidateQueries({ queryKey: kpiKeys.all })]),
  });
}

/** The API's template of an attendance list, fetched with the token and saved. */
export function useTrainingTemplateMutation() {
  return useMutation({
    mutationFn: async () => {
      const call = api.GET('/api/v1/trainings/import-template.csv', { parseAs: 'blob' });
      const blob = await unwrap(call);
      const { response } = await call;
      const name = attachmentName(response.headers.get('Content-Disposition'), 'trainings-template.csv');
      saveBlob(blob as Blob, name);
      return name;
    },
  });
}

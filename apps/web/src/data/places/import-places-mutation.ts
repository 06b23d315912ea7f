import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { fileBody, importAnswer } from '@web/data/imports/upload-file';
import { placeKeys } from './keys';

export type PlacesImportResult = components['schemas']['RecordImportResultDto'];

/** Uploads community points with their older population (all or nothing; a 400 lists the bad rows). */
export function useImportPlacesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAnswer<PlacesImportResult>(api.POST('/api/v1/regions/places/import', fileBody(file))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placeKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { fileBody, importAnswer } from '@web/data/imports/upload-file';
import { regionKeys } from './keys';

export type RegionImportResult = components['schemas']['ImportResultDto'];

/** Uploads a file of administrative divisions (all or nothing; a 400 lists the bad rows). */
export function useImportRegionsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAnswer<RegionImportResult>(api.POST('/api/v1/regions/import', fileBody(file))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionKeys.all }),
  });
}

/** Uploads a file of older population; `year` and `basis` apply to a file without those columns. */
export function useImportPopulationMutation(defaults: { year: number; basis: 'resident' | 'registered' }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAnswer<RegionImportResult>(api.POST('/api/v1/regions/population/import', { params: { query: defaults }, ...fileBody(file) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionKeys.populationAll() }),
  });
}

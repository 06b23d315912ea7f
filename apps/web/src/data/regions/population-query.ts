import { useQueries } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { ApiError, unwrap } from '@web/api/api-error';
import { regionKeys } from './keys';

export const POPULATION_BASES = ['resident', 'registered'] as const;
export type PopulationBasis = (typeof POPULATION_BASES)[number];

/** A region's older population for each year and basis; a year without a figure (404) is null, not an error. */
export function usePopulationQueries(code: string | null, years: number[]) {
  const cells = code ? years.flatMap((year) => POPULATION_BASES.map((basis) => ({ year, basis }))) : [];
  const results = useQueries({
    queries: cells.map(({ year, basis }) => ({
      queryKey: regionKeys.population(code ?? '', year, basis),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/regions/{code}/population/{year}', { params: { path: { code: code!, year }, query: { basis } }, signal })).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }),
    })),
  });
  return cells.map((cell, index) => ({ ...cell, result: results[index] }));
}

import { residentKeys } from '@web/data/residents/keys';
import type { DueFilters } from './types';

/**
 * Query keys of assessments. A person's assessments, safety risks and incidents hang under the person's key, so
 * `residentKeys.one(id)` refreshes the whole page; signing an assessment also moves the due list (`assessmentKeys.due`).
 */
export const assessmentKeys = {
  all: ['assessments'] as const,
  instruments: () => [...assessmentKeys.all, 'instruments'] as const,
  dueLists: () => [...assessmentKeys.all, 'due'] as const,
  due: (filters: DueFilters) => [...assessmentKeys.dueLists(), filters] as const,
  ofResident: (residentId: string) => [...residentKeys.one(residentId), 'assessments'] as const,
  safetyRisks: (residentId: string) => [...residentKeys.one(residentId), 'safety-risks'] as const,
  incidents: (residentId: string) => [...residentKeys.one(residentId), 'incidents'] as const,
};

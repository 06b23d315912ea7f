import type { SocialWorkerFilters, TrainingFilters } from './types';

/** Query keys of trainings and community social workers: a write invalidates its list, and the indicators that read it. */
export const workforceKeys = {
  all: ['workforce'] as const,
  trainings: () => [...workforceKeys.all, 'trainings'] as const,
  trainingList: (filters: TrainingFilters) => [...workforceKeys.trainings(), filters] as const,
  socialWorkers: () => [...workforceKeys.all, 'social-workers'] as const,
  socialWorkerList: (filters: SocialWorkerFilters) => [...workforceKeys.socialWorkers(), filters] as const,
};

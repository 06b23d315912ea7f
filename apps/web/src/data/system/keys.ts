export const systemKeys = {
  all: ['system'] as const,
  jobs: () => [...systemKeys.all, 'jobs'] as const,
};

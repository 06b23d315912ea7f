export const bedImportKeys = {
  all: ['bed-import'] as const,
  job: (id: string) => [...bedImportKeys.all, 'job', id] as const,
};

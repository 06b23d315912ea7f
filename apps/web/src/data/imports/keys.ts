export const importKeys = {
  all: ['imports'] as const,
  job: (id: string) => [...importKeys.all, 'job', id] as const,
};

export const facilityKeys = {
  all: ['facilities'] as const,
  mine: () => [...facilityKeys.all, 'mine'] as const,
  one: (id: string) => [...facilityKeys.all, 'one', id] as const,
};

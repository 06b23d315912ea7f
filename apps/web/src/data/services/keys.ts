export const serviceKeys = {
  all: ['services'] as const,
  types: () => [...serviceKeys.all, 'types'] as const,
  schedules: (facilityId: string) => [...serviceKeys.all, 'schedule', facilityId] as const,
  schedule: (facilityId: string, from: string, to: string) => [...serviceKeys.schedules(facilityId), from, to] as const,
};

export const waitlistKeys = {
  all: ['waitlist'] as const,
  list: (facilityId: string) => [...waitlistKeys.all, 'list', facilityId] as const,
  policy: (facilityId: string) => [...waitlistKeys.all, 'policy', facilityId] as const,
};

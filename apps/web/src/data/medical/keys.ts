export const medicalKeys = {
  all: ['medical'] as const,
  institutions: (query: object) => [...medicalKeys.all, 'institutions', query] as const,
  institutionsAll: () => [...medicalKeys.all, 'institutions'] as const,
  consortia: (query: object) => [...medicalKeys.all, 'consortia', query] as const,
  consortiaAll: () => [...medicalKeys.all, 'consortia'] as const,
  agreements: (facilityId: string) => [...medicalKeys.all, 'agreements', facilityId] as const,
};

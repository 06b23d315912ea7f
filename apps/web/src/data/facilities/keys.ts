export const facilityKeys = {
  all: ['facilities'] as const,
  mine: () => [...facilityKeys.all, 'mine'] as const,
  one: (id: string) => [...facilityKeys.all, 'one', id] as const,
  /** Everything the profile page shows of one facility: a write there refreshes all of it with one key. */
  records: (id: string) => [...facilityKeys.all, 'records', id] as const,
  starRatings: (id: string) => [...facilityKeys.records(id), 'star-ratings'] as const,
  inspections: (id: string) => [...facilityKeys.records(id), 'inspections'] as const,
  staff: (id: string) => [...facilityKeys.records(id), 'staff'] as const,
  projects: (id: string) => [...facilityKeys.records(id), 'projects'] as const,
  hazards: (id: string) => [...facilityKeys.records(id), 'hazards'] as const,
  bedTotals: (id: string) => [...facilityKeys.records(id), 'bed-totals'] as const,
};

/** Query keys of the family's pages: a booking or a cancellation invalidates `familyKeys.orders()` and the slots. */
export const familyKeys = {
  all: ['family'] as const,
  relatives: () => [...familyKeys.all, 'relatives'] as const,
  relative: (id: string) => [...familyKeys.all, 'relative', id] as const,
  stays: (id: string) => [...familyKeys.relative(id), 'stays'] as const,
  assessments: (id: string) => [...familyKeys.relative(id), 'assessments'] as const,
  incidents: (id: string) => [...familyKeys.relative(id), 'incidents'] as const,
  visits: (id: string) => [...familyKeys.relative(id), 'visits'] as const,
  orders: () => [...familyKeys.all, 'orders'] as const,
  slots: () => [...familyKeys.all, 'slots'] as const,
  slotList: (regionCode: string, serviceType: string) => [...familyKeys.slots(), regionCode, serviceType] as const,
  quote: (slotId: string, residentId: string) => [...familyKeys.all, 'quote', slotId, residentId] as const,
  region: (code: string) => [...familyKeys.all, 'region', code] as const,
  facility: (id: string) => [...familyKeys.all, 'facility', id] as const,
};

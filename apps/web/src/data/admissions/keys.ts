export const admissionKeys = {
  all: ['admissions'] as const,
  bedStays: (bedId: string) => [...admissionKeys.all, 'bed', bedId] as const,
  people: (q: string) => [...admissionKeys.all, 'people', q] as const,
  person: (residentId: string) => [...admissionKeys.all, 'person', residentId] as const,
};

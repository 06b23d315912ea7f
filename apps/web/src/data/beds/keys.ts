export const bedKeys = {
  all: ['beds'] as const,
  /** Every board of a facility, whatever the date: what a write invalidates. */
  boards: (facilityId: string) => [...bedKeys.all, 'board', facilityId] as const,
  board: (facilityId: string, date: string) => [...bedKeys.boards(facilityId), date] as const,
  /** Everything about one bed (its state on a date, its classification history). */
  bed: (bedId: string) => [...bedKeys.all, 'bed', bedId] as const,
  one: (bedId: string, date: string) => [...bedKeys.bed(bedId), 'on', date] as const,
  history: (bedId: string) => [...bedKeys.bed(bedId), 'history'] as const,
  qr: (bedId: string) => [...bedKeys.all, 'qr', bedId] as const,
};

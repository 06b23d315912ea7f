import { auditEvent } from '@yiyang/auth';

type Point = { lat: number; lng: number };

/** A facility's point set or moved (WGS-84; `given` is the input as typed, in its coordinate system). */
export const FacilityLocationSet = auditEvent<Point | null, Point & { given: Point & { crs: string } }>('facility', 'location');
/** A community's point and older population set or changed, one by one or by an import (then `imported` rows). */
export const CommunityPlaceSet = auditEvent<(Point & { olderPopulation: number }) | null, Point & { olderPopulation: number; populationYear: number | null }>(
  'community_place',
  'update',
);
/** A list of community points imported: the file, its SHA-256 and what it did. */
export const CommunityPlacesImported = auditEvent<null, { file: string | null; sha256: string | null; rows: number; inserted: number; updated: number }>(
  'community_place',
  'import',
);
/** The plan's service-circle minutes for a region and below. */
export const CircleMinutesSet = auditEvent<{ minutes: number } | null, { minutes: number }>('service_circle_minutes', 'update');

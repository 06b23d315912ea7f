import { auditEvent } from '@yiyang/auth';
import type { CreateRegionDto } from './dto/region.dto';
import type { RegionPopulation } from './region-population.entity';
import type { PopulationRow } from './regions.repository';

/** A file imported: its name, SHA-256 and what it did. */
interface ImportedFile {
  file: string;
  sha256: string | null;
  rows: number;
  inserted?: number;
  updated?: number;
  unchanged?: number;
}

export const RegionCreated = auditEvent<null, CreateRegionDto>('region', 'create');
export const RegionsImported = auditEvent<null, ImportedFile>('region', 'import');
/** A year's figure set for the first time. */
export const PopulationCreated = auditEvent<null, PopulationRow>('region_population', 'create');
export const PopulationUpdated = auditEvent<RegionPopulation, PopulationRow>('region_population', 'update');
export const PopulationImported = auditEvent<null, ImportedFile>('region_population', 'import');

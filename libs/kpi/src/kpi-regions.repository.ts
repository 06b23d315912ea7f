import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import type { RegionLevel } from '@yiyang/core';
import type { EntityManager } from 'typeorm';

export interface KpiRegion {
  code: string;
  name: string;
  level: RegionLevel;
}

/** Changes whenever what a closed month's attainment shows may change: a rollup completing, a target set. */
const SNAPSHOT_VERSION = `(SELECT max(finished_at) FROM kpi_rollup WHERE status = 'complete')::text || '|' ||
  coalesce((SELECT max(set_at) FROM kpi_target)::text, '') || '|' || (SELECT count(*) FROM kpi_target)::text`;

/** The regions indicators are read for: a village has none of its own, and a township another body administers counts there. */
@Injectable()
export class KpiRegionsRepository {
  /** The region when the caller may see it, with the snapshot version (see SNAPSHOT_VERSION) when asked for, in one look-up. */
  async inScope(regionCode: string, scope: AccessScope, withVersion: boolean, manager: EntityManager): Promise<(KpiRegion & { version: string | null }) | null> {
    const params: unknown[] = [regionCode];
    const [region] = await manager.query(
      `SELECT r.code, r.name, r.level, ${withVersion ? SNAPSHOT_VERSION : 'NULL'} AS version
         FROM region r WHERE r.code = $1 AND r.level <> 'village' AND ${scope.sql({ regionCode: 'r.code' }, params)}`,
      params,
    );
    return region ?? null;
  }

  /** The region's children that count, by code. */
  children(regionCode: string, manager: EntityManager): Promise<KpiRegion[]> {
    return manager.query(`SELECT code, name, level FROM region WHERE parent_code = $1 AND level <> 'village' AND administered_by IS NULL ORDER BY code`, [
      regionCode,
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { CommunitySocialWorker } from './community-social-worker.entity';
import type { CommunitySocialWorkerRow } from './dto/community-social-worker.dto';

export type NewCommunitySocialWorker = Pick<CommunitySocialWorker, 'name' | 'regionCode' | 'organisation' | 'startedOn'>;

export interface CommunitySocialWorkerFilter {
  regionCode?: string;
  activeOn?: string;
  includeEnded?: boolean;
  today: string;
  page: number;
  limit: number;
}

const WORKER_SELECT = `
  SELECT w.id, w.name, w.region_code AS "regionCode", g.name AS "regionName", w.organisation,
         to_char(w.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(w.ended_on, 'YYYY-MM-DD') AS "endedOn", w.created_at AS "createdAt"`;
const WORKER_FROM = `FROM community_social_worker w JOIN region g ON g.code = w.region_code`;

/** Community social workers. Reads put the caller's region into the SQL. */
@Injectable()
export class CommunitySocialWorkersRepository {
  async insert(worker: NewCommunitySocialWorker, manager: EntityManager): Promise<string> {
    const saved = await manager.save(manager.create(CommunitySocialWorker, worker));
    return saved.id;
  }

  async findInScope(id: string, scope: AccessScope, manager: EntityManager, lock = false): Promise<CommunitySocialWorkerRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(
      `${WORKER_SELECT} ${WORKER_FROM} WHERE w.id = $1 AND ${scope.sql({ regionCode: 'w.region_code' }, params)}${lock ? ' FOR NO KEY UPDATE OF w' : ''}`,
      params,
    );
    return row ?? null;
  }

  async end(id: string, on: string, manager: EntityManager): Promise<void> {
    await manager.update(CommunitySocialWorker, { id }, { endedOn: on });
  }

  /** By region and name; those serving on `activeOn`, else (unless includeEnded) those not yet ended today. */
  list(filter: CommunitySocialWorkerFilter, scope: AccessScope, manager: EntityManager): Promise<Page<CommunitySocialWorkerRow>> {
    const where = new SqlConditions();
    if (filter.regionCode) where.add((p) => `w.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.activeOn) {
      const on = where.bind(filter.activeOn);
      where.raw(`w.started_on <= ${on}::date AND (w.ended_on IS NULL OR w.ended_on > ${on}::date)`);
    } else if (!filter.includeEnded) {
      where.add((p) => `(w.ended_on IS NULL OR w.ended_on > ${p}::date)`, filter.today);
    }
    where.raw(scope.sql({ regionCode: 'w.region_code' }, where.params));
    return selectPage<CommunitySocialWorkerRow>(
      manager,
      {
        count: `${WORKER_FROM} WHERE ${where.sql}`,
        rows: `${WORKER_SELECT} ${WORKER_FROM} WHERE ${where.sql} ORDER BY w.region_code, w.name, w.id`,
        params: where.params,
      },
      filter,
    );
  }
}

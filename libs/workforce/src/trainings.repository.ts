import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { CourseType } from './domain/course-types';
import type { TrainingRow } from './dto/training.dto';
import { TrainingRecord } from './training-record.entity';

export type NewTraining = Pick<
  TrainingRecord,
  'id' | 'courseType' | 'regionCode' | 'traineeName' | 'traineeIdNumberEncrypted' | 'traineeIdNumberHash' | 'staffId' | 'trainedOn' | 'hours' | 'provider' | 'free'
>;

export interface TrainingFilter {
  regionCode?: string;
  courseType?: CourseType;
  from?: string;
  to?: string;
  idNumberHash?: string;
  staffId?: string;
  page: number;
  limit: number;
}

const TRAINING_SELECT = `
  SELECT t.id, t.course_type AS "courseType", t.region_code AS "regionCode", g.name AS "regionName", t.trainee_name AS "traineeName",
         t.trainee_id_number_encrypted AS "traineeIdNumberEncrypted", t.staff_id AS "staffId", to_char(t.trained_on, 'YYYY-MM-DD') AS "trainedOn",
         t.hours, t.provider, t.free, t.created_at AS "createdAt"`;
const TRAINING_FROM = `FROM training_record t JOIN region g ON g.code = t.region_code`;

/** Training records (attendance lists' lines). Reads put the caller's region into the SQL. */
@Injectable()
export class TrainingsRepository {
  async insert(records: NewTraining[], manager: EntityManager): Promise<void> {
    if (records.length) await manager.insert(TrainingRecord, records);
  }

  async findInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<TrainingRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(`${TRAINING_SELECT} ${TRAINING_FROM} WHERE t.id = $1 AND ${scope.sql({ regionCode: 't.region_code' }, params)}`, params);
    return row ?? null;
  }

  /** Newest training first, a page at a time. */
  list(filter: TrainingFilter, scope: AccessScope, manager: EntityManager): Promise<Page<TrainingRow>> {
    const where = new SqlConditions();
    if (filter.regionCode) where.add((p) => `t.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.courseType) where.add((p) => `t.course_type = ${p}`, filter.courseType);
    if (filter.from) where.add((p) => `t.trained_on >= ${p}::date`, filter.from);
    if (filter.to) where.add((p) => `t.trained_on <= ${p}::date`, filter.to);
    if (filter.idNumberHash) where.add((p) => `t.trainee_id_number_hash = ${p}`, filter.idNumberHash);
    if (filter.staffId) where.add((p) => `t.staff_id = ${p}::uuid`, filter.staffId);
    where.raw(scope.sql({ regionCode: 't.region_code' }, where.params));
    return selectPage<TrainingRow>(
      manager,
      {
        count: `${TRAINING_FROM} WHERE ${where.sql}`,
        rows: `${TRAINING_SELECT} ${TRAINING_FROM} WHERE ${where.sql} ORDER BY t.trained_on DESC, t.created_at DESC, t.id`,
        params: where.params,
      },
      filter,
    );
  }

  /** Of the staff ids given, those whose facility lies in the caller's scope. */
  async staffInScope(ids: string[], scope: AccessScope, manager: EntityManager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const params: unknown[] = [ids];
    const rows: { id: string }[] = await manager.query(
      `SELECT s.id FROM staff s JOIN facility f ON f.id = s.facility_id
        WHERE s.id = ANY($1::uuid[]) AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`,
      params,
    );
    return new Set(rows.map((row) => row.id));
  }
}

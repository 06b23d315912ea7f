import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { type BedHolder, MASKED_NAME, type Page, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { Stay, type StayFunding } from './stay.entity';

/** A stay as a reader sees it: the person's masked name and the bed's code beside the row. */
export interface StayRow {
  id: string;
  residentId: string;
  residentName: string;
  bedId: string;
  bedCode: string;
  facilityId: string;
  admittedOn: string;
  dischargedOn: string | null;
  dischargeReason: string | null;
  funding: StayFunding;
  transferredFromId: string | null;
}

/** The stay row itself, as `SELECT *` gives it: what a void keeps in its audit entry. */
export interface StayRecord {
  id: string;
  resident_id: string;
  bed_id: string;
  facility_id: string;
  admitted_on: string;
  discharged_on: string | null;
  discharge_reason: string | null;
  funding: StayFunding;
  transferred_from_id: string | null;
  created_by: string | null;
  created_at: Date;
}

/** A voided stay: who it was, where, and who voided it when and why. */
export type VoidedStayRow = Pick<StayRow, 'id' | 'residentId' | 'residentName' | 'bedId' | 'bedCode' | 'facilityId' | 'admittedOn' | 'dischargedOn'> & {
  voidedAt: Date;
  voidedBy: string | null;
  reason: string;
};

export interface StayFilter {
  facilityId?: string;
  residentId?: string;
  bedId?: string;
  /** Only the stays running on `on` (true), or only the others (false). */
  active?: boolean;
  on: string;
  page: number;
  limit: number;
}

/** A stay (alias s) running on `date`: `[admitted_on, discharged_on)` covers it. */
export function stayRunningOn(alias: string, date: string): string {
  return `${alias}.admitted_on <= ${date} AND (${alias}.discharged_on IS NULL OR ${alias}.discharged_on > ${date})`;
}

/** A stay (alias s) that holds its bed on some day from `from` on. */
export function stayOverlapsFrom(alias: string, from: string): string {
  return `daterange(${alias}.admitted_on, ${alias}.discharged_on) && daterange(${from}::date, NULL)`;
}

/** Which stays a caller may see: their facilities or region (by the facility), or their relatives. */
const STAY_SCOPE = { regionCode: 'f.region_code', facilityId: 'f.id', residentId: 's.resident_id' };
const FACILITY_SCOPE = { regionCode: 'f.region_code', facilityId: 'f.id' };

const STAY_FROM = 'FROM stay s JOIN facility f ON f.id = s.facility_id';
const STAY_SELECT = `
  SELECT s.id, s.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", s.bed_id AS "bedId", b.code AS "bedCode",
         s.facility_id AS "facilityId", s.admitted_on AS "admittedOn", s.discharged_on AS "dischargedOn",
         s.discharge_reason AS "dischargeReason", s.funding, s.transferred_from_id AS "transferredFromId"
    ${STAY_FROM} JOIN resident r ON r.id = s.resident_id JOIN bed b ON b.id = s.bed_id`;


/** The stay table: admissions, transfers, discharges and voids write it; the lists and checks read it. */
@Injectable()
export class StaysRepository {
  async findInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<StayRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(`${STAY_SELECT} WHERE s.id = $1 AND ${scope.sql(STAY_SCOPE, params)}`, params);
    return row ?? null;
  }

  /** Newest first. */
  page(filter: StayFilter, scope: AccessScope, manager: EntityManager): Promise<Page<StayRow>> {
    const conditions = new SqlConditions();
    conditions.raw(scope.sql(STAY_SCOPE, conditions.params));
    if (filter.facilityId) conditions.add((p) => `s.facility_id = ${p}`, filter.facilityId);
    if (filter.residentId) conditions.add((p) => `s.resident_id = ${p}`, filter.residentId);
    if (filter.bedId) conditions.add((p) => `s.bed_id = ${p}`, filter.bedId);
    if (filter.active !== undefined) conditions.add((p) => `${filter.active ? '' : 'NOT '}(${stayRunningOn('s', `${p}::date`)})`, filter.on);
    const { params, sql: where } = conditions;
    return selectPage<StayRow>(manager, { count: `${STAY_FROM} WHERE ${where}`, rows: `${STAY_SELECT} WHERE ${where} ORDER BY s.admitted_on DESC, s.id`, params }, filter);
  }

  /** The stay's facility, if the caller's scope covers it. */
  async facilityOf(stayId: string, scope: AccessScope, manager: EntityManager): Promise<string | null> {
    const params: unknown[] = [stayId];
    const [found] = await manager.query(`SELECT s.facility_id ${STAY_FROM} WHERE s.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)}`, params);
    return found?.facility_id ?? null;
  }

  /**
   * For a transfer, before any lock: the stay's person and facility, and the target bed's facility (null if outside
   * the caller's scope); nothing if the stay is outside it.
   */
  async transferEnds(
    stayId: string,
    bedId: string,
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<{ residentId: string; facilityId: string; targetFacilityId: string | null } | null> {
    const params: unknown[] = [stayId, bedId];
    const [found] = await manager.query(
      `SELECT s.resident_id AS "residentId", s.facility_id AS "facilityId",
              (SELECT b.facility_id FROM bed b JOIN facility bf ON bf.id = b.facility_id
                WHERE b.id = $2 AND ${scope.sql({ regionCode: 'bf.region_code', facilityId: 'bf.id' }, params)}) AS "targetFacilityId"
         ${STAY_FROM}
        WHERE s.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)}`,
      params,
    );
    return found ?? null;
  }

  /** The stay row, locked for update (taken after its facility's lock). */
  async lock(stayId: string, manager: EntityManager): Promise<StayRecord> {
    const [stay] = await manager.query(`SELECT * FROM stay WHERE id = $1 FOR UPDATE`, [stayId]);
    return stay;
  }

  async insert(stay: Pick<Stay, 'residentId' | 'bedId' | 'facilityId' | 'admittedOn' | 'funding' | 'createdBy'> & { transferredFromId?: string }, manager: EntityManager): Promise<Stay> {
    const row = manager.create(Stay, stay);
    await manager.insert(Stay, row);
    return row;
  }

  /** Ends the stay: `on` is the first day away. */
  async end(stayId: string, on: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE stay SET discharged_on = $2, discharge_reason = $3 WHERE id = $1`, [stayId, on, reason]);
  }

  /** Moves the stay into voided_stay, with who voided it and why. */
  async moveToVoided(stayId: string, voidedBy: string | null, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `WITH gone AS (DELETE FROM stay WHERE id = $1 RETURNING *)
       INSERT INTO voided_stay (id, resident_id, bed_id, facility_id, admitted_on, discharged_on, discharge_reason, funding, created_by, created_at, voided_by, void_reason)
       SELECT id, resident_id, bed_id, facility_id, admitted_on, discharged_on, discharge_reason, funding, created_by, created_at, $2, $3 FROM gone`,
      [stayId, voidedBy, reason],
    );
  }

  async findVoidedInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<VoidedStayRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(
      `SELECT v.id, v.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", v.bed_id AS "bedId", b.code AS "bedCode",
              v.facility_id AS "facilityId", v.admitted_on AS "admittedOn", v.discharged_on AS "dischargedOn",
              v.voided_at AS "voidedAt", v.voided_by AS "voidedBy", v.void_reason AS reason
         FROM voided_stay v JOIN resident r ON r.id = v.resident_id JOIN bed b ON b.id = v.bed_id JOIN facility f ON f.id = v.facility_id
        WHERE v.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)}`,
      params,
    );
    return row ?? null;
  }

  /** The admission day of the first stay holding the bed from `from` on, if any. */
  async bedHeldFrom(bedId: string, from: string, manager: EntityManager): Promise<string | null> {
    const [taken] = await manager.query(`SELECT s.admitted_on FROM stay s WHERE s.bed_id = $1 AND ${stayOverlapsFrom('s', '$2')} ORDER BY s.admitted_on LIMIT 1`, [bedId, from]);
    return taken?.admitted_on ?? null;
  }

  /** The first stay holding the bed from `from` on, other than the one being left (masked, as the board shows it). */
  async holderFrom(bedId: string, from: string, leavingStayId: string | null, manager: EntityManager): Promise<BedHolder | null> {
    const [holder] = await manager.query(
      `SELECT s.id AS "stayId", ${MASKED_NAME('p.name')} AS occupant, s.admitted_on::text AS since, s.discharged_on::text AS until
         FROM stay s JOIN resident p ON p.id = s.resident_id
        WHERE s.bed_id = $1 AND ${stayOverlapsFrom('s', '$2')} AND s.id IS DISTINCT FROM $3::uuid
        ORDER BY s.admitted_on LIMIT 1`,
      [bedId, from, leavingStayId],
    );
    return holder ?? null;
  }

  /** Whether the person lives in the facility on the date. */
  async livesIn(residentId: string, facilityId: string, on: string, manager: EntityManager): Promise<boolean> {
    const [living] = await manager.query(
      `SELECT 1 FROM stay WHERE resident_id = $1 AND facility_id = $2 AND daterange(admitted_on, discharged_on) @> $3::date`,
      [residentId, facilityId, on],
    );
    return Boolean(living);
  }
}

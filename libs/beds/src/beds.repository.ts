import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { changeVersionFrom, changeVersionsFrom, endVersionsOn, inForceOn, MASKED_NAME, openOn, type Page, regionSubtreePrefix, selectPage, SqlConditions, type VersionChangeResult } from '@yiyang/core';
import { StayLedger } from '@yiyang/facilities';
import type { EntityManager } from 'typeorm';
import type { BedCreationOrigin, BedOrigin } from './bed-commissioning.entity';
import type { BedSetting } from './bed.entity';
import type { ListBedsQuery } from './dto/bed.dto';
import type { BedClassificationRow, BedRow, BedSummaryRowDto } from './dto/bed-view.dto';

/** An out-of-service period as the audit entry keeps it. */
export interface OutOfServicePeriod {
  from: string;
  to: string | null;
  reason: string;
}

export interface NewBed {
  code: string;
  room: string | null;
  floor: number | null;
  setting: BedSetting;
  homeRegionCode: string | null;
  openedOn: string;
  careType: boolean;
  dementiaCare: boolean;
  /** New and rebuilt beds get a commissioning on `commissionedOn`; existing ones none. */
  origin: BedCreationOrigin;
  commissionedOn: string | null;
}

/** Rooms, beds, their classifications and out-of-service periods; the bed board and the bed summary. */
@Injectable()
export class BedsRepository {
  constructor(private readonly stays: StayLedger) {}

  /**
   * A bed as of $date: classification in force and status — occupied (a stay covers the date; stays are kept by
   * libs/admissions), out of service, reserved (offered to a waiting-list applicant) or vacant. Expects the bed as b,
   * its facility as f.
   */
  private bedAsOf(date: string): string {
    return `
      SELECT b.id, b.facility_id AS "facilityId", b.code, b.setting, r.name AS room, r.floor, b.home_region_code AS "homeRegionCode",
             b.opened_on AS "openedOn", b.closed_on AS "closedOn", ${date}::date::text AS "asOf",
             CASE WHEN b.opened_on > ${date} THEN 'not_yet_open'
                  WHEN NOT (${openOn('b', date)}) OR NOT (${openOn('f', date)}) THEN 'closed'
                  WHEN s.id IS NOT NULL THEN 'occupied'
                  WHEN o.bed_id IS NOT NULL THEN 'out_of_service'
                  WHEN w.expires_at IS NOT NULL THEN 'reserved'
                  ELSE 'vacant' END AS status,
             c.care_type AS "careType", c.dementia_care AS "dementiaCare",
             s.id AS "stayId", CASE WHEN s.id IS NOT NULL THEN ${MASKED_NAME('s.name')} END AS occupant,
             coalesce((SELECT json_agg(json_build_object('origin', k.origin, 'commissionedOn', k.commissioned_on, 'notes', k.notes)
                                       ORDER BY k.commissioned_on)
                         FROM bed_commissioning k WHERE k.bed_id = b.id), '[]'::json) AS commissionings
        FROM bed b
        JOIN facility f ON f.id = b.facility_id
        LEFT JOIN room r ON r.id = b.room_id
        LEFT JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', date)}
        LEFT JOIN bed_out_of_service o ON o.bed_id = b.id AND ${inForceOn('o', date)}
        LEFT JOIN LATERAL (${this.stays.occupyingStaySql('b.id', date)}) s ON TRUE
        LEFT JOIN LATERAL (${this.stays.reservingOfferSql('b.id', date)}) w ON TRUE`;
  }

  async findInScope(id: string, date: string, scope: AccessScope, manager: EntityManager): Promise<BedRow | null> {
    const params: unknown[] = [date, id];
    const [row] = await manager.query(
      `${this.bedAsOf('$1')} WHERE b.id = $2 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`,
      params,
    );
    return row ?? null;
  }

  /**
   * The bed and its facility's dates, locked for the rest of the transaction, if the caller's scope covers them. The
   * facility row is locked first, then the bed: the order every writer of beds, stays and offers takes (the facility
   * row is updated by the board-version trigger anyway), so writes to one facility queue up instead of deadlocking,
   * and the facility cannot close meanwhile.
   */
  async lockInScope(
    id: string,
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<{ id: string; facilityId: string; setting: BedSetting; openedOn: string; closedOn: string | null; facilityOpenedOn: string; facilityClosedOn: string | null } | null> {
    const params: unknown[] = [id];
    const [facility] = await manager.query(
      `SELECT f.id FROM facility f
        WHERE f.id = (SELECT b.facility_id FROM bed b WHERE b.id = $1) AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}
        FOR NO KEY UPDATE OF f`,
      params,
    );
    if (!facility) return null;
    const [row] = await manager.query(
      `SELECT b.id, b.facility_id AS "facilityId", b.setting, b.opened_on AS "openedOn", b.closed_on AS "closedOn",
              f.opened_on AS "facilityOpenedOn", f.closed_on AS "facilityClosedOn"
         FROM bed b JOIN facility f ON f.id = b.facility_id
        WHERE b.id = $1
        FOR UPDATE OF b`,
      [id],
    );
    return row;
  }

  /**
   * A facility's beds on a date (every bed it ever had: not yet open and closed ones carry that status), filtered on
   * what they are that day, a page at a time in floor, room and code order, and how many match in all. The scope is
   * in the statement; the caller has already answered 404 for a facility outside it.
   */
  list(facilityId: string, date: string, query: ListBedsQuery, scope: AccessScope, manager: EntityManager): Promise<Page<BedRow>> {
    const where = new SqlConditions();
    where.bind(date);
    where.bind(facilityId);
    const inScope = scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, where.params);
    if (query.status !== undefined) where.add((p) => `bed.status = ${p}`, query.status);
    if (query.careType !== undefined) where.add((p) => `bed."careType" = ${p}`, query.careType);
    if (query.floor !== undefined) where.add((p) => `bed.floor = ${p}`, query.floor);
    const matching = `FROM (${this.bedAsOf('$1')} WHERE b.facility_id = $2 AND ${inScope}) bed WHERE ${where.sql}`;
    return selectPage<BedRow>(
      manager,
      { count: matching, rows: `SELECT bed.* ${matching} ORDER BY bed.floor NULLS LAST, bed.room NULLS LAST, bed.code`, params: where.params },
      query,
    );
  }

  async existingCodes(facilityId: string, codes: string[], manager: EntityManager): Promise<string[]> {
    const rows: { code: string }[] = await manager.query(`SELECT code FROM bed WHERE facility_id = $1 AND code = ANY($2::text[])`, [facilityId, codes]);
    return rows.map((row) => row.code);
  }

  /**
   * Creates rooms that do not exist yet, the beds, and their first classification, set-based: three statements
   * whatever the number of beds. Returns the new bed ids in input order and how many rooms were created.
   */
  async insertBeds(facilityId: string, beds: NewBed[], changedBy: string | null, manager: EntityManager): Promise<{ ids: string[]; roomsCreated: number }> {
    const rooms = new Map<string, number | null>();
    for (const bed of beds) if (bed.room !== null && !rooms.has(bed.room)) rooms.set(bed.room, bed.floor);
    const created: unknown[] = rooms.size
      ? await manager.query(
          `INSERT INTO room (facility_id, name, floor) SELECT $1, * FROM unnest($2::text[], $3::smallint[])
           ON CONFLICT (facility_id, name) DO NOTHING RETURNING id`,
          [facilityId, [...rooms.keys()], [...rooms.values()]],
        )
      : [];
    const inserted: { id: string; ordinality: string }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::varchar[], $6::date[], $7::boolean[], $8::boolean[])
                  WITH ORDINALITY AS t(code, room, setting, home_region_code, opened_on, care_type, dementia_care, ordinality)
       ), beds AS (
         INSERT INTO bed (facility_id, room_id, code, setting, home_region_code, opened_on)
         SELECT $1, r.id, i.code, i.setting, i.home_region_code, i.opened_on
           FROM input i LEFT JOIN room r ON r.facility_id = $1 AND r.name = i.room
          ORDER BY i.ordinality
         RETURNING id, code, opened_on
       ), classified AS (
         INSERT INTO bed_classification (bed_id, valid_from, care_type, dementia_care, changed_by)
         SELECT b.id, b.opened_on, i.care_type, i.dementia_care, $9 FROM beds b JOIN input i ON i.code = b.code
       ), commissioned AS (
         INSERT INTO bed_commissioning (bed_id, origin, commissioned_on)
         SELECT b.id, o.origin, o.commissioned_on
           FROM beds b JOIN input i ON i.code = b.code
           JOIN unnest($10::text[], $11::date[]) WITH ORDINALITY AS o(origin, commissioned_on, ordinality) ON o.ordinality = i.ordinality
          WHERE o.origin <> 'existing'
       )
       SELECT b.id, i.ordinality FROM beds b JOIN input i ON i.code = b.code ORDER BY i.ordinality`,
      [
        facilityId,
        beds.map((b) => b.code),
        beds.map((b) => b.room),
        beds.map((b) => b.setting),
        beds.map((b) => b.homeRegionCode),
        beds.map((b) => b.openedOn),
        beds.map((b) => b.careType),
        beds.map((b) => b.dementiaCare),
        changedBy,
        beds.map((b) => b.origin),
        beds.map((b) => b.commissionedOn),
      ],
    );
    return { ids: inserted.map((row) => row.id), roomsCreated: created.length };
  }

  async bedsAsOf(ids: string[], date: string, manager: EntityManager): Promise<BedRow[]> {
    return manager.query(`${this.bedAsOf('$1')} WHERE b.id = ANY($2::uuid[]) ORDER BY b.code`, [date, ids]);
  }

  classifications(bedId: string, manager: EntityManager): Promise<BedClassificationRow[]> {
    return manager.query(
      `SELECT valid_from AS "validFrom", valid_to AS "validTo", care_type AS "careType", dementia_care AS "dementiaCare",
              changed_by AS "changedBy", changed_at AS "changedAt"
         FROM bed_classification WHERE bed_id = $1 ORDER BY valid_from`,
      [bedId],
    );
  }

  /** Records a rebuild in place (改建): the same bed, put back into service as rebuilt on `commissionedOn`. */
  async addCommissioning(bedId: string, origin: BedOrigin, commissionedOn: string, notes: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO bed_commissioning (bed_id, origin, commissioned_on, notes) VALUES ($1, $2, $3, $4)`, [
      bedId,
      origin,
      commissionedOn,
      notes,
    ]);
  }

  /** Changes the classification from `from` on (columns by their SQL names), splitting the version in force then. */
  changeClassificationFrom(bedId: string, from: string, values: Record<string, boolean>, changedBy: string | null, manager: EntityManager): Promise<VersionChangeResult> {
    return changeVersionFrom(manager, { table: 'bed_classification', keyColumn: 'bed_id', key: bedId, from, values, changedBy });
  }

  /** `changeClassificationFrom` for many beds at once, set-based (a what-if scenario converts hundreds). */
  changeClassificationsFrom(bedIds: readonly string[], from: string, values: Record<string, boolean>, changedBy: string | null, manager: EntityManager): Promise<void> {
    return changeVersionsFrom(manager, { table: 'bed_classification', keyColumn: 'bed_id', keys: bedIds, from, values, changedBy });
  }

  /**
   * Closes the bed from `on`. Its classification and out-of-service periods end where the bed does: later ones go
   * (returned, for the audit entry), running ones are cut short.
   */
  async close(
    bedId: string,
    on: string,
    reason: string | null,
    manager: EntityManager,
  ): Promise<{ droppedClassifications: Record<string, unknown>[]; droppedOutOfService: Record<string, unknown>[] }> {
    await manager.query(`UPDATE bed SET closed_on = $2, close_reason = $3 WHERE id = $1`, [bedId, on, reason]);
    const droppedClassifications = await endVersionsOn(manager, { table: 'bed_classification', keyColumn: 'bed_id', key: bedId, on });
    const droppedOutOfService = await endVersionsOn(manager, { table: 'bed_out_of_service', keyColumn: 'bed_id', key: bedId, on });
    return { droppedClassifications, droppedOutOfService };
  }

  async addOutOfService(bedId: string, from: string, until: string | null, reason: string, changedBy: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO bed_out_of_service (bed_id, valid_from, valid_to, reason, changed_by) VALUES ($1, $2, $3, $4, $5)`, [
      bedId,
      from,
      until,
      reason,
      changedBy,
    ]);
  }

  /** The out-of-service period of the bed in force on `date`, if any. */
  async outOfServiceOn(bedId: string, date: string, manager: EntityManager): Promise<OutOfServicePeriod | null> {
    const [period] = await manager.query(
      `SELECT to_char(o.valid_from, 'YYYY-MM-DD') AS "from", to_char(o.valid_to, 'YYYY-MM-DD') AS "to", o.reason
         FROM bed_out_of_service o WHERE o.bed_id = $1 AND ${inForceOn('o', '$2::date')}`,
      [bedId, date],
    );
    return period ?? null;
  }

  /** Removes the out-of-service period starting on `from`, as if it had never been entered. */
  async withdrawOutOfService(bedId: string, from: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM bed_out_of_service WHERE bed_id = $1 AND valid_from = $2`, [bedId, from]);
  }

  /** Ends the out-of-service period starting on `from` on the day `on`. */
  async endOutOfService(bedId: string, from: string, on: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE bed_out_of_service SET valid_to = $3 WHERE bed_id = $1 AND valid_from = $2`, [bedId, from, on]);
  }

  /** The facility's board version, or null when it is outside the caller's scope. */
  async boardVersion(facilityId: string, scope: AccessScope, manager: EntityManager): Promise<string | null> {
    const params: unknown[] = [facilityId];
    const [row] = await manager.query(
      `SELECT f.board_version::text AS version FROM facility f
        WHERE f.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`,
      params,
    );
    return row?.version ?? null;
  }

  /**
   * The bed board of a facility on a date in one statement: floors → rooms → beds with status and classification,
   * home beds apart, and the totals. Null when the facility is outside the caller's scope.
   */
  async board(facilityId: string, date: string, scope: AccessScope, manager: EntityManager): Promise<string | null> {
    const params: unknown[] = [facilityId, date];
    const [row] = await manager.query(
      `WITH fac AS (
         SELECT f.id, f.name FROM facility f
          WHERE f.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}
       ), board AS (
         SELECT b.id, b.code, b.setting, b.room_id, r.name AS room_name, r.floor,
                c.care_type, c.dementia_care,
                CASE WHEN NOT (${openOn('b', '$2::date')}) OR NOT (${openOn('f', '$2::date')}) THEN 'closed'
                     WHEN s.id IS NOT NULL THEN 'occupied'
                     WHEN o.bed_id IS NOT NULL THEN 'out_of_service'
                     WHEN w.expires_at IS NOT NULL THEN 'reserved'
                     ELSE 'vacant' END AS status,
                s.id AS stay_id,
                CASE WHEN s.id IS NOT NULL THEN ${MASKED_NAME('s.name')} END AS occupant,
                w.expires_at AS reserved_until
           FROM fac JOIN facility f ON f.id = fac.id
           JOIN bed b ON b.facility_id = f.id AND b.opened_on <= $2::date
           LEFT JOIN room r ON r.id = b.room_id
           LEFT JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', '$2::date')}
           LEFT JOIN bed_out_of_service o ON o.bed_id = b.id AND ${inForceOn('o', '$2::date')}
           LEFT JOIN LATERAL (${this.stays.occupyingStaySql('b.id', '$2')}) s ON TRUE
           LEFT JOIN LATERAL (${this.stays.reservingOfferSql('b.id', '$2')}) w ON TRUE
       ), bed_json AS (
         SELECT board.*, json_build_object(
                  'id', id, 'code', code, 'status', status, 'setting', setting,
                  'careType', care_type, 'dementiaCare', dementia_care,
                  'stayId', stay_id, 'occupant', occupant, 'reservedUntil', reserved_until) AS doc
           FROM board
       ), rooms AS (
         SELECT floor, room_id, room_name, json_agg(doc ORDER BY code) AS beds
           FROM bed_json WHERE room_id IS NOT NULL GROUP BY floor, room_id, room_name
       ), floors AS (
         SELECT floor, json_agg(json_build_object('id', room_id, 'name', room_name, 'beds', beds) ORDER BY room_name) AS rooms
           FROM rooms GROUP BY floor
       )
       SELECT json_build_object(
         'facilityId', fac.id,
         'boardVersion', (SELECT board_version::text FROM facility WHERE id = fac.id),
         'freshUntil', (SELECT min(reserved_until) FROM board),
         'facilityName', fac.name,
         'date', $2::date::text,
         'floors', coalesce((SELECT json_agg(json_build_object('floor', floor, 'rooms', rooms) ORDER BY floor NULLS LAST) FROM floors), '[]'::json),
         'homeBeds', coalesce((SELECT json_agg(doc ORDER BY code) FROM bed_json WHERE room_id IS NULL), '[]'::json),
         'totals', (SELECT json_build_object(
             'listed', count(*),
             'open', count(*) FILTER (WHERE status <> 'closed'),
             'careType', count(*) FILTER (WHERE status <> 'closed' AND care_type),
             'general', count(*) FILTER (WHERE status <> 'closed' AND NOT care_type),
             'dementiaCare', count(*) FILTER (WHERE status <> 'closed' AND dementia_care),
             'vacant', count(*) FILTER (WHERE status = 'vacant'),
             'occupied', count(*) FILTER (WHERE status = 'occupied'),
             'reserved', count(*) FILTER (WHERE status = 'reserved'),
             'outOfService', count(*) FILTER (WHERE status = 'out_of_service'),
             'closed', count(*) FILTER (WHERE status = 'closed')) FROM board)
       )::text AS board
       FROM fac`,
      params,
    );
    return row?.board ?? null;
  }

  /**
   * Open beds on a date by facility kind and setting, in operating facilities, within the region's subtree and the
   * caller's scope. A bed counts where it stands: a home bed in its home region (which lies in its facility's county),
   * the others in their facility's region — for the filter and for the scope alike.
   */
  async summary(date: string, regionCode: string | undefined, scope: AccessScope, manager: EntityManager): Promise<BedSummaryRowDto[]> {
    const where = new SqlConditions();
    where.bind(date);
    where.raw(scope.sql({ regionCode: 'coalesce(b.home_region_code, f.region_code)', facilityId: 'f.id' }, where.params));
    if (regionCode) where.add((p) => `coalesce(b.home_region_code, f.region_code) LIKE ${p}`, `${regionSubtreePrefix(regionCode)}%`);
    return manager.query(
      `SELECT p.kind AS "facilityKind", b.setting,
              count(*)::int AS beds,
              count(*) FILTER (WHERE c.care_type)::int AS "careTypeBeds",
              count(*) FILTER (WHERE c.dementia_care)::int AS "dementiaCareBeds",
              count(DISTINCT f.id)::int AS facilities
         FROM facility f
         JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', '$1::date')}
         JOIN bed b ON b.facility_id = f.id AND ${openOn('b', '$1::date')}
         JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', '$1::date')}
        WHERE ${openOn('f', '$1::date')} AND ${where.sql}
        GROUP BY p.kind, b.setting
        ORDER BY p.kind, b.setting`,
      where.params,
    );
  }
}

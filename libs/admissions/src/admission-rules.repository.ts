import { Injectable } from '@nestjs/common';
import { SAFETY_RISKS, STANDING_ASSESSMENT } from '@yiyang/assessments';
import type { AccessScope } from '@yiyang/auth';
import { CLAIM } from '@yiyang/core';
import { RESIDENT_SCOPE } from '@yiyang/residents';
import type { EntityManager } from 'typeorm';
import { stayOverlapsFrom } from './stays.repository';

/** What the early refusal saw: null for a bed or person outside the caller's scope. */
export interface MoveState {
  bedOccupied: boolean | null;
  personStaying: boolean | null;
  reservedUntil: Date | null;
  bedClaimed: boolean | null;
  personClaimed: boolean | null;
}

export interface Move {
  residentId: string;
  bedId: string;
  from: string;
  scope: AccessScope;
  acceptingOfferId?: string;
  leavingStayId?: string;
}

/** The reads the rules of admitting ask, over the tables of beds, assessments and stays. */
@Injectable()
export class AdmissionRulesRepository {
  /**
   * In one statement waiting for nothing: whether the bed is taken, the person staying, the bed offered to an
   * applicant, from `from` on; and, when none of these, a claim on the bed and then on the person for the caller's
   * transaction.
   */
  async claim(move: Move, manager: EntityManager): Promise<MoveState> {
    const params: unknown[] = [move.bedId, move.residentId, move.from, move.leavingStayId ?? null, Boolean(move.acceptingOfferId)];
    const overlapping = (column: string, value: string) =>
      `EXISTS (SELECT 1 FROM stay s WHERE s.${column} = ${value} AND ${stayOverlapsFrom('s', '$3')} AND s.id IS DISTINCT FROM $4::uuid)`;
    const [state] = await manager.query(
      `WITH state AS (
         SELECT (SELECT ${overlapping('bed_id', 'b.id')} FROM bed b JOIN facility f ON f.id = b.facility_id
                  WHERE b.id = $1 AND ${move.scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}) AS "bedOccupied",
                (SELECT ${overlapping('resident_id', 'r.id')} FROM resident r WHERE r.id = $2 AND ${move.scope.sql(RESIDENT_SCOPE, params)}) AS "personStaying",
                CASE WHEN NOT $5 THEN (SELECT max(expires_at) FROM waitlist_offer WHERE bed_id = $1 AND status = 'pending' AND expires_at > now()) END AS "reservedUntil"
       ), bed AS (
         SELECT *, CASE WHEN NOT "bedOccupied" AND NOT "personStaying" AND "reservedUntil" IS NULL THEN ${CLAIM("'bed ' || $1")} END AS "bedClaimed" FROM state
       )
       SELECT *, CASE WHEN "bedClaimed" THEN ${CLAIM("'person ' || $2")} END AS "personClaimed" FROM bed`,
      params,
    );
    return state;
  }

  /** The person's row, share-locked: the first lock a move takes. */
  async lockPerson(residentId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM resident WHERE id = $1 FOR SHARE`, [residentId]);
  }

  /** The first day the bed is out of service from `from` on (or a period that began before and runs on), if any. */
  async outOfServiceFrom(bedId: string, from: string, manager: EntityManager): Promise<string | null> {
    const [period] = await manager.query(
      `SELECT valid_from AS "from" FROM bed_out_of_service WHERE bed_id = $1 AND daterange(valid_from, valid_to) && daterange($2::date, NULL) ORDER BY valid_from LIMIT 1`,
      [bedId, from],
    );
    return period?.from ?? null;
  }

  /** Whether the person's standing GB/T 42195 assessment on the date (corrections by then counted) is still valid. */
  async hasCurrentAssessment(residentId: string, date: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(`SELECT ${STANDING_ASSESSMENT('$1::uuid', '$2::date', 'a.next_due_on')} > $2::date AS current`, [residentId, date]);
    return Boolean(row?.current);
  }

  /**
   * Whether the nine GB 38600 risks were assessed for the person in the 30 days up to the date. A register that lacks
   * any of them (stored before sets were checked whole) does not count.
   */
  async hasRecentSafetyRisks(residentId: string, date: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM safety_risk_assessment
        WHERE resident_id = $1 AND assessed_on BETWEEN $2::date - 30 AND $2::date AND jsonb_typeof(risks) = 'object' AND risks ?& $3::text[]
        LIMIT 1`,
      [residentId, date, SAFETY_RISKS],
    );
    return Boolean(row);
  }
}

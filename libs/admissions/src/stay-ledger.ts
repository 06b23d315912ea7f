import { Global, Injectable, Module } from '@nestjs/common';
import { localDateOf } from '@yiyang/core';
import { StayLedger } from '@yiyang/facilities';
import type { EntityManager } from 'typeorm';

/** The stays and bed offers this lib keeps, read for facilities and beds through their `StayLedger` port. */
@Injectable()
export class AdmissionsStayLedger extends StayLedger {
  async stayingFrom(facilityId: string, on: string, manager: EntityManager): Promise<number> {
    const [{ staying }] = await manager.query(
      `SELECT count(*)::int AS staying FROM stay WHERE facility_id = $1 AND (discharged_on IS NULL OR discharged_on > $2)`,
      [facilityId, on],
    );
    return staying;
  }

  async firstStayOnBed(bedId: string, from: string, until: string | null, manager: EntityManager): Promise<{ admittedOn: string; dischargedOn: string | null } | null> {
    const [stay] = await manager.query(
      `SELECT admitted_on AS "admittedOn", discharged_on AS "dischargedOn" FROM stay
        WHERE bed_id = $1 AND daterange(admitted_on, discharged_on) && daterange($2::date, $3::date) ORDER BY admitted_on LIMIT 1`,
      [bedId, from, until],
    );
    return stay ?? null;
  }

  // The exclusion constraint stay_bed_no_overlap leaves at most one stay per bed and day.
  occupyingStaySql(bed: string, date: string): string {
    return `
      SELECT s.id, p.name FROM stay s JOIN resident p ON p.id = s.resident_id
       WHERE s.bed_id = ${bed} AND daterange(s.admitted_on, s.discharged_on) @> ${date}::date`;
  }

  // Shanghai days from the offer to its end; an offer past its end no longer reserves, whether or not it was settled.
  reservingOfferSql(bed: string, date: string): string {
    return `
      SELECT max(wo.expires_at) AS expires_at FROM waitlist_offer wo
       WHERE wo.bed_id = ${bed} AND wo.status = 'pending' AND wo.expires_at > now()
         AND ${date}::date BETWEEN ${localDateOf('wo.offered_at')} AND ${localDateOf('wo.expires_at')}
      HAVING count(*) > 0`;
  }
}

/**
 * Gives every module the facilities' `StayLedger` port, implemented here: BedsModule and FacilitiesModule cannot
 * import AdmissionsModule (it imports them), so each app imports this global module once.
 */
@Global()
@Module({
  providers: [{ provide: StayLedger, useClass: AdmissionsStayLedger }],
  exports: [StayLedger],
})
export class StayLedgerModule {}

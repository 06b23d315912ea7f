import { Injectable } from '@nestjs/common';
import type { AccessScope, ScopeColumns } from '@yiyang/auth';
import type { EntityManager } from 'typeorm';
import type { MedicalAgreementRow } from './dto/medical-view.dto';
import { MedicalAgreement } from './medical-agreement.entity';

/** An agreement belongs to its care facility: the facility's officials and operators see it. */
const FACILITY_SCOPE: ScopeColumns = { regionCode: 'f.region_code', facilityId: 'f.id' };

/** Agreements with what they name, and whether they are in force on $1. */
const AGREEMENT_ROW = `
  SELECT a.id, a.facility_id, f.name AS facility_name, a.medical_institution_id, m.name AS medical_institution_name,
         a.signed_on, a.valid_until, a.services, (a.signed_on <= $1::date AND (a.valid_until IS NULL OR a.valid_until >= $1::date)) AS in_force
    FROM medical_agreement a
    JOIN facility f ON f.id = a.facility_id
    JOIN medical_institution m ON m.id = a.medical_institution_id`;

export type NewMedicalAgreement = Pick<MedicalAgreement, 'facilityId' | 'medicalInstitutionId' | 'signedOn' | 'validUntil' | 'services'>;

/** Cooperation agreements (签约合作) between care facilities and medical institutions. */
@Injectable()
export class MedicalAgreementsRepository {
  insert(agreement: NewMedicalAgreement, manager: EntityManager): Promise<MedicalAgreement> {
    return manager.save(manager.create(MedicalAgreement, agreement));
  }

  /** One agreement as shown, in force or not on `date`. */
  async row(id: string, date: string, manager: EntityManager): Promise<MedicalAgreementRow> {
    const [row] = await manager.query(`${AGREEMENT_ROW} WHERE a.id = $2`, [date, id]);
    return row;
  }

  /** A facility's agreements, latest signed first (the facility's scope is checked by the caller). */
  forFacility(facilityId: string, date: string, manager: EntityManager): Promise<MedicalAgreementRow[]> {
    return manager.query(`${AGREEMENT_ROW} WHERE a.facility_id = $2 ORDER BY a.signed_on DESC, m.name, a.id`, [date, facilityId]);
  }

  /** The agreement, locked for update for the rest of the caller's transaction, if its facility is in the caller's scope. */
  async lockInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<MedicalAgreement | null> {
    const params: unknown[] = [id];
    const [found] = await manager.query(
      `SELECT a.id FROM medical_agreement a JOIN facility f ON f.id = a.facility_id
        WHERE a.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)} FOR NO KEY UPDATE OF a`,
      params,
    );
    return found ? manager.findOneBy(MedicalAgreement, { id }) : null;
  }

  async save(agreement: MedicalAgreement, manager: EntityManager): Promise<void> {
    await manager.save(agreement);
  }
}

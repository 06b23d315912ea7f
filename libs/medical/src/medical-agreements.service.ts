import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { addDays, InvalidInputError, orNotFound, registerConstraintMeanings, today } from '@yiyang/core';
import { FacilitiesService } from '@yiyang/facilities';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource } from 'typeorm';
import { MedicalAgreementSigned, MedicalAgreementTermChanged } from './audit-events';
import type { AgreementTermDto, CreateMedicalAgreementDto } from './dto/medical.dto';
import type { MedicalAgreementRow } from './dto/medical-view.dto';
import { MedicalAgreementsRepository } from './medical-agreements.repository';
import { MedicalInstitutionsRepository } from './medical-institutions.repository';

registerConstraintMeanings({
  medical_agreement_signed_key: { field: 'signedOn', message: 'an agreement with this institution signed on this date is already recorded' },
  medical_agreement_valid_until_check: { field: 'validUntil', message: 'an agreement is valid until a day on or after it was signed' },
});

/** Cooperation agreements (签约合作): a facility's officials and operators record, end and renew them. */
@Injectable()
export class MedicalAgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreements: MedicalAgreementsRepository,
    private readonly institutions: MedicalInstitutionsRepository,
    private readonly facilities: FacilitiesService,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async create(facilityId: string, input: CreateMedicalAgreementDto, scope: AccessScope): Promise<MedicalAgreementRow> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.facilities.lock(facilityId, scope, manager);
      // Unknown and unseen institutions get the same answer, so existence is not revealed.
      const institution = await this.institutions.findInScope(input.medicalInstitutionId, scope, manager, 'keyShare');
      if (!institution) throw InvalidInputError.of([{ field: 'medicalInstitutionId', message: 'no such medical institution in your reach' }]);
      if (institution.closed_on && input.signedOn >= institution.closed_on) {
        throw InvalidInputError.of([{ field: 'signedOn', message: `the institution closed on ${institution.closed_on}` }]);
      }
      await this.periods.assertOpen(manager, input.signedOn, 'signedOn');
      const agreement = await this.agreements.insert(
        { facilityId, medicalInstitutionId: input.medicalInstitutionId, signedOn: input.signedOn, validUntil: input.validUntil ?? null, services: input.services ?? null },
        manager,
      );
      await this.audit.record(manager, MedicalAgreementSigned, { entityId: agreement.id, after: { facilityId, ...input } });
      return agreement.id;
    });
    return this.agreements.row(id, today(), this.dataSource.manager);
  }

  async forFacility(facilityId: string, scope: AccessScope, date = today()): Promise<MedicalAgreementRow[]> {
    await this.facilities.get(facilityId, date, scope);
    return this.agreements.forFacility(facilityId, date, this.dataSource.manager);
  }

  /** Ends an agreement early or renews it: the days between the old and the new end change, so they must lie in open periods. */
  async changeTerm(id: string, input: AgreementTermDto, scope: AccessScope): Promise<MedicalAgreementRow> {
    await this.dataSource.transaction(async (manager) => {
      const agreement = orNotFound(await this.agreements.lockInScope(id, scope, manager), 'MedicalAgreement', id);
      const validUntil = input.validUntil ?? null;
      if (validUntil !== null && validUntil < agreement.signedOn) {
        throw InvalidInputError.of([{ field: 'validUntil', message: `an agreement is valid until a day on or after it was signed (${agreement.signedOn})` }]);
      }
      const ends = [agreement.validUntil, validUntil].filter((date): date is string => date !== null).sort();
      if (agreement.validUntil !== validUntil && ends.length) await this.periods.assertOpen(manager, addDays(ends[0], 1), 'validUntil');
      const before = { ...agreement };
      agreement.validUntil = validUntil;
      await this.agreements.save(agreement, manager);
      await this.audit.record(manager, MedicalAgreementTermChanged, { entityId: id, before, after: { ...agreement } });
    });
    return this.agreements.row(id, today(), this.dataSource.manager);
  }
}

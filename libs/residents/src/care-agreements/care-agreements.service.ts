import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, orNotFound, PersonalDataCipher, registerConstraintMeanings, requestContext, RuleViolationError, today } from '@yiyang/core';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource } from 'typeorm';
import { CareAgreementCreated, CareAgreementEnded } from '../audit-events';
import { boundTo, CAREGIVER_PHONE_PURPOSE } from '../personal-data';
import { ResidentsRepository } from '../residents.repository';
import { type CareAgreementDto, type CareAgreementInputDto, type EndCareAgreementDto, mapCareAgreement } from './care-agreement.dto';
import { CareAgreementsRepository } from './care-agreements.repository';

registerConstraintMeanings({
  tekun_care_agreement_period_check: { field: 'validUntil', message: 'validUntil is on or after signedOn' },
});

/**
 * Entrusted-care agreements (委托照料服务协议) of 特困 people supported at home: who cares for them and while the
 * agreement is in force. Officers of the person's region record and end them; whoever may see the person reads them.
 */
@Injectable()
export class CareAgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreements: CareAgreementsRepository,
    private readonly residents: ResidentsRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly periods: ReportingLockService,
    private readonly audit: AuditService,
  ) {}

  async create(residentId: string, input: CareAgreementInputDto, scope: AccessScope): Promise<CareAgreementDto> {
    const validUntil = input.validUntil ?? null;
    if (validUntil && validUntil < input.signedOn) throw InvalidInputError.of([{ field: 'validUntil', message: 'validUntil is on or after signedOn' }]);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const person = orNotFound(await this.residents.findInScope(residentId, scope, manager, 'share'), 'Resident', residentId);
      if (!person.categories.includes('tekun')) throw new RuleViolationError('Only a 特困 (tekun) person has an entrusted-care agreement');
      await this.periods.assertOpen(manager, input.signedOn, 'signedOn');
      const caregiverRelation = input.caregiverRelation ?? null;
      await this.agreements.insert(
        {
          id,
          residentId,
          caregiverName: input.caregiverName.trim(),
          caregiverPhoneEncrypted: this.cipher.encrypt(input.caregiverPhone, boundTo(CAREGIVER_PHONE_PURPOSE, id)),
          caregiverRelation,
          signedOn: input.signedOn,
          validUntil,
          createdBy: requestContext.current()?.userId ?? null,
        },
        manager,
      );
      await this.audit.record(manager, CareAgreementCreated, {
        entityId: id,
        after: { residentId, caregiverName: input.caregiverName.trim(), caregiverRelation, signedOn: input.signedOn, validUntil },
      });
    });
    return mapCareAgreement(orNotFound(await this.agreements.find(id, residentId, this.dataSource.manager), 'Care agreement', id), this.cipher, today());
  }

  /** A person's agreements, latest first: an audited read of the person. */
  async list(residentId: string, scope: AccessScope): Promise<CareAgreementDto[]> {
    const manager = this.dataSource.manager;
    orNotFound(await this.residents.findInScope(residentId, scope, manager), 'Resident', residentId);
    const rows = await this.agreements.ofResident(residentId, manager);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    const day = today();
    return rows.map((row) => mapCareAgreement(row, this.cipher, day));
  }

  /** Ends an agreement: `on` becomes its last day in force (never later than the day it already ends). */
  async end(residentId: string, id: string, input: EndCareAgreementDto, scope: AccessScope): Promise<CareAgreementDto> {
    const ended = await this.dataSource.transaction(async (manager) => {
      orNotFound(await this.residents.findInScope(residentId, scope, manager, 'share'), 'Resident', residentId);
      const agreement = orNotFound(await this.agreements.find(id, residentId, manager, 'update'), 'Care agreement', id);
      if (input.on < agreement.signedOn) throw InvalidInputError.of([{ field: 'on', message: `the agreement was signed on ${agreement.signedOn}` }]);
      if (agreement.validUntil !== null && input.on > agreement.validUntil) {
        throw new RuleViolationError(`The agreement already ends on ${agreement.validUntil}`);
      }
      await this.periods.assertOpen(manager, input.on, 'on');
      await this.agreements.setValidUntil(id, input.on, manager);
      await this.audit.record(manager, CareAgreementEnded, {
        entityId: id,
        before: { validUntil: agreement.validUntil },
        after: { validUntil: input.on, reason: input.reason ?? null },
      });
      return { ...agreement, validUntil: input.on };
    });
    return mapCareAgreement(ended, this.cipher, today());
  }
}

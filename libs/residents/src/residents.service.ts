import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Role, type AccessScope } from '@yiyang/auth';
import { ConflictError, ForbiddenError, InvalidInputError, mapPage, maskPhone, NotFoundError, orNotFound, type Page, PersonalDataCipher, registerConstraintMeanings, today, TooManyRequestsError } from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ResidentCreated,
  ResidentDuplicateFound,
  ResidentLinked,
  ResidentLinkLimited,
  ResidentLinkNameMismatch,
  ResidentLinkNotFound,
  ResidentUpdated,
} from './audit-events';
import { idNumberProblems, readIdNumber } from './domain/id-number';
import { sameName } from './domain/person-name';
import { mapResident, type CreateResidentDto, type EmergencyContactDto, type LinkResidentDto, type ListResidentsQuery, type ResidentDto, type UpdateResidentDto } from './dto/resident.dto';
import { LinkAttemptLimiter } from './link-attempt-limiter';
import { boundTo, PURPOSE } from './personal-data';
import { Resident } from './resident.entity';
import { ResidentsRepository, type ResidentRow } from './residents.repository';

registerConstraintMeanings({
  resident_id_number_hash_key: { field: 'idNumber', message: 'this person is already registered in Yiyang' },
  resident_hukou_region_code_fkey: { field: 'hukouRegionCode', message: 'no such region' },
  resident_residence_region_code_fkey: { field: 'residenceRegionCode', message: 'no such region' },
  resident_tekun_check: { field: 'tekunSupportMode', message: 'only a 特困 (tekun) person has a support mode' },
});

/** What only civil-affairs officers and administrators change: where a person belongs and what they are entitled to. */
const OFFICIAL_FIELDS = ['hukouRegionCode', 'residenceRegionCode', 'categories', 'tekunSupportMode', 'willingCentralized'] as const;

/**
 * The older-person registry. Personal numbers are encrypted before they reach SQL and masked on the way out;
 * every read of a person's record is audited, like every change.
 */
@Injectable()
export class ResidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly facilities: FacilitiesRepository,
    private readonly linkAttempts: LinkAttemptLimiter,
  ) {}

  async create(input: CreateResidentDto, scope: AccessScope): Promise<ResidentDto> {
    const problems = idNumberProblems(input.idNumber, { birthDate: input.birthDate, sex: input.sex }, today());
    if (problems.length) throw InvalidInputError.of(problems);
    const { normalised } = readIdNumber(input.idNumber) as { normalised: string };
    const hash = this.cipher.hash(normalised, PURPOSE.idNumber);
    const id = randomUUID();
    const registeredAs = await this.dataSource.transaction(async (manager) => {
      await this.assertMayRegister(input, scope, manager);
      const existing = await this.residents.idByHash(hash, manager);
      if (existing) return existing;
      const resident = manager.create(Resident, {
        id,
        name: input.name.trim(),
        idNumberEncrypted: this.cipher.encrypt(normalised, boundTo(PURPOSE.idNumber, id)),
        idNumberHash: hash,
        sex: input.sex,
        birthDate: input.birthDate,
        hukouRegionCode: input.hukouRegionCode,
        residenceRegionCode: input.residenceRegionCode,
        categories: input.categories ?? [],
        livingArrangement: input.livingArrangement,
        tekunSupportMode: input.tekunSupportMode ?? null,
        willingCentralized: input.willingCentralized ?? null,
        ...this.encryptContacts(id, input),
      });
      await this.residents.insert(resident, manager);
      if (input.facilityId) await this.residents.link(id, input.facilityId, manager);
      await this.audit.record(manager, ResidentCreated, { entityId: id, after: this.auditable(input) });
      return null;
    });
    if (registeredAs) {
      // The answer says the person exists somewhere: every such answer is on record. It is written once the
      // transaction has ended (it wrote nothing), never through a second connection while it is open.
      await this.audit.record(this.dataSource.manager, ResidentDuplicateFound, { entityId: registeredAs });
      throw new ConflictError('This person is already registered in Yiyang', [{ field: 'idNumber', messages: ['this person is already registered in Yiyang'] }]);
    }
    return this.get(id, scope, false);
  }

  /**
   * Links a person already registered to a facility of the caller, found by their 身份证 number and name together
   * (the operator has the card in hand): from then on the facility's staff see them. A wrong name is answered as an
   * unknown number, so the answer never tells whether the number alone is registered; attempts are counted per
   * account, and every one is audited — linked, not found, name mismatch, refused by the limit.
   */
  async link(input: LinkResidentDto, scope: AccessScope): Promise<ResidentDto> {
    const facts = readIdNumber(input.idNumber);
    if ('problem' in facts) throw InvalidInputError.of([{ field: 'idNumber', message: facts.problem }]);
    const waitSeconds = await this.linkAttempts.consume(scope.user.id);
    if (waitSeconds) {
      await this.audit.record(this.dataSource.manager, ResidentLinkLimited, { after: { facilityId: input.facilityId } });
      throw new TooManyRequestsError('Too many attempts to link a person; try again later', waitSeconds);
    }
    if (!(await this.facilities.findInScope(input.facilityId, today(), scope, this.dataSource.manager))) {
      throw InvalidInputError.of([{ field: 'facilityId', message: 'no such facility in your scope' }]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const found = await this.residents.nameByHash(this.cipher.hash(facts.normalised, PURPOSE.idNumber), manager);
      const matches = found !== null && sameName(found.name, input.name);
      const outcome = matches ? ResidentLinked : found ? ResidentLinkNameMismatch : ResidentLinkNotFound;
      await this.audit.record(manager, outcome, { entityId: found?.id ?? null, after: { facilityId: input.facilityId } });
      if (matches) await this.residents.link(found.id, input.facilityId, manager);
      return matches ? found.id : null;
    });
    if (!id) throw new NotFoundError('Resident with that ID number and name');
    return this.get(id, scope);
  }

  async list(query: ListResidentsQuery, scope: AccessScope): Promise<Page<ResidentDto>> {
    const asIdNumber = query.q ? readIdNumber(query.q) : null;
    const byNumber = asIdNumber && !('problem' in asIdNumber);
    const page = await this.residents.list(
      {
        regionCode: query.regionCode,
        category: query.category,
        facilityId: query.facilityId,
        name: byNumber ? undefined : query.q,
        idNumberHash: byNumber ? this.cipher.hash(asIdNumber.normalised, PURPOSE.idNumber) : undefined,
      },
      query,
      scope,
      this.dataSource.manager,
    );
    await this.audit.recordReads(this.dataSource.manager, 'resident', page.items.map((row) => row.id));
    return mapPage(page, (row) => mapResident(row, this.cipher));
  }

  async get(id: string, scope: AccessScope, auditRead = true): Promise<ResidentDto> {
    const row = orNotFound(await this.residents.findInScope(id, scope, this.dataSource.manager), 'Resident', id);
    if (auditRead) await this.audit.recordReads(this.dataSource.manager, 'resident', [id]);
    return mapResident(row, this.cipher);
  }

  async update(id: string, input: UpdateResidentDto, scope: AccessScope): Promise<ResidentDto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockInScope(id, scope, manager);
      const official = OFFICIAL_FIELDS.filter((field) => input[field] !== undefined);
      if (official.length && ![Role.Admin, Role.CivilAffairs].includes(scope.user.role)) {
        throw new ForbiddenError(`Only civil-affairs officers change ${official.join(', ')}`);
      }
      const changes: Partial<Resident> = {};
      for (const field of ['name', 'hukouRegionCode', 'residenceRegionCode', 'categories', 'livingArrangement', 'tekunSupportMode', 'willingCentralized'] as const) {
        if (input[field] !== undefined) (changes as Record<string, unknown>)[field] = input[field];
      }
      Object.assign(changes, this.encryptContacts(id, input));
      for (const code of [input.hukouRegionCode, input.residenceRegionCode]) {
        if (code) scope.assertCoversRegion(code);
      }
      await this.residents.update(id, changes, manager);
      const before = mapResident(row, this.cipher);
      await this.audit.record(manager, ResidentUpdated, { entityId: id, before: this.auditable(before), after: this.auditable({ ...before, ...input }) });
    });
    return this.get(id, scope, false);
  }

  private encryptContacts(residentId: string, input: { phone?: string | null; emergencyContacts?: EmergencyContactDto[] | null }): Partial<Resident> {
    const values: Partial<Resident> = {};
    if (input.phone !== undefined) values.phoneEncrypted = input.phone === null ? null : this.cipher.encrypt(input.phone, boundTo(PURPOSE.phone, residentId));
    if (input.emergencyContacts !== undefined) {
      values.emergencyContactsEncrypted =
        input.emergencyContacts === null || input.emergencyContacts.length === 0
          ? null
          : this.cipher.encrypt(
              JSON.stringify(input.emergencyContacts.map(({ name, relation, phone }) => ({ name, relation, phone }))),
              boundTo(PURPOSE.contacts, residentId),
            );
    }
    return values;
  }

  /** What the audit trail keeps of a record: no ID number, phones masked. */
  private auditable(record: object): Record<string, unknown> {
    const copy = { ...(record as Record<string, unknown>) };
    delete copy.idNumber;
    if (typeof copy.phone === 'string') copy.phone = maskPhone(copy.phone);
    if (Array.isArray(copy.emergencyContacts)) {
      copy.emergencyContacts = (copy.emergencyContacts as EmergencyContactDto[]).map((c) => ({ ...c, phone: maskPhone(c.phone) }));
    }
    return copy;
  }

  /**
   * Who may register a person: administrators; officers for people living or registered in their region; operators
   * for their own facility (which then serves the person).
   */
  private async assertMayRegister(input: CreateResidentDto, scope: AccessScope, manager: EntityManager): Promise<void> {
    if (input.facilityId && !(await this.facilities.findInScope(input.facilityId, today(), scope, manager, 'keyShare'))) {
      throw InvalidInputError.of([{ field: 'facilityId', message: 'no such facility in your scope' }]);
    }
    if (scope.unrestricted) return;
    if (scope.user.role === Role.Operator) {
      if (!input.facilityId) throw InvalidInputError.of([{ field: 'facilityId', message: 'an operator registers a person for one of their facilities' }]);
      if (!scope.covers({ facilityId: input.facilityId })) throw new ForbiddenError('That facility is not yours');
      return;
    }
    if (!scope.covers({ regionCode: input.residenceRegionCode }) && !scope.covers({ regionCode: input.hukouRegionCode })) {
      throw new ForbiddenError('The person neither lives nor is registered in your region');
    }
  }

  private async lockInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<ResidentRow> {
    return orNotFound(await this.residents.findInScope(id, scope, manager, 'update'), 'Resident', id);
  }
}

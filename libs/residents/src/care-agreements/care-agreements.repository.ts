import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TekunCareAgreement } from './tekun-care-agreement.entity';

/** Entrusted-care agreements of 特困 people. The person is checked in scope by the residents repository first. */
@Injectable()
export class CareAgreementsRepository {
  async insert(agreement: Omit<TekunCareAgreement, 'resident' | 'createdAt'>, manager: EntityManager): Promise<void> {
    await manager.insert(TekunCareAgreement, agreement);
  }

  /** A person's agreements, latest signed first. */
  ofResident(residentId: string, manager: EntityManager): Promise<TekunCareAgreement[]> {
    return manager.find(TekunCareAgreement, { where: { residentId }, order: { signedOn: 'DESC', id: 'ASC' } });
  }

  find(id: string, residentId: string, manager: EntityManager, lock?: 'update'): Promise<TekunCareAgreement | null> {
    const query = manager.createQueryBuilder(TekunCareAgreement, 'a').where('a.id = :id AND a.resident_id = :residentId', { id, residentId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async setValidUntil(id: string, validUntil: string, manager: EntityManager): Promise<void> {
    await manager.update(TekunCareAgreement, { id }, { validUntil });
  }
}

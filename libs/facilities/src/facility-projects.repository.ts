import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FacilityProject } from './facility-project.entity';

export type NewProject = Pick<FacilityProject, 'facilityId' | 'kind' | 'title' | 'startedOn' | 'completedOn' | 'fundingYuan' | 'fundingSource'>;

/** Building projects of facilities. The caller has checked the facility is in its scope (and holds it locked to write). */
@Injectable()
export class FacilityProjectsRepository {
  insert(project: NewProject, manager: EntityManager): Promise<FacilityProject> {
    return manager.save(manager.create(FacilityProject, project));
  }

  /** A facility's projects, latest started first. */
  list(facilityId: string, manager: EntityManager): Promise<FacilityProject[]> {
    return manager.find(FacilityProject, { where: { facilityId }, order: { startedOn: 'DESC', createdAt: 'DESC' } });
  }

  /** One project of the facility, locked for the rest of the transaction. */
  lockOf(facilityId: string, id: string, manager: EntityManager): Promise<FacilityProject | null> {
    return manager.findOne(FacilityProject, { where: { id, facilityId }, lock: { mode: 'pessimistic_write' } });
  }

  async save(project: FacilityProject, manager: EntityManager): Promise<FacilityProject> {
    return manager.save(project);
  }
}

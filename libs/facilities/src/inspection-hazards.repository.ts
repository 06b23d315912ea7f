import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { HazardStatus } from './dto/works.dto';
import { FacilityInspection } from './facility-inspection.entity';
import { InspectionHazard } from './inspection-hazard.entity';

export type NewHazard = Pick<InspectionHazard, 'facilityId' | 'inspectionId' | 'description' | 'major' | 'foundOn'>;

/** Safety hazards found at facilities. The caller has checked the facility is in its scope (and holds it locked to write). */
@Injectable()
export class InspectionHazardsRepository {
  insert(hazard: NewHazard, manager: EntityManager): Promise<InspectionHazard> {
    return manager.save(manager.create(InspectionHazard, { ...hazard, rectifiedOn: null }));
  }

  /** A facility's hazards, open or rectified or both, latest found first. */
  list(facilityId: string, status: HazardStatus | undefined, manager: EntityManager): Promise<InspectionHazard[]> {
    const where: FindOptionsWhere<InspectionHazard> = { facilityId };
    if (status === 'open') where.rectifiedOn = IsNull();
    if (status === 'rectified') where.rectifiedOn = Not(IsNull());
    return manager.find(InspectionHazard, { where, order: { foundOn: 'DESC', createdAt: 'DESC' } });
  }

  /** One hazard of the facility, locked for the rest of the transaction. */
  lockOf(facilityId: string, id: string, manager: EntityManager): Promise<InspectionHazard | null> {
    return manager.findOne(InspectionHazard, { where: { id, facilityId }, lock: { mode: 'pessimistic_write' } });
  }

  async save(hazard: InspectionHazard, manager: EntityManager): Promise<InspectionHazard> {
    return manager.save(hazard);
  }

  /** Whether the inspection exists and is one of this facility's. */
  async inspectionOf(facilityId: string, inspectionId: string, manager: EntityManager): Promise<boolean> {
    return manager.exists(FacilityInspection, { where: { id: inspectionId, facilityId } });
  }
}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { ReportingModule } from '@yiyang/reporting';
import { FacilitiesController, StaffController } from './facilities.controller';
import { FacilitiesRepository } from './facilities.repository';
import { FacilitiesService } from './facilities.service';
import { FacilityProjectsRepository } from './facility-projects.repository';
import { FacilityProjectsService } from './facility-projects.service';
import { FacilityWorksController } from './facility-works.controller';
import { InspectionHazardsRepository } from './inspection-hazards.repository';
import { InspectionHazardsService } from './inspection-hazards.service';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';

@Module({
  imports: [AuthModule, ReportingModule],
  controllers: [FacilitiesController, StaffController, FacilityWorksController],
  providers: [
    FacilitiesService,
    FacilitiesRepository,
    StaffService,
    StaffRepository,
    FacilityProjectsService,
    FacilityProjectsRepository,
    InspectionHazardsService,
    InspectionHazardsRepository,
  ],
  exports: [FacilitiesService, FacilitiesRepository],
})
export class FacilitiesModule {}

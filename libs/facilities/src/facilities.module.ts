import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { ReportingModule } from '@yiyang/reporting';
import { FacilitiesController, StaffController } from './facilities.controller';
import { FacilitiesRepository } from './facilities.repository';
import { FacilitiesService } from './facilities.service';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';

@Module({
  imports: [AuthModule, ReportingModule],
  controllers: [FacilitiesController, StaffController],
  providers: [FacilitiesService, FacilitiesRepository, StaffService, StaffRepository],
  exports: [FacilitiesService, FacilitiesRepository],
})
export class FacilitiesModule {}

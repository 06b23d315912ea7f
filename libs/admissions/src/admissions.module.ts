import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { BedsModule } from '@yiyang/beds';
import { ReportingModule } from '@yiyang/reporting';
import { ResidentsModule } from '@yiyang/residents';
import { AdmissionPolicyService } from './admission-policy.service';
import { AdmissionsController } from './admissions.controller';
import { AdmissionsService } from './admissions.service';
import { WaitlistController } from './waitlist.controller';
import { WaitlistService } from './waitlist.service';

@Module({
  imports: [AuthModule, BedsModule, ReportingModule, ResidentsModule],
  controllers: [AdmissionsController, WaitlistController],
  providers: [AdmissionsService, AdmissionPolicyService, WaitlistService],
  exports: [AdmissionsService, AdmissionPolicyService],
})
export class AdmissionsModule {}

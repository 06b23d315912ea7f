import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { BedsModule } from '@yiyang/beds';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { ReportingModule } from '@yiyang/reporting';
import { ResidentsModule } from '@yiyang/residents';
import { AdmissionPolicyRepository } from './admission-policy.repository';
import { AdmissionPolicyService } from './admission-policy.service';
import { AdmissionRulesRepository } from './admission-rules.repository';
import { AdmissionRules } from './admission-rules.service';
import { AdmissionsController } from './admissions.controller';
import { AdmissionsService } from './admissions.service';
import { StayReportsRepository } from './stay-reports.repository';
import { StayReportsService } from './stay-reports.service';
import { StaysRepository } from './stays.repository';
import { WaitlistController } from './waitlist.controller';
import { WaitlistRepository } from './waitlist.repository';
import { WaitlistService } from './waitlist.service';

@Module({
  imports: [AuthModule, BedsModule, FacilitiesModule, RegionsModule, ReportingModule, ResidentsModule],
  controllers: [AdmissionsController, WaitlistController],
  providers: [
    AdmissionsService,
    AdmissionPolicyService,
    WaitlistService,
    AdmissionRules,
    StayReportsService,
    StaysRepository,
    AdmissionRulesRepository,
    StayReportsRepository,
    WaitlistRepository,
    AdmissionPolicyRepository,
  ],
  exports: [AdmissionsService, AdmissionPolicyService],
})
export class AdmissionsModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { ReportingModule } from '@yiyang/reporting';
import { CareAgreementsController } from './care-agreements/care-agreements.controller';
import { CareAgreementsRepository } from './care-agreements/care-agreements.repository';
import { CareAgreementsService } from './care-agreements/care-agreements.service';
import { LinkAttemptLimiter } from './link-attempt-limiter';
import { ResidentsController } from './residents.controller';
import { ResidentsRepository } from './residents.repository';
import { ResidentsService } from './residents.service';

@Module({
  imports: [AuthModule, FacilitiesModule, ReportingModule],
  controllers: [ResidentsController, CareAgreementsController],
  providers: [ResidentsService, ResidentsRepository, LinkAttemptLimiter, CareAgreementsRepository, CareAgreementsService],
  exports: [ResidentsService, ResidentsRepository],
})
export class ResidentsModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { LinkAttemptLimiter } from './link-attempt-limiter';
import { ResidentsController } from './residents.controller';
import { ResidentsRepository } from './residents.repository';
import { ResidentsService } from './residents.service';

@Module({
  imports: [AuthModule, FacilitiesModule],
  controllers: [ResidentsController],
  providers: [ResidentsService, ResidentsRepository, LinkAttemptLimiter],
  exports: [ResidentsService, ResidentsRepository],
})
export class ResidentsModule {}

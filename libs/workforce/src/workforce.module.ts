import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { RegionsModule } from '@yiyang/regions';
import { ReportingModule } from '@yiyang/reporting';
import { CommunitySocialWorkersRepository } from './community-social-workers.repository';
import { CommunitySocialWorkersService } from './community-social-workers.service';
import { TrainingsRepository } from './trainings.repository';
import { TrainingsService } from './trainings.service';
import { CommunitySocialWorkersController, TrainingsController } from './workforce.controller';

@Module({
  imports: [AuthModule, ReportingModule, RegionsModule],
  controllers: [TrainingsController, CommunitySocialWorkersController],
  providers: [TrainingsService, TrainingsRepository, CommunitySocialWorkersService, CommunitySocialWorkersRepository],
  exports: [TrainingsService, CommunitySocialWorkersService],
})
export class WorkforceModule {}

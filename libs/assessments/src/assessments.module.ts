import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { ResidentsModule } from '@yiyang/residents';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [AuthModule, ResidentsModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentsRepository],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { RegionsController } from './regions.controller';
import { RegionsJobs } from './regions.jobs';
import { RegionsRepository } from './regions.repository';
import { RegionsService } from './regions.service';

@Module({
  imports: [AuthModule],
  controllers: [RegionsController],
  providers: [RegionsService, RegionsRepository, RegionsJobs],
  exports: [RegionsService, RegionsRepository],
})
export class RegionsModule {}

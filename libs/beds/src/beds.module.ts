import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { ReportingModule } from '@yiyang/reporting';
import { BedImportService } from './bed-import.service';
import { BedsController, FacilityBedsController } from './beds.controller';
import { BedsJobs } from './beds.jobs';
import { BedsRepository } from './beds.repository';
import { BedsService } from './beds.service';
import { BoardCache } from './board-cache';

@Module({
  imports: [AuthModule, FacilitiesModule, ReportingModule],
  controllers: [FacilityBedsController, BedsController],
  providers: [BedsService, BedsRepository, BoardCache, BedImportService, BedsJobs],
  exports: [BedsService, BedsRepository],
})
export class BedsModule {}

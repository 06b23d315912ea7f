import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { ReportingModule } from '@yiyang/reporting';
import { BedsController, FacilityBedsController } from './beds.controller';
import { BedsRepository } from './beds.repository';
import { BedsService } from './beds.service';
import { BoardCache } from './board-cache';

@Module({
  imports: [AuthModule, FacilitiesModule, ReportingModule],
  controllers: [FacilityBedsController, BedsController],
  providers: [BedsService, BedsRepository, BoardCache],
  exports: [BedsService, BedsRepository],
})
export class BedsModule {}

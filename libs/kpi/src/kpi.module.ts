import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { KpiEngine } from './kpi-engine';
import { KpiController, RollupsController } from './kpi.controller';
import { KpiJobs } from './kpi.jobs';
import { KpiRollupService } from './kpi-rollup.service';
import { KpiSeriesService } from './kpi-series.service';
import { KpiService } from './kpi.service';

@Module({
  imports: [AuthModule],
  controllers: [KpiController, RollupsController],
  providers: [KpiEngine, KpiService, KpiSeriesService, KpiRollupService, KpiJobs],
  exports: [KpiEngine, KpiService, KpiSeriesService, KpiRollupService],
})
export class KpiModule {}

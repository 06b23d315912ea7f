import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { BedsModule } from '@yiyang/beds';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { KpiAttainmentService } from './kpi-attainment.service';
import { KpiCorrectionsService } from './kpi-corrections.service';
import { KpiCountyPartsRepository } from './kpi-county-parts.repository';
import { KpiEngine } from './kpi-engine';
import { KpiForecastService } from './kpi-forecast.service';
import { KpiController, RollupsController } from './kpi.controller';
import { KpiJobs } from './kpi.jobs';
import { KpiRegionsRepository } from './kpi-regions.repository';
import { KpiReroll } from './kpi-reroll';
import { KpiRollupService } from './kpi-rollup.service';
import { KpiRollupsRepository } from './kpi-rollups.repository';
import { KpiSeriesService } from './kpi-series.service';
import { KpiStaleRepository } from './kpi-stale.repository';
import { KpiTargetsRepository } from './kpi-targets.repository';
import { KpiTargetsService } from './kpi-targets.service';
import { KpiValuesRepository } from './kpi-values.repository';
import { KpiValuesService } from './kpi-values.service';
import { KpiReportService } from './report/kpi-report.service';
import { KpiScenariosController } from './scenarios/kpi-scenarios.controller';
import { KpiScenariosRepository } from './scenarios/kpi-scenarios.repository';
import { KpiScenariosService } from './scenarios/kpi-scenarios.service';
import { ScenarioChanges } from './scenarios/scenario-changes';
import { ScenarioEvaluationService } from './scenarios/scenario-evaluation.service';

@Module({
  imports: [AuthModule, RegionsModule, FacilitiesModule, BedsModule],
  controllers: [KpiController, RollupsController, KpiScenariosController],
  providers: [
    KpiEngine,
    KpiRegionsRepository,
    KpiValuesRepository,
    KpiTargetsRepository,
    KpiRollupsRepository,
    KpiValuesService,
    KpiTargetsService,
    KpiAttainmentService,
    KpiForecastService,
    KpiReportService,
    KpiSeriesService,
    KpiRollupService,
    KpiReroll,
    KpiCountyPartsRepository,
    KpiStaleRepository,
    KpiCorrectionsService,
    KpiJobs,
    ScenarioChanges,
    ScenarioEvaluationService,
    KpiScenariosRepository,
    KpiScenariosService,
  ],
  exports: [KpiEngine, KpiReroll, ScenarioEvaluationService, KpiValuesService, KpiTargetsService, KpiAttainmentService, KpiSeriesService, KpiRollupService, KpiCorrectionsService],
})
export class KpiModule {}

import { type DynamicModule, Module } from '@nestjs/common';
import { AdmissionsModule, StayLedgerModule } from '@yiyang/admissions';
import { AssessmentsModule } from '@yiyang/assessments';
import { AuthModule } from '@yiyang/auth';
import { BedsModule } from '@yiyang/beds';
import { FacilitiesModule } from '@yiyang/facilities';
import { KpiModule } from '@yiyang/kpi';
import { PlacesModule } from '@yiyang/places';
import { MedicalModule } from '@yiyang/medical';
import { RegionsModule } from '@yiyang/regions';
import { ResidentsModule } from '@yiyang/residents';
import { ServicesModule } from '@yiyang/services';
import { ReportingModule } from '@yiyang/reporting';
import { WorkforceModule } from '@yiyang/workforce';
import { CoreModule, type Runtime } from '@yiyang/core';
import { DemoAccountsService } from './demo/demo-accounts.service';
import { DemoDataService } from './demo/demo-data.service';
import { HealthController } from './health/health.controller';
import { ImportsController } from './imports/imports.controller';
import { QueueDashboard } from './system/queue-dashboard';
import { SystemController } from './system/system.controller';
import { WebAppModule } from './web/web-app.module';

@Module({})
export class ApiModule {
  static forRoot(runtime: Pick<Runtime, 'config' | 'logger' | 'databaseUrl'> & Partial<Pick<Runtime, 'progress'>>): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot({
          config: runtime.config,
          logger: runtime.logger,
          databaseUrl: runtime.databaseUrl,
          applicationName: 'yiyang-api',
          consumeJobs: false,
          progress: runtime.progress,
        }),
        AuthModule,
        ReportingModule,
        RegionsModule,
        FacilitiesModule,
        BedsModule,
        ResidentsModule,
        AssessmentsModule,
        AdmissionsModule,
        StayLedgerModule,
        ServicesModule,
        KpiModule,
        PlacesModule,
        WorkforceModule,
        MedicalModule,
        WebAppModule.forRoot(runtime.config),
      ],
      controllers: [HealthController, SystemController, ImportsController],
      providers: [QueueDashboard, DemoDataService, DemoAccountsService],
    };
  }
}

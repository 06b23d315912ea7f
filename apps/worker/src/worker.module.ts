import { type DynamicModule, Module } from '@nestjs/common';
import { StayLedgerModule } from '@yiyang/admissions';
import { BedsModule } from '@yiyang/beds';
import { CoreModule, type Runtime } from '@yiyang/core';
import { KpiModule } from '@yiyang/kpi';
import { RegionsModule } from '@yiyang/regions';
import { ServicesModule } from '@yiyang/services';

/**
 * The worker: BullMQ processors and job schedulers, no HTTP. Domain modules that own job handlers are imported
 * here; the queue refuses to start unless every job name has exactly one handler.
 */
@Module({})
export class WorkerModule {
  static forRoot(runtime: Pick<Runtime, 'config' | 'logger' | 'databaseUrl'>): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({
          config: runtime.config,
          logger: runtime.logger,
          databaseUrl: runtime.databaseUrl,
          applicationName: 'yiyang-worker',
          consumeJobs: true,
        }),
        ServicesModule,
        KpiModule,
        RegionsModule,
        BedsModule,
        // What beds and facilities read of stays, kept by admissions (BedsModule needs it; see libs/admissions/src/stay-ledger.ts).
        StayLedgerModule,
      ],
    };
  }
}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { ReportingModule } from '@yiyang/reporting';
import { ResidentsModule } from '@yiyang/residents';
import { CommunityRecordsController } from './community-records.controller';
import { ModificationsRepository } from './modifications/modifications.repository';
import { ModificationsService } from './modifications/modifications.service';
import { OrdersRepository } from './orders/orders.repository';
import { OrdersService } from './orders/orders.service';
import { ServiceOrdersController, ServiceSlotsController, VisitsController } from './services.controller';
import { ServicesJobs } from './services.jobs';
import { SlotsRepository } from './slots/slots.repository';
import { SlotsService } from './slots/slots.service';
import { SubsidiesRepository } from './subsidies/subsidies.repository';
import { SubsidiesService } from './subsidies/subsidies.service';
import { TerminalsRepository } from './terminals/terminals.repository';
import { TerminalsService } from './terminals/terminals.service';
import { VisitsRepository } from './visits/visits.repository';
import { VisitsService } from './visits/visits.service';

@Module({
  imports: [AuthModule, FacilitiesModule, RegionsModule, ReportingModule, ResidentsModule],
  controllers: [ServiceSlotsController, ServiceOrdersController, VisitsController, CommunityRecordsController],
  providers: [SlotsRepository, OrdersRepository, SubsidiesRepository, VisitsRepository, SlotsService, OrdersService, SubsidiesService, VisitsService, ServicesJobs, ModificationsRepository, ModificationsService, TerminalsRepository, TerminalsService],
  exports: [SlotsService, OrdersService, SubsidiesService, VisitsService, ModificationsService, TerminalsService],
})
export class ServicesModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { ResidentsModule } from '@yiyang/residents';
import { OrdersRepository } from './orders/orders.repository';
import { OrdersService } from './orders/orders.service';
import { ServiceOrdersController, ServiceSlotsController, VisitsController } from './services.controller';
import { ServicesJobs } from './services.jobs';
import { SlotsRepository } from './slots/slots.repository';
import { SlotsService } from './slots/slots.service';
import { SubsidiesRepository } from './subsidies/subsidies.repository';
import { SubsidiesService } from './subsidies/subsidies.service';
import { VisitsRepository } from './visits/visits.repository';
import { VisitsService } from './visits/visits.service';

@Module({
  imports: [AuthModule, FacilitiesModule, RegionsModule, ResidentsModule],
  controllers: [ServiceSlotsController, ServiceOrdersController, VisitsController],
  providers: [SlotsRepository, OrdersRepository, SubsidiesRepository, VisitsRepository, SlotsService, OrdersService, SubsidiesService, VisitsService, ServicesJobs],
  exports: [SlotsService, OrdersService, SubsidiesService, VisitsService],
})
export class ServicesModule {}

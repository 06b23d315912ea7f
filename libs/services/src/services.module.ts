import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { ResidentsModule } from '@yiyang/residents';
import { OrdersService } from './orders.service';
import { ServiceOrdersController, ServiceSlotsController, VisitsController } from './services.controller';
import { ServicesJobs } from './services.jobs';
import { SlotsService } from './slots.service';
import { SubsidiesService } from './subsidies.service';
import { VisitsService } from './visits.service';

@Module({
  imports: [AuthModule, ResidentsModule],
  controllers: [ServiceSlotsController, ServiceOrdersController, VisitsController],
  providers: [SlotsService, OrdersService, SubsidiesService, VisitsService, ServicesJobs],
  exports: [SlotsService, OrdersService, SubsidiesService, VisitsService],
})
export class ServicesModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { CommunityPlacesController, FacilityLocationController, ServiceCircleController } from './places.controller';
import { PlacesRepository } from './places.repository';
import { PlacesService } from './places.service';
import { SitingController } from './siting.controller';
import { SitingService } from './siting.service';

@Module({
  imports: [AuthModule, FacilitiesModule, RegionsModule],
  controllers: [FacilityLocationController, CommunityPlacesController, ServiceCircleController, SitingController],
  providers: [PlacesService, PlacesRepository, SitingService],
  exports: [PlacesService, PlacesRepository],
})
export class PlacesModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { CommunityPlacesController, FacilityLocationController, ServiceCircleController } from './places.controller';
import { PlacesRepository } from './places.repository';
import { PlacesService } from './places.service';

@Module({
  imports: [AuthModule, FacilitiesModule, RegionsModule],
  controllers: [FacilityLocationController, CommunityPlacesController, ServiceCircleController],
  providers: [PlacesService, PlacesRepository],
  exports: [PlacesService, PlacesRepository],
})
export class PlacesModule {}

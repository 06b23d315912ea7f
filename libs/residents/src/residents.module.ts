import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { ResidentsController } from './residents.controller';
import { ResidentsRepository } from './residents.repository';
import { ResidentsService } from './residents.service';

@Module({
  imports: [AuthModule, FacilitiesModule],
  controllers: [ResidentsController],
  providers: [ResidentsService, ResidentsRepository],
  exports: [ResidentsService, ResidentsRepository],
})
export class ResidentsModule {}

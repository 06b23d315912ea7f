import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { FacilitiesModule } from '@yiyang/facilities';
import { RegionsModule } from '@yiyang/regions';
import { ReportingModule } from '@yiyang/reporting';
import { ConsortiaRepository } from './consortia.repository';
import { ConsortiaService } from './consortia.service';
import { ConsortiaController, MedicalAgreementsController, MedicalInstitutionsController } from './medical.controller';
import { MedicalAgreementsRepository } from './medical-agreements.repository';
import { MedicalAgreementsService } from './medical-agreements.service';
import { MedicalInstitutionsRepository } from './medical-institutions.repository';
import { MedicalInstitutionsService } from './medical-institutions.service';

/** 医养结合: medical institutions, facilities' cooperation agreements with them, and 康养联合体. */
@Module({
  imports: [AuthModule, ReportingModule, FacilitiesModule, RegionsModule],
  controllers: [MedicalInstitutionsController, MedicalAgreementsController, ConsortiaController],
  providers: [MedicalInstitutionsService, MedicalInstitutionsRepository, MedicalAgreementsService, MedicalAgreementsRepository, ConsortiaService, ConsortiaRepository],
  exports: [MedicalInstitutionsService],
})
export class MedicalModule {}

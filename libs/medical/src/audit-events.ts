import { auditEvent } from '@yiyang/auth';
import type { AgreementTermDto, CreateConsortiumDto, CreateMedicalAgreementDto, CreateMedicalInstitutionDto } from './dto/medical.dto';
import type { KangyangConsortium } from './kangyang-consortium.entity';
import type { MedicalAgreement } from './medical-agreement.entity';
import type { MedicalInstitution } from './medical-institution.entity';

type Members = { facilityIds: string[]; medicalInstitutionIds: string[] };

export const MedicalInstitutionCreated = auditEvent<null, CreateMedicalInstitutionDto>('medical_institution', 'create');
/** Created by a list import: one entry per institution, as if registered one by one. */
export const MedicalInstitutionImported = auditEvent<null, CreateMedicalInstitutionDto>('medical_institution', 'import');
export const MedicalInstitutionUpdated = auditEvent<MedicalInstitution, MedicalInstitution>('medical_institution', 'update');
export const MedicalInstitutionClosed = auditEvent<MedicalInstitution, MedicalInstitution>('medical_institution', 'close');
export const MedicalAgreementSigned = auditEvent<null, CreateMedicalAgreementDto & { facilityId: string }>('medical_agreement', 'create');
/** Ended early or renewed: valid_until before and after. */
export const MedicalAgreementTermChanged = auditEvent<MedicalAgreement, MedicalAgreement & AgreementTermDto>('medical_agreement', 'update');
export const ConsortiumCreated = auditEvent<null, CreateConsortiumDto>('kangyang_consortium', 'create');
export const ConsortiumUpdated = auditEvent<KangyangConsortium & Members, KangyangConsortium & Members>('kangyang_consortium', 'update');
export const ConsortiumDissolved = auditEvent<KangyangConsortium, KangyangConsortium>('kangyang_consortium', 'dissolve');

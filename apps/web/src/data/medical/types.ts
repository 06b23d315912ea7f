import type { components } from '@web/api/schema';

export type MedicalInstitution = components['schemas']['MedicalInstitutionDto'];
export type MedicalInstitutionInput = components['schemas']['CreateMedicalInstitutionDto'];
export type MedicalInstitutionKind = MedicalInstitution['kind'];
export type MedicalInstitutionLevel = MedicalInstitution['level'];
export type MedicalAgreement = components['schemas']['MedicalAgreementDto'];
export type MedicalAgreementInput = components['schemas']['CreateMedicalAgreementDto'];
export type Consortium = components['schemas']['ConsortiumDto'];
export type ConsortiumInput = components['schemas']['CreateConsortiumDto'];
export type MedicalImportResult = components['schemas']['RecordImportResultDto'];

export const MEDICAL_INSTITUTION_KINDS: readonly MedicalInstitutionKind[] = [
  'general_hospital',
  'tcm_hospital',
  'township_health_centre',
  'community_health_centre',
  'clinic',
  'rehabilitation',
  'other',
];
export const MEDICAL_INSTITUTION_LEVELS: readonly MedicalInstitutionLevel[] = ['tertiary', 'secondary', 'primary', 'unrated'];

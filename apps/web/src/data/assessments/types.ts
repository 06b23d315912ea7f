import type { components } from '@web/api/schema';

export type InstrumentView = components['schemas']['InstrumentDto'];
export type Assessment = components['schemas']['AssessmentDto'];
export type NewAssessment = components['schemas']['CreateAssessmentDto'];
export type DueRow = components['schemas']['DueDto'];
export type Incident = components['schemas']['IncidentDto'];
export type NewIncident = components['schemas']['IncidentInputDto'];
export type SafetyRiskAssessment = components['schemas']['SafetyRiskAssessmentDto'];

export interface DueFilters {
  facilityId?: string;
  page: number;
  pageSize: number;
}

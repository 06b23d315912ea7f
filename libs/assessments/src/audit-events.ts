import { auditEvent } from '@yiyang/auth';
import type { IncidentInputDto } from './dto/incident.dto';
import type { SafetyRiskAssessmentInputDto } from './dto/safety-risk.dto';

/** What the trail keeps of a signed assessment: whose, which instrument, the level it set, what it corrects. */
type SignedAssessment = { residentId: string; instrument: string; finalLevel: number; corrects?: string };

export const AssessmentCreated = auditEvent<null, SignedAssessment>('assessment', 'create');
/** An assessment that replaces an earlier one of the same person (the earlier stays, marked corrected). */
export const AssessmentCorrected = auditEvent<null, SignedAssessment>('assessment', 'correct');
export const SafetyRisksAssessed = auditEvent<null, SafetyRiskAssessmentInputDto & { residentId: string }>('safety_risk_assessment', 'create');
export const IncidentRecorded = auditEvent<null, Omit<IncidentInputDto, 'facilityId'> & { residentId: string; facilityId: string | null }>('incident', 'create');

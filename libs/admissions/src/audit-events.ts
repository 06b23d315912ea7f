import { auditEvent } from '@yiyang/auth';
import type { DischargeReason, StayFunding } from './stay.entity';
import type { StayRecord } from './stays.repository';

export const StayAdmitted = auditEvent<null, { residentId: string; bedId: string; admittedOn: string; funding: StayFunding }>('stay', 'admit');
/** Recorded on the new stay; `before` names the stay it ended and its bed. */
export const StayTransferred = auditEvent<{ stayId: string; bedId: string }, { bedId: string; on: string }>('stay', 'transfer');
/** The stay was running (an ended stay is refused), so there is no earlier end to keep as `before`. */
export const StayDischarged = auditEvent<null, { on: string; reason: DischargeReason }>('stay', 'discharge');
/** 作废入住: the stay row as it was, moved into voided_stay. */
export const AdmissionVoided = auditEvent<StayRecord, { reason: string }>('stay', 'void');

export const WaitlistApplied = auditEvent<null, { facilityId: string; residentId: string }>('waitlist_entry', 'apply');
export const BedOffered = auditEvent<null, { bedId: string; ahead: number; skipReason?: string }>('waitlist_entry', 'offer');
export const OfferAccepted = auditEvent<null, { offerId: string; stayId: string }>('waitlist_entry', 'accept');
export const OfferDeclined = auditEvent<null, { offerId: string; suspendedUntil: string | null }>('waitlist_entry', 'decline');
export const ApplicationWithdrawn = auditEvent<null, { reason?: string; withoutPenalty?: boolean; suspendedUntil: string | null }>('waitlist_entry', 'withdraw');

/** What an audit entry keeps of a set of admission rules. */
export interface PolicySummary {
  requiresAssessment: boolean;
  waitlistVersion: string;
}

/** A facility's own rules set; `before` is its previous rules, null when it had none. */
export const FacilityPolicySet = auditEvent<PolicySummary | null, PolicySummary>('facility', 'set_policy');
/** A region's rules set; `before` is its previous rules, null when it had none. */
export const RegionPolicySet = auditEvent<PolicySummary | null, PolicySummary>('region', 'set_policy');
/** A facility's own rules dropped: `before` is what they were. */
export const FacilityPolicyCleared = auditEvent<PolicySummary, null>('facility', 'clear_policy');

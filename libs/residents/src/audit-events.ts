import { auditEvent } from '@yiyang/auth';

/** A person's record as the audit trail keeps it: the record without the ID number, phones masked. */
type AuditedResident = Record<string, unknown>;
/** The facility a link was asked for. */
type LinkTarget = { facilityId: string };

export const ResidentCreated = auditEvent<null, AuditedResident>('resident', 'create');
export const ResidentUpdated = auditEvent<AuditedResident, AuditedResident>('resident', 'update');
/** A registration found the person already registered: the answer told the caller they exist. */
export const ResidentDuplicateFound = auditEvent<null, null>('resident', 'duplicate_found');
/** The four outcomes of an attempt to link a registered person to a facility; every attempt is on record. */
export const ResidentLinked = auditEvent<null, LinkTarget>('resident', 'link');
export const ResidentLinkNameMismatch = auditEvent<null, LinkTarget>('resident', 'link_name_mismatch');
export const ResidentLinkNotFound = auditEvent<null, LinkTarget>('resident', 'link_not_found');
export const ResidentLinkLimited = auditEvent<null, LinkTarget>('resident', 'link_limited');

/** An entrusted-care agreement as the audit trail keeps it: never the caregiver's phone. */
type AuditedAgreement = { residentId: string; caregiverName: string; caregiverRelation: string | null; signedOn: string; validUntil: string | null };
export const CareAgreementCreated = auditEvent<null, AuditedAgreement>('tekun_care_agreement', 'create');
export const CareAgreementEnded = auditEvent<{ validUntil: string | null }, { validUntil: string; reason: string | null }>('tekun_care_agreement', 'end');

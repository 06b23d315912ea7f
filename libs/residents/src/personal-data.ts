/**
 * Purposes bound into the ciphertexts together with the person's id, so a value cannot be moved to another column
 * or another person's row. The hash purpose is not tied to a row: it finds the person.
 */
export const PURPOSE = { idNumber: 'resident.id_number', phone: 'resident.phone', contacts: 'resident.emergency_contacts' } as const;

export const boundTo = (purpose: string, residentId: string) => `${purpose}:${residentId}`;

/** The caregiver's phone of an entrusted-care agreement, bound to the agreement's id. */
export const CAREGIVER_PHONE_PURPOSE = 'tekun_care_agreement.caregiver_phone';

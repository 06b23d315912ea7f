import type { Sex } from '@shared/residents/id-number';
import { normaliseIdNumber } from '@shared/residents/id-number';
import type { LivingArrangement, NewResident, ResidentCategory } from '@web/data/residents/types';

/** What the registration form holds. Date of birth and sex are not asked: the 身份证 number gives both. */
export interface ResidentFormValues {
  name: string;
  idNumber: string;
  hukouRegionCode: string;
  residenceRegionCode: string;
  categories?: ResidentCategory[];
  livingArrangement: LivingArrangement;
  tekunSupportMode?: 'centralized' | 'dispersed';
  phone?: string;
  emergencyContacts?: { name?: string; relation?: string; phone?: string }[];
  facilityId?: string;
}

/**
 * The body of POST /residents: the number as it is stored, the date of birth and sex it gives (so the API's agreement
 * check holds), the 特困 support mode only for a 特困 person, and the contacts filled in (blank rows dropped).
 */
export function newResidentBody(values: ResidentFormValues, fromIdNumber: { birthDate: string; sex: Sex }): NewResident {
  const categories = values.categories ?? [];
  const contacts = (values.emergencyContacts ?? []).filter((contact) => contact.name?.trim() || contact.phone?.trim());
  return {
    name: values.name.trim(),
    idNumber: normaliseIdNumber(values.idNumber),
    birthDate: fromIdNumber.birthDate,
    sex: fromIdNumber.sex,
    hukouRegionCode: values.hukouRegionCode,
    residenceRegionCode: values.residenceRegionCode,
    categories,
    livingArrangement: values.livingArrangement,
    ...(categories.includes('tekun') && values.tekunSupportMode ? { tekunSupportMode: values.tekunSupportMode } : {}),
    ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
    ...(contacts.length
      ? { emergencyContacts: contacts.map((contact) => ({ name: contact.name?.trim() ?? '', relation: contact.relation?.trim() ?? '', phone: contact.phone?.trim() ?? '' })) }
      : {}),
    ...(values.facilityId ? { facilityId: values.facilityId } : {}),
  };
}

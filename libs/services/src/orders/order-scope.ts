import type { ScopeColumns } from '@yiyang/auth';
import { personRecordScope } from '@yiyang/residents';

/** The provider's side of an order: the slot's facility, officers of its region. */
export const PROVIDER_SCOPE: ScopeColumns = { facilityId: 'o.facility_id', regionCode: 'f.region_code' };

/**
 * The person's side of an order: the family, officers of the person's residence or 户籍 region, and the facilities that
 * booked it (the booking account's). A facility serving the person does not see what others booked for them.
 */
export const PERSON_SIDE_SCOPE: ScopeColumns = personRecordScope({ facilityIdIn: 'SELECT unnest(booker.facility_ids) FROM app_user booker WHERE booker.id = o.booked_by' });

/** Who sees an order: the provider's side and the person's side — whoever may book or cancel it may read it. */
export const ORDER_SCOPE: ScopeColumns = {
  ...PERSON_SIDE_SCOPE,
  regionCode: ['f.region_code', ...[PERSON_SIDE_SCOPE.regionCode ?? []].flat()],
  facilityId: 'o.facility_id',
};

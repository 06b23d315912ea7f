import { useSession } from '@web/modules/auth/hooks/use-session';
import { facilityPermissions } from '../utils/facility-permissions';

export function useFacilityPermissions() {
  return facilityPermissions(useSession()?.user.role);
}

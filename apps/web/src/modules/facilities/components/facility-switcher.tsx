import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMyFacilities } from '../hooks/use-my-facilities';
import { rememberFacilityId, switchFacilityPath } from '../utils/current-facility';

// antd's Select (with the form and virtual-list code it pulls in, ~25 KB gzip) comes only to people who run several homes.
const FacilitySelect = lazy(() => import('./facility-select').then((module) => ({ default: module.FacilitySelect })));

/**
 * In the header of a facility's pages: which home this is, and — for a person who runs several — a switch to the same
 * page of another. The choice is remembered on this device for the menu's links.
 */
export function FacilitySwitcher() {
  const { t } = useTranslation();
  const { facilityId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const facilities = useMyFacilities();
  useEffect(() => {
    if (facilityId) rememberFacilityId(facilityId);
  }, [facilityId]);
  if (!facilityId || !facilities.data) return null;
  const options = facilities.data.items.map((facility) => ({ value: facility.id, label: facility.name }));
  if (options.length <= 1) return null;
  return (
    <Suspense fallback={null}>
      <FacilitySelect
        label={t('facility.switch')}
        value={facilityId}
        options={options}
        onChange={(id: string) => navigate(switchFacilityPath(location.pathname, id))}
      />
    </Suspense>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { facilityQuery } from '@web/data/facilities/facility-query';
import { HazardsCard } from '@web/modules/facility-profile/components/hazards-card';
import { InspectionsCard } from '@web/modules/facility-profile/components/inspections-card';
import { LocationCard } from '@web/modules/facility-profile/components/location-card';
import { MedicalAgreementsCard } from '@web/modules/facility-profile/components/medical-agreements-card';
import { ProfileCard } from '@web/modules/facility-profile/components/profile-card';
import { ProjectsCard } from '@web/modules/facility-profile/components/projects-card';
import { StaffCard } from '@web/modules/facility-profile/components/staff-card';
import { StarRatingsCard } from '@web/modules/facility-profile/components/star-ratings-card';
import '@web/modules/facility-profile/facility-profile.css';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';

/** 机构信息 /facilities/:facilityId/profile: profile, location, star rating, inspections, safety hazards, building projects, staff and their certificates, medical agreements. */
export function FacilityProfilePage() {
  const { t } = useTranslation();
  const { facilityId = '' } = useParams();
  const facility = useQuery(facilityQuery(facilityId));
  if (facility.error) return <ErrorNotice page error={facility.error} onRetry={() => void facility.refetch()} />;
  if (!facility.data) return <PageLoading />;
  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">
          {facility.data.name} · {t('facility.title')}
        </h1>
      </header>
      <div className="facility-cards">
        <ProfileCard facility={facility.data} />
        <LocationCard facilityId={facilityId} />
        <StarRatingsCard facilityId={facilityId} />
        <InspectionsCard facilityId={facilityId} />
        <HazardsCard facilityId={facilityId} />
        <ProjectsCard facilityId={facilityId} />
        <StaffCard facilityId={facilityId} />
        <MedicalAgreementsCard facilityId={facilityId} />
      </div>
    </div>
  );
}

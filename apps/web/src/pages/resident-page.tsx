import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { residentQuery } from '@web/data/residents/resident-query';
import { residentStaysQuery } from '@web/data/residents/resident-stays-query';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { CareAgreements } from '@web/modules/residents/components/care-agreements';
import { IncidentForm } from '@web/modules/residents/components/incident-form';
import { ResidentHistory, ResidentProfile } from '@web/modules/residents/components/resident-record';
import { useCurrentFacility } from '@web/modules/facilities/hooks/use-current-facility';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';

/** Who may sign a capability assessment (the API's POST /assessments roles). */
const ASSESSORS = ['admin', 'assessor'];

/** `/residents/:residentId`: the person's record, and from it admission, a new assessment, an incident. */
export function ResidentPage() {
  const { t } = useTranslation();
  const { residentId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const { facility } = useCurrentFacility();
  const resident = useQuery(residentQuery(residentId));
  // The same request the stays panel makes (one fetch): a person in residence is not admitted again.
  const stays = useQuery(residentStaysQuery(residentId));
  const inResidence = stays.data?.items.some((stay) => !stay.dischargedOn) ?? true;
  const [recording, setRecording] = useState(false);
  const notice = (location.state as { notice?: string } | null)?.notice;
  if (resident.isError) return <ErrorNotice page error={resident.error} onRetry={() => void resident.refetch()} />;
  if (!resident.data) return <PageLoading />;
  const person = resident.data;
  const incidentFacility = facility && person.facilityIds.includes(facility.id) ? facility.id : undefined;
  return (
    <div className="stack">
      <p className="kpi-detail__back">
        <Link to="/residents">{t('residents.page.back')}</Link>
      </p>
      {notice && <Alert type="success" showIcon title={notice} role="status" />}
      <div className="page-head">
        <Typography.Title level={1} className="page-head__title">
          {person.name}
        </Typography.Title>
        <div className="resident-head">
          {facility && !inResidence && (
            <Button type="primary" size="large" onClick={() => navigate(`/facilities/${facility.id}/admit?residentId=${person.id}`)}>
              {t('residents.page.admit')}
            </Button>
          )}
          {session && ASSESSORS.includes(session.user.role) && (
            <Button size="large" onClick={() => navigate(`/assessments/new?residentId=${person.id}`)}>
              {t('residents.page.assess')}
            </Button>
          )}
          <Button size="large" aria-expanded={recording} onClick={() => setRecording((open) => !open)}>
            {t('residents.page.recordIncident')}
          </Button>
        </div>
      </div>
      {recording && (
        <section className="panel" aria-label={t('residents.incident.title')}>
          <h2 className="panel__title">{t('residents.incident.title')}</h2>
          <IncidentForm residentId={person.id} facilityId={incidentFacility} onDone={() => setRecording(false)} />
        </section>
      )}
      <ResidentProfile resident={person} />
      {person.categories.includes('tekun') && <CareAgreements residentId={person.id} />}
      <ResidentHistory residentId={person.id} />
    </div>
  );
}

import { Alert, Button } from 'antd';
import { today as todayIn } from '@shared/core/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePersonQuery } from '@web/data/admissions/person-query';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { AdmissionForm } from './admission-form';
import '@web/modules/beds/beds.css';

/** 办理入住 starting from a person (`?residentId=`, or found here): choose one of today's vacant beds. */
export function AdmissionFromPerson({ facilityId, residentId }: { facilityId: string; residentId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = todayIn();
  const person = usePersonQuery(residentId);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  if (residentId && person.isPending) return <PageLoading />;
  return (
    <section className="admission-page">
      <header className="page-head">
        <div>
          <h1 className="page-head__title">{t('admissions.title')}</h1>
          <p className="bed-board__meta">{t('admissions.fromPerson')}</p>
        </div>
        <Button size="large" onClick={() => void navigate(`/facilities/${facilityId}/beds`)}>
          {t('beds.title')}
        </Button>
      </header>
      {person.error && <ErrorNotice error={person.error} />}
      {outcome && <Alert type="success" showIcon title={outcome} role="status" className="bed-board__past" />}
      <div className="admission-page__form">
        <AdmissionForm
          key={round}
          facilityId={facilityId}
          today={today}
          person={person.data ? { id: person.data.id, name: person.data.name } : null}
          onAdmitted={(text) => {
            setOutcome(text);
            setRound((n) => n + 1);
          }}
        />
      </div>
    </section>
  );
}

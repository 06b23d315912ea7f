import { useQuery } from '@tanstack/react-query';
import { Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mayOpen } from '@web/app/navigation';
import { instrumentsQuery } from '@web/data/assessments/instruments-query';
import type { Assessment } from '@web/data/assessments/types';
import { residentQuery } from '@web/data/residents/resident-query';
import { AssessmentForm } from '@web/modules/assessments/components/assessment-form';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { useText } from '@web/modules/residents/hooks/use-text';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';

/**
 * `/assessments/new?residentId=&instrument=`: assess a person with one of the instruments. Once signed, the person's
 * page says the level the API gave; an assessor, who does not open people's pages, sees it here.
 */
export function AssessmentFormPage() {
  const { t } = useTranslation();
  const text = useText();
  const navigate = useNavigate();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const residentId = params.get('residentId') ?? '';
  const resident = useQuery({ ...residentQuery(residentId), enabled: Boolean(residentId) });
  const instruments = useQuery(instrumentsQuery());
  const [signed, setSigned] = useState<Assessment | null>(null);
  if (!residentId) {
    return (
      <EmptyState title={t('assessments.form.noResident')}>
        <Link to="/assessments">{t('assessments.form.toDue')}</Link>
      </EmptyState>
    );
  }
  if (resident.isError) return <ErrorNotice page error={resident.error} onRetry={() => void resident.refetch()} />;
  if (instruments.isError) return <ErrorNotice page error={instruments.error} onRetry={() => void instruments.refetch()} />;
  if (!resident.data || !instruments.data) return <PageLoading />;
  const instrument = instruments.data.find((candidate) => candidate.code === params.get('instrument')) ?? instruments.data[0];
  const residentPage = `/residents/${residentId}`;

  if (signed) {
    return (
      <Result
        status="success"
        title={t('assessments.form.saved')}
        subTitle={
          <span data-testid="saved-level" data-level={signed.finalLevel}>
            {t('assessments.form.savedLevel', { level: text(signed.finalLevelLabel), preliminary: text(instrument.levels[signed.preliminaryLevel]), total: signed.total })}
          </span>
        }
        extra={<Link to="/assessments">{t('assessments.form.toDue')}</Link>}
      />
    );
  }

  const onSigned = (assessment: Assessment) => {
    if (!session || !mayOpen(session.user.role, residentPage)) return setSigned(assessment);
    const notice = t('residents.page.savedAssessment', { instrument: text(instrument.title), level: text(assessment.finalLevelLabel) });
    navigate(residentPage, { state: { notice, savedLevel: assessment.finalLevel } });
  };

  return (
    <div className="stack">
      <Typography.Title level={1} className="page-head__title">
        {t('assessments.form.title', { name: resident.data.name })}
      </Typography.Title>
      <div className="instrument-switch">
        <Radio.Group
          aria-label={t('assessments.form.instrument')}
          optionType="button"
          buttonStyle="solid"
          size="large"
          className="score-choices"
          value={instrument.code}
          options={instruments.data.map((candidate) => ({ value: candidate.code, label: text(candidate.title) }))}
          onChange={(event) => setParams({ residentId, instrument: String(event.target.value) }, { replace: true })}
        />
      </div>
      <AssessmentForm key={instrument.code} residentId={residentId} instrument={instrument} onSigned={onSigned} />
    </div>
  );
}

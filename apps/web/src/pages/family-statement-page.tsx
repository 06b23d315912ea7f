import { today } from '@yiyang/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useStatementQuery } from '@web/data/family-account/statement-query';
import { MonthStepper } from '@web/modules/family-account/components/month-stepper';
import { RelativePicker, useRelative } from '@web/modules/family-account/components/relative-picker';
import { StatementView } from '@web/modules/family-account/components/statement-view';
import { useSetSearchParam } from '@web/modules/family-account/hooks/use-set-search-param';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import '@web/modules/family-account/family-account.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 月度账单 `/family/statement?residentId=&month=`: a relative's month, this month unless the address says another. */
export function FamilyStatementPage() {
  const { t } = useTranslation();
  const { relatives, relative, error, setRelative } = useRelative();
  const [params] = useSearchParams();
  const latest = today().slice(0, 7);
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : latest;
  const statement = useStatementQuery(relative?.id ?? null, month);
  const setParam = useSetSearchParam();
  const setMonth = (next: string) => setParam('month', next);
  if (error) return <ErrorNotice error={error} page />;
  if (!relatives) return <PageLoading />;
  return (
    <div className="stack family-account">
      <header className="page-head">
        <h1 className="page-head__title">{t('familyAccount.statement.title')}</h1>
        {relative && <RelativePicker relatives={relatives} relative={relative} onChange={setRelative} />}
        <MonthStepper month={month} latest={latest} onChange={setMonth} />
      </header>
      {!relative ? (
        <EmptyState title={t('familyAccount.noRelatives')} />
      ) : statement.error ? (
        <ErrorNotice error={statement.error} onRetry={() => void statement.refetch()} />
      ) : statement.data ? (
        <StatementView statement={statement.data} />
      ) : (
        <PageLoading />
      )}
    </div>
  );
}

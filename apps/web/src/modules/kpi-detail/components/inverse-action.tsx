import { Alert, Button, Card, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useInverseQuery } from '@web/data/scenarios/inverse-query';
import { draftHref } from '@web/modules/scenarios/utils/draft';
import { ErrorNotice } from '@web/ui/error-notice';

/** Shares of beds the API answers the inverse question for (a floor target on beds converted or opened). */
export const INVERTIBLE_INDICATORS = ['care_type_bed_share', 'public_institution_dementia_bed_share'];

/** "How many beds to convert?": the exact answer, the institutions that could convert, and a draft scenario that does it. */
export function InverseAction({ indicator, regionCode, month }: { indicator: string; regionCode: string; month: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [asked, setAsked] = useState(false);
  const inverse = useInverseQuery(indicator, regionCode, month, asked);
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (!asked) {
    return (
      <Button className="inverse-ask" onClick={() => setAsked(true)}>
        {t('scenarios.inverse.ask')}
      </Button>
    );
  }
  if (inverse.error) return <ErrorNotice error={inverse.error} onRetry={() => void inverse.refetch()} />;
  const answer = inverse.data;
  const names = new Map((answer?.facilities ?? []).map((facility) => [facility.facilityId, facility.name]));
  return (
    <Card size="small" className="inverse-answer" title={t('scenarios.inverse.title')} loading={!answer} data-testid="inverse-answer">
      {answer && !answer.target && <Alert type="info" showIcon message={t('scenarios.inverse.noTarget')} />}
      {answer?.target && answer.met && <Alert type="success" showIcon message={t('scenarios.inverse.met')} />}
      {answer?.target && !answer.met && (
        <>
          <p className="inverse-answer__line" data-testid="inverse-convert">
            {answer.convert !== null
              ? t('scenarios.inverse.convert', { count: answer.convert.toLocaleString(locale), total: answer.denominator.toLocaleString(locale) })
              : t('scenarios.inverse.cannotConvert')}
          </p>
          <p className="inverse-answer__line">{answer.open !== null ? t('scenarios.inverse.open', { count: answer.open.toLocaleString(locale) }) : t('scenarios.inverse.cannotOpen')}</p>
          {answer.facilities.length > 0 && (
            <List
              size="small"
              header={t('scenarios.inverse.facilities')}
              dataSource={answer.facilities.slice(0, 8)}
              renderItem={(facility) => (
                <List.Item>
                  {facility.name} · {t('scenarios.inverse.generalBeds', { count: facility.generalBeds })}
                </List.Item>
              )}
            />
          )}
          {answer.changes.length > 0 && (
            <>
              <p className="inverse-answer__line">
                {t('scenarios.inverse.plan', { list: answer.changes.map((change) => `${names.get(change.facilityId) ?? change.facilityId} ${change.beds}`).join('、') })}
              </p>
              <Button type="primary" onClick={() => navigate(draftHref({ regionCode, month, changes: answer.changes }))}>
                {t('scenarios.inverse.makeScenario')}
              </Button>
            </>
          )}
        </>
      )}
    </Card>
  );
}

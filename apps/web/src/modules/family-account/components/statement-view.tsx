import { useTranslation } from 'react-i18next';
import type { ResidentStatement } from '@web/data/family-account/types';
import { useServiceTypesQuery } from '@web/data/services/service-types-query';
import { EmptyState } from '@web/ui/empty-state';
import { usedPercent, yuan } from '../utils/money';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** The month's bill: the allowance used and left, the totals split into subsidy and self-pay, and each service delivered. */
export function StatementView({ statement }: { statement: ResidentStatement }) {
  const { t, i18n } = useTranslation();
  const types = useServiceTypesQuery();
  const typeLabel = (code: string) => {
    const label = types.data?.find((type) => type.code === code)?.label;
    return label ? (i18n.language === 'en' ? label.en : label.zh) : code;
  };
  const money = (cents: number) => t('familyAccount.statement.yuan', { amount: yuan(cents) });
  const { allowance, totals, lines } = statement;
  const percent = allowance ? usedPercent(allowance.usedCents, allowance.monthlyCapCents) : null;
  return (
    <>
      <section className="panel" aria-labelledby="allowance-title">
        <h2 id="allowance-title" className="panel__title">
          {t('familyAccount.statement.allowance')}
        </h2>
        {allowance ? (
          <>
            <p className="hint">{t('familyAccount.statement.allowanceRule', { name: allowance.ruleName })}</p>
            <dl className="figures">
              <div>
                <dt>{t('familyAccount.statement.cap')}</dt>
                <dd>{allowance.monthlyCapCents === null ? t('familyAccount.statement.noCap') : money(allowance.monthlyCapCents)}</dd>
              </div>
              <div>
                <dt>{t('familyAccount.statement.used')}</dt>
                <dd data-testid="allowance-used">{money(allowance.usedCents)}</dd>
              </div>
              <div>
                <dt>{t('familyAccount.statement.left')}</dt>
                <dd data-testid="allowance-left">{allowance.remainingCents === null ? t('familyAccount.statement.noCap') : money(allowance.remainingCents)}</dd>
              </div>
            </dl>
            {percent !== null && (
              <div className="allowance-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('familyAccount.statement.used')}>
                <span style={{ width: `${percent}%` }} />
              </div>
            )}
            <p className="hint">{t('familyAccount.statement.usedHint')}</p>
          </>
        ) : (
          <p>{t('familyAccount.statement.noAllowance')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="lines-title">
        <h2 id="lines-title" className="panel__title">
          {t('familyAccount.statement.linesTitle')}
        </h2>
        <dl className="figures figures--totals" data-testid="statement-totals">
          <div>
            <dt>{t('familyAccount.statement.price')}</dt>
            <dd>{money(totals.priceCents)}</dd>
          </div>
          <div>
            <dt>{t('familyAccount.statement.subsidy')}</dt>
            <dd>{money(totals.subsidyCents)}</dd>
          </div>
          <div>
            <dt>{t('familyAccount.statement.selfPay')}</dt>
            <dd className="figures__strong">{money(totals.selfPayCents)}</dd>
          </div>
        </dl>
        <p className="hint">{t('familyAccount.statement.total', { count: totals.orders })}</p>
        {lines.length === 0 ? (
          <EmptyState title={t('familyAccount.statement.noLines')} />
        ) : (
          <ul className="statement-lines">
            {lines.map((line) => (
              <li key={line.orderId} className="statement-line">
                <div className="statement-line__head">
                  <strong>{typeLabel(line.serviceType)}</strong>
                  <time dateTime={String(line.startsAt)}>{TIME.format(new Date(line.startsAt))}</time>
                </div>
                <div className="statement-line__where">{line.facilityName}</div>
                <div className="statement-line__split">
                  <span>
                    {t('familyAccount.statement.price')} {money(line.priceCents)}
                  </span>
                  <span>
                    {t('familyAccount.statement.subsidy')} {money(line.subsidyCents)}
                  </span>
                  <span className="figures__strong">
                    {t('familyAccount.statement.selfPay')} {money(line.selfPayCents)}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
